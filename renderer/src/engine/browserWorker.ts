/**
 * DuckDB-Wasm's worker for the browser and Electron's renderer, without DuckDB's client library:
 * the page's entry script starts it before it loads anything else, so the worker fetches and
 * compiles the 34 MB wasm module on the other core while the page's main thread evaluates the
 * studio's code. (A worker created inside a large script starts only once that script's task
 * ends: the first hundreds of ms of the launch.) Vite bundles both files as assets (`?url`), so
 * nothing is fetched from a CDN or the network.
 */
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { workerSource } from './workerShim';

const absolute = (url: string): string => new URL(url, globalThis.location?.href).href;

/** The wasm module's absolute URL (DuckDB's "instantiate" message names it). Computed on call: a page has a location to resolve it against, a module merely imported in Node does not. */
export function duckDbWasmUrl(): string {
  return absolute(wasmUrl);
}

let shimUrl: string | undefined;

/** Start a DuckDB worker: a classic worker from a blob (the CSP allows blob: workers) that runs the shim, then DuckDB's script. */
export function startDuckDbWorker(): Worker {
  shimUrl ??= URL.createObjectURL(new Blob([workerSource(absolute(workerUrl), duckDbWasmUrl())], { type: 'text/javascript' }));
  return new Worker(shimUrl);
}
