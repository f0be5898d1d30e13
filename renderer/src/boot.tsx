/**
 * The studio's start, after the entry script has started DuckDB's worker: the engine (on that
 * worker), the workspace, the launch build, and React's first render. The view the studio opens
 * on is loaded before that render, so the first frame shows it rather than "Loading…".
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { views } from './views';
import { SaveFileContext } from './components/saveFile';
import { createBrowserEngine } from './engine/browserEngine';
import { watchEngineStatus } from './features/studio';
import { installPackBench } from './features/packs/packBench';
import { getSyncStatus, startWorkspaceSync } from './features/workspace';
import { buildOnOpen } from './features/packs/buildOnOpen';
import { getPlatform } from './platform';
import { crashWorker } from './testSupport/engine/engineSuiteHelpers';
import type { CaseResult } from './testSupport/engine/pageRunner';

declare global {
  interface Window {
    /** Hooks for end-to-end tests: kill the engine's worker as a crash would; run the Engine suite in the page. */
    __studioTest?: { terminateEngineWorker(): void; runEngineSuite(): Promise<CaseResult[]> };
  }
}

/** Start the studio on `firstWorker`, a DuckDB worker the entry script has already started. */
export async function boot(firstWorker: Worker): Promise<void> {
  let worker: Worker | undefined;
  const engine = createBrowserEngine({ firstWorker, onWorker: (w) => (worker = w) });

  // Test and bench hooks exist only in test builds (`vite build --mode test`): Vite replaces MODE
  // with a literal, so the shipped bundle (mode production) carries none of this code.
  if (import.meta.env.MODE !== 'production') {
    window.__studioTest = {
      terminateEngineWorker: () => crashWorker(worker),
      // Its own chunk, loaded only when a test asks: the suite and its assertion library stay out of the start.
      runEngineSuite: () => import('./testSupport/engine/pageRunner').then((m) => m.runEngineSuiteInPage()),
    };
    installPackBench(engine);
  }
  const engineStatus = watchEngineStatus(engine);
  // Restore the workspace (tabs, history, saved queries, pack, presentation) and keep it saved.
  startWorkspaceSync(getPlatform());
  engine.ready().then(
    () => performance.mark('studio:engine-ready'),
    () => undefined, // the status bar shows the failure
  );
  // Open ready: the user's last pack (or the default) builds behind the first paint.
  void buildOnOpen(engine, () => getSyncStatus().loaded).then((built) => {
    if (built) performance.mark('studio:pack-ready');
  });

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html lacks #root');
  // The studio opens on the editor. A failure to load it here is left to its first render, which loads it again.
  await views.find((view) => view.id === 'editor')?.preload().catch(() => undefined);
  createRoot(root).render(
    <StrictMode>
      {/* Every export button saves through the host: a native dialog on the desktop, a download on the web. */}
      <SaveFileContext.Provider value={getPlatform().saveFile}>
        <App engine={engine} engineStatus={engineStatus} />
      </SaveFileContext.Provider>
    </StrictMode>,
  );
}
