import type { ReactNode } from 'react';
import { toCsv } from '../../core/format/csv';
import { downloadCsv } from './exportFiles';

/** A table cell: shown as `display` (or the value), exported as `value`. */
export interface TableCell {
  value: string | number | boolean | null;
  display?: ReactNode;
  /** Title text (exact figure on hover). */
  title?: string;
  numeric?: boolean;
}

export interface DataTableProps {
  caption: string;
  fileName: string;
  header: string[];
  rows: TableCell[][];
  /** What the CSV export holds when it differs from the table shown (e.g. exact figures, long format). */
  csv?: { header: string[]; rows: (string | number | boolean | null)[][] };
}

/** A plain, accessible table of figures with a CSV export button. */
export function DataTable({ caption, fileName, header, rows, csv }: DataTableProps) {
  const exportCsv = () =>
    downloadCsv(csv ? toCsv(csv.header, csv.rows) : toCsv(header, rows.map((r) => r.map((c) => c.value))), fileName);
  return (
    <div className="data-table">
      <div className="data-table__head">
        <button type="button" onClick={exportCsv} aria-label={`Export ${caption} as CSV`}>
          CSV
        </button>
      </div>
      <div className="data-table__scroll" tabIndex={0} role="region" aria-label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {header.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) =>
                  j === 0 ? (
                    <th key={j} scope="row" title={c.title}>
                      {c.display ?? String(c.value ?? '')}
                    </th>
                  ) : (
                    <td key={j} title={c.title} className={c.numeric ? 'num' : undefined}>
                      {c.display ?? (c.value === null ? '—' : String(c.value))}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
