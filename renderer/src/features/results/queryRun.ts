/**
 * Runs the editor's statements on the engine and holds the result the grid shows: columns, the
 * rows fetched so far (in batches, as the user scrolls), whether the cursor is exhausted, timing,
 * and a message when something went wrong. Plain TypeScript with a subscribe/get pair, so React
 * reads it through `useSyncExternalStore` and Node tests drive it against the real engine.
 */
import type { Cell, ResultColumn } from '../../core/result';
import { EngineError, type Cursor, type Engine, type EngineErrorInfo } from '../../engine/engine';
import { emptyMessage, errorMessage, type RunMessage } from './runMessage';

/** One statement to run, and where its text starts in the editor (to place error markers). */
export interface RunPiece {
  sql: string;
  offset: number;
}

export interface RunState {
  /** Grows with every run; 0 before the first. */
  id: number;
  phase: 'idle' | 'running' | 'done' | 'failed';
  columns: ResultColumn[];
  /** Rows fetched so far. The array grows in place; `rowsVersion` changes when it does. */
  rows: Cell[][];
  rowsVersion: number;
  /** True once the cursor returned every row (the row count is then exact). */
  exhausted: boolean;
  /** A batch is being fetched for scrolling or "load all". */
  fetching: boolean;
  /** Statements of this run, and how many have finished. */
  statementCount: number;
  statementsDone: number;
  /** DuckDB's time for the shown statement: open until the first batch arrived, ms. */
  engineMs?: number;
  /** From the run request until the first batch (or the failure), ms. */
  elapsedMs?: number;
  message?: RunMessage;
}

const idle: RunState = {
  id: 0, phase: 'idle', columns: [], rows: [], rowsVersion: 0, exhausted: true, fetching: false, statementCount: 0, statementsDone: 0,
};

const asInfo = (error: unknown): EngineErrorInfo =>
  error instanceof EngineError ? error : { message: error instanceof Error ? error.message : String(error) };

/** One runner per editor view: a new run replaces (and stops) the previous one. */
export class QueryRunner {
  private state: RunState = idle;
  private cursor: Cursor | null = null;
  private readonly listeners = new Set<() => void>();
  private cancelRequested = false;
  private fetchChain: Promise<void> = Promise.resolve();
  private queuedFetches = 0;

