import type { ResultSet } from '../../core/result';
import { cellDisplay, isNumericType } from '../../core/format/cellText';
import './ResultTable.css';

export interface ResultTableProps {
  result: ResultSet;
  /** Accessible caption, e.g. "Result of block 2". */
  caption: string;
  /** Rows shown before "… N more" (the lesson table is a glance, the editor has the full grid). */
  maxRows?: number;
}

/** A compact, read-only table of a result, for lessons. */
export function ResultTable({ result, caption, maxRows = 20 }: ResultTableProps) {
  const shown = result.rows.slice(0, maxRows);
  const more = result.rows.length - shown.length;
  const numeric = result.columns.map((c) => isNumericType(c.type));
  return (
    <div className="result-table" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>
          {caption}: {result.rows.length} {result.rows.length === 1 ? 'row' : 'rows'}
          {more > 0 ? `, first ${shown.length} shown` : ''}
        </caption>
        <thead>
          <tr>
            {result.columns.map((c, i) => (
              <th key={i} scope="col" title={c.type}>
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) => (
                <td key={i} className={`${numeric[i] ? 'num' : ''}${cell === null ? ' null' : ''}`}>
                  {cellDisplay(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
