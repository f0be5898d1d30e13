/**
 * The Engine suite, third part: cancel that cannot reach a stuck worker (the engine restarts it),
 * cancel of a statement still waiting in the queue, and `send()`'s JSON parser errors.
 * Called by `testEngine`.
 */
import type { Engine, EngineStatus } from '../../engine/engine';
import { rejection } from './engineSuiteHelpers';
import type { SuiteApi } from './suiteApi';

/** A nested-loop join that keeps DuckDB-Wasm's worker inside one poll step: `cancelSent` never gets through. */
export const BLOCKING_SQL = 'SELECT count(*) FROM range(200000) a, range(200000) b WHERE a.range + b.range = 3';

export function testEngineCancel(t: SuiteApi, getEngine: () => Engine): void {
  const { describe, expect, it } = t;
  describe('cancel, the hard cases', () => {
    it('stops a statement that blocks the worker by restarting it, and says the tables were lost', async () => {
      const engine = getEngine();
      const statuses: EngineStatus['state'][] = [];
      const off = engine.onStatus((s) => statuses.push(s.state));
      const blocked = engine.open(BLOCKING_SQL);
      await new Promise((r) => setTimeout(r, 500));
      const t0 = performance.now();
      await engine.cancel();
      const e = await rejection(blocked);
      const cancelMs = performance.now() - t0;
      expect(e).toMatchObject({ cancelled: true, restarted: true });
      expect(e.message).toContain('stopped by restarting the DuckDB engine');
      expect(e.message).toContain('were lost');
      // ~2 s of waiting for cancelSent, then the worker is terminated.
      expect(cancelMs).toBeGreaterThan(1500);
      expect(cancelMs).toBeLessThan(4000);
      const t1 = performance.now();
      expect((await engine.query('SELECT 7 AS after')).rows).toEqual([[7]]);
      const readyMs = performance.now() - t1;
      expect(statuses.slice(-2)).toEqual(['restarting', 'ready']);
      off();
      console.log(`cancel by restart: rejected ${Math.round(cancelMs)} ms after cancel(), next query ${Math.round(readyMs)} ms later`);
    }, 30_000);

    it('drops a statement still waiting in the queue', async () => {
      const engine = getEngine();
      // Holds the queue for a while; query() cannot be cancelled, so it must finish normally.
      const holder = engine.query('SELECT sum(a.range * b.range) AS s FROM range(15000) a, range(15000) b');
      const queued = engine.open('SELECT 1 AS never');
      await new Promise((r) => setTimeout(r, 50));
      const t0 = performance.now();
      await engine.cancel();
      const e = await rejection(queued);
      expect(e.cancelled).toBe(true);
      expect(performance.now() - t0).toBeLessThan(100);
      expect((await holder).rows.length).toBe(1);
      expect((await engine.query('SELECT 2 AS next')).rows).toEqual([[2]]);
    }, 30_000);
  });

  describe('parser errors of open()', () => {
    it('come back in DuckDB\'s wording with a position in the script', async () => {
      const e = await rejection(getEngine().open('SELECT 1;\nSELEC 2'));
      expect(e.message).toMatch(/^Parser Error: syntax error at or near "SELEC"/);
      expect(e.position).toBe(10);
    });
  });
}
