/**
 * Export a style's tables (or the user's own) as a .duckdb file that opens in the DuckDB CLI.
 * The desktop asks where to save; the browser downloads it.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { formatBytes } from '../../core/format/numbers';
import type { Engine } from '../../engine/engine';
import { exportFileName, exportSchemaAsDatabase } from '../../engine/importing/exportDatabase';
import { messageOf } from '../../engine/importing/importFailure';
import { HOME_CATALOG, listSchemasWithTables, type SchemaRef } from '../../engine/importing/tables';
import type { Platform } from '../../platform/platform';

export interface ExportDatabasePanelProps {
  engine: Engine;
  platform: Platform;
  /** Changes when the tables may have changed, to re-list the schemas. */
  revision: number;
}

const keyOf = (s: SchemaRef): string => `${s.catalog}.${s.schema}`;
/** The user's own tables are labelled as such; a pack's styles by their schema name. */
const labelOf = (s: SchemaRef): string => (s.catalog === HOME_CATALOG ? `${s.schema} (your tables)` : s.schema);

export function ExportDatabasePanel({ engine, platform, revision }: ExportDatabasePanelProps) {
  const [schemas, setSchemas] = useState<SchemaRef[]>([]);
  const [schema, setSchema] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const selectId = useId();

  const refresh = useCallback(async () => {
    try {
      const list = await listSchemasWithTables(engine);
      setSchemas(list);
      const keys = list.map(keyOf);
      const star = list.find((x) => x.schema === 'star' && x.catalog !== HOME_CATALOG);
      setSchema((s) => (keys.includes(s) ? s : (star ? keyOf(star) : (keys[0] ?? ''))));
    } catch (error) {
      setMessage({ text: `Could not list schemas: ${messageOf(error)}`, error: true });
    }
  }, [engine]);

  useEffect(() => { void refresh(); }, [refresh, revision]);

  const run = async (): Promise<void> => {
    const ref = schemas.find((s) => keyOf(s) === schema);
    if (!ref) return;
    setBusy(true);
    setMessage(null);
    try {
      const bytes = await exportSchemaAsDatabase(engine, ref.schema, ref.catalog);
      const name = exportFileName(ref.schema);
      const saved = await platform.saveFile(name, bytes, 'application/vnd.duckdb');
      if (saved.status === 'saved') setMessage({ text: `Saved ${name} (${formatBytes(bytes.length)}) to ${saved.location}. Open it with: duckdb ${name}`, error: false });
      else if (saved.status === 'error') setMessage({ text: saved.message, error: true });
    } catch (error) {
      setMessage({ text: `Export failed: ${messageOf(error)}`, error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-db">
      <label htmlFor={selectId}>Schema</label>{' '}
      <select id={selectId} value={schema} onChange={(e) => setSchema(e.currentTarget.value)} onFocus={() => void refresh()} disabled={schemas.length === 0}>
        {schemas.length === 0 && <option value="">(no tables yet)</option>}
        {schemas.map((s) => <option key={keyOf(s)} value={keyOf(s)}>{labelOf(s)}</option>)}
      </select>{' '}
      <button type="button" onClick={() => void run()} disabled={busy || !schema}>{busy ? 'Exporting…' : 'Export as .duckdb'}</button>
      {message && <p role={message.error ? 'alert' : 'status'} className={message.error ? 'data-screen__problem' : 'data-screen__notice'}>{message.text}</p>}
    </div>
  );
}
