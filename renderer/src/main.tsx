/**
 * Entry point, tiny on purpose. It starts DuckDB's worker first: a worker only begins once the
 * script that created it has finished running, so created from here it fetches and compiles the
 * wasm module on the other core while the page evaluates the studio (boot.tsx, its own chunk).
 */
import { startDuckDbWorker } from './engine/browserWorker';

const firstWorker = startDuckDbWorker();
import('./boot').then(
  (m) => m.boot(firstWorker),
  (error: unknown) => {
    // Nothing else can say it: the studio's code itself did not load.
    const root = document.getElementById('root');
    if (root) root.textContent = `The studio could not start: ${error instanceof Error ? error.message : String(error)}. Reload the window to try again.`;
  },
);
