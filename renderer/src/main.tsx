/**
 * Entry point. The engine starts first (engineBoot, imported before anything else), in parallel
 * with React's first render: DuckDB-Wasm takes 1–2.5 s to instantiate.
 */
// Must stay the first import: see engineBoot.ts.
import { engine, engineWorker } from './engineBoot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { SaveFileContext } from './components/saveFile';
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

// The editor is the first view: fetch its chunk now rather than after React's first render asks
// for it (Monaco follows in its own chunk). views.tsx imports the same module, so it loads once.
void import('./features/editor/EditorView');

// Test and bench hooks exist only in test builds (`vite build --mode test`): Vite replaces MODE
// with a literal, so the shipped bundle (mode production) carries none of this code.
if (import.meta.env.MODE !== 'production') {
  window.__studioTest = {
    terminateEngineWorker: () => crashWorker(engineWorker()),
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
createRoot(root).render(
  <StrictMode>
    {/* Every export button saves through the host: a native dialog on the desktop, a download on the web. */}
    <SaveFileContext.Provider value={getPlatform().saveFile}>
      <App engine={engine} engineStatus={engineStatus} />
    </SaveFileContext.Provider>
  </StrictMode>,
);
