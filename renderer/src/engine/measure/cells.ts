/** Reading numbers and text out of result cells (BIGINTs may arrive as strings when huge). */
import type { Cell } from '../../core/result';

/** A cell as a number; NaN when it is not numeric. */
export function num(cell: Cell | undefined): number {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string' && cell.trim() !== '') return Number(cell);
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  return Number.NaN;
}

/** A cell as text ('' for null). */
export function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'object' ? JSON.stringify(cell) : String(cell);
}

