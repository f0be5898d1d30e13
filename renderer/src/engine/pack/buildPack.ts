/**
 * Build a pack at one scale: run the generator, create every style's tables in build order, count
 * rows, read columns, run the schema.yml tests. The build goes into a fresh attached in-memory
 * database (`pack_N`) with every name qualified, so the previous build stays the session's default
 * until the new one has fully succeeded; only then `USE pack_N` and the older ones are detached.
 * A failed or cancelled build detaches its half-built database and leaves the previous one usable.
 * With `deferTests` the build becomes current once its tables exist, and `testBuild` runs its data
 * tests afterwards (the launch build: the learner queries while the tests run).
 */
import type { Pack } from '../../core/pack/loadPack';
import { PackError } from '../../core/pack/packError';
import { assertPackSql } from '../../core/pack/packGate';
import { fillPlaceholders, qualifyNames, splitStatements } from '../../core/pack/sqlText';
import { tableTests, testsBatchSql, type DataTest } from '../../core/pack/testSql';
import type { ShippedFile } from '../../core/pack/packSchema';
import type { ResultColumn } from '../../core/result';
import type { Engine } from '../engine';
import { REGISTERED_DIR } from '../session';
import { sqlString } from '../../core/sqlText/quote';
import { exec, throwIfAborted, toNumber } from './exec';
import { PackCancelled, type BuildReport, type ExpectedFailure, type PackProgress, type StyleReport, type TableReport, type TestFailure } from './reports';

export interface BuildOptions {
  /** 0 = the main data; other seeds give hidden variants (same shape, other rows). */
  seed?: number;
  onProgress?: (progress: PackProgress) => void;
  signal?: AbortSignal;
  /**
   * Compress the in-memory pack database: ~7x less memory but ~2x slower to build. Default: only
   * above 300,000 orders (retail 1m needs it to fit DuckDB-Wasm's 3.1 GiB; 100k takes ~420 MiB).
   * A compressed build also runs its data tests one statement each: one batched statement keeps
   * every test's hash table until it ends (+440 MiB of peak memory at retail 1m, +130 MiB one at
   * a time, in the same time), while a small build saves the round trips of running them singly.
   * Where the time goes: DuckDB 1.4 compresses text as DICT_FSST, and writing a text column that
   * way is 3-6x slower than writing it plain (2.5M rows in Wasm); numbers cost little. Without it
   * text stays uncompressed, and `force_compression = 'dictionary'` built retail 1m in 32 s
   * against 39 s but grew DuckDB's heap to 2.85 GiB against 1.39 GiB, too close to the limit.
   */
  compress?: boolean;
  /**
   * Make the build current as soon as its tables exist, without running the data tests: every
   * style reports `tests_pending`, and `testBuild` runs the tests afterwards. The launch build
   * uses it so the learner can query a third sooner (retail 100k: the tests are ~35% of the build).
   */
  deferTests?: boolean;
}

/** Options of `testBuild`. */
export interface TestOptions {
  signal?: AbortSignal;
  /** `done` of `total` tests have run; `step` names the style being tested. */
  onProgress?: (progress: PackProgress) => void;
}

const PACK_DB = /^pack_(\d+)$/;

/** The session's catalog that holds the learner's own tables (DuckDB's default `memory`). */
const HOME = 'memory';

/** The build running (or last run) on each engine: builds on one engine take turns. */
const building = new WeakMap<Engine, Promise<unknown>>();

/**
 * Build `pack` at `scaleId` (see the top of this file). Builds on one engine run one after
 * another: two at once would both pick the next `pack_N`, and the first to finish would detach
 * the other's half-built database.
 */
export function buildPack(engine: Engine, pack: Pack, scaleId: string, options: BuildOptions = {}): Promise<BuildReport> {
  return inTurn(engine, () => buildNow(engine, pack, scaleId, options));
}

/** Run `work` once whatever runs on `engine` has settled: builds and test runs take turns. */
function inTurn<T>(engine: Engine, work: () => Promise<T>): Promise<T> {
  const previous = building.get(engine) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(work);
  building.set(engine, run);
  return run;
}

