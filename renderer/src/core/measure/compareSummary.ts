/**
 * What a comparison run means, in the sentences a teacher would say under each section. Every
 * sentence is computed from the figures of this run (nothing canned), so a different scale or a
 * learner's own style gives different words. Pure: the screen passes the measurements in.
 */
import { formatBytes, formatCount, formatMs } from '../format/numbers';
import { compareTimings, type Summary } from './stats';

/** One style's storage as measured. */
export interface StorageFigure {
  style: string;
  /** Bytes of the style's tables in DuckDB's own file. */
  bytes: number;
  /** Bytes of the same rows written as CSV text. */
  csvBytes: number;
  rows: number;
  tables: number;
}

/** One style's answer to one question, as timed. */
export interface AnswerFigure {
  summary: Summary | null;
  /** Same answer as the reference style (null: not compared). */
  agrees: boolean | null;
  /** Joins its SQL writes (JOIN keywords and comma joins). */
  joins: number;
}

/** One question across the styles. */
export interface QuestionFigure {
  title: string;
  styles: Record<string, AnswerFigure>;
  /** Styles that cannot answer it, with their reason. */
  cannotAnswer?: Record<string, string>;
}

/** Rows one write scenario touches in one style. */
export interface WriteFigure {
  scenario: string;
  title: string;
  style: string;
  rowsTouched: number;
  keeps: string;
  /** Questions whose answer changed after the write (before rollback), when measured. */
  questionsChanged?: string[];
}

/** A question's title and whether it asks about the past (as-of). */
export interface QuestionInfo {
  id: string;
  title: string;
  asOf?: boolean;
}

const MAX = 5;

/** "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

function times(a: number, b: number): string {
  const r = a / b;
  return `${r >= 10 ? Math.round(r) : r.toFixed(1)}×`;
}

function rows(n: number): string {
  return `${formatCount(n)} row${n === 1 ? '' : 's'}`;
}

/**
 * Sentences under the storage section: smallest and largest on disk, CSV order, compression,
 * rows. `basis` says what `bytes` are: the file ('file'), or only the column data ('data', for
 * scales where a file is mostly block padding and its size says nothing about the style).
 */
export function storageSentences(scale: string, figures: readonly StorageFigure[], basis: 'file' | 'data' = 'file'): string[] {
  const where = basis === 'file' ? 'on disk' : 'in column data';
  const usable = figures.filter((f) => f.bytes > 0);
  if (usable.length === 0) return [];
  const byBytes = [...usable].sort((a, b) => a.bytes - b.bytes);
  const small = byBytes[0]!;
  const large = byBytes.at(-1)!;
  if (usable.length === 1) return [`At scale ${scale}, ${small.style} takes ${formatBytes(small.bytes)} ${where}.`];
  const out: string[] = [];
  const less = Math.round((100 * (large.bytes - small.bytes)) / large.bytes);
  out.push(`At scale ${scale}, ${small.style} is the smallest ${where}: ${formatBytes(small.bytes)}, ${less}% less than ${large.style} (${formatBytes(large.bytes)}), the largest.`);
  const near = byBytes.slice(1).filter((f) => f.bytes <= small.bytes * 1.05).map((f) => f.style);
  if (near.length > 0) out.push(`${listWords(near)} ${near.length === 1 ? 'is' : 'are'} within 5% of it, a difference too small to choose a style by.`);
  const byCsv = [...usable].filter((f) => f.csvBytes > 0).sort((a, b) => a.csvBytes - b.csvBytes);
  if (byCsv.length > 1) {
    const c0 = byCsv[0]!;
    const c1 = byCsv.at(-1)!;
    if (c0.style === small.style) out.push(`As plain CSV text ${c0.style} is the smallest too (${formatBytes(c0.csvBytes)}), ${times(c1.csvBytes, c0.csvBytes)} less than ${c1.style} (${formatBytes(c1.csvBytes)}).`);
    else out.push(`As plain CSV text the order changes: ${c0.style} is the smallest (${formatBytes(c0.csvBytes)}) and ${c1.style} the largest (${formatBytes(c1.csvBytes)}), so columnar compression, not the model alone, decides the size ${where}.`);
    const squeezed = [...byCsv].sort((a, b) => b.csvBytes / b.bytes - a.csvBytes / a.bytes)[0]!;
    out.push(`Compression gains most in ${squeezed.style}: its DuckDB ${basis === 'file' ? 'file' : 'column data'} is ${times(squeezed.csvBytes, squeezed.bytes)} smaller than its CSV text.`);
  }
  const byRows = [...usable].sort((a, b) => b.rows - a.rows);
  const most = byRows[0]!;
  const fewest = byRows.at(-1)!;
  if (most.rows !== fewest.rows) out.push(`${most.style} stores the most rows, ${rows(most.rows)} in ${most.tables} table${most.tables === 1 ? '' : 's'}; ${fewest.style} the fewest, ${rows(fewest.rows)} in ${fewest.tables}.`);
  return out.slice(0, MAX);
}

