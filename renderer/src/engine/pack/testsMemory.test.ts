/**
 * A large (compressed) build runs its data tests one statement each. Batched into one statement,
 * DuckDB keeps every test's hash table until the statement ends: retail's 92 vault tests at 100k
 * then need more than 300 MB, and at 1m they raised the studio's peak memory by ~440 MiB.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadPackFromDisk } from '../../../../scripts/lib/loadPackFromDisk';
import type { Engine } from '../engine';
import { buildPack } from './buildPack';
import { makeTestEngine } from './testEngine';

let engine: Engine;

beforeAll(async () => {
  engine = await makeTestEngine();
});
afterAll(async () => {
  await engine.close();
});

it('a compressed build tests every style within a memory limit that the batched tests exceed', async () => {
  await engine.query("SET memory_limit = '300MB'");
  const report = await buildPack(engine, loadPackFromDisk('retail'), '100k', { compress: true });
  expect(report.styles.map((s) => [s.name, s.tests.failed])).toEqual(report.styles.map((s) => [s.name, 0]));
  expect(report.styles.find((s) => s.name === 'vault')!.tests.passed).toBeGreaterThan(80);
}, 180_000);