async function buildNow(engine: Engine, pack: Pack, scaleId: string, options: BuildOptions): Promise<BuildReport> {
  const scale = pack.scales.find((s) => s.id === scaleId);
  if (!scale) throw new PackError('pack.yml', `no scale ${scaleId} (scales: ${pack.scales.map((s) => s.id).join(', ')})`);
  assertPackSql(pack); // content SQL runs only through the sandbox gate
  const seed = options.seed ?? 0;
  const { signal } = options;
  const started = performance.now();
  const schemas = [...pack.styles, 'source'];
  const generator = splitStatements(fillPlaceholders(pack.generators[scale.generator]!, { orders: scale.orders ?? 0, seed }));
  const total = generator.length + (scale.files?.length ?? 0) + pack.tables.length + (options.deferTests ? 0 : pack.styles.length) + 2;
  let done = 0;
  const progress = (step: string): void => options.onProgress?.({ step, done: done++, total });

  throwIfAborted(signal);
  const databases = (await engine.query('SELECT database_name FROM duckdb_databases()')).rows.map((r) => String(r[0]));
  const used = databases.map((d) => PACK_DB.exec(d)).filter((m) => m !== null).map((m) => Number(m[1]));
  const db = `pack_${Math.max(0, ...used) + 1}`;
  // COMPRESS (DuckDB 1.4): in-memory tables compressed as on disk, so the largest scale fits in wasm.
  const compress = options.compress ?? compressByDefault(scale.orders);
  await engine.query(`ATTACH ':memory:' AS ${db}${compress ? ' (COMPRESS)' : ''}`);
  try {
    progress('Creating schemas');
    for (const style of pack.styles) await exec(engine, `CREATE SCHEMA ${db}.${style}`, signal);

    const sourceStarted = performance.now();
    if (scale.files?.length) {
      await exec(engine, `CREATE SCHEMA IF NOT EXISTS ${db}.source`, signal);
      for (const file of scale.files) {
        progress(`Loading ${file.path}`);
        await loadShipped(engine, db, file, pack.shipped[file.path]!, signal);
      }
    }
    for (const [i, statement] of generator.entries()) {
      progress(`Generating source data (${i + 1}/${generator.length})`);
      await run(engine, qualifyNames(statement, schemas, db), scale.generator, signal);
    }
    const sourceMs = performance.now() - sourceStarted;

    const tableMs = new Map<string, number>();
    for (const table of pack.tables) {
      progress(`Building ${table.qualified}`);
      const kind = table.model?.materialized === 'view' ? 'VIEW' : 'TABLE';
      const result = await run(engine, `CREATE ${kind} ${db}.${table.qualified} AS\n${qualifyNames(stripTrailingSemicolon(table.sql), schemas, db)}`, table.file, signal);
      tableMs.set(table.qualified, result.elapsedMs);
    }

    progress('Counting rows');
    const built = await exec(engine, `SELECT schema_name || '.' || table_name FROM duckdb_tables() WHERE database_name = ${sqlString(db)} AND schema_name = 'source'`, signal);
    const sourceTables = pack.sourceTables.filter((n) => built.rows.some((r) => String(r[0]).toLowerCase() === n));
    const names = [...sourceTables, ...pack.tables.map((t) => t.qualified)];
    const counts = await exec(engine, names.map((n) => `SELECT ${sqlString(n)} AS name, count(*) AS n FROM ${db}.${n}`).join(' UNION ALL '), signal);
    const rowsOf = new Map(counts.rows.map((r) => [String(r[0]), toNumber(r[1])]));
    const columnsOf = await readColumns(engine, db, signal);

    const styles: StyleReport[] = [];
    for (const style of pack.styles) {
      const tables = pack.tables.filter((t) => t.style === style).map((t): TableReport => ({
        name: t.name, rows: rowsOf.get(t.qualified) ?? 0, ms: round(tableMs.get(t.qualified) ?? 0), file: t.file, sql: t.sql, columns: columnsOf.get(t.qualified) ?? [],
      }));
      const built = { name: style, tables, build_ms: round(tables.reduce((sum, t) => sum + t.ms, 0)) };
      if (options.deferTests) styles.push({ ...built, ...untested() });
      else {
        progress(`Testing ${style}`);
        styles.push({ ...built, ...await testStyle(engine, pack, style, db, compress, signal) });
      }
    }

    throwIfAborted(signal);
    progress('Switching to the new build');
    await switchTo(engine, db, databases);
    options.onProgress?.({ step: 'Done', done: total, total });
    return {
      pack: pack.id, scale: scale.id, seed, database: db,
      source: { tables: sourceTables.map((name) => ({ name, rows: rowsOf.get(name) ?? 0 })), ms: round(sourceMs) },
      styles,
      total_ms: round(performance.now() - started),
    };
  } catch (error) {
    await engine.query(`DETACH DATABASE IF EXISTS ${db}`).catch(() => undefined);
    throw error;
  }
}

