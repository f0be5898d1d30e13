/**
 * One DuckDB-Wasm worker with its database and connection, and the watch on its life: a worker
 * error or exit event, or a call failing with a fatal wasm message, marks it dead, terminates
 * the worker and tells the engine (which starts another).
 */
import type { AsyncDuckDB, AsyncDuckDBConnection, InstantiationProgress } from '@duckdb/duckdb-wasm';
import { messageOf } from './engineErrors';
import { sqlString } from '../core/sqlText/quote';

/** How to make a DuckDB-Wasm worker and database in this host (Node or browser). */
export interface DuckDbBundle {
  /** A fresh worker running DuckDB-Wasm's worker script. */
  createWorker(): Worker;
  /** An `AsyncDuckDB` over that worker (the Node and browser builds export their own class). */
  createDatabase(worker: Worker): AsyncDuckDB;
  /** Where the wasm module is: a URL in the browser, a path in Node. */
  wasmUrl: string;
  /**
   * Lock the database away from the host's files once it is open (Node scripts, where DuckDB-Wasm
   * reaches the real file system): only files registered under `REGISTERED_DIR` and these
   * folders stay readable and writable. It cannot be undone for the life of the database.
   */
  lockdown?: { allowedDirectories: readonly string[] };
}

/** Registered files are named under this folder: the one a locked-down database may always read. */
export const REGISTERED_DIR = 'studio-files/';

/**
 * The statements that lock a database down. DuckDB 1.4 (DuckDB-Wasm 1.32) refuses to turn
 * external access back on, or to change the allowed folders, once it is off.
 */
export function lockdownSql(allowedDirectories: readonly string[]): string[] {
  const list = [REGISTERED_DIR, ...allowedDirectories].map(sqlString).join(', ');
  return [`SET allowed_directories = [${list}]`, 'SET enable_external_access = false'];
}

/**
 * Settings applied to every new database: no network, so extensions never autoload. One query
 * with both statements: each query is a round trip to the worker, and at launch the page's main
 * thread (busy loading the editor) answers each one late.
 */
export const SESSION_SETUP = 'SET autoinstall_known_extensions = false; SET autoload_known_extensions = false';

export interface Session {
  readonly worker: Worker;
  readonly db: AsyncDuckDB;
  conn: AsyncDuckDBConnection;
  readonly version: string;
  readonly startMs: number;
  dead: boolean;
  deathReason: string;
  /** Rejects when the session dies (never resolves). */
  readonly died: Promise<never>;
  /** Await `p`, rejecting as soon as the session dies (DuckDB-Wasm drops pending requests then). */
  guard<T>(p: Promise<T>): Promise<T>;
  /** Terminate the worker and mark the session dead. */
  kill(reason: string): void;
  /** Replace the database with an empty one (same worker). */
  fresh(): Promise<void>;
}

export interface SessionHooks {
  progress(fraction: number): void;
  died(session: Session, reason: string): void;
}

const now = (): number => globalThis.performance?.now() ?? Date.now();

async function connectWithSetup(db: AsyncDuckDB): Promise<AsyncDuckDBConnection> {
  const conn = await db.connect();
  await conn.query(SESSION_SETUP);
  return conn;
}

/** Start a worker, instantiate DuckDB, open a database and a connection. */
export async function startSession(bundle: DuckDbBundle, hooks: SessionHooks): Promise<Session> {
  const t0 = now();
  hooks.progress(0);
  const worker = bundle.createWorker();
  const db = bundle.createDatabase(worker);
  let rejectDied!: (e: Error) => void;
  const died = new Promise<never>((_, reject) => { rejectDied = reject; });
  died.catch(() => undefined);
  let ready = false;
  const session = {
    worker, db, version: '', startMs: 0, dead: false, deathReason: '', died,
    conn: undefined as unknown as AsyncDuckDBConnection,
    guard<T>(p: Promise<T>): Promise<T> {
      return Promise.race([p, died]);
    },
    kill(reason: string): void {
      if (session.dead) return;
      session.dead = true;
      session.deathReason = reason;
      worker.removeEventListener('error', onError);
      worker.removeEventListener('close', onClose);
      void db.terminate().catch(() => undefined);
      rejectDied(new Error(`DuckDB worker died: ${reason}`));
      if (ready) hooks.died(session, reason);
    },
    async fresh(): Promise<void> {
      await session.conn.close();
      await db.reset();
      await db.open({});
      session.conn = await connectWithSetup(db);
    },
  } satisfies Session as Session;
  const onError = (e: Event): void => session.kill(`worker error: ${messageOf((e as ErrorEvent).message ?? e)}`);
  // 'close' is what the Node worker shim dispatches when the thread exits.
  const onClose = (): void => session.kill('worker exited');
  worker.addEventListener('error', onError);
  worker.addEventListener('close', onClose);
  try {
    const onProgress = (p: InstantiationProgress): void => {
      if (p.bytesTotal > 0) hooks.progress(Math.min(0.99, p.bytesLoaded / p.bytesTotal));
    };
    await session.guard(db.instantiate(bundle.wasmUrl, null, onProgress));
    // For the bench: how much of the start is the wasm module (fetch + compile + instantiate).
    globalThis.performance?.mark?.('studio:engine-instantiated');
    // Asked alongside the opening rather than after it: one round trip fewer at launch.
    const version = session.guard(db.getVersion());
    version.catch(() => undefined); // a failure surfaces where it is awaited
    await session.guard(db.open({}));
    session.conn = await session.guard(connectWithSetup(db));
    // Once per database (a restart makes a new one), never per connection: it cannot run twice.
    for (const sql of bundle.lockdown ? lockdownSql(bundle.lockdown.allowedDirectories) : []) await session.guard(session.conn.query(sql));
    (session as { version: string }).version = await version;
    (session as { startMs: number }).startMs = now() - t0;
    ready = true;
    return session;
  } catch (e) {
    session.kill(`failed to start: ${messageOf(e)}`);
    throw e;
  }
}
