/**
 * Feeds Monaco the live catalog: DuckDB's keywords and functions once, tables and columns at
 * start and again whenever a statement may have changed them.
 */
import { useEffect, useMemo } from 'react';
import type { Engine } from '../../engine/engine';
import type { CompletionCatalog } from '../../components/sqlEditor/completion';
import { loadEditorCatalog, loadTables } from './editorCatalog';

/** Monaco loads in its own chunk after the view is shown; the catalog waits for it, not the other way round. */
async function setEditorCatalog(catalog: CompletionCatalog): Promise<void> {
  (await import('../../components/sqlEditor/monacoSetup')).setEditorCatalog(catalog);
}

/**
 * Load the catalog once the engine is ready; `refresh()` reloads tables and columns; `idle()`
 * resolves when no catalog query is in flight. Runs wait for `idle()`: a catalog query queued
 * while a result is being paged makes the engine set that result's remaining rows aside.
 */
export function useCatalog(engine: Engine): { refresh(): void; idle(): Promise<void> } {
  const api = useMemo(() => {
    let current: Awaited<ReturnType<typeof loadEditorCatalog>> | null = null;
    let disposed = false;
    let inFlight: Promise<void> = Promise.resolve();
    const track = (work: Promise<void>) => {
      inFlight = work;
      return work;
    };
    const load = () => track(loadAll());
    const loadAll = async () => {
      try {
        await engine.ready();
        current = await loadEditorCatalog(engine);
        if (!disposed) await setEditorCatalog(current);
      } catch {
        // Completion is a convenience: without a catalog the editor still edits and runs.
      }
    };
    return {
      load,
      dispose: () => {
        disposed = true;
      },
      idle: () => inFlight,
      refresh() {
        if (!current) {
          void load();
          return;
        }
        const base = current;
        void track(
          loadTables(engine)
            .then(async (tables) => {
              current = { ...base, tables };
              if (!disposed) await setEditorCatalog(current);
            })
            .catch(() => undefined),
        );
      },
    };
  }, [engine]);
  useEffect(() => {
    void api.load();
    return api.dispose;
  }, [api]);
  return api;
}
