/** Results as CSV (RFC 4180): header of column names, CRLF line ends, NULL as an empty field. Pure. */
import type { Cell, ResultColumn } from '../../core/result';
import { cellText } from './cellText';

function field(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV document for the columns and rows. */
export function toCsv(columns: readonly ResultColumn[], rows: readonly (readonly Cell[])[]): string {
  const lines = [columns.map((c) => field(c.name)).join(',')];
  for (const row of rows) lines.push(row.map((cell) => (cell === null ? '' : field(cellText(cell)))).join(','));
  return lines.join('\r\n') + '\r\n';
}