/** Sentences under the query-time section: most joins and their cost, noise, fastest, agreement. */
export function timingSentences(scale: string, questions: readonly QuestionFigure[]): string[] {
  if (questions.length === 0) return [];
  const out: string[] = [];
  // The question and style with the most joins, against the fewest joins for the same question.
  let top: { q: QuestionFigure; style: string; joins: number } | null = null;
  for (const q of questions) for (const [style, a] of Object.entries(q.styles)) if (a.summary && (!top || a.joins > top.joins)) top = { q, style, joins: a.joins };
  if (top && top.joins > 0) {
    const answered = Object.entries(top.q.styles).filter(([, a]) => a.summary);
    const [fewStyle, few] = answered.reduce((m, e) => (e[1].joins < m[1].joins ? e : m));
    const a = top.q.styles[top.style]!.summary!;
    const b = few.summary!;
    const verdict = compareTimings(a, b);
    const cost = verdict === 'same' ? 'a difference inside the noise' : verdict === 'slower' ? `${times(a.median, b.median)} slower` : `${times(b.median, a.median)} faster, despite the joins`;
    out.push(`“${top.q.title}” needs the most joins: ${top.joins} in ${top.style}, against ${few.joins} in ${fewStyle}; at scale ${scale} that is ${formatMs(a.median)} against ${formatMs(b.median)} (medians), ${cost}.`);
  } else if (top) {
    out.push('No question needs a join in any style.');
  }
  // Which styles win each question, and which wins are only noise.
  const wins = new Map<string, { any: number; clear: number }>();
  const level: string[] = [];
  for (const q of questions) {
    const timed = Object.entries(q.styles).filter((e): e is [string, AnswerFigure & { summary: Summary }] => e[1].summary !== null);
    if (timed.length < 2) continue;
    const [best, bestA] = timed.reduce((m, e) => (e[1].summary.median < m[1].summary.median ? e : m));
    const others = timed.filter(([s]) => s !== best);
    const w = wins.get(best) ?? { any: 0, clear: 0 };
    w.any++;
    if (others.every(([, o]) => compareTimings(bestA.summary, o.summary) === 'faster')) w.clear++;
    wins.set(best, w);
    if (others.every(([, o]) => compareTimings(bestA.summary, o.summary) === 'same')) level.push(q.title);
  }
  const timedCount = [...wins.values()].reduce((n, w) => n + w.any, 0);
  if (wins.size > 0) {
    const [leader, w] = [...wins.entries()].sort((a, b) => b[1].any - a[1].any || b[1].clear - a[1].clear || a[0].localeCompare(b[0]))[0]!;
    out.push(`${leader} has the lowest median on ${w.any} of ${timedCount} questions, measurably faster than every other style on ${w.clear} of them.`);
  }
  if (level.length > 0) {
    const named = level.length <= 3 ? ` (${listWords(level.map((t) => `“${t}”`))})` : '';
    out.push(`On ${level.length} of ${timedCount} questions${named} every style is inside the noise of the fastest: rerun with more runs before reading a winner into them.`);
  } else if (timedCount > 0) {
    out.push('On every question at least one style is measurably slower than the fastest (their ranges of runs do not overlap).');
  }
  const differing = questions.filter((q) => Object.values(q.styles).some((a) => a.agrees === false));
  if (differing.length === 0) out.push(`Every style that answers gives the same result on all ${questions.length} questions.`);
  else {
    const first = differing[0]!;
    const styles = Object.entries(first.styles).filter(([, a]) => a.agrees === false).map(([s]) => s);
    out.push(`${questions.length - differing.length} of ${questions.length} questions give the same result in every style; “${first.title}” differs in ${listWords(styles)}.`);
  }
  const cannot = questions.flatMap((q) => Object.entries(q.cannotAnswer ?? {}).map(([style, why]) => ({ q, style, why })));
  if (cannot.length > 0) {
    const c = cannot[0]!;
    out.push(`${c.style} cannot answer “${c.q.title}”: ${c.why.replace(/\.$/, '')}.`);
  }
  return out.slice(0, MAX);
}

