/**
 * How cells read in the grid, in lessons and in exports: NULL spelled out, nested values as
 * compact JSON, long text clipped for display, which column types hold numbers. Pure.
 */
import type { Cell, ResultColumn } from '../result';

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


/**
 * A column's width in characters: enough for its name, its type and the longest sampled value,
 * within [6, 48] so one long text column cannot push the others off screen.
 */
export function columnWidthChars(column: ResultColumn, sample: readonly Cell[]): number {
  let widest = Math.max(column.name.length, column.type.length);
  for (const cell of sample) widest = Math.max(widest, Math.min(cellText(cell).length, 48));
  return Math.min(48, Math.max(6, widest + 1));
}

/**
 * DuckDB's names for plain number types, with or without a DECIMAL's (width, scale), and the
 * INT8/FLOAT4 aliases. A list (`INTEGER[]`) or struct of numbers is not a number.
 */
const NUMERIC_TYPE = /^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|REAL|DOUBLE|INT\d+|FLOAT\d+|(DECIMAL|NUMERIC)(\(\d+,\s*\d+\))?)$/i;

/**
 * Whether a column of this DuckDB type holds plain numbers: the grid right-aligns them, and the
 * result comparer reads their numbers-as-text (HUGEINT, wide DECIMAL) as numbers.
 */
export function isNumericType(type: string | undefined): boolean {
  return type !== undefined && NUMERIC_TYPE.test(type.trim());
}
