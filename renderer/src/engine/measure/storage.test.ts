import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine';
import { createTwoStyles } from './fixtures';
import { csvEstimateSql } from './csvBytes';
import { storageOfSchema, type StyleStorage } from './storage';
import { makeTestEngine } from './testEngine';

let engine: Engine;
let dir: string;
let w1: StyleStorage;
let w3: StyleStorage;

beforeAll(async () => {
  engine = await makeTestEngine();
  // In Node the engine's files land on the real disk: keep them in a temporary folder.
  dir = mkdtempSync(path.join(tmpdir(), 'studio-measure-')) + '/';
  await createTwoStyles(engine);
  w1 = await storageOfSchema(engine, 'w1', { fileDir: dir });
  w3 = await storageOfSchema(engine, 'w3', { fileDir: dir });
});
afterAll(async () => {
  await engine?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('storageOfSchema', () => {
  it('counts tables, rows and columns of each style', () => {
    expect(w1.tables.map((t) => [t.table, t.rows, t.columns.length])).toEqual([['order_lines', 600, 9]]);
    expect(w3.tables.map((t) => [t.table, t.rows, t.columns.length])).toEqual([
      ['customers', 20, 3],
      ['items', 10, 3],
      ['order_items', 600, 4],
      ['orders', 200, 2],
    ]);
    expect([w3.rows, w3.columns]).toEqual([830, 12]);
  });

  it('the wide 1NF table takes more CSV bytes than the 3NF tables for the same data', () => {
    expect(w1.csvMethod).toBe('copy');
    expect(w1.csvBytes).toBeGreaterThan(2 * w3.csvBytes);
  });

  it('CSV bytes from COPY equal the SQL estimate', async () => {
    for (const s of [w1, w3]) {
      for (const t of s.tables) {
        const res = await engine.query(csvEstimateSql(s.schema, t.table, t.columns));
        expect(Number(res.rows[0]![0]), `${s.schema}.${t.table}`).toBe(t.csvBytes);
      }
    }
  });

  it('above the sample size, the CSV size is estimated from a random sample, close to the written file, and says so', async () => {
    const sampled = await storageOfSchema(engine, 'w1', { fileDir: dir, distinct: false, csvSampleRows: 300 });
    expect(sampled.csvMethod).toBe('sample');
    expect(Math.abs(sampled.csvBytes / w1.csvBytes - 1)).toBeLessThan(0.01);
    // The DuckDB file is measured in full either way.
    expect(sampled.duckdbBytes).toBe(w1.duckdbBytes);
    // Tables at or under the sample size are still written out.
    expect((await storageOfSchema(engine, 'w3', { fileDir: dir, distinct: false, csvSampleRows: 600 })).csvMethod).toBe('copy');
  });

  it('sizes come from a checkpointed file: whole blocks, one table per block at least', () => {
    expect(w1.blockSize).toBe(262144);
    expect(w1.duckdbBytes % w1.blockSize).toBe(0);
    // Four small tables each start their own block, so the 3NF file is larger at this tiny scale.
    expect(w3.dataBytes).toBe(4 * w3.blockSize);
    expect(w1.dataBytes).toBe(w1.blockSize);
  });

  it('names the codec of each column and shows how often values repeat', () => {
    const lines = w1.tables[0]!;
    const name = lines.columns.find((c) => c.name === 'customer_name')!;
    expect(name.distinct).toBe(20);
    expect(name.repetition).toBe(30);
    expect(name.codecs.map((c) => c.codec)).toContain('Dictionary');
    const customers = w3.tables.find((t) => t.table === 'customers')!;
    expect(customers.columns.find((c) => c.name === 'customer_name')!.repetition).toBe(1);
    expect(lines.columns.reduce((t, c) => t + c.bytes, 0)).toBe(lines.duckdbBytes);
  });

  it('leaves no attached database behind and fails clearly on an unknown schema', async () => {
    const dbs = await engine.query("SELECT database_name FROM duckdb_databases() WHERE database_name IN ('m_w1', 'm_w3')");
    expect(dbs.rows).toEqual([]);
    await expect(storageOfSchema(engine, 'nope', { fileDir: dir })).rejects.toThrow(/No tables in schema "nope"/);
  });
});