async function run(engine: Engine, sql: string, file: string, signal: AbortSignal | undefined) {
  try {
    return await exec(engine, sql, signal);
  } catch (error) {
    if (error instanceof PackCancelled || error instanceof PackError) throw error;
    throw new PackError(file, `DuckDB: ${(error as Error).message}`);
  }
}

/**
 * Load a shipped file with DuckDB-Wasm's own reader (works offline, keeps nested JSON). The
 * readers write to the default catalog, so the rows go through a scratch table into `db.source`.
 */
async function loadShipped(engine: Engine, db: string, file: ShippedFile, text: string, signal: AbortSignal | undefined): Promise<void> {
  const name = `${REGISTERED_DIR}${db}_${file.path.replace(/[^A-Za-z0-9_.]/g, '_')}`;
  const scratch = `__${db}_${file.table}`;
  await engine.registerFile(name, new TextEncoder().encode(text));
  try {
    if (file.format === 'json') await engine.insertJson(name, scratch, 'main');
    else await engine.insertCsv(name, scratch, 'main');
    await exec(engine, `CREATE TABLE ${db}.source.${file.table} AS SELECT * FROM main.${scratch}`, signal);
  } catch (error) {
    if (error instanceof PackCancelled) throw error;
    throw new PackError(file.path, `DuckDB: ${(error as Error).message}`);
  } finally {
    await engine.query(`DROP TABLE IF EXISTS main.${scratch}`).catch(() => undefined);
    await engine.dropFile(name).catch(() => undefined);
  }
}

