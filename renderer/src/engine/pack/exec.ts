/**
 * Run one statement for the pack runner. Without a signal it is a plain `query`; with one it is
 * started with `open` (DuckDB-Wasm's cancellable `send()`) and an abort cancels it mid-flight.
 */
import type { Cell, ResultColumn } from '../../core/result';
import type { Engine } from '../engine';
import { PackCancelled } from './reports';

export interface ExecResult {
  columns: ResultColumn[];
  rows: Cell[][];
  elapsedMs: number;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new PackCancelled();
}

export async function exec(engine: Engine, sql: string, signal?: AbortSignal): Promise<ExecResult> {
  if (!signal) {
    const r = await engine.query(sql);
    return { columns: r.columns, rows: r.rows, elapsedMs: r.elapsedMs };
  }
  throwIfAborted(signal);
  const onAbort = (): void => void engine.cancel();
  signal.addEventListener('abort', onAbort);
  const started = performance.now();
  try {
    const cursor = await engine.open(sql);
    const rows: Cell[][] = [];
    try {
      for (;;) {
        const batch = await cursor.next(50_000);
        if (batch.length === 0) break;
        rows.push(...batch);
      }
    } finally {
      await cursor.close();
    }
    throwIfAborted(signal);
    return { columns: cursor.columns, rows, elapsedMs: performance.now() - started };
  } catch (error) {
    if (signal.aborted) throw new PackCancelled();
    throw error;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/** A cell as a number (BIGINT counts may arrive as strings when huge). */
export function toNumber(cell: Cell | undefined): number {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string') return Number(cell);
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  return Number.NaN;
}

