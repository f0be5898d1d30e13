/**
 * The Engine over DuckDB-Wasm's `AsyncDuckDB` in one long-lived worker. The Node and browser
 * engines differ only in how the worker and the wasm module are found (`DuckDbBundle`).
 *
 * - One statement at a time: every call goes through a `SerialQueue`; a cursor holds the queue
 *   until it is exhausted or closed, and steps aside when someone else queues work.
 * - Cancel: the last statement of `open()` is started with `send()`, so `cancelSent()` stops it.
 *   Some statements block the worker inside one poll step, where `cancelSent()` never arrives:
 *   if the statement has not settled `CANCEL_ESCALATE_MS` after the request, the worker is
 *   terminated and restarted (session state is lost). An `open()` still waiting in the queue is
 *   dropped from it.
 * - Death: a worker error/exit event or a fatal wasm message kills the session; the in-flight
 *   call rejects with `restarted: true`, a new worker starts at once, and status goes
 *   'restarting' → 'ready'.
 */
import type { Table } from 'apache-arrow';
import type { QueryResult, Cursor, Engine, EngineStatus } from './engine';
import { EngineError } from './engine';
import { splitStatements, type SqlStatement } from '../core/sqlText/statements';
import { batchToRows } from './arrowToCells';
import { arrowTypeName } from './arrowTypeName';
import { AsyncCursor } from './asyncCursor';
import { isFatalMessage, messageOf, toEngineError } from './engineErrors';
import { SerialQueue } from './serialQueue';
import { startSession, type DuckDbBundle, type Session } from './session';

export type { DuckDbBundle } from './session';

const now = (): number => globalThis.performance?.now() ?? Date.now();

/** How long a cancelled statement may take to stop before the worker is restarted, ms. */
export const CANCEL_ESCALATE_MS = 2000;
/** The death reason of a worker terminated to stop a statement (recognised by `failure`). */
const CANCEL_RESTART_REASON = 'restarted to stop a query that did not respond to cancel';

const cancelledError = (): EngineError => new EngineError({ message: 'The statement was cancelled.', cancelled: true });

/** An `open()` from the moment it is called until its cursor is handed out (or it fails). */
interface OpenRun {
  session?: Session;
  cancelled: boolean;
  settled: boolean;
  /** Resolves when the open settles (cursor handed out, or rejected). */
  done: Promise<void>;
  /** Reject the open at once (a cancel while it still waits in the queue). */
  drop(): void;
  cursor?: AsyncCursor;
}

/** Columns and rows of an Arrow table. */
function tableToResult(table: Table): Pick<QueryResult, 'columns' | 'rows'> {
  const columns = table.schema.fields.map((f) => ({ name: f.name, type: arrowTypeName(f.type) }));
  const rows = table.batches.flatMap((b) => batchToRows(b));
  return { columns, rows };
}

export class AsyncEngine implements Engine {
  private session: Promise<Session>;
  private readonly queue = new SerialQueue();
  private readonly listeners = new Set<(s: EngineStatus) => void>();
  private lastStatus: EngineStatus = { state: 'starting', progress: 0 };
  private closed = false;
  /** The `open()` holding the connection, so `cancel()` can reach it. */
  private running: OpenRun | undefined;
  /** `open()`s waiting in the queue. */
  private readonly waiting = new Set<OpenRun>();

  constructor(private readonly bundle: DuckDbBundle) {
    this.queue.onContention = () => { void this.running?.cursor?.stepAside(); };
    this.session = this.start();
  }

  private emit(status: EngineStatus): void {
    this.lastStatus = status;
    for (const l of this.listeners) l(status);
  }

  private start(restart = false): Promise<Session> {
    const started = startSession(this.bundle, {
      // A restart reports 'restarting' until ready, not the first start's progress.
      progress: (p) => { if (!restart) this.emit({ state: 'starting', progress: p }); },
      died: (s, reason) => this.onDeath(s, reason),
    });
    started.then(
      (s) => this.emit({ state: 'ready', version: s.version, startMs: s.startMs }),
      (e: unknown) => this.emit({ state: 'failed', message: messageOf(e) }),
    );
    return started;
  }

  private onDeath(_s: Session, reason: string): void {
    if (this.closed) return;
    this.emit({ state: 'restarting', reason });
    this.session = this.start(true);
  }

