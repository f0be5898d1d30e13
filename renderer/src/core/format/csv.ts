/**
 * CSV text for every export (RFC 4180): a header row, CRLF line ends, a line break at the end.
 * Cells read as the grid shows them (`cellText`), NULL as an empty field.
 */
import type { Cell, ResultColumn } from '../result';
import { cellText } from './cellText';

/**
 * One field, quoted when it holds a comma, quote or line break, or starts or ends with white
 * space (spreadsheets trim unquoted fields). NULL and a missing value become an empty field.
 */
export function csvField(value: Cell | undefined): string {
  if (value === null || value === undefined) return '';
  const text = cellText(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header (column names, or result columns) and rows as one CSV document. */
export function toCsv(header: readonly (string | ResultColumn)[], rows: readonly (readonly (Cell | undefined)[])[]): string {
  const names = header.map((h) => (typeof h === 'string' ? h : h.name));
  return [names, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
