/**
 * The Engine: everything the studio asks of DuckDB. Features, scripts and tests code against
 * this interface; `browserEngine` (a Web Worker) and `nodeEngine` (Node worker thread) implement
 * it over the same DuckDB-Wasm build, so one shared test suite checks both.
 */
import type { Cell, ResultColumn, ResultSet } from '../core/result';

/** A statement that is running or has produced a result, whose rows are fetched in batches. */
export interface Cursor {
  /** Result columns with DuckDB types. */
  readonly columns: ResultColumn[];
  /** Fetch up to `max` more rows; an empty array means the result is exhausted. */
  next(max: number): Promise<Cell[][]>;
  /** Stop the statement (if still running) and release its result. */
  close(): Promise<void>;
}

/** Timing of one statement, measured around DuckDB. */
export interface RunStats {
  /** Wall time from send to the last row fetched, in ms. */
  elapsedMs: number;
  rowCount: number;
}

/** What `query` returns: all rows, plus how long it took. */
export interface QueryResult extends ResultSet, RunStats {}

/** An error raised by DuckDB (or the engine), with the position in the SQL when DuckDB gives one. */
export interface EngineErrorInfo {
  message: string;
  /** 0-based character offset into the SQL that was sent, when known. */
  position?: number;
  /** True when the statement was cancelled by the user. */
  cancelled?: boolean;
  /** True when the engine died and was restarted: session state (tables) was lost. */
  restarted?: boolean;
}

/** Ready-state events, so the UI can show instantiation progress and restarts. */
export type EngineStatus =
  | { state: 'starting'; progress: number }
  | { state: 'ready'; version: string; startMs: number }
  | { state: 'restarting'; reason: string }
  | { state: 'failed'; message: string };

export interface Engine {
  /** Resolves when DuckDB is instantiated and a connection is open. */
  ready(): Promise<void>;
  /** Run SQL (one or more statements) and return every row of the last statement. */
  query(sql: string): Promise<QueryResult>;
  /**
   * Start a statement with DuckDB-Wasm's `send()` so it can be cancelled, returning a cursor
   * once the first batch (or an empty result) is available.
   */
  open(sql: string): Promise<Cursor>;
  /** Cancel the statement started with `open` (no-op when nothing runs). */
  cancel(): Promise<void>;
  /** `EXPLAIN (FORMAT JSON)` or `EXPLAIN (ANALYZE, FORMAT JSON)`: the parsed JSON plan. */
  explain(sql: string, analyze: boolean): Promise<unknown>;
  /** Make bytes available to SQL as a file name in DuckDB's virtual file system. */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  /** Read a registered file's bytes back (e.g. an attached database after CHECKPOINT). */
  readFile(name: string): Promise<Uint8Array>;
  /** Drop a registered file. */
  dropFile(name: string): Promise<void>;
  /** Load a registered CSV file into a table with DuckDB-Wasm's own reader (works offline). */
  insertCsv(fileName: string, table: string, schema?: string): Promise<void>;
  /** Load a registered JSON file (array of records or newline-delimited) into a table. */
  insertJson(fileName: string, table: string, schema?: string): Promise<void>;
  /** Drop all session state: a fresh database. */
  reset(): Promise<void>;
  /** Subscribe to status changes; returns an unsubscribe function. */
  onStatus(listener: (status: EngineStatus) => void): () => void;
  /** Stop the worker for good. */
  close(): Promise<void>;
}

/** Error thrown by Engine methods. */
export class EngineError extends Error implements EngineErrorInfo {
  position?: number;
  cancelled?: boolean;
  restarted?: boolean;
  constructor(info: EngineErrorInfo) {
    super(info.message);
    this.name = 'EngineError';
    if (info.position !== undefined) this.position = info.position;
    if (info.cancelled) this.cancelled = true;
    if (info.restarted) this.restarted = true;
  }
}
