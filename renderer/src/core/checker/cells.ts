/**
 * Cell-level helpers for the result comparer: numbers carried as text, tolerant equality, a total
 * order (so unordered results can be sorted the same way on both sides) and a short display
 * form for feedback messages.
 */
import type { Cell } from '../result';

/**
 * A cell with numbers carried as text (HUGEINT, wide DECIMAL) turned into numbers, but only in a
 * numeric column, so a zip code '00123' in a VARCHAR column never equals the integer 123.
 * Precision beyond 2^53 is given up: the checker compares within a tolerance anyway.
 */
export function normalizeCell(cell: Cell, numericColumn: boolean): Cell {
  if (numericColumn && typeof cell === 'string' && cell.trim() !== '') {
    const n = Number(cell);
    return Number.isNaN(n) ? cell : n;
  }
  return cell;
}

/**
 * Deep equality of two cells: numbers within a tolerance relative to the larger of them (absolute
 * below 1), lists and structs element by element.
 */
export function cellsEqual(a: Cell, b: Cell, tolerance: number): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b || Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => cellsEqual(x, b[i] as Cell, tolerance));
  const ra = a as Record<string, Cell>;
  const rb = b as Record<string, Cell>;
  const keys = Object.keys(ra);
  return keys.length === Object.keys(rb).length && keys.every((k) => k in rb && cellsEqual(ra[k] as Cell, rb[k] as Cell, tolerance));
}

function rank(cell: Cell): number {
  if (cell === null) return 0;
  if (typeof cell === 'boolean') return 1;
  if (typeof cell === 'number') return 2;
  if (typeof cell === 'string') return 3;
  if (Array.isArray(cell)) return 4;
  return 5;
}

/** A total order on cells: NULL < booleans < numbers < text < lists < structs. */
export function compareCells(a: Cell, b: Cell): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case 0:
      return 0;
    case 1:
      return Number(a) - Number(b);
    case 2:
      return (a as number) - (b as number);
    case 3:
      return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
    default: {
      const sa = JSON.stringify(a);
      const sb = JSON.stringify(b);
      return sa < sb ? -1 : sa > sb ? 1 : 0;
    }
  }
}

/**
 * A hashable key for a cell: numbers rounded to 9 significant digits, so results that differ
 * only by floating-point noise fall into the same bucket.
 */
export function cellKey(cell: Cell): string {
  if (typeof cell === 'number') return `n${Number.isFinite(cell) ? Number(cell.toPrecision(9)) : cell}`;
  if (cell === null) return 'null';
  if (typeof cell === 'string') return `s${JSON.stringify(cell)}`;
  if (typeof cell === 'boolean') return `b${cell}`;
  if (Array.isArray(cell)) return `[${cell.map((c) => cellKey(c)).join(',')}]`;
  const keys = Object.keys(cell).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${cellKey(cell[k] as Cell)}`).join(',')}}`;
}

/** A short display form for messages: 150, 'Joe Reis', NULL, [1, 2], {sku: 1}. */
export function formatCell(cell: Cell): string {
  if (cell === null) return 'NULL';
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(Number(cell.toPrecision(10)));
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (typeof cell === 'string') {
    const text = cell.length > 40 ? `${cell.slice(0, 37)}…` : cell;
    return `'${text}'`;
  }
  if (Array.isArray(cell)) {
    const shown = cell.slice(0, 4).map(formatCell);
    return `[${shown.join(', ')}${cell.length > 4 ? ', …' : ''}]`;
  }
  const entries = Object.entries(cell).slice(0, 4).map(([k, v]) => `${k}: ${formatCell(v)}`);
  return `{${entries.join(', ')}${Object.keys(cell).length > 4 ? ', …' : ''}}`;
}

/** A row for messages: (5, 'Joe Reis', 150). */
export function formatRow(row: Cell[]): string {
  return `(${row.map(formatCell).join(', ')})`;
}
