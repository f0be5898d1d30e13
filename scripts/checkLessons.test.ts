/**
 * The lessons against the real engine (DuckDB-Wasm in Node) and the real packs: every SQL block
 * runs, every reference passes its own check on the main data and on the hidden variant, no
 * starter passes, and wrong answers get the right words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLessons } from '../renderer/src/core/lessons/parseLesson';
import type { Lesson, QueryExercise } from '../renderer/src/core/lessons/lessonSchema';
import type { Engine } from '../renderer/src/engine/engine';
import { buildPack } from '../renderer/src/engine/pack';
import { checkAnswer } from '../renderer/src/engine/lessons/checkAnswer';
import { variantHost } from '../renderer/src/engine/lessons/variantData';
import { checkLessons, createEngine, readLessonFiles, summarize } from './checkLessons';
import { loadPackFromDisk } from './lib/loadPackFromDisk';

const { lessons, errors } = loadLessons(readLessonFiles());
const lesson = (prefix: string): Lesson => lessons.find((l) => l.id.startsWith(prefix))!;
/** A query exercise of a lesson, by id. */
function query(l: Lesson, id: string): QueryExercise {
  const e = l.exercises.find((x) => x.id === id);
  if (e?.kind !== 'query') throw new Error(`${l.id} has no query exercise ${id}`);
  return e;
}

describe('lesson content', () => {
  it('loads 13 lessons, each with at least 2 exercises, 30 or more in all', () => {
    expect(errors).toEqual([]);
    expect(lessons.map((l) => l.id.slice(0, 2))).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13']);
    for (const l of lessons) expect(l.exercises.length, l.id).toBeGreaterThanOrEqual(2);
    expect(lessons.reduce((n, l) => n + l.exercises.length, 0)).toBeGreaterThanOrEqual(30);
    expect(lesson('03').meta.scale).toBe('course');
    expect(lesson('13').meta.pack).toBe('deftunes');
  });
});

describe('lessons on DuckDB-Wasm', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine();
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('every block runs and every reference passes its own check (main data and variant)', async () => {
    const report = await checkLessons(engine, lessons);
    expect(report.results.flatMap((r) => r.problems)).toEqual([]);
    expect(report.results.length + report.skipped.length).toBe(lessons.length);
    const summary = summarize(report, lessons);
    expect(summary.failures).toEqual([]);
    expect(summary.lessons).toBe(report.results.length);
    expect(summary.exercises.design).toBeGreaterThanOrEqual(10);
    expect(summary.exercises.choice).toBeGreaterThanOrEqual(5);
    expect(summary.exercises.styles).toBeGreaterThanOrEqual(1);
    expect(Object.values(summary.exercises).reduce((a, b) => a + b, 0)).toBe(lessons.filter((l) => report.results.some((r) => r.lesson === l.id)).reduce((n, l) => n + l.exercises.length, 0));
  }, 300_000);

  it('the course scale has a hidden variant too: an answer typed in from the notes fails it', async () => {
    const l = lesson('03');
    const pack = loadPackFromDisk('retail');
    await buildPack(engine, pack, 'course');
    const totals = query(l, 'order-totals-3nf');
    const right = await engine.query(totals.reference);
    const values = right.rows.map((r) => `(${r.map((c) => (typeof c === 'string' ? `'${c.replace(/'/g, "''")}'` : String(c))).join(', ')})`).join(', ');
    const typedIn = `SELECT * FROM (VALUES ${values}) AS t(order_id, customer_name, total)`;
    expect(await checkAnswer(engine, l, totals, typedIn)).toMatchObject({ status: 'passed' });
    const outcome = await checkAnswer(engine, l, totals, typedIn, variantHost(engine, pack, 'course'));
    expect(outcome).toMatchObject({ status: 'failed', variant: 'failed' });
    expect(outcome.messages[0]).toMatch(/^Right on this data, but not on a hidden variant/);
    expect(await checkAnswer(engine, l, totals, totals.reference, variantHost(engine, pack, 'course'))).toEqual({ status: 'passed', messages: [], variant: 'passed' });
  }, 120_000);

  it('a wrong answer gets the right message (lesson 3, course scale)', async () => {
    const l = lesson('03');
    await buildPack(engine, loadPackFromDisk('retail'), 'course');
    const totals = query(l, 'order-totals-3nf');
    const quantities = `SELECT o.order_id, c.customer_name, sum(oi.quantity) AS total
      FROM nf3.orders AS o JOIN nf3.order_items AS oi ON oi.order_id = o.order_id
      JOIN nf3.customers AS c ON c.customer_id = o.customer_id GROUP BY ALL`;
    expect(await checkAnswer(engine, l, totals, quantities)).toEqual({
      status: 'failed', messages: ['values in column 3 differ: expected 100, got 3'], variant: 'skipped',
    });
    expect(await checkAnswer(engine, l, totals, 'SELECT order_id, 1 FROM nf3.orders')).toEqual({
      status: 'failed', messages: ['one column missing (expected 3, got 2)'], variant: 'skipped',
    });
    const nf2 = query(l, 'nf2-orders');
    const dup = await checkAnswer(engine, l, nf2, nf2.starter);
    expect(dup.status).toBe('failed');
    expect(dup.messages[0]).toMatch(/^2 rows too many \(expected 2, got 4\), for example \(10[01], [57], '(Joe Reis|Matt Housely)'/);
    expect(await checkAnswer(engine, l, nf2, 'SELECT nope FROM nf1.sales_order_lines')).toMatchObject({ status: 'error', variant: 'skipped' });
    expect(await checkAnswer(engine, l, nf2, nf2.reference)).toEqual({ status: 'passed', messages: [], variant: 'skipped' });
  }, 120_000);

  it('a hard-coded answer passes the visible data but is caught on the hidden variant', async () => {
    const l = lesson('01');
    const pack = loadPackFromDisk('retail');
    await buildPack(engine, pack, l.meta.scale);
    const ex = query(l, 'active-in-2024');
    const right = (await engine.query(ex.reference)).rows[0]![0];
    const cheat = `SELECT ${Number(right)}`;
    const outcome = await checkAnswer(engine, l, ex, cheat, variantHost(engine, pack, l.meta.scale));
    expect(outcome.status).toBe('failed');
    expect(outcome.variant).toBe('failed');
    expect(outcome.messages[0]).toBe('Right on this data, but not on a hidden variant of it (same tables, other rows): does the query rely on particular values?');
    expect(outcome.messages[1]).toMatch(/^values in column 1 differ: expected \d+, got \d+$/);
    // The main build is the default again afterwards.
    expect(Number((await engine.query(ex.reference)).rows[0]![0])).toBe(Number(right));
  }, 120_000);
});
