/**
 * The CSV dialect (delimiter, quote, escape, rows to skip, header rows) and the records of a text
 * under it. DuckDB's sniffer gives up on a file with one broken row ("not possible to detect the
 * dialect") or quietly picks a wrong dialect, so the dialect is chosen here: the candidate that
 * splits the most records into the same number of fields wins. The record scan is also what
 * names the lines of rows that have too many or too few fields.
 */
import type { DecimalMark } from './importSql';

/** Delimiters tried, in order of preference on ties (space last: it splits prose). */
export const DELIMITERS = [',', ';', '\t', '|', ' '] as const;
/** Quote characters tried; '' means no quoting. */
export const QUOTES = ['"', "'", ''] as const;
/** Escape characters offered; '' means none (a quote ends the value). */
export const ESCAPES = ['"', '\\', ''] as const;

/** How a delimited text is laid out. */
export interface Dialect {
  delimiter: string;
  quote: string;
  escape: string;
  /** Lines before the header (a title, a note). */
  skip: number;
  /** Header rows (0: none, 1: names, 2: names and a line of units, …). */
  headerRows: number;
}

/** One record of the text: where it starts and how many fields it has. */
export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  /** Lines the record spans (a quoted value may hold line breaks). */
  lines: number;
  start: number;
  end: number;
  fields: number;
  /** A quoted value that is never closed (it runs to the end of the text). */
  unterminated: boolean;
}

/** The name of a delimiter, quote or escape character for messages and selects. */
export function charLabel(c: string): string {
  return c === '\t' ? 'tab' : c === ' ' ? 'space' : c === '' ? 'none' : c;
}

/**
 * Split `text` into records under the dialect's delimiter, quote and escape: a value that starts
 * with the quote runs to the matching quote (line breaks included); a quote elsewhere is kept
 * as a character, as DuckDB's reader does. Stops after `limit` records.
 */
export function scanRecords(text: string, d: Pick<Dialect, 'delimiter' | 'quote' | 'escape'>, limit = Infinity): CsvRecord[] {
  const out: CsvRecord[] = [];
  const { delimiter, quote, escape } = d;
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n && out.length < limit) {
    const start = i;
    const startLine = line;
    let fields = 1;
    let atFieldStart = true;
    let unterminated = false;
    for (; i < n; i++) {
      const ch = text[i]!;
      if (atFieldStart && quote !== '' && ch === quote) {
        // A quoted value: find its closing quote.
        let closed = false;
        for (i++; i < n; i++) {
          const c = text[i]!;
          if (c === '\n') line++;
          if (escape !== '' && c === escape && (escape !== quote || text[i + 1] === quote) && i + 1 < n) {
            if (text[i + 1] === '\n') line++;
            i++;
            continue;
          }
          if (c === quote) { closed = true; break; }
        }
        if (!closed) { unterminated = true; break; }
        atFieldStart = false;
        continue;
      }
      if (ch === '\n') break;
      if (ch === delimiter) { fields++; atFieldStart = true; continue; }
      atFieldStart = false;
    }
    const end = Math.min(i, n);
    out.push({ line: startLine, lines: line - startLine + 1, start, end, fields, unterminated });
    if (i < n && text[i] === '\n') line++;
    i++;
  }
  return out;
}

/** The values of one record (quotes removed, escapes resolved). */
export function splitRecord(text: string, d: Pick<Dialect, 'delimiter' | 'quote' | 'escape'>): string[] {
  const out: string[] = [];
  let cur = '';
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (atFieldStart && d.quote !== '' && ch === d.quote) {
      for (i++; i < text.length; i++) {
        const c = text[i]!;
        if (d.escape !== '' && c === d.escape && (d.escape !== d.quote || text[i + 1] === d.quote) && i + 1 < text.length) { cur += text[++i]; continue; }
        if (c === d.quote) break;
        cur += c;
      }
      atFieldStart = false;
    } else if (ch === d.delimiter) { out.push(cur); cur = ''; atFieldStart = true; }
    else if (ch !== '\r' || i !== text.length - 1) { cur += ch; atFieldStart = false; }
  }
  out.push(cur);
  return out;
}

/**
 * The most common field count among records, and how many records have it. Ties go to
 * `prefer` (the header's count) when it is among them, else to the larger count.
 */
export function modalFields(records: readonly CsvRecord[], prefer?: number): { fields: number; count: number } {
  const counts = new Map<number, number>();
  for (const r of records) if (r.end > r.start) counts.set(r.fields, (counts.get(r.fields) ?? 0) + 1);
  let fields = 1;
  let count = 0;
  for (const [f, c] of counts) {
    if (c > count || (c === count && fields !== prefer && (f === prefer || f > fields))) { fields = f; count = c; }
  }
  return { fields, count };
}

