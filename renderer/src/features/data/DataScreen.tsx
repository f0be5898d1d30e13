/**
 * The Data view: bring your own files (CSV, JSON, Parquet when its extension is available),
 * check and adjust the detected schema, load, query; and export a schema as a .duckdb file.
 * Files dropped anywhere on the window come here too (through shell/fileHandoff.ts).
 */
import { useEffect, useMemo, useState } from 'react';
import { getPlatform } from '../../platform';
import { subscribeHandoff, takeHandedFile, useStudio } from '../studio';
import { DropZone } from './DropZone';
import { ExportDatabasePanel } from './ExportDatabasePanel';
import { ImportPreviewPanel } from './ImportPreviewPanel';
import { LoadedTablesList } from './LoadedTablesList';
import { useImportFlow } from './useImportFlow';
import './DataScreen.css';

export type DataScreenProps = Record<string, never>;

export function DataScreen(_props: DataScreenProps) {
  const studio = useStudio();
  const platform = useMemo(() => getPlatform(), []);
  const flow = useImportFlow(studio.engine);
  const [revision, setRevision] = useState(0);
  const busy = flow.phase === 'reading' || flow.phase === 'loading';
  const { importFile } = flow;

  useEffect(() => setRevision((r) => r + 1), [flow.tables]);

  // Files dropped on the window or opened from the desktop shell come through the shell's handoff
  // (it also shows this view), including one that arrived before this view was first shown.
  useEffect(() => {
    const take = (): void => {
      const file = takeHandedFile();
      if (file) void importFile(file);
    };
    take();
    return subscribeHandoff(take);
  }, [importFile]);

  const openDialog = platform.kind === 'desktop'
    ? async () => {
      const r = await platform.openFile({ kinds: ['csv', 'json', 'parquet'] });
      if (r.status === 'opened') await importFile({ name: r.file.name, bytes: r.file.bytes });
    }
    : undefined;

  return (
    <div className="data-screen">
      <h1>Your data</h1>
      <section aria-labelledby="data-import-title" className="data-screen__section">
        <h2 id="data-import-title">Import a file</h2>
        <DropZone onFile={(f) => void importFile(f)} {...(openDialog ? { onOpenDialog: () => void openDialog() } : {})} disabled={busy} />
        <div aria-live="polite" className="data-screen__live">
          {flow.phase === 'reading' && <p className="data-screen__notice">Reading the file and detecting its schema…</p>}
          {flow.notice && <p role="status" className="data-screen__notice">{flow.notice}</p>}
        </div>
        {flow.problem && <p role="alert" className="data-screen__problem">{flow.problem}</p>}
        {flow.preview && (
          <ImportPreviewPanel
            preview={flow.preview}
            columns={flow.columns}
            tableName={flow.tableName}
            nameProblem={flow.nameProblem}
            busy={flow.phase === 'loading' || flow.phase === 'reading'}
            onColumnType={flow.setColumnType}
            onDialect={(choice) => void flow.setDialect(choice)}
            onTableName={flow.setTableName}
            onLoad={() => void flow.load()}
            onCancel={() => void flow.cancel()}
          />
        )}
      </section>
      <section aria-labelledby="data-tables-title" className="data-screen__section">
        <h2 id="data-tables-title">Your tables</h2>
        <LoadedTablesList tables={flow.tables} onQuery={(sql, title) => studio.openInEditor(sql, { title, run: true })} />
        <button type="button" className="data-screen__refresh" onClick={() => void flow.refresh()}>Refresh list</button>
      </section>
      <section aria-labelledby="data-export-title" className="data-screen__section">
        <h2 id="data-export-title">Export a schema as a DuckDB database</h2>
        <p className="data-screen__hint">Copies every table of a schema (a modeling style, or <code>main</code> for your own tables) into a <code>.duckdb</code> file that the DuckDB command line opens.</p>
        <ExportDatabasePanel engine={studio.engine} platform={platform} revision={revision} />
      </section>
    </div>
  );
}

export default DataScreen;
