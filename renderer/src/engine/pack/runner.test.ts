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

  it('counts rows touched per style and the answers each write changes, inside a rolled-back transaction', async () => {
    const writes = await runWrites(engine, pack);
    const touched = Object.fromEntries(writes.map((w) => [w.id, w.rows_touched]));
    expect(touched).toEqual({
      // The order-line styles keep each order as written: a move or a new list price changes no past line.
      customer_moves: { denormalized: 0, nf1: 0, nf2: 0, nf3: 2, star: 2, vault: 1, obt: 0 },
      new_store: { denormalized: 0, nf1: 0, nf2: 0, nf3: 2, star: 1, vault: 2, obt: 0 },
      price_change: { denormalized: 0, nf1: 0, nf2: 0, nf3: 1, star: 2, vault: 1, obt: 0 },
    });
    const changed = Object.fromEntries(writes.map((w) => [w.id, w.questions_changed]));
    // Only "today" answers move; no price paid and no lifetime value is restated (the vault counts
    // each customer once although it now holds two satellite rows for customer 5).
    const today = (id: string) => ({ denormalized: [], nf1: [], nf2: [], nf3: [id], star: [id], vault: [id], obt: [] });
    expect(changed.customer_moves).toEqual(today('sales_by_current_city'));
    expect(changed.price_change).toEqual(today('revenue_paid_vs_list'));
    expect(changed.new_store).toEqual({ denormalized: [], nf1: [], nf2: [], nf3: [], star: [], vault: [], obt: [] });
    // Rolled back: the vault still has its three customer satellite rows (Matt's record has two versions).
    expect((await engine.query('SELECT count(*) FROM vault.sat_customer')).rows[0]![0]).toBe(3);
  });

  it('labels the expected failures: zip → city breaks where the city is copied onto orders, holds in 3NF', async () => {
    const report = await buildPack(engine, pack, 'course');
    const expected = Object.fromEntries(report.styles.map((s) => [s.name, s.expectedFailures.map((f) => `${f.table}: ${f.name}`)]));
    expect(expected).toEqual({
      denormalized: ['sales_orders: functional_dependency(customer_zip → customer_city)'],
      nf1: ['sales_order_lines: functional_dependency(customer_zip → customer_city)'],
      nf2: ['orders: functional_dependency(customer_zip → customer_city)'],
      nf3: [], star: [], vault: [],
      obt: ['order_lines: functional_dependency(customer_zip → customer_city)'],
    });
    expect(report.styles.flatMap((s) => s.expectedFailures).every((f) => f.why.length > 40)).toBe(true);
    // Matt's order keeps the misspelt city it was written with; the star keeps both versions.
    expect((await engine.query("SELECT customer_city FROM nf1.sales_order_lines WHERE order_id = 101 LIMIT 1")).rows).toEqual([['Sprngfield']]);
    expect((await engine.query('SELECT customer_city, is_current FROM star.dim_customers WHERE customer_id = 7 ORDER BY valid_from')).rows).toEqual([['Sprngfield', false], ['Springfield', true]]);
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
    expect(report.styles.flatMap((s) => s.expectedFailures).map((f) => f.table).sort()).toEqual(['order_lines', 'orders', 'sales_order_lines', 'sales_orders']);
    // History is in the data: customers moved and items changed, yet each has exactly one current version.
    const versions = await engine.query(`SELECT (SELECT count(*) - count(DISTINCT customer_id) FROM star.dim_customers),
      (SELECT count(*) FILTER (WHERE is_current) - count(DISTINCT customer_id) FROM star.dim_customers),
      (SELECT count(*) - count(DISTINCT sku) FROM star.dim_items), (SELECT count(DISTINCT load_date) FROM vault.sat_customer)`);
    const [extraCustomerVersions, extraCurrent, extraItemVersions, customerLoads] = versions.rows[0]!.map(Number);
    expect(extraCustomerVersions).toBeGreaterThan(10);
    expect(extraCurrent).toBe(0);
    expect(extraItemVersions).toBeGreaterThan(5);
    expect(customerLoads).toBeGreaterThan(2);
  });
});

describe('as-of questions at 1k', () => {
  it('a style that keeps no history cannot answer; where styles can, the past and today differ', async () => {
    await buildPack(engine, pack, '1k');
    const questions = await runQuestions(engine, pack, { only: ['sales_by_city_at_order', 'sales_by_current_city', 'revenue_paid_vs_list'] });
    expect(Object.fromEntries(questions.map((q) => [q.id, Object.keys(q.cannotAnswer)]))).toEqual({
      revenue_paid_vs_list: ['denormalized', 'nf1', 'nf2', 'obt'],
      sales_by_city_at_order: ['nf3'],
      sales_by_current_city: ['denormalized', 'nf1', 'nf2', 'obt'],
    });
    expect(questions.every((q) => q.agree)).toBe(true);
    const cities = async (id: string, style: string) =>
      (await engine.query(pack.questions.find((q) => q.id === id)!.sql[style]!)).rows.map((r) => String(r[0])).sort();
    // At the time of the order some cities were misspelt; today every record is corrected.
    expect((await cities('sales_by_city_at_order', 'star')).length).toBeGreaterThan((await cities('sales_by_current_city', 'star')).length);
    const paid = (await engine.query(pack.questions.find((q) => q.id === 'revenue_paid_vs_list')!.sql.nf3!)).rows;
    expect(paid.some((r) => Number(r[1]) !== Number(r[2]))).toBe(true);
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
