/**
 * What the studio keeps of every loaded file (its bytes, dialect, column types and table name),
 * so that when the engine restarts (a crash, or a cancel that had to stop the worker) the
 * learner's own tables come back, as a built pack is rebuilt. Module-level: one memory for the
 * one engine, whether or not the Data view is mounted.
 */
import type { Engine } from '../../engine/engine';
import type { ImportColumn } from '../../core/importing/importSql';
import { loadImport } from '../../engine/importing/loadImport';
import { previewImport, type ImportSource } from '../../engine/importing/previewImport';
import type { DialectChoice } from '../../engine/importing/previewCsv';

/** One loaded file, as needed to load it again. */
export interface KeptImport {
  source: ImportSource;
  choice?: DialectChoice;
  tableName: string;
  columns: ImportColumn[];
  schema: string;
}

const kept = new Map<string, KeptImport>();
const listeners = new Set<(restored: string[]) => void>();
let restoring = false;

/** Keep a loaded file (replacing an older one of the same table). */
export function rememberImport(item: KeptImport): void {
  kept.set(item.tableName.toLowerCase(), item);
}

/** Forget tables that no longer exist (dropped with SQL), unless a restore is running. */
export function forgetMissing(existing: readonly string[]): void {
  if (restoring) return;
  const names = new Set(existing.map((n) => n.toLowerCase()));
  for (const key of [...kept.keys()]) if (!names.has(key)) kept.delete(key);
}

/** Load every kept file again; resolves with the names restored. */
export async function restoreImports(engine: Engine): Promise<string[]> {
  restoring = true;
  const restored: string[] = [];
  try {
    for (const item of kept.values()) {
      try {
        const p = await previewImport(engine, item.source, [], item.choice);
        await loadImport(engine, p, { tableName: item.tableName, columns: item.columns, schema: item.schema });
        restored.push(item.tableName);
      } catch {
        // A file that loaded before loads again; if not, the others are still restored.
      }
    }
  } finally {
    restoring = false;
  }
  for (const l of listeners) l(restored);
  return restored;
}

/** Be told when tables were restored (the Data view refreshes its list). */
export function onImportsRestored(listener: (restored: string[]) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const watched = new WeakSet<Engine>();

/** Restore the kept files each time the engine reports restarting → ready. Once per engine. */
export function restoreAfterRestart(engine: Engine): void {
  if (watched.has(engine)) return;
  watched.add(engine);
  let restarting = false;
  engine.onStatus((status) => {
    if (status.state === 'restarting') restarting = true;
    if (status.state !== 'ready' || !restarting) return;
    restarting = false;
    if (kept.size > 0) void restoreImports(engine);
  });
}
