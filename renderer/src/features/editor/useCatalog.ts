/**
 * Feeds Monaco the live catalog: DuckDB's keywords and functions once, tables and columns at
 * start and again whenever a statement may have changed them.
 */
import { useEffect, useMemo } from 'react';
import type { Engine } from '../../engine/engine';
import { loadEditorCatalog, loadTables } from './editorCatalog';
import { setEditorCatalog } from './monacoSetup';

/** Load the catalog once the engine is ready; `refresh()` reloads tables and columns. */
export function useCatalog(engine: Engine): { refresh(): void } {
  const api = useMemo(() => {
    let current: Awaited<ReturnType<typeof loadEditorCatalog>> | null = null;
    let disposed = false;
    const load = async () => {
      try {
        await engine.ready();
        current = await loadEditorCatalog(engine);
        if (!disposed) setEditorCatalog(current);
      } catch {
        // Completion is a convenience: without a catalog the editor still edits and runs.
      }
    };
    return {
      load,
      dispose: () => {
        disposed = true;
      },
      refresh() {
        if (!current) {
          void load();
          return;
        }
        const base = current;
        void loadTables(engine)
          .then((tables) => {
            current = { ...base, tables };
            if (!disposed) setEditorCatalog(current);
          })
          .catch(() => undefined);
      },
    };
  }, [engine]);
  useEffect(() => {
    void api.load();
    return api.dispose;
  }, [api]);
  return api;
}
