import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from '../../core/pack/loadPack';
import { readPackFiles } from '../../../../scripts/lib/loadPackFromDisk';
import type { Engine } from '../engine';
import { buildPack, currentPackDatabase } from './buildPack';
import { PackCancelled } from './reports';
import { makeTestEngine } from './testEngine';

let engine: Engine;
const files = readPackFiles('retail');

beforeAll(async () => {
  engine = await makeTestEngine();
  await buildPack(engine, loadPack(files), 'course');
});
afterAll(async () => {
  await engine.close();
});

async function previousBuildIsUsable(database: string): Promise<void> {
  expect(await currentPackDatabase(engine)).toBe(database);
  expect((await engine.query('SELECT count(*) FROM nf1.sales_order_lines')).rows[0]![0]).toBe(4);
  const packs = (await engine.query("SELECT database_name FROM duckdb_databases() WHERE database_name LIKE 'pack_%'")).rows.map((r) => r[0]);
  expect(packs).toEqual([database]);
}

describe('a failed or cancelled build leaves the previous one usable', () => {
  it('a broken SQL file fails naming the file', async () => {
    const before = (await currentPackDatabase(engine))!;
    const broken = loadPack({ ...files, 'styles/star/dim_date.sql': 'SELECT no_such_column FROM nf3.items' });
    await expect(buildPack(engine, broken, '1k')).rejects.toThrow(/^styles\/star\/dim_date\.sql: DuckDB: .*no_such_column/);
    await previousBuildIsUsable(before);
  });

  it('a broken generator fails naming the generator', async () => {
    const before = (await currentPackDatabase(engine))!;
    const broken = loadPack({ ...files, 'source/course.sql': files['source/course.sql']!.replace('CREATE TABLE source.stores AS', 'CREATE TABLE source.stores AS SELEC') });
    await expect(buildPack(engine, broken, 'course')).rejects.toThrow(/^source\/course\.sql: DuckDB: /);
    await previousBuildIsUsable(before);
  });

  it('cancelling mid-build stops it with PackCancelled', async () => {
    const before = (await currentPackDatabase(engine))!;
    const controller = new AbortController();
    const build = buildPack(engine, loadPack(files), '1k', {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.step === 'Building nf3.orders') controller.abort();
      },
    });
    await expect(build).rejects.toBeInstanceOf(PackCancelled);
    await previousBuildIsUsable(before);
  });

  it('an unknown scale names pack.yml', async () => {
    await expect(buildPack(engine, loadPack(files), 'huge')).rejects.toThrow('pack.yml: no scale huge (scales: course, 1k, 10k, 100k, 1m)');
  });

  it('a successful rebuild replaces the previous database', async () => {
    const before = (await currentPackDatabase(engine))!;
    const report = await buildPack(engine, loadPack(files), 'course');
    expect(report.database).not.toBe(before);
    await previousBuildIsUsable(report.database);
  });
});
