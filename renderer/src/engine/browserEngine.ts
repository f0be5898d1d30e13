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
import { workerSource } from './workerShim';

/** Options for tests. */
export interface BrowserEngineOptions {
  /** Called with each worker the engine starts (tests use it to kill one). */
  onWorker?: (worker: Worker) => void;
}

/** Start DuckDB-Wasm in a Web Worker; call once at launch, in parallel with the UI. */
export function createBrowserEngine(options: BrowserEngineOptions = {}): Engine {
  const absoluteWasmUrl = new URL(wasmUrl, globalThis.location?.href).href;
  // A classic worker from a blob (the CSP allows blob: workers): the shim runs before DuckDB's
  // script, which it loads by its absolute URL, and starts compiling the wasm at once.
  const source = workerSource(new URL(workerUrl, globalThis.location?.href).href, absoluteWasmUrl);
  const shimUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  return new AsyncEngine({
    wasmUrl: absoluteWasmUrl,
    createWorker: () => {
      const worker = new Worker(shimUrl);
      options.onWorker?.(worker);
      return worker;
    },
    createDatabase: (worker) => new AsyncDuckDB(new VoidLogger(), worker),
  });
}
