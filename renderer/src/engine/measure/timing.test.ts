import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine';
import { createTwoStyles, revenueByCustomer } from './fixtures';
import { timeQuestions } from './timing';
import { makeTestEngine } from './testEngine';

let engine: Engine;
beforeAll(async () => {
  engine = await makeTestEngine();
  await createTwoStyles(engine);
});
afterAll(async () => engine?.close());

describe('timeQuestions', () => {
  it('times every style the requested number of runs and checks the answers agree', async () => {
    const progress: number[] = [];
    const report = await timeQuestions(engine, [revenueByCustomer], ['w1', 'w3'], { runs: 3, onProgress: (p) => progress.push(p.done) });
    const q = report.questions[0]!;
    expect(q.reference).toBe('w1');
    for (const style of ['w1', 'w3']) {
      const t = q.styles[style]!;
      expect(t.samples).toHaveLength(3);
      expect(t.summary!.runs).toBe(3);
      expect(t.summary!.min).toBeLessThanOrEqual(t.summary!.median);
      expect(t.summary!.median).toBeLessThanOrEqual(t.summary!.max);
      expect(t.rowCount).toBe(20);
      expect(t.agrees).toBe(true);
    }
    // 1 warm-up + 3 runs, 2 styles
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(report.overhead!.runs).toBe(6);
    expect(report.overhead!.min).toBeGreaterThanOrEqual(0);
    expect(report.roundTrip!.runs).toBe(10);
    expect(report.roundTrip!.min).toBeGreaterThan(0);
  });

  it('marks a style whose answer differs, and records a failing query', async () => {
    const wrong = { ...revenueByCustomer, sql: { ...revenueByCustomer.sql, w3: revenueByCustomer.sql.w3.replace('i.price * oi.quantity', 'i.price') } };
    const broken = { id: 'broken', sql: { w1: 'SELECT 1', w3: 'SELECT * FROM w3.no_such_table' } };
    const report = await timeQuestions(engine, [wrong, broken], ['w1', 'w3'], { runs: 1 });
    expect(report.questions[0]!.styles.w3!.agrees).toBe(false);
    expect(report.questions[0]!.styles.w3!.problem).toMatch(/.+/);
    expect(report.questions[1]!.styles.w3!.error).toMatch(/no_such_table/);
    expect(report.questions[1]!.styles.w3!.summary).toBeNull();
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const run = timeQuestions(engine, [revenueByCustomer], ['w1', 'w3'], {
      runs: 50,
      signal: controller.signal,
      onProgress: (p) => { if (p.done === 3) controller.abort(); },
    });
    await expect(run).rejects.toThrow(/cancelled/);
  });

  it('under a time budget, a slow question is run once and that run counts; a quick one gets every run', async () => {
    const slowOrQuick = { id: 'slow_or_quick', sql: { w1: 'SELECT count(*) FROM range(60000000) t(x) WHERE x % 7 = 0', w3: 'SELECT 8571429' } };
    const report = await timeQuestions(engine, [slowOrQuick], ['w1', 'w3'], { runs: 3, budgetMs: 20 });
    const [slow, quick] = [report.questions[0]!.styles.w1!, report.questions[0]!.styles.w3!];
    expect(slow.samples).toHaveLength(1);
    expect(slow.samples[0]).toBeGreaterThanOrEqual(20);
    expect(quick.samples).toHaveLength(3);
    expect(slow.agrees).toBe(true);
  });
});
