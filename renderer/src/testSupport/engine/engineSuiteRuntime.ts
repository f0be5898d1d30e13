/**
 * The Engine suite, second part: plans, one statement at a time, cursors, reset and restart
 * after a worker dies. Called by `testEngine`.
 */
import type { Engine, EngineStatus } from '../../engine/engine';
import { rejection, type EngineSuiteHooks } from './engineSuiteHelpers';
import type { SuiteApi } from './suiteApi';

export function testEngineRuntime(t: SuiteApi, getEngine: () => Engine, hooks: EngineSuiteHooks): void {
  const { describe, expect, it } = t;
  describe('set-up', () => {
    it('turns off both extension autoloading settings (one query, two statements)', async () => {
      const result = await getEngine().query("SELECT current_setting('autoinstall_known_extensions') AS install, current_setting('autoload_known_extensions') AS load");
      expect(result.rows).toEqual([[false, false]]);
    });
  });

  describe('plans', () => {
    it('returns the JSON plan, analyzed or not', async () => {
      const plain = await getEngine().explain('SELECT sum(range) FROM range(1000);', false);
      expect(JSON.stringify(plain)).toContain('RANGE');
      const analyzed = (await getEngine().explain('SELECT sum(range) FROM range(1000)', true)) as { children: unknown[] };
      expect(analyzed.children.length).toBeGreaterThan(0);
      expect(JSON.stringify(analyzed)).toContain('operator_timing');
    });
  });

  describe('plan errors and failing scripts', () => {
    it('places an EXPLAIN error in the SQL the caller gave, not in the EXPLAIN prefix', async () => {
      const sql = '\nSELECT nope FROM range(3)';
      const e = await rejection(getEngine().explain(sql, false));
      expect(e.message).toContain('nope');
      expect(e.position).toBe(sql.indexOf('nope'));
    });

    it('stops a script at the failing statement', async () => {
      const engine = getEngine();
      await engine.query('CREATE OR REPLACE TABLE suite_stop(a INTEGER)');
      const sql = 'INSERT INTO suite_stop VALUES (1); SELECT nope; INSERT INTO suite_stop VALUES (2)';
      const e = await rejection(engine.query(sql));
      expect(e.position).toBe(sql.indexOf('nope'));
      expect((await engine.query('SELECT a FROM suite_stop')).rows).toEqual([[1]]);
    });
  });

  describe('one statement at a time', () => {
    it('never interleaves the statements of concurrent callers', async () => {
      const engine = getEngine();
      const scripts = [1, 2, 3, 4, 5].map((k) => `SET VARIABLE suite_v = ${k}; SELECT ${k} AS k, getvariable('suite_v') AS v`);
      const results = await Promise.all(scripts.map((s) => engine.query(s)));
      expect(results.map((r) => r.rows[0])).toEqual([[1, 1], [2, 2], [3, 3], [4, 4], [5, 5]]);
    });

    it('fetches a million rows through a cursor, in batches', async () => {
      const engine = getEngine();
      const cursor = await engine.open('SELECT range AS i, range % 7 AS m FROM range(1000000)');
      expect(cursor.columns).toEqual([{ name: 'i', type: 'BIGINT' }, { name: 'm', type: 'BIGINT' }]);
      let count = 0;
      let sum = 0;
      let batches = 0;
      for (;;) {
        const rows = await cursor.next(100_000);
        if (rows.length === 0) break;
        batches++;
        count += rows.length;
        for (const row of rows) sum += row[1] as number;
      }
      await cursor.close();
      expect(count).toBe(1_000_000);
      expect(batches).toBe(10);
      expect(sum).toBe(2_999_997); // 142857 full cycles of 0..6 (21 each) + 0 for the last row
    });

    it('lets a cursor step aside when another query comes, keeping what it had', async () => {
      const engine = getEngine();
      const cursor = await engine.open('SELECT range AS i FROM range(300000)');
      const first = await cursor.next(10);
      expect(first).toEqual([[0], [1], [2], [3], [4], [5], [6], [7], [8], [9]]);
      const r = await engine.query('SELECT 7 AS seven');
      expect(r.rows).toEqual([[7]]);
      // It kept what it had plus 200,000 more rows, in order, then says the rest was let go.
      const rest = await cursor.next(1_000_000);
      expect(rest[0]).toEqual([10]);
      expect(rest.length).toBeGreaterThanOrEqual(200_000);
      expect(rest.length).toBeLessThan(300_000 - 10);
      expect(rest[rest.length - 1]).toEqual([rest.length + 9]);
      const e = await rejection(cursor.next(10));
      expect(e.message).toContain('run the query again');
      await cursor.close();
    });

    it('does not make callers queued behind an open() wait for its cursor to be read', async () => {
      const engine = getEngine();
      const busy = engine.query('SELECT sum(range) FROM range(20000000)');
      const opened = engine.open('SELECT range AS i FROM range(300000)');
      const after = engine.query('SELECT 3 AS three');
      const timeout = new Promise<string>((r) => setTimeout(() => r('stuck'), 20_000));
      expect(await Promise.race([after.then((x) => x.rows), timeout])).toEqual([[3]]);
      await busy;
      const cursor = await opened;
      expect(await cursor.next(2)).toEqual([[0], [1]]);
      await cursor.close();
    });
  });

  describe('reset', () => {
    it('drops all session tables', async () => {
      const engine = getEngine();
      await engine.query('CREATE TABLE suite_gone AS SELECT 1 AS a');
      await engine.reset();
      const e = await rejection(engine.query('SELECT * FROM suite_gone'));
      expect(e.message).toContain('suite_gone does not exist');
      expect((await engine.query("SELECT current_setting('autoload_known_extensions') AS s")).rows).toEqual([[false]]);
    });
  });

  // Only where the host can kill the engine's worker the hard way.
  if (hooks.killWorker) describe('worker death', () => {
    it('restarts a killed worker, rejects the call in flight, and the next query works', async () => {
      const engine = getEngine();
      const statuses: EngineStatus['state'][] = [];
      const off = engine.onStatus((s) => statuses.push(s.state));
      await engine.query('CREATE TABLE suite_lost AS SELECT 1 AS a');
      const inFlight = engine.open('SELECT sum(a.range * b.range) FROM range(100000) a, range(100000) b');
      await new Promise((r) => setTimeout(r, 300));
      hooks.killWorker?.();
      const e = await rejection(inFlight);
      expect(e.restarted).toBe(true);
      expect(e.message).toContain('lost');
      expect((await engine.query('SELECT 1 AS back')).rows).toEqual([[1]]);
      expect(statuses.slice(-2)).toEqual(['restarting', 'ready']);
      const gone = await rejection(engine.query('SELECT * FROM suite_lost'));
      expect(gone.message).toContain('suite_lost does not exist');
      off();
    });
  });
}
