// TEMPORARY (not committed): Engine over DuckDB-Wasm in Node until nodeEngine lands.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Engine, QueryResult, Cursor } from '../engine';
import { EngineError } from '../engine';
import type { Cell } from '../../core/result';
const require = createRequire(import.meta.url);
function conv(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (ArrayBuffer.isView(v)) return Array.from(v as Uint32Array).join(':');
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
  const query = async (sql: string): Promise<QueryResult> => {
    const t0 = performance.now();
    let t;
    try { t = await conn.query(sql); } catch (e) { throw new EngineError({ message: (e as Error).message }); }
    const elapsedMs = performance.now() - t0;
    const columns = t.schema.fields.map((f: { name: string; type: unknown }) => ({ name: f.name, type: String(f.type) }));
    const rows = t.toArray().map((r: { toArray(): unknown[] }) => r.toArray().map(conv));
    return { columns, rows, elapsedMs, rowCount: rows.length };
  };
  const e: Partial<Engine> = {
    ready: async () => {},
    query,
    async open(sql: string): Promise<Cursor> { const r = await query(sql); let given = false; return { columns: r.columns, next: async () => { if (given) return []; given = true; return r.rows; }, close: async () => {} }; },
    cancel: async () => {},
    close: async () => { await conn.close(); await db.terminate(); },
  };
  return e as Engine;
}
