// TEMPORARY (not committed): minimal Engine over DuckDB-Wasm in Node until nodeEngine lands.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Engine, QueryResult } from '../engine';
import type { Cell } from '../../core/result';
const require = createRequire(import.meta.url);
function conv(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  const anyV = v as { toArray?: () => unknown[]; toJSON?: () => unknown };
  if (typeof anyV.toArray === 'function' && !(typeof anyV.toJSON === 'function' && !Array.isArray(anyV.toArray()))) return anyV.toArray().map(conv);
  if (typeof anyV.toJSON === 'function') { const j = anyV.toJSON() as Record<string, unknown>; const o: Record<string, Cell> = {}; for (const k of Object.keys(j)) o[k] = conv(j[k]); return o; }
  return String(v);
}
export async function scratchEngine(): Promise<Engine> {
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node.cjs'));
  const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node.cjs');
  const Worker = require('web-worker');
  const worker = new Worker(dist + '/duckdb-node-eh.worker.cjs');
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(dist + '/duckdb-eh.wasm');
  const conn = await db.connect();
  const e: Partial<Engine> = {
    ready: async () => {},
    async query(sql: string): Promise<QueryResult> {
      const t0 = performance.now();
      const t = await conn.query(sql);
      const elapsedMs = performance.now() - t0;
      const columns = t.schema.fields.map((f: { name: string; type: unknown }) => ({ name: f.name, type: String(f.type) }));
      const rows = t.toArray().map((r: { toArray(): unknown[] }) => r.toArray().map(conv));
      return { columns, rows, elapsedMs, rowCount: rows.length };
    },
    readFile: async (n: string) => db.copyFileToBuffer(n),
    dropFile: async (n: string) => { await db.dropFile(n); },
    close: async () => { await conn.close(); await db.terminate(); },
  };
  return e as Engine;
}