/** Sentences under the write-cost section: fewest and most rows touched, and who restates history. */
export function writeSentences(writes: readonly WriteFigure[], questions: readonly QuestionInfo[] = []): string[] {
  const scenarios = [...new Set(writes.map((w) => w.scenario))];
  const out: string[] = [];
  for (const id of scenarios.slice(0, 3)) {
    const ws = writes.filter((w) => w.scenario === id);
    const min = Math.min(...ws.map((w) => w.rowsTouched));
    const max = Math.max(...ws.map((w) => w.rowsTouched));
    const fewest = ws.filter((w) => w.rowsTouched === min).map((w) => w.style);
    const most = ws.filter((w) => w.rowsTouched === max).map((w) => w.style);
    const title = ws[0]!.title;
    if (min === max) out.push(`“${title}” touches ${rows(min)} in every style.`);
    else out.push(`“${title}” touches ${rows(min)} in ${listWords(fewest)} and ${rows(max)} in ${listWords(most)}, the copies that must all change together.`);
  }
  const asOf = new Map(questions.filter((q) => q.asOf).map((q) => [q.id, q.title]));
  const measured = writes.some((w) => w.questionsChanged !== undefined);
  if (measured && asOf.size > 0) {
    const restating = [...new Set(writes.filter((w) => (w.questionsChanged ?? []).some((q) => asOf.has(q))).map((w) => w.style))];
    if (restating.length === 0) out.push('No style restates history: after every write, the answers about the past stay what they were.');
    else {
      const w = writes.find((x) => restating.includes(x.style) && (x.questionsChanged ?? []).some((q) => asOf.has(q)))!;
      const q = asOf.get(w.questionsChanged!.find((id) => asOf.has(id))!)!;
      out.push(`${listWords(restating)} restate${restating.length === 1 ? 's' : ''} history: after “${w.title}”, “${q}” gives a different answer about the past.`);
    }
  } else {
    const styles = [...new Set(writes.map((w) => w.style))];
    const overwrite = styles.filter((s) => writes.some((w) => w.style === s && w.keeps !== 'history'));
    const keep = styles.filter((s) => !overwrite.includes(s));
    const verb = (list: string[], one: string, many: string) => (list.length === 1 ? one : many);
    if (overwrite.length > 0 && keep.length > 0) out.push(`${listWords(overwrite)} ${verb(overwrite, 'overwrites', 'overwrite')} in place, so what was true before a write is lost; ${listWords(keep)} ${verb(keep, 'adds versions and keeps', 'add versions and keep')} it.`);
    else if (writes.length > 0 && keep.length === 0) out.push('Every style overwrites in place: none of them can say what was true before a write.');
    else if (writes.length > 0) out.push('Every style keeps history: a write adds versions instead of overwriting.');
  }
  return out.slice(0, MAX);
}
