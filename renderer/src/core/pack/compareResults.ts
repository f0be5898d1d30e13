/**
 * Are two result sets the same answer? Same column count and names (case-insensitive), same rows;
 * row order matters only when the question says so; numbers equal within a relative tolerance
 * (sums and averages differ in the last bits depending on the plan). Reports the first difference.
 */
import type { Cell, ResultSet } from '../result';

export interface CompareOptions {
  ordered: boolean;
  /** Relative tolerance for numbers (default 1e-9). */
  tolerance?: number;
}

export type Comparison = { equal: true } | { equal: false; difference: string };

const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|REAL|DECIMAL|NUMERIC)\b/i;

/**
 * Numbers may arrive as numbers or, when too wide for a double (HUGEINT, DECIMAL(38,2)), as
 * numeric strings; only in numeric columns, so the text '007' never equals '7'.
 */
function normalize(cell: Cell, numeric: boolean): Cell {
  if (numeric && typeof cell === 'string' && cell.trim() !== '' && !Number.isNaN(Number(cell))) return Number(cell);
  return cell;
}

/** Equality of two cells: numbers within a relative tolerance, lists and structs deeply. */
export function cellsEqual(a: Cell, b: Cell, tolerance: number): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b || Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => cellsEqual(x, b[i]!, tolerance));
  const ra = a as Record<string, Cell>;
  const rb = b as Record<string, Cell>;
  const keys = Object.keys(ra);
  return keys.length === Object.keys(rb).length && keys.every((k) => k in rb && cellsEqual(ra[k]!, rb[k]!, tolerance));
}

/** A sort key that puts equal rows next to each other; numbers rounded so tolerance survives sorting. */
function rowKey(row: Cell[]): string {
  return JSON.stringify(row.map((cell) => (typeof cell === 'number' ? Number(cell.toPrecision(8)) : cell)));
}

function show(row: Cell[]): string {
  const text = JSON.stringify(row);
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

/** Compare `actual` with `expected`; the difference names the first row or column that differs. */
export function compareResults(expected: ResultSet, actual: ResultSet, options: CompareOptions): Comparison {
  const tolerance = options.tolerance ?? 1e-9;
  if (expected.columns.length !== actual.columns.length) {
    return { equal: false, difference: `${actual.columns.length} columns instead of ${expected.columns.length}` };
  }
  for (let c = 0; c < expected.columns.length; c += 1) {
    if (expected.columns[c]!.name.toLowerCase() !== actual.columns[c]!.name.toLowerCase()) {
      return { equal: false, difference: `column ${c + 1} is named ${actual.columns[c]!.name} instead of ${expected.columns[c]!.name}` };
    }
  }
  if (expected.rows.length !== actual.rows.length) {
    return { equal: false, difference: `${actual.rows.length} rows instead of ${expected.rows.length}` };
  }
  const numeric = expected.columns.map((c, i) => NUMERIC.test(c.type) || NUMERIC.test(actual.columns[i]!.type));
  const norm = (rows: Cell[][]) => rows.map((r) => r.map((cell, c) => normalize(cell, numeric[c]!)));
  const sort = (rows: Cell[][]) => rows.map((r) => ({ r, k: rowKey(r) })).sort((x, y) => (x.k < y.k ? -1 : x.k > y.k ? 1 : 0)).map((x) => x.r);
  const e = options.ordered ? norm(expected.rows) : sort(norm(expected.rows));
  const a = options.ordered ? norm(actual.rows) : sort(norm(actual.rows));
  for (let i = 0; i < e.length; i += 1) {
    const er = e[i]!;
    const ar = a[i]!;
    const col = er.findIndex((cell, c) => !cellsEqual(cell, ar[c]!, tolerance));
    if (col >= 0) {
      const where = options.ordered ? `row ${i + 1}` : `row ${i + 1} (after sorting)`;
      return { equal: false, difference: `${where}, column ${expected.columns[col]!.name}: ${show(ar)} instead of ${show(er)}` };
    }
  }
  return { equal: true };
}
