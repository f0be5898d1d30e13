/**
 * The engine, started as the first thing the page evaluates. main.tsx imports this module before
 * anything else, and ES modules evaluate in import order, so DuckDB's worker starts (and fetches
 * the wasm module) before React and the views' modules are even evaluated. Exactly once:
 * StrictMode's double effects and re-renders never reach this line.
 */
import { createBrowserEngine } from './engine/browserEngine';

let worker: Worker | undefined;

/** The studio's one engine. */
export const engine = createBrowserEngine({ onWorker: (w) => (worker = w) });

/** The engine's current worker (the end-to-end tests kill it as a crash would). */
export function engineWorker(): Worker | undefined {
  return worker;
}
