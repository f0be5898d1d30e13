/**
 * The output of `npm run compare`: the JSON shape of issue 3 and a plain-text table of the same
 * figures. Pure, so it is unit-tested without an engine.
 */
import type { BuildReport, QuestionReport, WriteReport } from '../../renderer/src/engine/pack/reports';

export interface CompareJson {
  pack: string;
  scale: string;
  seed: number;
  source_ms: number;
  total_ms: number;
  styles: { name: string; tables: { name: string; rows: number }[]; build_ms: number; tests_ms: number; tests: { passed: number; failed: number } }[];
  questions: { id: string; title: string; agree: boolean; ms: Record<string, number>; difference?: string }[];
  writes: { id: string; rows_touched: Record<string, number> }[];
}

export function compareJson(build: BuildReport, questions: QuestionReport[], writes: WriteReport[]): CompareJson {
  return {
    pack: build.pack,
    scale: build.scale,
    seed: build.seed,
    source_ms: build.source.ms,
    total_ms: build.total_ms,
    styles: build.styles.map((s) => ({ name: s.name, tables: s.tables.map((t) => ({ name: t.name, rows: t.rows })), build_ms: s.build_ms, tests_ms: s.tests_ms, tests: s.tests })),
    questions: questions.map((q) => ({
      id: q.id, title: q.title, agree: q.agree, ms: q.ms,
      ...(q.difference ? { difference: `${q.difference.style} differs from ${q.difference.reference}: ${q.difference.message}` } : {}),
    })),
    writes: writes.map((w) => ({ id: w.id, rows_touched: w.rows_touched })),
  };
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const fmt = (n: number): string => (Number.isNaN(n) ? '-' : n >= 100 ? String(Math.round(n)) : n.toFixed(1));

/** Human-readable report: styles, questions (ms per style), writes (rows touched per style). */
export function compareText(json: CompareJson): string {
  const styles = json.styles.map((s) => s.name);
  const out: string[] = [];
  out.push(`${json.pack} at ${json.scale}${json.seed ? ` (seed ${json.seed})` : ''}: source ${fmt(json.source_ms)} ms, everything ${fmt(json.total_ms)} ms`, '');
  out.push(table(['style', 'tables', 'rows', 'build ms', 'tests', 'tests ms'], json.styles.map((s) => [
    s.name, String(s.tables.length), String(s.tables.reduce((n, t) => n + t.rows, 0)), fmt(s.build_ms),
    s.tests.failed ? `${s.tests.passed} ok, ${s.tests.failed} FAILED` : `${s.tests.passed} ok`, fmt(s.tests_ms),
  ])));
  out.push('', table(['question (ms)', ...styles, 'agree'], json.questions.map((q) => [q.id, ...styles.map((s) => fmt(q.ms[s] ?? Number.NaN)), q.agree ? 'yes' : 'NO'])));
  for (const q of json.questions.filter((x) => x.difference)) out.push(`  ${q.id}: ${q.difference}`);
  out.push('', table(['write (rows touched)', ...styles], json.writes.map((w) => [w.id, ...styles.map((s) => String(w.rows_touched[s] ?? 0))])));
  return out.join('\n');
}
