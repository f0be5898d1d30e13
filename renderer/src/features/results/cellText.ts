/**
 * How cells read in the grid and in exports: NULL spelled out, nested values as compact JSON,
 * long text clipped for display. Pure.
 */
import type { Cell, ResultColumn } from '../../core/result';

/** Longest text drawn in one cell; the rest is elided so one huge string cannot stall the grid. */
export const maxCellChars = 300;

/** The full text of a cell (NULL as "NULL"; lists and structs as compact JSON). */
export function cellText(cell: Cell): string {
  if (cell === null) return 'NULL';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return Number.isNaN(cell) ? 'NaN' : Object.is(cell, -0) ? '-0' : String(cell);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return JSON.stringify(cell);
}

/**
 * The text drawn in the grid: `cellText`, clipped to `maxCellChars` characters. Given the
 * column's type, a DECIMAL shows all its scale's digits (13.70, not 13.7), as DuckDB prints it.
 */
export function cellDisplay(cell: Cell, type = ''): string {
  const scale = typeof cell === 'number' && Number.isFinite(cell) ? /^DECIMAL\(\d+,\s*(\d+)\)$/i.exec(type)?.[1] : undefined;
  const text = scale !== undefined ? (cell as number).toFixed(Number(scale)) : cellText(cell);
  return text.length > maxCellChars ? `${text.slice(0, maxCellChars - 1)}…` : text;
}

const numericTypes = /^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|REAL|DOUBLE|DECIMAL(\(\d+,\s*\d+\))?|NUMERIC(\(\d+,\s*\d+\))?|INT\d+|FLOAT\d+)$/i;

/** Whether a DuckDB type is a plain number (its cells are right-aligned so digits line up). */
export function isNumericType(type: string): boolean {
  return numericTypes.test(type.trim());
}

/**
 * A column's width in characters: enough for its name, its type and the longest sampled value,
 * within [6, 48] so one long text column cannot push the others off screen.
 */
export function columnWidthChars(column: ResultColumn, sample: readonly Cell[]): number {
  let widest = Math.max(column.name.length, column.type.length);
  for (const cell of sample) widest = Math.max(widest, Math.min(cellText(cell).length, 48));
  return Math.min(48, Math.max(6, widest + 1));
}
