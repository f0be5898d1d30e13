/** The query runner against the real engine (DuckDB-Wasm in Node). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { createNodeEngine } from '../../engine/nodeEngine';
import { BLOCKING_SQL } from '../../testSupport/engine/engineSuiteCancel';
import { QueryRunner, type RunPiece } from './queryRun';

let engine: Engine;
beforeAll(async () => {
  engine = createNodeEngine();
  await engine.ready();
});
afterAll(() => engine.close());

const one = (sql: string, offset = 0): RunPiece[] => [{ sql, offset }];

describe('QueryRunner', () => {
  it('shows the first batch of a large result and fetches the rest on demand', async () => {
    const runner = new QueryRunner(engine, 2048);
    const state = await runner.run(one('SELECT range AS n FROM range(10000)'), '');
    expect(state.phase).toBe('done');
    expect(state.columns).toEqual([{ name: 'n', type: 'BIGINT' }]);
    expect(state.rows.length).toBe(2048);
    expect(state.exhausted).toBe(false);
    expect(state.rows[0]).toEqual([0]);
    await runner.fetchMore();
    expect(runner.get().rows.length).toBe(4096);
    await runner.fetchAll();
    const done = runner.get();
    expect(done.exhausted).toBe(true);
    expect(done.rows.length).toBe(10_000);
    expect(done.rows[9999]).toEqual([9999]);
    expect(done.fetching).toBe(false);
  });

  it('knows the exact count of a small result at once', async () => {
    const runner = new QueryRunner(engine);
    const state = await runner.run(one("SELECT 1 AS a, NULL AS b UNION ALL SELECT 2, 'x'"), '');
    expect(state.rows).toEqual([[1, null], [2, 'x']]);
    expect(state.exhausted).toBe(true);
    expect(state.engineMs).toBeGreaterThan(0);
    expect(state.elapsedMs).toBeGreaterThanOrEqual(state.engineMs!);
  });

  it('runs earlier statements for their effects and shows the last', async () => {
    const runner = new QueryRunner(engine);
    const text = 'CREATE OR REPLACE TABLE runner_t AS SELECT 5 AS v;\nSELECT v * 2 AS w FROM runner_t';
    const state = await runner.run([{ sql: 'CREATE OR REPLACE TABLE runner_t AS SELECT 5 AS v', offset: 0 }, { sql: 'SELECT v * 2 AS w FROM runner_t', offset: 51 }], text);
    expect(state.statementsDone).toBe(2);
    expect(state.rows).toEqual([[10]]);
  });

  it('places a syntax error in the editor text', async () => {
    const runner = new QueryRunner(engine);
    const text = 'SELECT 1;\nSELEC 2;';
    const state = await runner.run([{ sql: 'SELECT 1', offset: 0 }, { sql: 'SELEC 2', offset: 10 }], text);
    expect(state.phase).toBe('failed');
    expect(state.message).toMatchObject({ kind: 'syntax', title: 'Syntax error at line 2, column 1', offset: 10 });
    expect(state.message!.detail).toMatch(/^Parser Error: syntax error at or near "SELEC"/);
  });

  it('names a missing table and where it is', async () => {
    const runner = new QueryRunner(engine);
    const state = await runner.run(one('SELECT * FROM no_such_table'), 'SELECT * FROM no_such_table');
    expect(state.message).toMatchObject({ kind: 'missing-table', title: 'Table "no_such_table" does not exist at line 1, column 15', offset: 14 });
  });

  it('says so when there is nothing to run', async () => {
    const state = await new QueryRunner(engine).run([], '  ');
    expect(state.message?.kind).toBe('empty');
  });

  it('cancels a long query, and the next run works at once', async () => {
    const runner = new QueryRunner(engine);
    const long = runner.run(one('SELECT sum(a.range * b.range) FROM range(100000) a, range(100000) b'), '');
    await new Promise((r) => setTimeout(r, 300));
    expect(runner.running).toBe(true);
    const t0 = performance.now();
    await runner.cancel();
    const state = await long;
    expect(state.phase).toBe('failed');
    expect(state.message?.kind).toBe('cancelled');
    expect(performance.now() - t0).toBeLessThan(2000);
    const next = await runner.run(one('SELECT 42 AS answer'), '');
    expect(next.rows).toEqual([[42]]);
  });

  it('a new run replaces one still fetching rows', async () => {
    const runner = new QueryRunner(engine);
    await runner.run(one('SELECT * FROM range(100000)'), '');
    expect(runner.get().exhausted).toBe(false);
    const next = await runner.run(one('SELECT 7 AS seven'), '');
    expect(next.rows).toEqual([[7]]);
    expect(next.id).toBe(2);
  });

  it('cancels a run still waiting behind other work at once (no retrying)', async () => {
    const runner = new QueryRunner(engine);
    // Other work holding the engine (query() cannot be cancelled).
    const other = engine.query('SELECT sum(a.range * b.range) AS s FROM range(15000) a, range(15000) b');
    const waiting = runner.run(one('SELECT 1 AS waited'), '');
    await new Promise((r) => setTimeout(r, 50));
    const t0 = performance.now();
    await runner.cancel();
    const state = await waiting;
    expect(performance.now() - t0).toBeLessThan(150);
    expect(state.message?.kind).toBe('cancelled');
    await other;
  });

  it('stops a query that blocks the worker by restarting the engine, and says what was lost', async () => {
    const runner = new QueryRunner(engine);
    const blocked = runner.run(one(BLOCKING_SQL), '');
    await new Promise((r) => setTimeout(r, 300));
    await runner.cancel();
    const state = await blocked;
    expect(state.message).toMatchObject({ kind: 'restarted', title: 'Query stopped by restarting the engine' });
    expect((await runner.run(one('SELECT 42 AS answer'), '')).rows).toEqual([[42]]);
  }, 30_000);
});
