/** One table of a style: name, row count, columns and types, its SQL, "Open in editor". */
import type { PackTable } from '../../core/pack/loadPack';
import { modelTestSql } from '../../core/pack/testSql';
import type { TableReport } from '../../engine/pack';
import { formatCount } from '../../core/format/numbers';

export interface TableCardProps {
  table: PackTable;
  /** Its figures from the current build, when built. */
  built: TableReport | null;
  onOpen(sql: string, title: string): void;
}

export function TableCard({ table, built, onOpen }: TableCardProps) {
  const described = new Map((table.model?.columns ?? []).map((c) => [c.name, c.description ?? '']));
  const key = new Set(table.model?.primary_key ?? []);
  return (
    <li className="table-card">
      <div className="table-card__head">
        <span className="table-card__name">{table.qualified}</span>
        <span className="table-card__rows">{built ? `${formatCount(built.rows)} row${built.rows === 1 ? '' : 's'}` : 'not built'}</span>
        <button type="button" onClick={() => onOpen(`SELECT * FROM ${table.qualified} LIMIT 100`, table.qualified)} aria-label={`Query ${table.qualified} in the editor`}>
          Query
        </button>
        <button type="button" onClick={() => onOpen(table.sql, table.file)} aria-label={`Open in editor: the SQL of ${table.qualified}`}>
          Open in editor
        </button>
      </div>
      {table.model?.description && <p className="table-card__description">{table.model.description}</p>}
      {(table.model?.tests.length ?? 0) > 0 && (
        <ul className="table-card__tests" aria-label={`Tests of the whole table ${table.qualified}`}>
          {table.model!.tests.map((t) => {
            const name = modelTestSql(table.qualified, t).name;
            return (
              <li key={name}>
                <code>{name}</code>
                {t.expect === 'fail' ? <> — <span className="schema-browser__badge">expected to fail</span> {t.why}</> : null}
              </li>
            );
          })}
        </ul>
      )}
      {built && built.columns.length > 0 && (
        <details>
          <summary>{built.columns.length} columns</summary>
          <table className="table-card__columns">
            <thead>
              <tr><th scope="col">Column</th><th scope="col">Type</th><th scope="col">Notes</th></tr>
            </thead>
            <tbody>
              {built.columns.map((c) => (
                <tr key={c.name}>
                  <td>{key.has(c.name) ? <strong>{c.name} (key)</strong> : c.name}</td>
                  <td><code>{c.type}</code></td>
                  <td>{described.get(c.name) ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      <details>
        <summary>SQL ({table.file})</summary>
        <pre className="table-card__sql">{table.sql}</pre>
      </details>
    </li>
  );
}
