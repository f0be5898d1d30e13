/**
 * Build a dataset pack with native DuckDB (`@duckdb/node-api`) straight from its files: the shipped
 * JSON and CSV read by native DuckDB's own readers, the generator and every style's SQL run
 * unchanged, in the build order of core's pack loader. This is where a pack grows past a laptop,
 * so the same SQL must give the same answers here as in DuckDB-Wasm.
 */
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { compareResults, describeProblems } from '../../renderer/src/core/checker/compareResults';
import type { Pack, PackQuestion } from '../../renderer/src/core/pack/loadPack';
import { PackError } from '../../renderer/src/core/pack/packError';
import { fillPlaceholders, splitStatements } from '../../renderer/src/core/pack/sqlText';
import { tableTests, testsBatchSql } from '../../renderer/src/core/pack/testSql';
import type { Cell, ResultSet } from '../../renderer/src/core/result';
import { sqlString } from '../../renderer/src/core/sqlText/quote';
import type { Engine } from '../../renderer/src/engine/engine';
import { sampleDataDir } from './loadPackFromDisk';

/** A native build: its connection (for questions) and what the build did. */
export interface NativeBuild {
  connection: DuckDBConnection;
  /** Rows per `schema.table` of every style. */
  rows: Record<string, number>;
  /** Declared schema.yml tests that found rows: `style.table: test`. Expected failures are left out. */
  failedTests: string[];
  ms: number;
  close(): void;
}


/** Run one statement natively; an error names the pack file it came from. */
async function run(connection: DuckDBConnection, sql: string, file: string): Promise<ResultSet> {
  try {
    const reader = await connection.runAndReadAll(sql);
    const types = reader.columnTypes().map((t) => t.toString());
    return {
      columns: reader.columnNames().map((name, i) => ({ name, type: types[i]! })),
      // JSON values: numbers, strings (wide integers and decimals as exact text), lists, objects.
      rows: reader.getRowsJson() as Cell[][],
    };
  } catch (error) {
    throw new PackError(file, `native DuckDB: ${(error as Error).message}`);
  }
}

/** Build `pack` at `scaleId` in a fresh in-memory native DuckDB. */
export async function buildPackNative(pack: Pack, scaleId: string, seed = 0, root = sampleDataDir): Promise<NativeBuild> {
  const started = performance.now();
  const scale = pack.scales.find((s) => s.id === scaleId);
  if (!scale) throw new PackError('pack.yml', `no scale ${scaleId}`);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const close = (): void => {
    connection.closeSync();
    instance.closeSync();
  };
  try {
    // As in the Wasm build: the styles' schemas first; `source` is the generator's unless files are shipped.
    for (const style of pack.styles) await run(connection, `CREATE SCHEMA ${style}`, 'pack.yml');
    if (scale.files?.length) await run(connection, 'CREATE SCHEMA IF NOT EXISTS source', 'pack.yml');
    for (const file of scale.files ?? []) {
      const path = sqlString(join(root, pack.id, file.path));
      const reader = file.format === 'json' ? `read_json(${path})` : `read_csv(${path})`;
      await run(connection, `CREATE TABLE source.${file.table} AS SELECT * FROM ${reader}`, file.path);
    }
    for (const statement of splitStatements(fillPlaceholders(pack.generators[scale.generator]!, { orders: scale.orders ?? 0, seed }))) {
      await run(connection, statement, scale.generator);
    }
    for (const table of pack.tables) {
      await run(connection, `CREATE TABLE ${table.qualified} AS\n${table.sql.trim().replace(/;\s*$/, '')}`, table.file);
    }
    const counts = await run(connection, pack.tables.map((t) => `SELECT ${sqlString(t.qualified)}, count(*) FROM ${t.qualified}`).join(' UNION ALL '), 'pack.yml');
    const rows = Object.fromEntries(counts.rows.map((r) => [String(r[0]), Number(r[1])]));
    const failedTests: string[] = [];
    for (const [style, schemaFile] of Object.entries(pack.schemaFiles)) {
      const tests = pack.tables.filter((t) => t.style === style).flatMap((t) => tableTests(t, schemaFile));
      if (tests.length === 0) continue;
      const result = await run(connection, testsBatchSql(tests), schemaFile);
      for (const [i, n] of result.rows) {
        const test = tests[Number(i)]!;
        const expectedFailure = (test as { expect?: string }).expect === 'fail';
        if ((Number(n) > 0) !== expectedFailure) failedTests.push(`${test.table}: ${test.name}${expectedFailure ? ' (expected to fail, passed)' : ''}`);
      }
    }
    return { connection, rows, failedTests, ms: performance.now() - started, close };
  } catch (error) {
    close();
    throw error;
  }
}

/** One question's SQL natively, as a result set comparable with DuckDB-Wasm's (see compareResults). */
export async function queryNative(connection: DuckDBConnection, sql: string, file: string): Promise<ResultSet> {
  return run(connection, sql, file);
}

/** What comparing the two engines found: how many (question, style) answers were compared, and every difference. */
export interface EngineAgreement {
  compared: number;
  /** Answers with at least one row (an empty answer agrees too easily). */
  nonEmpty: number;
  differences: string[];
}

/**
 * Run every style's SQL of every question on both engines — DuckDB-Wasm (`wasm`, holding a build
 * of the pack) and native DuckDB (`native`) — and compare the answers as the pack runner does
 * (row order only where the question says so, numbers within its tolerance).
 */
export async function compareEngines(wasm: Engine, native: NativeBuild, questions: readonly Pick<PackQuestion, 'id' | 'file' | 'ordered' | 'sql'>[]): Promise<EngineAgreement> {
  const agreement: EngineAgreement = { compared: 0, nonEmpty: 0, differences: [] };
  for (const question of questions) {
    for (const [style, sql] of Object.entries(question.sql)) {
      const where = `${question.id} in ${style}`;
      let inWasm: ResultSet;
      try {
        inWasm = await wasm.query(sql);
      } catch (error) {
        agreement.differences.push(`${where}: DuckDB-Wasm failed: ${(error as Error).message}`);
        continue;
      }
      let natively: ResultSet;
      try {
        natively = await queryNative(native.connection, sql, question.file);
      } catch (error) {
        agreement.differences.push(`${where}: ${(error as Error).message}`);
        continue;
      }
      agreement.compared += 1;
      if (inWasm.rows.length > 0) agreement.nonEmpty += 1;
      const comparison = compareResults(inWasm, natively, { ordered: question.ordered, checkColumns: true });
      if (!comparison.ok) agreement.differences.push(`${where}: native DuckDB differs: ${describeProblems(comparison)}`);
    }
  }
  return agreement;
}