function stripTrailingSemicolon(sql: string): string {
  return sql.trim().replace(/;\s*$/, '');
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

async function readColumns(engine: Engine, db: string, signal: AbortSignal | undefined): Promise<Map<string, ResultColumn[]>> {
  const result = await exec(engine, `SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns WHERE table_catalog = ${sqlString(db)} ORDER BY table_schema, table_name, ordinal_position`, signal);
  const map = new Map<string, ResultColumn[]>();
  for (const [schema, table, name, type] of result.rows) {
    const key = `${String(schema)}.${String(table)}`.toLowerCase();
    if (!map.has(key)) map.set(key, []);
    map.get(key)!.push({ name: String(name), type: String(type) });
  }
  return map;
}

/** A style's test figures before its tests have run. */
function untested(): StyleTests & { tests_pending: true } {
  return { tests: { passed: 0, failed: 0, expected_failures: 0 }, failedTests: [], expectedFailures: [], tests_ms: 0, tests_pending: true };
}

function compressByDefault(orders: number | undefined): boolean {
  return (orders ?? 0) > 300_000;
}

/** The data tests of one style. */
function styleTests(pack: Pack, style: string): DataTest[] {
  const schemaFile = pack.schemaFiles[style];
  return schemaFile ? pack.tables.filter((t) => t.style === style).flatMap((t) => tableTests(t, schemaFile)) : [];
}

/**
 * Run the data tests of a build made with `deferTests` (it must still be attached: a build that
 * replaces it detaches it, so run this before starting another build). Resolves with the report,
 * every style's test figures filled in. Builds and test runs on one engine take turns.
 */
export function testBuild(engine: Engine, pack: Pack, report: BuildReport, options: TestOptions = {}): Promise<BuildReport> {
  return inTurn(engine, () => testNow(engine, pack, report, options));
}

async function testNow(engine: Engine, pack: Pack, report: BuildReport, options: TestOptions): Promise<BuildReport> {
  const oneByOne = compressByDefault(pack.scales.find((s) => s.id === report.scale)?.orders);
  const total = report.styles.reduce((sum, s) => sum + (s.tests_pending ? styleTests(pack, s.name).length : 0), 0);
  let done = 0;
  const styles: StyleReport[] = [];
  for (const style of report.styles) {
    if (!style.tests_pending) {
      styles.push(style);
      continue;
    }
    options.onProgress?.({ step: `Testing ${style.name}`, done, total });
    const { tests_pending: _pending, ...built } = style;
    styles.push({ ...built, ...await testStyle(engine, pack, style.name, report.database, oneByOne, options.signal) });
    done += styleTests(pack, style.name).length;
  }
  options.onProgress?.({ step: 'Done', done: total, total });
  return { ...report, styles };
}

type StyleTests = Pick<StyleReport, 'tests' | 'failedTests' | 'expectedFailures' | 'tests_ms'>;

async function testStyle(engine: Engine, pack: Pack, style: string, db: string, oneByOne: boolean, signal: AbortSignal | undefined): Promise<StyleTests> {
  const schemaFile = pack.schemaFiles[style];
  const schemas = [...pack.styles, 'source'];
  const tests = styleTests(pack, style);
  const started = performance.now();
  const failures = new Map<number, number>();
  if (oneByOne) {
    for (const [i, t] of tests.entries()) {
      const result = await run(engine, qualifyNames(t.sql, schemas, db), schemaFile!, signal);
      failures.set(i, toNumber(result.rows[0]?.[0]));
    }
  } else if (tests.length > 0) {
    const result = await run(engine, qualifyNames(testsBatchSql(tests), schemas, db), schemaFile!, signal);
    for (const [i, n] of result.rows) failures.set(toNumber(i), toNumber(n));
  }
  const failedTests: TestFailure[] = [];
  const expectedFailures: ExpectedFailure[] = [];
  let passed = 0;
  for (const [i, t] of tests.entries()) {
    const n = failures.get(i) ?? 0;
    const where = { table: t.table, name: t.name, file: t.file, failures: n };
    if (t.expect !== 'fail') {
      if (n > 0) failedTests.push(where);
      else passed += 1;
    } else if (n > 0) {
      expectedFailures.push({ ...where, why: t.why ?? '' });
    } else {
      failedTests.push({ ...where, message: 'expected to fail (it teaches an anomaly) but found no rows' });
    }
  }
  return {
    tests: { passed, failed: failedTests.length, expected_failures: expectedFailures.length },
    failedTests,
    expectedFailures,
    tests_ms: round(performance.now() - started),
  };
}

/** Make `db` the default catalog (keeping the learner's own tables resolvable) and drop older builds. */
async function switchTo(engine: Engine, db: string, databases: string[]): Promise<void> {
  const path = databases.includes(HOME) ? `${db}.main,${HOME}.main` : `${db}.main`;
  await engine.query(`USE ${db}; SET search_path = ${sqlString(path)}`);
  for (const old of databases.filter((d) => PACK_DB.test(d))) await engine.query(`DETACH DATABASE IF EXISTS ${old}`);
}

/** The database holding the current build, or null when no pack has been built in this session. */
export async function currentPackDatabase(engine: Engine): Promise<string | null> {
  const name = String((await engine.query('SELECT current_database()')).rows[0]?.[0] ?? '');
  return PACK_DB.test(name) ? name : null;
}
