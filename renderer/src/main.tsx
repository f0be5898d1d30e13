/**
 * Entry point. The engine starts here, at module load, in parallel with React's first render
 * (DuckDB-Wasm takes 1–2.5 s to instantiate) and exactly once: StrictMode's double effects and
 * re-renders never reach this line.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createBrowserEngine } from './engine/browserEngine';
import { watchEngineStatus } from './features/shell/engineStatusStore';

const engine = createBrowserEngine();
const engineStatus = watchEngineStatus(engine);
engine.ready().then(
  () => performance.mark('studio:engine-ready'),
  () => undefined, // the status bar shows the failure
);

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <App engine={engine} engineStatus={engineStatus} />
  </StrictMode>,
);
