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

/**
 * The worker script, started through a one-line wrapper. DuckDB-Wasm pipes the wasm response
 * through a TransformStream (for its progress events) into a `new Response(…)` that has no URL,
 * and V8 caches compiled wasm only for a streamed response with the URL of a cached HTTP
 * response: so with a TransformStream the 34 MB module is compiled from scratch on every launch.
 * Without one, DuckDB-Wasm streams `fetch()`'s own response (no progress events) and a cacheable
 * (immutable) module is compiled once and then taken from the code cache.
 */
function workerScript(): string {
  const absolute = new URL(workerUrl, globalThis.location?.href).href;
  const source = `self.TransformStream = undefined;\nimportScripts(${JSON.stringify(absolute)});\n`;
  return URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
}

/** Start DuckDB-Wasm in a Web Worker; call once at launch, in parallel with the UI. */
export function createBrowserEngine(options: BrowserEngineOptions = {}): Engine {
  return new AsyncEngine({
    wasmUrl: new URL(wasmUrl, globalThis.location?.href).href,
    createWorker: () => {
      const worker = new Worker(workerScript());
      options.onWorker?.(worker);
      return worker;
    },
    createDatabase: (worker) => new AsyncDuckDB(new VoidLogger(), worker),
  });
}
