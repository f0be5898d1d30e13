/**
 * The schema DuckDB detected, before anything is loaded: the file's layout (CSV dialect, or which
 * array of records a JSON object holds), one select per column to change its type, the table
 * name, and a sample of rows.
 */
import { useId } from 'react';
import type { ImportColumn } from '../../core/importing/importSql';
import { COMMON_TYPES } from '../../core/importing/importSql';
import type { DialectChoice } from '../../engine/importing/previewCsv';
import type { ImportPreview } from '../../engine/importing/previewImport';
import { DialectControls } from './DialectControls';
import { cellDisplay } from '../../core/format/cellText';
import { formatCount } from '../../core/format/numbers';
import './ImportPreviewPanel.css';

export interface ImportPreviewPanelProps {
  preview: ImportPreview;
  columns: ImportColumn[];
  tableName: string;
  /** Why the name cannot be used, if it cannot. */
  nameProblem: string | null;
  busy: boolean;
  onColumnType(index: number, type: string): void;
  /** Preview again with a changed dialect (CSV) or another member's records (JSON). */
  onDialect(choice: DialectChoice): void;
  onTableName(name: string): void;
  onLoad(): void;
  onCancel(): void;
}

function typeOptions(detected: string): string[] {
  return [detected, ...COMMON_TYPES.filter((t) => t !== detected)];
}

export function ImportPreviewPanel(props: ImportPreviewPanelProps) {
  const { preview, columns, tableName, nameProblem, busy } = props;
  const nameId = useId();
  const problemId = useId();
  const notes = preview.repairs?.notes ?? [];
  const rows = preview.rowCount !== undefined ? `${formatCount(preview.rowCount)} rows` : 'rows counted on load';
  return (
    <section className="import-preview" aria-labelledby={`${nameId}-title`}>
      <h2 id={`${nameId}-title`}>Schema of {preview.fileName}</h2>
      <p className="import-preview__meta">
        {preview.kind.toUpperCase()} · {columns.length} columns · {rows}
      </p>
      {preview.dialect && <DialectControls dialect={preview.dialect} disabled={busy} onChange={props.onDialect} />}
      {preview.recordMembers && preview.recordMembers.choices.length > 1 && (
        <p className="import-preview__member">
          <label htmlFor={`${nameId}-member`}>Records from</label>{' '}
          <select id={`${nameId}-member`} value={preview.recordMembers.chosen} disabled={busy} onChange={(e) => props.onDialect({ member: e.currentTarget.value })}>
            {preview.recordMembers.choices.map((m) => <option key={m} value={m}>{m}</option>)}
          </select>
        </p>
      )}
      {notes.length > 0 && (
        <div className="import-preview__repairs" role="status" aria-label="What the importer changed">
          <h3>What the importer changed</h3>
          <ul>{notes.map((n) => <li key={n}>{n}</li>)}</ul>
        </div>
      )}
      <form
        className="import-preview__form"
        onSubmit={(e) => { e.preventDefault(); if (!nameProblem && !busy) props.onLoad(); }}
      >
        <label htmlFor={nameId}>Table name</label>
        <input
          id={nameId}
          value={tableName}
          onChange={(e) => props.onTableName(e.currentTarget.value)}
          aria-invalid={nameProblem !== null}
          aria-describedby={nameProblem ? problemId : undefined}
          spellCheck={false}
        />
        <button type="submit" disabled={busy || nameProblem !== null}>{busy ? 'Loading…' : 'Load table'}</button>
        <button type="button" onClick={props.onCancel} disabled={busy}>Cancel</button>
        {nameProblem && <p id={problemId} className="import-preview__name-problem">{nameProblem}</p>}
      </form>
      <div className="import-preview__scroll" tabIndex={0} role="region" aria-label={`Columns and sample rows of ${preview.fileName}`}>
        <table className="import-preview__table">
          <thead>
            <tr>
              {columns.map((c) => <th key={c.name} scope="col">{c.name}</th>)}
            </tr>
            <tr>
              {columns.map((c, i) => (
                <td key={c.name}>
                  <select
                    aria-label={`Type of column ${c.name}`}
                    value={c.type}
                    onChange={(e) => props.onColumnType(i, e.currentTarget.value)}
                    className={c.type !== c.detectedType ? 'import-preview__changed' : undefined}
                  >
                    {typeOptions(c.detectedType).map((t) => (
                      <option key={t} value={t}>{t === c.detectedType ? `${t} (detected)` : t}</option>
                    ))}
                  </select>
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.sampleRows.map((row, r) => (
              <tr key={r}>
                {columns.map((c) => {
                  const at = preview.columns.findIndex((p) => p.name === c.name);
                  return <td key={c.name}>{cellDisplay(row[at] ?? null)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="import-preview__note">Showing the first {preview.sampleRows.length} rows. A changed type is applied on load; a value that does not convert stops the load and names its line.</p>
    </section>
  );
}
