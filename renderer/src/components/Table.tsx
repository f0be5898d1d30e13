/**
 * The studio's one read-only table: a scrollable, keyboard-reachable region holding a captioned
 * `<table>`, optionally with its first column as row headers, a row limit ("first N shown") and a
 * CSV export through the host's save. Compare's figures, lesson results and lesson comparisons
 * all use it. The editor's result grid is a different tool (it windows millions of rows fetched
 * in batches) and stays its own component.
 */
import type { ReactNode } from 'react';
import { toCsv } from '../core/format/csv';
import { useExport } from './useExport';
import './Table.css';

/** A cell value as exported to CSV. */
export type TableValue = string | number | boolean | null;

/** A table cell: shown as `display` (or the value), exported as `value`. */
export interface TableCell {
  value: TableValue;
  display?: ReactNode;
  /** Title text (exact figure on hover). */
  title?: string;
  numeric?: boolean;
}

/** A column heading; `title` is shown on hover (e.g. the column's type). */
export type TableHeading = string | { name: string; title?: string };

export interface TableProps {
  /** The table's accessible name and caption. */
  label: string;
  /** Said after the label in the caption only (e.g. ": 8 rows"). */
  captionNote?: ReactNode;
  header: readonly TableHeading[];
  rows: readonly (readonly TableCell[])[];
  /** The first cell of each row heads the row (a style, a question). */
  rowHeaders?: boolean;
  /** Rows drawn highlighted, by index (e.g. where two plans differ). */
  marked?: readonly boolean[];
  /** Rows drawn at most; the caption says how many of how many. */
  maxRows?: number;
  /** Offer a CSV export of this name (no extension); `header`/`rows` when the file holds more than is shown. */
  csv?: { fileName: string; header?: readonly string[]; rows?: readonly (readonly TableValue[])[] };
  /** `compact`: result rows in a fixed-height box, monospaced; `wrap` lets long text wrap; `grid`: small, ruled cells. */
  variant?: 'figures' | 'compact' | 'wrap' | 'grid';
}

const headingName = (h: TableHeading) => (typeof h === 'string' ? h : h.name);

function fallback(value: TableValue, rowHeader: boolean): string {
  if (value === null) return rowHeader ? '' : '—';
  return String(value);
}

/** A plain, accessible table of figures or rows. */
export function Table({ label, captionNote, header, rows, rowHeaders = false, marked, maxRows, csv, variant = 'figures' }: TableProps) {
  const { busy, error, run } = useExport();
  const shown = maxRows === undefined ? rows : rows.slice(0, maxRows);
  const exportCsv = () =>
    void run(() => ({
      name: `${csv!.fileName}.csv`,
      data: toCsv(csv!.header ?? header.map(headingName), csv!.rows ?? rows.map((r) => r.map((c) => c.value))),
      mime: 'text/csv',
    }));
  return (
    <div className={`table table--${variant}`}>
      {csv && (
        <div className="table__head">
          {error && <span role="alert">{error}</span>}
          <button type="button" onClick={exportCsv} disabled={busy} aria-label={`Export ${label} as CSV`}>
            CSV
          </button>
        </div>
      )}
      <div className="table__scroll" tabIndex={0} role="region" aria-label={label}>
        <table>
          <caption>
            {label}
            {captionNote}
            {shown.length < rows.length ? `, first ${shown.length} shown` : ''}
          </caption>
          <thead>
            <tr>
              {header.map((h, i) => (
                <th key={i} scope="col" title={typeof h === 'string' ? undefined : h.title}>
                  {headingName(h)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r, i) => (
              <tr key={i} className={marked?.[i] ? 'table__row--marked' : undefined}>
                {r.map((c, j) => {
                  const className = [c.numeric ? 'num' : '', c.value === null ? 'null' : ''].join(' ').trim() || undefined;
                  const content = c.display ?? fallback(c.value, rowHeaders && j === 0);
                  return rowHeaders && j === 0 ? (
                    <th key={j} scope="row" title={c.title}>
                      {content}
                    </th>
                  ) : (
                    <td key={j} title={c.title} className={className}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