  constructor(
    private readonly engine: Engine,
    /** Rows per batch while scrolling. */
    readonly batchSize = 2048,
    private readonly now: () => number = () => performance.now(),
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get = (): RunState => this.state;

  private set(patch: Partial<RunState>, id = this.state.id): void {
    if (id !== this.state.id) return; // a newer run took over
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Whether a statement is executing (what Esc and Cancel stop). */
  get running(): boolean {
    return this.state.phase === 'running';
  }

  /**
   * Run statements in order and show the last one's result. `text` is the editor's text (for
   * error positions); `startedAt` the time of the user's request, from `performance.now()`.
   */
  async run(pieces: RunPiece[], text: string, startedAt = this.now()): Promise<RunState> {
    if (this.state.phase === 'running' || this.state.fetching) await this.engine.cancel().catch(() => undefined);
    await this.release();
    const id = this.state.id + 1;
    this.cancelRequested = false;
    this.state = { ...idle, id, phase: 'running', exhausted: false, statementCount: pieces.length };
    this.set({});
    if (pieces.length === 0) {
      this.set({ phase: 'failed', exhausted: true, message: emptyMessage(), elapsedMs: this.now() - startedAt }, id);
      return this.state;
    }
    let current = pieces[0]!;
    try {
      for (let i = 0; i < pieces.length; i++) {
        current = pieces[i]!;
        const last = i === pieces.length - 1;
        if (this.cancelRequested) throw new EngineError({ message: 'The statement was cancelled.', cancelled: true });
        const t0 = this.now();
        const cursor = await this.engine.open(current.sql);
        if (id !== this.state.id) {
          await cursor.close();
          return this.state;
        }
        if (!last) {
          // Earlier statements matter for their effects (CREATE, INSERT…), not their rows.
          await cursor.close();
          this.set({ statementsDone: i + 1 }, id);
          continue;
        }
        this.cursor = cursor;
        const rows = await cursor.next(this.batchSize);
        const engineMs = this.now() - t0;
        const exhausted = rows.length === 0 || rows.length < this.batchSize ? await this.probeEnd(cursor, rows) : false;
        this.set({
          phase: 'done', columns: cursor.columns, rows, rowsVersion: 1, exhausted, statementsDone: pieces.length,
          engineMs, elapsedMs: this.now() - startedAt,
        }, id);
        if (exhausted) await this.release();
      }
    } catch (error) {
      const info = asInfo(error);
      const message = errorMessage(this.cancelRequested ? { ...info, cancelled: true } : info, text, current.offset);
      this.cursor = null;
      this.set({ phase: 'failed', exhausted: true, message, elapsedMs: this.now() - startedAt }, id);
    }
    return this.state;
  }

  /**
   * A short batch may or may not be the last: DuckDB-Wasm streams in chunks whose size is its own.
   * Fetch until the batch is full or the cursor says it is done, so a small result is exact at once.
   */
  private async probeEnd(cursor: Cursor, rows: Cell[][]): Promise<boolean> {
    while (rows.length < this.batchSize) {
      const more = await cursor.next(this.batchSize - rows.length);
      if (more.length === 0) return true;
      for (const row of more) rows.push(row);
    }
    return false;
  }

  /** Fetch the next batch (at least `minRows` more, when given), unless exhausted. Calls queue. */
  fetchMore(minRows = this.batchSize): Promise<void> {
    this.queuedFetches++;
    this.fetchChain = this.fetchChain.then(() => this.fetchNow(minRows)).finally(() => this.queuedFetches--);
    return this.fetchChain;
  }

  private async fetchNow(minRows: number): Promise<void> {
    const cursor = this.cursor;
    const id = this.state.id;
    if (!cursor || this.state.exhausted || this.state.phase !== 'done') return;
    this.set({ fetching: true }, id);
    try {
      let fetched = 0;
      while (fetched < minRows && id === this.state.id && !this.cancelRequested) {
        const batch = await cursor.next(Math.max(this.batchSize, minRows - fetched));
        if (id !== this.state.id) return;
        if (batch.length === 0) {
          this.set({ exhausted: true, fetching: false }, id);
          await this.release();
          return;
        }
        for (const row of batch) this.state.rows.push(row);
        fetched += batch.length;
        this.set({ rowsVersion: this.state.rowsVersion + 1 }, id);
      }
      this.set({ fetching: false }, id);
    } catch (error) {
      this.cursor = null;
      this.set({ fetching: false, exhausted: true, message: errorMessage(asInfo(error), '', 0) }, id);
    }
  }

  /** Ask for one more batch unless one is already on its way (the grid calls this while scrolling). */
  requestMore = (): void => {
    if (this.queuedFetches === 0 && !this.state.exhausted) void this.fetchMore();
  };

  /** Fetch every remaining row (for "go to the last row" and CSV export), in large batches. */
  fetchAll = async (): Promise<void> => {
    const id = this.state.id;
    this.cancelRequested = false;
    while (id === this.state.id && !this.state.exhausted && this.cursor && !this.cancelRequested) {
      await this.fetchMore(this.batchSize * 32);
    }
  };

  /** Stop the running statement (or a "load all"); the studio stays usable. */
  async cancel(): Promise<void> {
    if (this.state.phase !== 'running' && !this.state.fetching) return;
    this.cancelRequested = true;
    // The engine drops a statement still waiting in its queue, and restarts the worker when a
    // running one does not stop; a statement not yet handed to it sees `cancelRequested`.
    await this.engine.cancel();
  }

  /** Close the open cursor, if any. */
  private async release(): Promise<void> {
    const cursor = this.cursor;
    this.cursor = null;
    if (!cursor) return;
    try {
      await cursor.close();
    } catch {
      // A cursor of a restarted engine is already gone.
    }
  }

  /** Close the cursor for good (view unmounted). */
  dispose(): Promise<void> {
    return this.release();
  }
}
