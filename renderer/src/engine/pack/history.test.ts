/**
 * The pack format's history features on a small pack, on the real engine: a question a style
 * cannot answer, model-level tests (functional dependency, type-2 dimension) with expected
 * failures, and writes whose changed answers are reported before the rollback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from '../../core/pack/loadPack';
import type { Engine } from '../engine';
import { buildPack } from './buildPack';
import { runQuestions } from './runQuestions';
import { runWrites } from './runWrites';
import { makeTestEngine } from './testEngine';

const schema = (style: string, models: string) => [`models:`, models].join('\n').replace(/STYLE/g, style);

const files: Record<string, string> = {
  'pack.yml': ['id: tiny', 'title: Tiny', 'default_scale: s', 'scales:', '  - { id: s, label: S, generator: source/gen.sql }', 'styles: [flat, split, dim]', ''].join('\n'),
  'source/gen.sql': [
    'CREATE SCHEMA source;',
    // Customer 1 lived in 10001 (New York) and moved to 60601 (Chicago) after the first order.
    "CREATE TABLE source.customers AS SELECT * FROM (VALUES (1, '10001', 'New York', DATE '2024-01-01'), (1, '60601', 'Chicago', DATE '2024-03-01'), (2, '10001', 'New York', DATE '2024-01-01')) t(customer_id, zip, city, changed_on);",
    "CREATE TABLE source.orders AS SELECT * FROM (VALUES (10, 1, DATE '2024-02-01', 5.0), (11, 1, DATE '2024-04-01', 7.0), (12, 2, DATE '2024-02-01', 1.0)) t(order_id, customer_id, order_date, amount);",
  ].join('\n'),
  // Flat: the city as it was when the order was written.
  'styles/flat/orders.sql': `SELECT o.order_id, o.customer_id, o.order_date, o.amount, c.zip, c.city FROM source.orders o
    JOIN source.customers c ON c.customer_id = o.customer_id AND c.changed_on = (SELECT max(changed_on) FROM source.customers x WHERE x.customer_id = o.customer_id AND x.changed_on <= o.order_date)`,
  'styles/flat/schema.yml': schema('flat', [
    '  - name: orders',
    '    primary_key: [order_id]',
    '    tests:',
    '      - functional_dependency: { determinant: [customer_id], dependent: [city] }',
    '        expect: fail',
    '        why: The city is copied onto each order as it was then, so one customer has two cities.',
  ].join('\n')),
  // Split: current attributes overwrite.
  'styles/split/customers.sql': 'SELECT customer_id, zip, city FROM source.customers QUALIFY changed_on = max(changed_on) OVER (PARTITION BY customer_id)',
  'styles/split/orders.sql': 'SELECT order_id, customer_id, order_date, amount FROM source.orders',
  'styles/split/schema.yml': schema('split', [
    '  - name: customers',
    '    primary_key: [customer_id]',
    '    tests:',
    '      - functional_dependency: { determinant: [zip], dependent: [city] }',
    '  - name: orders',
    '    primary_key: [order_id]',
  ].join('\n')),
  // Dim: type 2, one version per change.
  'styles/dim/customers.sql': `SELECT customer_id * 100 + row_number() OVER (PARTITION BY customer_id ORDER BY changed_on) AS customer_key, customer_id, zip, city,
    changed_on AS valid_from, coalesce(lead(changed_on) OVER (PARTITION BY customer_id ORDER BY changed_on), DATE '9999-12-31') AS valid_to,
    lead(changed_on) OVER (PARTITION BY customer_id ORDER BY changed_on) IS NULL AS is_current FROM source.customers`,
  'styles/dim/orders.sql': `SELECT o.order_id, c.customer_key, o.order_date, o.amount FROM source.orders o
    JOIN dim.customers c ON c.customer_id = o.customer_id AND o.order_date >= c.valid_from AND o.order_date < c.valid_to`,
  'styles/dim/schema.yml': schema('dim', [
    '  - name: customers',
    '    primary_key: [customer_key]',
    '    tests:',
    '      - scd2: { key: [customer_id], valid_from: valid_from, valid_to: valid_to, is_current: is_current }',
    '  - name: orders',
    '    primary_key: [order_id]',
  ].join('\n')),
  'questions/by_city_then.yml': [
    'id: by_city_then', 'title: Sales by city at the time of the order', 'as_of: true',
    'cannot_answer:', '  split: It keeps only the current city, so a past city is lost.',
    'sql:',
    '  flat: SELECT city, sum(amount) AS sales FROM flat.orders GROUP BY city',
    '  dim: SELECT c.city, sum(o.amount) AS sales FROM dim.orders o JOIN dim.customers c USING (customer_key) GROUP BY c.city', '',
  ].join('\n'),
  'questions/lifetime.yml': [
    'id: lifetime', 'title: Lifetime value', 'sql:',
    '  flat: SELECT customer_id, sum(amount) AS value FROM flat.orders GROUP BY customer_id',
    '  split: SELECT customer_id, sum(amount) AS value FROM split.orders GROUP BY customer_id',
    '  dim: SELECT c.customer_id, sum(o.amount) AS value FROM dim.orders o JOIN dim.customers c USING (customer_key) GROUP BY c.customer_id', '',
  ].join('\n'),
  'writes/moves.yml': [
    'id: moves', 'title: Customer 2 moves', 'sql:',
    "  flat: [\"UPDATE flat.orders SET zip = '60601', city = 'Chicago' WHERE customer_id = 2\"]",
    "  split: [\"UPDATE split.customers SET zip = '60601', city = 'Chicago' WHERE customer_id = 2\"]",
    '  dim:',
    "    - UPDATE dim.customers SET valid_to = DATE '2024-05-01', is_current = false WHERE customer_id = 2 AND is_current",
    "    - INSERT INTO dim.customers VALUES (202, 2, '60601', 'Chicago', DATE '2024-05-01', DATE '9999-12-31', true)", '',
  ].join('\n'),
};

let engine: Engine;
beforeAll(async () => {
  engine = await makeTestEngine();
});
afterAll(async () => {
  await engine.close();
});

describe('history in a pack', () => {
  it('expected failures are labelled and not counted as failures; the others pass', async () => {
    const report = await buildPack(engine, loadPack(files), 's');
    const flat = report.styles.find((s) => s.name === 'flat')!;
    expect(flat.tests).toEqual({ passed: 1, failed: 0, expected_failures: 1 });
    expect(flat.expectedFailures).toEqual([{
      table: 'orders', name: 'functional_dependency(customer_id → city)', file: 'styles/flat/schema.yml', failures: 1,
      why: 'The city is copied onto each order as it was then, so one customer has two cities.',
    }]);
    expect(report.styles.flatMap((s) => s.failedTests)).toEqual([]);
    expect(report.styles.find((s) => s.name === 'dim')!.tests).toEqual({ passed: 3, failed: 0, expected_failures: 0 });
  });

  it('an expected failure that passes is a failure, and a broken type-2 dimension fails its test', async () => {
    const broken = {
      ...files,
      'styles/flat/orders.sql': 'SELECT o.order_id, o.customer_id, o.order_date, o.amount, 1 AS zip, 1 AS city FROM source.orders o',
      // Two current versions for customer 1 and overlapping validity.
      'styles/dim/customers.sql': files['styles/dim/customers.sql']!.replace('IS NULL AS is_current', 'IS NULL OR customer_id = 1 AS is_current').replace("DATE '9999-12-31') AS valid_to", "DATE '9999-12-31') + 40 AS valid_to"),
    };
    const report = await buildPack(engine, loadPack(broken), 's');
    expect(report.styles.find((s) => s.name === 'flat')!.failedTests).toEqual([{
      table: 'orders', name: 'functional_dependency(customer_id → city)', file: 'styles/flat/schema.yml', failures: 0,
      message: 'expected to fail (it teaches an anomaly) but found no rows',
    }]);
    // Overlapping versions also duplicate the facts joined to them: the orders' key breaks too.
    const dim = report.styles.find((s) => s.name === 'dim')!.failedTests;
    expect(dim.map((f) => f.name)).toEqual(['scd2(customer_id)', 'primary_key(order_id)']);
    expect(dim[0]!.failures).toBeGreaterThanOrEqual(2);
  });

  it('a style that cannot answer is reported with its reason; the others are compared', async () => {
    await buildPack(engine, loadPack(files), 's');
    const [then, lifetime] = await runQuestions(engine, loadPack(files));
    expect(then).toMatchObject({ id: 'by_city_then', as_of: true, agree: true, rows: 2, cannotAnswer: { split: 'It keeps only the current city, so a past city is lost.' } });
    expect(Object.keys(then!.ms)).toEqual(['flat', 'dim']);
    expect(lifetime).toMatchObject({ agree: true, cannotAnswer: {} });
  });

  it('a question with cannot_answer and sql for the same style is refused naming the file', () => {
    const bad = { ...files, 'questions/by_city_then.yml': files['questions/by_city_then.yml']!.replace('sql:\n', 'sql:\n  split: SELECT 1\n') };
    expect(() => loadPack(bad)).toThrow('questions/by_city_then.yml: sql.split: a style listed in cannot_answer has no sql');
  });

  it('writes report which answers they changed, before the rollback', async () => {
    const pack = loadPack(files);
    await buildPack(engine, pack, 's');
    const [moves] = await runWrites(engine, pack);
    // Rewriting the copies restates where past sales happened; the type-2 dimension keeps them.
    expect(moves!.questions_changed).toEqual({ flat: ['by_city_then'], split: [], dim: [] });
    expect(moves!.rows_touched).toEqual({ flat: 1, split: 1, dim: 2 });
    expect((await engine.query('SELECT count(*) FROM dim.customers')).rows[0]![0]).toBe(3);
  });
});
