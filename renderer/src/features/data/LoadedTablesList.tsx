/** The user's loaded tables with their size, each one a click away from a query. */
import type { LoadedTable } from '../../engine/importing/loadImport';
import { firstRowsSql } from './firstRowsSql';
import { formatCount } from '../../core/format/numbers';
import './LoadedTablesList.css';

export interface LoadedTablesListProps {
  tables: LoadedTable[];
  onQuery(sql: string, title: string): void;
}

export function LoadedTablesList({ tables, onQuery }: LoadedTablesListProps) {
  if (tables.length === 0) return <p className="loaded-tables__empty">No tables of your own yet.</p>;
  return (
    <table className="loaded-tables">
      <thead>
        <tr>
          <th scope="col">Table</th>
          <th scope="col" className="loaded-tables__num">Rows</th>
          <th scope="col" className="loaded-tables__num">Columns</th>
          <th scope="col"><span className="visually-hidden">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        {tables.map((t) => (
          <tr key={t.name}>
            <th scope="row" className="loaded-tables__name">{t.name}</th>
            <td className="loaded-tables__num">{formatCount(t.rows)}</td>
            <td className="loaded-tables__num">{t.columns}</td>
            <td>
              <button type="button" onClick={() => onQuery(firstRowsSql(t), t.name)} aria-label={`Query it: ${t.name}`}>Query it</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
