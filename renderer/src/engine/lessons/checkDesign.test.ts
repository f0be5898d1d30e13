/**
 * Design exercises on the real engine (DuckDB-Wasm in Node): the student's CREATE statements run
 * in a scratch schema, each declared test names what is wrong in words, and the check question
 * must give the reference build's answer — on the data and on a second data set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesignExercise, Lesson } from '../../core/lessons/lessonSchema';
import { parseLesson } from '../../core/lessons/parseLesson';
import type { Engine } from '../engine';
import { createNodeEngine } from '../nodeEngine';
import { checkAnswer } from './checkAnswer';
import type { VariantHost } from './variantData';

const text = `---
title: Design
pack: retail
scale: 1k
objectives: [Build a type-2 dimension]
minutes: 5
---

\`\`\`exercise
kind: design
id: dim-customer
prompt: Build dim_customer and fact_sales.
schema: scratch
reference: |
  CREATE TABLE scratch.dim_customer AS
  SELECT row_number() OVER (ORDER BY customer_id, valid_from) AS customer_key, customer_id, city, valid_from, valid_to
  FROM src.customer_versions;
  CREATE TABLE scratch.fact_sales AS
  SELECT d.customer_key, s.amount FROM src.sales AS s
  JOIN scratch.dim_customer AS d ON d.customer_id = s.customer_id AND s.sold_on >= d.valid_from AND (d.valid_to IS NULL OR s.sold_on < d.valid_to);
tests:
  - { exists: dim_customer, columns: [customer_key, customer_id, valid_from, valid_to] }
  - { exists: fact_sales, columns: [customer_key, amount] }
  - { unique: dim_customer, columns: [customer_key] }
  - { not_null: fact_sales, columns: [customer_key] }
  - { relationship: fact_sales, column: customer_key, to: dim_customer, field: customer_key }
  - { no_overlap: dim_customer, key: [customer_id], valid_from: valid_from, valid_to: valid_to }
question: |
  SELECT d.city, sum(f.amount) AS sales FROM scratch.fact_sales AS f
  JOIN scratch.dim_customer AS d USING (customer_key) GROUP BY d.city
\`\`\`
`;

const lesson: Lesson = parseLesson('x-design', 'lessons/x-design/lesson.md', text);
const exercise = lesson.exercises[0] as DesignExercise;

const data = (sales: string) => `
  DROP SCHEMA IF EXISTS src CASCADE; CREATE SCHEMA src;
  CREATE TABLE src.customer_versions AS SELECT * FROM (VALUES
    (5, 'Springfield', DATE '2024-01-01', DATE '2024-06-01'),
    (5, 'Shelbyville', DATE '2024-06-01', NULL),
    (7, 'Springfield', DATE '2024-01-01', NULL)) AS t(customer_id, city, valid_from, valid_to);
  CREATE TABLE src.sales AS SELECT * FROM (VALUES ${sales}) AS t(customer_id, sold_on, amount);`;

const MAIN = data(`(5, DATE '2024-02-01', 10), (5, DATE '2024-07-01', 20), (7, DATE '2024-03-01', 5)`);
const OTHER = data(`(5, DATE '2024-02-01', 1), (7, DATE '2024-08-01', 2)`);

describe('design exercises on DuckDB-Wasm', () => {
  let engine: Engine;
  // The second data set: the same tables with other rows, swapped in for the duration of a check.
  const variant: VariantHost = {
    async run(work) {
      await engine.query(OTHER);
      try {
        return await work();
      } finally {
        await engine.query(MAIN);
      }
    },
  };
  beforeAll(async () => {
    engine = createNodeEngine();
    await engine.ready();
    await engine.query(MAIN);
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('the reference passes every test on both data sets, and its tables stay for the student to explore', async () => {
    expect(await checkAnswer(engine, lesson, exercise, exercise.reference, variant)).toEqual({ status: 'passed', messages: [], variant: 'passed' });
    expect((await engine.query('SELECT count(*) FROM scratch.dim_customer')).rows[0]![0]).toBe(3);
  });

  const wrong: [string, string, string[]][] = [
    ['a missing table', 'CREATE TABLE scratch.dim_customer AS SELECT 1 AS customer_key, 5 AS customer_id, DATE \'2024-01-01\' AS valid_from, NULL::DATE AS valid_to', ['There is no table or view scratch.fact_sales.']],
    [
      'a missing column',
      `CREATE TABLE scratch.dim_customer AS SELECT customer_id AS customer_key, customer_id, city, valid_from FROM src.customer_versions;
       CREATE TABLE scratch.fact_sales AS SELECT customer_id AS customer_key, amount FROM src.sales`,
      ['scratch.dim_customer has no column valid_to (it has customer_key, customer_id, city, valid_from).'],
    ],
    [
      'the business key used as the dimension key (not unique across versions)',
      `CREATE TABLE scratch.dim_customer AS SELECT customer_id AS customer_key, * FROM src.customer_versions;
       CREATE TABLE scratch.fact_sales AS SELECT customer_id AS customer_key, amount FROM src.sales`,
      ['customer_key is not unique in dim_customer: 1 value appears more than once, e.g. 5.'],
    ],
    [
      'facts that point nowhere, and overlapping versions',
      `CREATE TABLE scratch.dim_customer AS SELECT row_number() OVER () AS customer_key, customer_id, city, valid_from, NULL::DATE AS valid_to FROM src.customer_versions;
       CREATE TABLE scratch.fact_sales AS SELECT CASE WHEN customer_id = 7 THEN NULL ELSE customer_id + 100 END AS customer_key, amount FROM src.sales`,
      [
        'customer_key is NULL in 1 row of fact_sales.',
        '2 rows of fact_sales point to no dim_customer: customer_key not found in dim_customer.customer_key, e.g. 105; 105.',
        'Validity ranges overlap in dim_customer: 1 pair of versions of the same customer_id is valid at the same time, e.g. customer_id 5: 2024-01-01 to open and 2024-06-01 to open.',
      ],
    ],
  ];
  it.each(wrong)('%s: the failing test is named in words', async (_name, answer, messages) => {
    expect(await checkAnswer(engine, lesson, exercise, answer, variant)).toEqual({ status: 'failed', messages, variant: 'skipped' });
  });

  it('tables that pass the tests but give another answer fail on the question; a hard-coded one on the variant', async () => {
    const latestCity = `CREATE TABLE scratch.dim_customer AS
        SELECT row_number() OVER (ORDER BY customer_id, valid_from) AS customer_key, customer_id, city, valid_from, valid_to FROM src.customer_versions;
      CREATE TABLE scratch.fact_sales AS
        SELECT (SELECT max(customer_key) FROM scratch.dim_customer AS d WHERE d.customer_id = s.customer_id) AS customer_key, amount FROM src.sales AS s`;
    const outcome = await checkAnswer(engine, lesson, exercise, latestCity, variant);
    expect(outcome.status).toBe('failed');
    expect(outcome.messages[0]).toMatch(/^values in column 2 differ|^1 row missing|rows missing|row too many/);

    const frozen = `CREATE TABLE scratch.dim_customer AS SELECT * FROM (VALUES (1, 5, 'Springfield', DATE '2024-01-01', DATE '2024-06-01'), (2, 5, 'Shelbyville', DATE '2024-06-01', NULL), (3, 7, 'Springfield', DATE '2024-01-01', NULL)) AS t(customer_key, customer_id, city, valid_from, valid_to);
      CREATE TABLE scratch.fact_sales AS SELECT * FROM (VALUES (1, 10), (2, 20), (3, 5)) AS t(customer_key, amount)`;
    const caught = await checkAnswer(engine, lesson, exercise, frozen, variant);
    expect(caught.status).toBe('failed');
    expect(caught.variant).toBe('failed');
    expect(caught.messages[0]).toMatch(/^Right on this data, but not on a hidden variant/);
  });

  it('SQL that does not run is reported as an error, an empty answer asks for statements', async () => {
    expect(await checkAnswer(engine, lesson, exercise, 'CREATE TABLE scratch.x AS SELECT nope', variant)).toMatchObject({ status: 'error' });
    expect(await checkAnswer(engine, lesson, exercise, '  ', variant)).toEqual({ status: 'error', messages: ['Write the CREATE statements first.'], variant: 'skipped' });
  });
});
