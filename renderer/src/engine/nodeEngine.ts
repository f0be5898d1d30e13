/**
 * The Engine in Node (tests, scripts): the same DuckDB-Wasm `eh` build as the browser, in a
 * worker thread through the `web-worker` shim. Node only: do not import from renderer code.
 */
import { createRequire } from 'node:module';
import type * as DuckDb from '@duckdb/duckdb-wasm';
import type { Engine } from './engine';
import { AsyncEngine } from './asyncEngine';

const require = createRequire(import.meta.url);

/** Options for tests and scripts. */
export interface NodeEngineOptions {
  /** Called with each worker the engine starts (tests use it to kill one). */
  onWorker?: (worker: Worker) => void;
  /**
   * Lock DuckDB away from the host's files (scripts that run pack and lesson SQL): only
   * registered files and these folders stay reachable. See `DuckDbBundle.lockdown`.
   */
  lockdown?: { allowedDirectories: readonly string[] };
}

/** Start a DuckDB-Wasm engine in a Node worker thread. */
export function createNodeEngine(options: NodeEngineOptions = {}): Engine {
  const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node.cjs') as typeof DuckDb;
  const NodeWorker = require('web-worker') as { new (url: string): Worker };
  const workerPath = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-eh.worker.cjs');
  const wasmPath = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm');
  return new AsyncEngine({
    wasmUrl: wasmPath,
    createWorker: () => {
      const worker = new NodeWorker(workerPath);
      options.onWorker?.(worker);
      return worker;
    },
    createDatabase: (worker) => new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker),
    ...(options.lockdown ? { lockdown: options.lockdown } : {}),
  });
}
