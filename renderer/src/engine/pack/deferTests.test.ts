import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadPackFromDisk } from '../../../../scripts/lib/loadPackFromDisk';
import type { Engine } from '../engine';
import { buildPack, testBuild } from './buildPack';
import type { PackProgress } from './reports';
import { makeTestEngine } from './testEngine';

const pack = loadPackFromDisk('retail');
let engine: Engine;

beforeAll(async () => {
  engine = await makeTestEngine();
});
afterAll(async () => {
  await engine.close();
});

it('a build with deferred tests is queryable before its tests run, and testBuild gives the same figures as a full build', async () => {
  const full = await buildPack(engine, pack, '1k');
  const deferred = await buildPack(engine, pack, '1k', { deferTests: true });
  expect(deferred.styles.every((s) => s.tests_pending === true && s.tests.passed === 0)).toBe(true);
  // Tables exist and are the session's default: the learner's first query answers at once.
  const count = await engine.query('SELECT count(*) FROM star.fact_order_items');
  expect(Number(count.rows[0]![0])).toBe(full.styles.find((s) => s.name === 'star')!.tables.find((t) => t.name === 'fact_order_items')!.rows);

  const progress: PackProgress[] = [];
  const tested = await testBuild(engine, pack, deferred, { onProgress: (p) => progress.push(p) });
  const figures = (r: typeof full) => r.styles.map((s) => ({ name: s.name, tests: s.tests, failed: s.failedTests, expected: s.expectedFailures.map((f) => f.name), pending: s.tests_pending ?? false }));
  expect(figures(tested)).toEqual(figures(full));
  expect(tested.styles.reduce((sum, s) => sum + s.tests.passed, 0)).toBeGreaterThan(50);
  // Progress counts tests, from none to all of them.
  const total = progress[0]!.total;
  expect(progress[0]!.done).toBe(0);
  expect(progress.at(-1)).toEqual({ step: 'Done', done: total, total });
  expect(total).toBe(tested.styles.reduce((sum, s) => sum + s.tests.passed + s.tests.failed + s.tests.expected_failures, 0));
});
