/**
 * The Engine in the browser and in Electron's renderer: DuckDB-Wasm's `eh` build in a Web
 * Worker. Vite bundles the wasm module and the worker script as assets (`?url`), so nothing is
 * fetched from a CDN or the network.
 */
import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Engine } from './engine';
import { AsyncEngine } from './asyncEngine';

/** Options for tests. */
export interface BrowserEngineOptions {
  /** Called with each worker the engine starts (tests use it to kill one). */
  onWorker?: (worker: Worker) => void;
}

/** Start DuckDB-Wasm in a Web Worker; call once at launch, in parallel with the UI. */
export function createBrowserEngine(options: BrowserEngineOptions = {}): Engine {
  return new AsyncEngine({
    wasmUrl: new URL(wasmUrl, globalThis.location?.href).href,
    createWorker: () => {
      const worker = new Worker(workerUrl);
      options.onWorker?.(worker);
      return worker;
    },
    createDatabase: (worker) => new AsyncDuckDB(new VoidLogger(), worker),
  });
}
