import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine';
import { createNodeEngine } from '../nodeEngine';
import { exportFileName, exportSchemaAsDatabase } from './exportDatabase';

let engine: Engine;
let dir: string;
let workDir: string;
const startDir = process.cwd();
// The export's write-ahead log is a file DuckDB-Wasm creates itself, which its Node runtime puts
// in the working directory: run in a temporary one so nothing lands in the repository.

beforeAll(async () => {
  engine = createNodeEngine();
  await engine.ready();
  dir = mkdtempSync(path.join(tmpdir(), 'studio-export-'));
  workDir = mkdtempSync(path.join(tmpdir(), 'studio-export-work-'));
  process.chdir(workDir);
  await engine.query(`CREATE SCHEMA star;
    CREATE TABLE star.dim_users AS SELECT range AS user_id, 'user ' || range AS name FROM range(1000);
    CREATE TABLE star.fact AS SELECT range AS id, range % 1000 AS user_id, [range, range + 1] AS pair,
      {'a': range, 'b': 'x'} AS s, (range / 100)::DECIMAL(10, 2) AS price, DATE '2024-01-08' + (range % 30)::INTEGER AS d
      FROM range(5000);`);
});
afterAll(async () => {
  await engine.close();
  process.chdir(startDir);
  rmSync(dir, { recursive: true, force: true });
  rmSync(workDir, { recursive: true, force: true });
});

describe('exportSchemaAsDatabase', () => {
  it('produces a file that native DuckDB opens, with every table and row', async () => {
    const bytes = await exportSchemaAsDatabase(engine, 'star');
    expect(bytes.length).toBeGreaterThan(4096);
    const file = path.join(dir, exportFileName('star'));
    writeFileSync(file, bytes);

    const db = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
    const conn = await db.connect();
    const tables = await conn.runAndReadAll(`SELECT table_schema, table_name FROM information_schema.tables ORDER BY table_name`);
    expect(tables.getRows()).toEqual([['main', 'dim_users'], ['main', 'fact']]);
    const facts = await conn.runAndReadAll(`SELECT count(*)::INTEGER, sum(user_id)::BIGINT, sum(price)::DOUBLE, max(d)::VARCHAR, max(pair[2])::INTEGER, max(s.a)::INTEGER FROM fact`);
    expect(facts.getRows()[0]).toEqual([5000, 2497500n, 124975, '2024-02-06', 5000, 4999]);
    const users = await conn.runAndReadAll(`SELECT count(*)::INTEGER, max(name) FROM dim_users`);
    expect(users.getRows()[0]).toEqual([1000, 'user 999']);
    conn.closeSync();
    db.closeSync();
  });
  it('can export twice (fresh file each time) and refuses an empty schema', async () => {
    const again = await exportSchemaAsDatabase(engine, 'star');
    expect(again.length).toBeGreaterThan(4096);
    await engine.query('CREATE SCHEMA empty_one');
    await expect(exportSchemaAsDatabase(engine, 'empty_one')).rejects.toThrow('Schema "empty_one" has no tables to export.');
  });
});
