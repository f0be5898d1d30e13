/**
 * A cursor over a statement started with `send()`: it keeps the engine's queue until it is
 * exhausted or closed, because fetching more batches and running another statement on the same
 * connection cannot interleave. When another caller queues work, the cursor steps aside: it
 * buffers what is left (up to `spillLimit` rows) and releases the connection.
 */
import type { AsyncRecordBatchStreamReader, RecordBatch } from 'apache-arrow';
import type { Cell, ResultColumn } from '../core/result';
import type { Cursor } from './engine';
import { EngineError } from './engine';
import { batchToRows } from './arrowToCells';

/** How the engine lets the cursor fetch under its death watch and map errors. */
export interface CursorHost {
  /** Await `p`, rejecting at once if the worker dies meanwhile. */
  guard<T>(p: Promise<T>): Promise<T>;
  /** Map a raw failure to an EngineError. */
  fail(error: unknown): EngineError;
}

/** Rows kept in memory when a cursor is asked to step aside. */
export const SPILL_LIMIT = 200_000;

export class AsyncCursor implements Cursor {
  private buffer: Cell[][] = [];
  private exhausted = false;
  private released = false;
  private truncated = false;
  private failure: EngineError | undefined;
  private busy: Promise<void> = Promise.resolve();
  private releaseLock!: () => void;
  /** Resolves once the cursor no longer needs the connection. */
  readonly done: Promise<void>;

  constructor(
    readonly columns: ResultColumn[],
    private readonly reader: AsyncRecordBatchStreamReader,
    first: RecordBatch | undefined,
    private readonly host: CursorHost,
    private readonly spillLimit = SPILL_LIMIT,
  ) {
    this.done = new Promise((resolve) => { this.releaseLock = resolve; });
    if (first) this.buffer.push(...batchToRows(first));
    else this.finish();
  }

  private finish(): void {
    this.exhausted = true;
    if (!this.released) {
      this.released = true;
      this.releaseLock();
    }
  }

  /** Read one more batch into the buffer; false when the result is exhausted. */
  private async pull(): Promise<boolean> {
    if (this.exhausted) return false;
    try {
      const r = await this.host.guard(this.reader.next());
      if (r.done || !r.value) { this.finish(); return false; }
      const rows = batchToRows(r.value);
      for (const row of rows) this.buffer.push(row);
      return true;
    } catch (e) {
      this.failure = this.host.fail(e);
      this.finish();
      throw this.failure;
    }
  }

  /** Serialize this cursor's own calls (next, stepAside, close). */
  private serial<T>(job: () => Promise<T>): Promise<T> {
    const result = this.busy.then(job);
    this.busy = result.then(() => undefined, () => undefined);
    return result;
  }

  next(max: number): Promise<Cell[][]> {
    return this.serial(async () => {
      while (this.buffer.length < max && !this.exhausted) await this.pull();
      if (this.buffer.length === 0) {
        if (this.failure) throw this.failure;
        if (this.truncated) {
          throw new EngineError({
            message: `Only the first ${this.spillLimit.toLocaleString('en')} remaining rows were kept when another statement ran; run the query again to page further.`,
          });
        }
      }
      return this.buffer.splice(0, max);
    });
  }

  /** Buffer what is left (bounded) and give the connection back to the queue. */
  stepAside(): Promise<void> {
    return this.serial(async () => {
      const limit = this.buffer.length + this.spillLimit;
      try {
        while (!this.exhausted && this.buffer.length < limit) await this.pull();
      } catch {
        // The failure is kept and reported by next().
      }
      if (!this.exhausted) {
        this.truncated = true;
        this.buffer.length = Math.min(this.buffer.length, limit);
        this.finish();
      }
    });
  }

  /** Mark the cursor cancelled: later calls reject with a cancelled error. */
  markCancelled(): void {
    this.failure = new EngineError({ message: 'The statement was cancelled.', cancelled: true });
    this.buffer = [];
    this.finish();
  }

  close(): Promise<void> {
    return this.serial(async () => {
      this.buffer = [];
      this.finish();
    });
  }
}