/**
 * Lines before the table: leading records up to the first one that has the common field count
 * and is followed mostly by records that have it too (one broken row right below the header
 * does not make the header a preamble).
 */
function leadingSkip(records: readonly CsvRecord[], fields: number): number {
  for (let k = 0; k < Math.min(records.length, 20); k++) {
    const r = records[k]!;
    if (r.fields !== fields) continue;
    const next = records.slice(k + 1, k + 5);
    if (next.length === 0 || next.filter((x) => x.fields === fields).length * 2 >= next.length) return r.line - 1;
  }
  return 0;
}

/**
 * Guess the dialect from the start of a text: every delimiter and quote candidate splits the
 * first records; the one whose records most often share one field count (above one) wins.
 * The escape is a backslash when the text uses `\"` and never `""`.
 */
export function detectDialect(text: string, sampleRecords = 200): Dialect {
  const head = text.slice(0, 1 << 20);
  let best: { d: Dialect; score: number } | null = null;
  for (const quote of QUOTES) {
    const escape = quote === '' ? '' : head.includes(`\\${quote}`) && !head.includes(`${quote}${quote}`) ? '\\' : quote;
    for (const delimiter of DELIMITERS) {
      const records = scanRecords(head, { delimiter, quote, escape }, sampleRecords).filter((r) => r.end > r.start);
      if (records.length === 0) continue;
      const { fields, count } = modalFields(records);
      if (fields < 2) continue;
      // Consistency first; quoting that changes nothing is not preferred over none; more
      // fields break ties (a delimiter inside quoted values splits fewer).
      const quoted = quote !== '' && head.includes(quote) ? 0.001 : 0;
      const score = count / records.length + quoted + fields * 1e-6 - (delimiter === ' ' ? 0.05 : 0);
      if (!best || score > best.score) {
        best = { d: { delimiter, quote, escape, skip: leadingSkip(records, fields), headerRows: 1 }, score };
      }
    }
  }
  return best?.d ?? { delimiter: ',', quote: '"', escape: '"', skip: 0, headerRows: 1 };
}

/**
 * Column names from the header rows: each column's first non-blank value (the rows below a
 * name usually hold its unit or a note), blanks and repeats made unique.
 */
export function headerNames(rows: readonly string[][], width: number): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let c = 0; c < width; c++) {
    let name = rows.map((r) => (r[c] ?? '').trim()).find((v) => v !== '') ?? `column${c + 1}`;
    const base = name;
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${base}_${k}`;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

const NUMBER_OR_DATE = /^[-+]?(\d+[.,]?\d*|[.,]\d+)([eE][-+]?\d+)?$|^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/;

/**
 * Is the first row under the header a second header row (units, notes)? Yes when some columns
 * hold numbers or dates in every row below it, and in those columns it holds only blanks or
 * text, at least one of them text.
 */
export function looksLikeUnitsRow(first: readonly string[], below: readonly string[][]): boolean {
  if (below.length < 2) return false;
  let text = 0;
  for (let c = 0; c < first.length; c++) {
    if (!below.every((r) => NUMBER_OR_DATE.test((r[c] ?? '').trim()))) continue;
    const v = (first[c] ?? '').trim();
    if (NUMBER_OR_DATE.test(v)) return false;
    if (v !== '') text++;
  }
  return text > 0;
}

/** A number with a decimal comma: 0,5 · -7,25 · 1.234,56. */
const COMMA_DECIMAL = /^[-+]?(\d{1,3}(\.\d{3})+|\d+),\d+$/;
/** A number with a decimal point that cannot be a thousands group: 0.5 · 12.25 · 3.14159. */
const POINT_DECIMAL = /^[-+]?\d+\.(\d{1,2}|\d{4,})$/;

/**
 * The decimal mark of the numbers in `rows`: ',' when some values are written with a decimal
 * comma (1.234,56) and none with an unmistakable decimal point; else '.'. A comma-delimited file
 * keeps '.', since its commas separate fields.
 */
export function guessDecimalMark(rows: readonly (readonly string[])[], delimiter: string): DecimalMark {
  if (delimiter === ',') return '.';
  let commas = 0;
  for (const row of rows) {
    for (const raw of row) {
      const value = raw.trim();
      if (POINT_DECIMAL.test(value)) return '.';
      if (COMMA_DECIMAL.test(value)) commas++;
    }
  }
  return commas > 0 ? ',' : '.';
}
