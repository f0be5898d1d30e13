/**
 * The import flow's state: a file is read, previewed (schema + sample), adjusted (types, name)
 * and loaded; a problem is shown as one sentence naming the line. Loaded tables are listed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Engine } from '../../engine/engine';
import { tableNameProblem, type ImportColumn } from '../../core/importing/importSql';
import { ImportFailure, messageOf } from '../../engine/importing/importFailure';
import { discardImport, loadImport, needsTextStaging, type LoadedTable } from '../../engine/importing/loadImport';
import type { DialectChoice } from '../../engine/importing/previewCsv';
import { previewImport, type ImportPreview, type ImportSource } from '../../engine/importing/previewImport';
import { listTables } from '../../engine/importing/tables';
import { forgetMissing, onImportsRestored, rememberImport, restoreAfterRestart } from './importMemory';
import { formatCount } from '../../core/format/numbers';

/** Where the user's tables go. */
export const USER_SCHEMA = 'main';

export interface ImportFlow {
  phase: 'idle' | 'reading' | 'preview' | 'loading';
  preview: ImportPreview | null;
  columns: ImportColumn[];
  tableName: string;
  nameProblem: string | null;
  problem: string | null;
  notice: string | null;
  tables: LoadedTable[];
  importFile(file: File | ImportSource): Promise<void>;
  /** Preview the same file again with a changed dialect (delimiter, quote, escape, rows). */
  setDialect(choice: DialectChoice): Promise<void>;
  setColumnType(index: number, type: string): void;
  setTableName(name: string): void;
  load(): Promise<void>;
  cancel(): Promise<void>;
  refresh(): Promise<void>;
}

async function bytesOf(file: File | ImportSource): Promise<ImportSource> {
  // (A File has a bytes() method too, so test for Blob rather than for a `bytes` property.)
  if (!(file instanceof Blob)) return file;
  // One copy, straight into the engine: the bytes are never decoded into a string here.
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function describe(error: unknown): string {
  return error instanceof ImportFailure ? error.message : `Could not import: ${messageOf(error)}`;
}

/** The dialect a preview used, as a choice to preview (or restore) the file the same way. */
function choiceOf(p: ImportPreview): DialectChoice | undefined {
  if (p.recordMembers) return { member: p.recordMembers.chosen };
  if (!p.dialect) return undefined;
  const { delimiter, quote, escape, skip, headerRows, decimal = '.' } = p.dialect;
  return { delimiter, quote, escape, skip, headerRows, decimal };
}

export function useImportFlow(engine: Engine): ImportFlow {
  const [phase, setPhase] = useState<ImportFlow['phase']>('idle');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [columns, setColumns] = useState<ImportColumn[]>([]);
  const [tableName, setTableName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [tables, setTables] = useState<LoadedTable[]>([]);
  const current = useRef<ImportPreview | null>(null);
  const source = useRef<ImportSource | null>(null);

  const refresh = useCallback(async () => {
    try {
      const list = await listTables(engine, USER_SCHEMA);
      forgetMissing(list.map((t) => t.name));
      setTables(list);
    } catch (error) {
      setProblem(`Could not list tables: ${messageOf(error)}`);
    }
  }, [engine]);

  useEffect(() => { void refresh(); }, [refresh]);
  // After an engine restart the kept files are loaded again; the list then shows them.
  useEffect(() => { restoreAfterRestart(engine); }, [engine]);
  useEffect(() => onImportsRestored((restored) => {
    if (restored.length > 0) setNotice(`The engine restarted; your tables were loaded again: ${restored.join(', ')}.`);
    void refresh();
  }), [refresh]);

  const forget = useCallback(async () => {
    const old = current.current;
    current.current = null;
    setPreview(null);
    setColumns([]);
    if (old) await discardImport(engine, old);
  }, [engine]);

  const importFile = useCallback(async (file: File | ImportSource) => {
    await forget();
    setProblem(null);
    setNotice(null);
    setPhase('reading');
    try {
      const bytes = await bytesOf(file);
      source.current = bytes;
      const taken = (await listTables(engine, USER_SCHEMA)).map((t) => t.name);
      const p = await previewImport(engine, bytes, taken);
      current.current = p;
      setPreview(p);
      setColumns(p.columns.map((c) => ({ ...c })));
      setTableName(p.suggestedName);
      setPhase('preview');
    } catch (error) {
      setProblem(describe(error));
      setPhase('idle');
    }
  }, [engine, forget]);

  const load = useCallback(async () => {
    const p = current.current;
    if (!p) return;
    setPhase('loading');
    setProblem(null);
    try {
      const from = source.current;
      let preview = p;
      let cols = columns;
      let choice = choiceOf(p);
      if (from && needsTextStaging(p, columns)) {
        // A column changed to text keeps the file's own spelling: stage the values as text.
        choice = { ...choice, asText: true };
        preview = await previewImport(engine, from, [], choice);
        await discardImport(engine, p);
        current.current = preview;
        cols = columns.map((c, i) => ({ ...c, source: preview.columns[i]?.source ?? c.source }));
      }
      const loaded = await loadImport(engine, preview, { tableName, columns: cols, schema: USER_SCHEMA });
      if (from) rememberImport({ source: from, tableName, columns: cols, schema: USER_SCHEMA, ...(choice ? { choice } : {}) });
      current.current = null;
      setPreview(null);
      setColumns([]);
      setNotice(`Loaded ${formatCount(loaded.rows)} rows into ${loaded.name}.`);
      setPhase('idle');
      await refresh();
    } catch (error) {
      setProblem(describe(error));
      setPhase('preview');
    }
  }, [engine, tableName, columns, refresh]);

  const setDialect = useCallback(async (change: DialectChoice) => {
    const old = current.current;
    const bytes = source.current;
    if (!old || !bytes) return;
    setPhase('reading');
    setProblem(null);
    try {
      const taken = (await listTables(engine, USER_SCHEMA)).map((t) => t.name);
      const kept = { ...choiceOf(old) };
      // Another delimiter splits other values: the decimal mark is guessed again unless chosen.
      if (change.delimiter !== undefined) delete kept.decimal;
      const p = await previewImport(engine, bytes, taken, { ...kept, ...change });
      await discardImport(engine, old);
      current.current = p;
      setPreview(p);
      setColumns(p.columns.map((c) => ({ ...c })));
      setPhase('preview');
    } catch (error) {
      // The previous preview stays, so another choice can be tried.
      setProblem(describe(error));
      setPhase('preview');
    }
  }, [engine]);

  const cancel = useCallback(async () => {
    await forget();
    setPhase('idle');
  }, [forget]);

  const setColumnType = useCallback((index: number, type: string) => {
    setColumns((cols) => cols.map((c, i) => (i === index ? { ...c, type } : c)));
  }, []);

  return {
    phase, preview, columns, tableName, problem, notice, tables,
    nameProblem: preview ? tableNameProblem(tableName, tables.map((t) => t.name)) : null,
    importFile, setDialect, setColumnType, setTableName, load, cancel, refresh,
  };
}
