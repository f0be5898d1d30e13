import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackFromDisk } from '../../../../scripts/lib/loadPackFromDisk';
import type { Engine } from '../engine';
import { buildPack } from './buildPack';
import { runQuestions } from './runQuestions';
import { runWrites } from './runWrites';
import { makeTestEngine } from './testEngine';

const pack = loadPackFromDisk('retail');
let engine: Engine;

beforeAll(async () => {
  engine = await makeTestEngine();
});
afterAll(async () => {
  await engine.close();
});

describe('retail at scale course', () => {
  it('builds the notes rows exactly, all tests pass, every question agrees', async () => {
    const steps: string[] = [];
    const report = await buildPack(engine, pack, 'course', { onProgress: (p) => steps.push(p.step) });
    expect(steps[0]).toBe('Creating schemas');
    expect(steps.at(-1)).toBe('Done');
    const rows = Object.fromEntries(report.styles.flatMap((s) => s.tables.map((t) => [`${s.name}.${t.name}`, t.rows])));
    expect(rows).toMatchObject({ 'denormalized.sales_orders': 2, 'nf1.sales_order_lines': 4, 'nf2.orders': 2, 'nf3.items': 3, 'star.dim_date': 1096, 'vault.link_order_item': 4, 'obt.order_lines': 4 });
    expect(report.styles.flatMap((s) => s.failedTests)).toEqual([]);
    const nf1 = await engine.query('SELECT order_id, item_number, sku, price, quantity, name, customer_id, customer_name, customer_address, order_date::VARCHAR FROM nf1.sales_order_lines ORDER BY order_id, item_number');
    expect(nf1.rows.map((r) => [r[0], r[1], r[2], r[4], r[5], r[6], r[7], r[8], r[9]])).toEqual([
      [100, 1, 1, 1, 'Thingamajig', 5, 'Joe Reis', '1st St.', '2024-01-08'],
      [100, 2, 2, 2, 'Watchamcallit', 5, 'Joe Reis', '1st St.', '2024-01-08'],
      [101, 1, 3, 1, 'Whoozeewhatzit', 7, 'Matt Housely', '2nd Ave.', '2024-01-08'],
      [101, 2, 2, 3, 'Watchamcallit', 7, 'Matt Housely', '2nd Ave.', '2024-01-08'],
    ]);
    const questions = await runQuestions(engine, pack);
    expect(questions.filter((q) => !q.agree)).toEqual([]);
    expect(questions.find((q) => q.id === 'usa_sales_by_product_line')!.rows).toBe(2);
  });

  it('counts rows touched per style inside a rolled-back transaction', async () => {
    const writes = await runWrites(engine, pack);
    const touched = Object.fromEntries(writes.map((w) => [w.id, w.rows_touched]));
    expect(touched).toEqual({
      customer_moves: { denormalized: 1, nf1: 2, nf2: 1, nf3: 1, star: 1, vault: 1, obt: 2 },
      new_store: { denormalized: 0, nf1: 0, nf2: 0, nf3: 1, star: 1, vault: 2, obt: 0 },
      price_change: { denormalized: 2, nf1: 2, nf2: 2, nf3: 1, star: 1, vault: 1, obt: 2 },
    });
    // Rolled back: the vault still has one satellite row per customer.
    expect((await engine.query('SELECT count(*) FROM vault.sat_customer')).rows[0]![0]).toBe(2);
  });
});

describe('retail at 1k (seed 0 and a hidden variant)', () => {
  it.each([0, 7])('seed %i: tests pass and every question agrees', async (seed) => {
    const report = await buildPack(engine, pack, '1k', { seed });
    expect(report.styles.flatMap((s) => s.failedTests)).toEqual([]);
    expect(report.styles.find((s) => s.name === 'denormalized')!.tables[0]!.rows).toBe(1000);
    const questions = await runQuestions(engine, pack);
    expect(questions.filter((q) => !q.agree)).toEqual([]);
    expect(questions.every((q) => q.rows > 0)).toBe(true);
  });
});

describe('retail at 10k', () => {
  it('tests pass and every question agrees', async () => {
    const report = await buildPack(engine, pack, '10k');
    expect(report.styles.flatMap((s) => s.failedTests)).toEqual([]);
    const lines = report.styles.find((s) => s.name === 'obt')!.tables[0]!.rows;
    expect(lines / 10_000).toBeGreaterThan(2.3);
    expect(lines / 10_000).toBeLessThan(2.7);
    const questions = await runQuestions(engine, pack);
    expect(questions.filter((q) => !q.agree)).toEqual([]);
  });
});