  /** Run `job` on the live session, serialized, translating failures into EngineErrors. */
  private exec<T>(job: (s: Session) => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      if (this.closed) throw new EngineError({ message: 'The engine is closed.' });
      const s = await this.session;
      try {
        return await s.guard(job(s));
      } catch (e) {
        throw this.failure(s, e);
      }
    });
  }

  /** The error to report for `e` on session `s`, killing the session if `e` is fatal. */
  private failure(s: Session, e: unknown, sql = '', offset = 0): EngineError {
    if (!s.dead && isFatalMessage(messageOf(e))) s.kill(messageOf(e));
    if (s.dead && s.deathReason === CANCEL_RESTART_REASON) {
      return new EngineError({
        message: 'The query did not respond to cancel, so it was stopped by restarting the DuckDB engine. ' +
          'Tables and files of this session were lost; a built pack is rebuilt automatically.',
        cancelled: true,
        restarted: true,
      });
    }
    if (s.dead) {
      return new EngineError({
        message: `The DuckDB engine stopped (${s.deathReason}) and was restarted. Tables and files of this session were lost; run the setup again.`,
        restarted: true,
      });
    }
    return toEngineError(e, sql, offset);
  }

  /** Run every statement but the last one, returning the last (undefined when none). */
  private async runLeading(s: Session, statements: SqlStatement[], stop?: () => boolean): Promise<SqlStatement | undefined> {
    for (const st of statements.slice(0, -1)) {
      if (stop?.()) throw new EngineError({ message: 'The statement was cancelled.', cancelled: true });
      try {
        await s.guard(s.conn.query(st.text));
      } catch (e) {
        throw this.failure(s, e, st.text, st.start);
      }
    }
    return statements[statements.length - 1];
  }

  ready(): Promise<void> {
    return this.session.then(() => undefined);
  }

  query(sql: string): Promise<QueryResult> {
    return this.exec(async (s) => {
      const t0 = now();
      const last = await this.runLeading(s, splitStatements(sql));
      if (!last) return { columns: [], rows: [], elapsedMs: now() - t0, rowCount: 0 };
      let table: Table;
      try {
        table = await s.guard(s.conn.query(last.text));
      } catch (e) {
        throw this.failure(s, e, last.text, last.start);
      }
      const result = tableToResult(table);
      return { ...result, elapsedMs: now() - t0, rowCount: result.rows.length };
    });
  }

  open(sql: string): Promise<Cursor> {
    return new Promise<Cursor>((resolve, reject) => {
      let settle!: () => void;
      const run: OpenRun = {
        cancelled: false,
        settled: false,
        done: new Promise<void>((r) => { settle = r; }),
        drop: () => fail(cancelledError()),
      };
      const finish = (): void => { run.settled = true; this.waiting.delete(run); settle(); };
      const fail = (e: unknown): void => { if (!run.settled) { finish(); reject(e); } };
      const hand = (cursor: Cursor): void => { if (!run.settled) { finish(); resolve(cursor); } };
      this.waiting.add(run);
      void this.exec(async (s) => {
        this.waiting.delete(run);
        if (run.settled) return; // dropped from the queue by cancel()
        run.session = s;
        this.running = run;
        try {
          const last = await this.runLeading(s, splitStatements(sql), () => run.cancelled);
          if (!last) {
            hand({ columns: [], next: async () => [], close: async () => undefined });
            return;
          }
          if (run.cancelled) throw cancelledError();
          const host = { guard: s.guard, fail: (e: unknown) => this.failure(s, e, last.text, last.start) };
          let cursor: AsyncCursor;
          try {
            const reader = await s.guard(s.conn.send(last.text, true));
            const first = await s.guard(reader.next());
            // The stream reader knows its schema once it has read the first message.
            const columns = (reader.schema?.fields ?? []).map((f) => ({ name: f.name, type: arrowTypeName(f.type) }));
            cursor = new AsyncCursor(columns, reader, first.done ? undefined : first.value, host);
          } catch (e) {
            throw run.cancelled && !s.dead ? cancelledError() : host.fail(e);
          }
          run.cursor = cursor;
          if (run.cancelled) cursor.markCancelled();
          hand(cursor);
          // Callers that queued while this statement ran must not wait on a cursor no one reads.
          if (this.queue.size > 1) void cursor.stepAside();
          // Hold the connection until the cursor is done with it.
          await Promise.race([cursor.done, s.died.catch(() => undefined)]);
        } catch (e) {
          fail(e);
        } finally {
          if (this.running === run) this.running = undefined;
        }
      }).catch(fail);
    });
  }

  /**
   * Cancel the running `open()` and every `open()` still waiting in the queue. Resolves once the
   * running statement has settled: stopped by `cancelSent()`, or, if the worker is stuck inside
   * one step and does not answer within `CANCEL_ESCALATE_MS`, by restarting the worker.
   */
  async cancel(): Promise<void> {
    for (const waiting of [...this.waiting]) waiting.drop();
    const run = this.running;
    if (!run || run.cancelled) return;
    run.cancelled = true;
    const s = run.session;
    if (!s) return;
    // Not queued: the point is to reach the worker while the statement holds the queue. A
    // stuck worker never answers, so the reply is not awaited past the statement settling.
    void s.conn.cancelSent().catch(() => undefined);
    if (run.settled) {
      // A streamed result being fetched: nothing is pending in the worker.
      run.cursor?.markCancelled();
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<boolean>((r) => { timer = setTimeout(() => r(true), CANCEL_ESCALATE_MS); });
    const stuck = await Promise.race([run.done.then(() => false), late]);
    clearTimeout(timer);
    if (stuck && !run.settled && !s.dead) s.kill(CANCEL_RESTART_REASON);
    await run.done;
    run.cursor?.markCancelled();
  }

  async explain(sql: string, analyze: boolean): Promise<unknown> {
    const statements = splitStatements(sql);
    const last = statements[statements.length - 1];
    if (!last) throw new EngineError({ message: 'Nothing to explain: the SQL is empty.' });
    const prefix = `EXPLAIN (${analyze ? 'ANALYZE, ' : ''}FORMAT JSON) `;
    const result = await this.query(prefix + last.text).catch((e: unknown) => {
      if (e instanceof EngineError && e.position !== undefined) e.position = e.position - prefix.length + last.start;
      throw e;
    });
    const row = result.rows[0];
    const text = row?.[row.length - 1];
    if (typeof text !== 'string') throw new EngineError({ message: 'DuckDB returned no plan.' });
    return JSON.parse(text) as unknown;
  }

  registerFile(name: string, bytes: Uint8Array): Promise<void> {
    // DuckDB-Wasm transfers the buffer to the worker: copy so the caller's bytes stay usable.
    return this.exec((s) => bytes.length === 0 ? s.db.registerEmptyFileBuffer(name) : s.db.registerFileBuffer(name, bytes.slice()));
  }

  readFile(name: string): Promise<Uint8Array> {
    return this.exec(async (s) => {
      try {
        return await s.db.copyFileToBuffer(name);
      } catch (e) {
        if (messageOf(e).trim() !== '' || s.dead) throw e;
        // DuckDB-Wasm throws a bare WebAssembly exception here; known for files a database
        // ATTACH wrote (duckdb/duckdb-wasm#1987), which stay locked even after DETACH.
        throw new EngineError({
          message: `DuckDB-Wasm could not copy the file '${name}'. A database file that ATTACH created cannot be ` +
            'read back in DuckDB-Wasm 1.32 (duckdb/duckdb-wasm#1987): register an empty database first ' +
            '(core/importing/emptyDatabase), or measure with pragma_database_size() instead.',
        });
      }
    });
  }

  dropFile(name: string): Promise<void> {
    return this.exec(async (s) => { await s.db.dropFile(name); });
  }

  insertCsv(fileName: string, table: string, schema?: string): Promise<void> {
    return this.exec((s) =>
      s.conn.insertCSVFromPath(fileName, { name: table, detect: true, header: true, ...(schema ? { schema } : {}) }));
  }

  insertJson(fileName: string, table: string, schema?: string): Promise<void> {
    return this.exec((s) => s.conn.insertJSONFromPath(fileName, { name: table, ...(schema ? { schema } : {}) }));
  }

  reset(): Promise<void> {
    return this.exec(async (s) => {
      // Detach attached databases and drop every schema's objects by starting a fresh database.
      await s.fresh();
    });
  }

  onStatus(listener: (status: EngineStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.lastStatus);
    return () => { this.listeners.delete(listener); };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const s = await this.session.catch(() => undefined);
    s?.kill('closed');
  }
}

/** An Engine over `bundle`; the worker starts immediately. */
export function createAsyncEngine(bundle: DuckDbBundle): Engine {
  return new AsyncEngine(bundle);
}
