/**
 * What the importer did to rows that did not fit, said in words: "3 rows repaired (lines 4, 17,
 * 90: one field too many; the extra values are kept in column _extra)", "1 row set aside (line
 * 12: a quoted value is never closed)". Pure: the lines come from the record scan and from
 * DuckDB's rejects table.
 */
import { formatCount } from '../format/numbers';

/** A row that did not fit: too many or too few fields, or one DuckDB could not read. */
export interface RowIssue {
  line: number;
  /** 'extra' | 'missing', or DuckDB's reject error type ('UNQUOTED VALUE', 'LINE SIZE OVER MAXIMUM', …). */
  kind: string;
  /** Fields too many or missing. */
  count?: number;
  text: string;
}

/** The repairs of one file. */
export interface Repairs {
  rowsRepaired: number;
  rowsSetAside: number;
  /** One sentence per kind of change, for the preview. */
  notes: string[];
}

const MAX_LINES = 6;

/** "lines 4, 17 and 90" (at most a few, then "and 12 more"). */
export function lineList(lines: readonly number[]): string {
  if (lines.length === 1) return `line ${lines[0]}`;
  const shown = lines.slice(0, MAX_LINES);
  const rest = lines.length - shown.length;
  return `lines ${shown.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`;
}

const plural = (n: number, word: string): string => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
const fields = (n: number): string => (n === 1 ? 'one field' : `${n} fields`);

/** DuckDB's reject error types, in words. */
export function rejectReason(kind: string): string {
  switch (kind) {
    case 'UNQUOTED VALUE': return 'a quoted value is never closed, or text follows its closing quote';
    case 'LINE SIZE OVER MAXIMUM': return 'the line is longer than the reader allows (2 MB)';
    case 'INVALID UNICODE': return 'the text is not valid UTF-8';
    case 'TOO MANY COLUMNS': return 'too many fields';
    case 'MISSING COLUMNS': return 'too few fields';
    default: return kind.toLowerCase();
  }
}

/** Sentences for the rows repaired and set aside. */
export function describeRepairs(issues: readonly RowIssue[], setAside: readonly RowIssue[], o: { width: number; extraColumn: string }): Repairs {
  const notes: string[] = [];
  const groups = new Map<string, number[]>();
  for (const i of issues) {
    const key = i.kind === 'extra'
      ? `${fields(i.count ?? 1)} too many; the extra values are kept in column ${o.extraColumn}`
      : `${fields(i.count ?? 1)} missing; padded with NULL at the end`;
    groups.set(key, [...(groups.get(key) ?? []), i.line]);
  }
  if (issues.length > 0) {
    notes.push(`${plural(issues.length, 'row')} repaired (${[...groups].map(([why, lines]) => `${lineList(lines)}: ${why}`).join('; ')}); the file has ${o.width} columns.`);
  }
  if (setAside.length > 0) {
    const byKind = new Map<string, number[]>();
    for (const r of setAside) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r.line]);
    notes.push(`${plural(setAside.length, 'row')} set aside (${[...byKind].map(([kind, lines]) => `${lineList(lines)}: ${rejectReason(kind)}`).join('; ')}); they are kept, as written, in a table of rejects loaded with the table.`);
  }
  return { rowsRepaired: issues.length, rowsSetAside: setAside.length, notes };
}
