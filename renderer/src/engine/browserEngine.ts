/**
 * The Engine in the browser and in Electron's renderer: DuckDB-Wasm's `eh` build in a Web
 * Worker (see browserWorker.ts for how the worker starts).
 */
import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
import type { Engine } from './engine';
import { AsyncEngine } from './asyncEngine';
import { duckDbWasmUrl, startDuckDbWorker } from './browserWorker';

/** Options for the launch and for tests. */
export interface BrowserEngineOptions {
  /** A worker already started (by the entry script); the engine uses it for its first session. */
  firstWorker?: Worker;
  /** Called with each worker the engine uses (tests use it to kill one). */
  onWorker?: (worker: Worker) => void;
}

/** DuckDB-Wasm in a Web Worker; call once at launch, in parallel with the UI. */
export function createBrowserEngine(options: BrowserEngineOptions = {}): Engine {
  let first = options.firstWorker;
  return new AsyncEngine({
    wasmUrl: duckDbWasmUrl(),
    createWorker: () => {
      // A restart after a crash starts a new worker; only the first session takes the early one.
      const worker = first ?? startDuckDbWorker();
      first = undefined;
      options.onWorker?.(worker);
      return worker;
    },
    createDatabase: (worker) => new AsyncDuckDB(new VoidLogger(), worker),
  });
}
