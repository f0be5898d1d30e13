/**
 * Checking a student's answer on the engine: run the lesson's setup, the hidden reference and
 * the answer, compare with the pure checker, then (if it matched) do it all again on the hidden
 * variant of the data. Query exercises compare the answer's result; design exercises build the
 * student's tables in a scratch schema, run the declared tests on them, then ask the exercise's
 * question of them. Shared by the player and `npm run lessons:check`.
 */
import { compareResults, type CheckOptions } from '../../core/checker/compareResults';
import { designProbe } from '../../core/checker/designTests';
import type { DesignExercise, Exercise, Lesson, QueryExercise, StylesExercise } from '../../core/lessons/lessonSchema';
import type { ResultSet } from '../../core/result';
import type { Engine } from '../engine';
import type { VariantHost } from './variantData';

/** The verdict shown under an exercise. */
export interface CheckOutcome {
  status: 'passed' | 'failed' | 'error';
  /** What is wrong, most important first (empty when passed). */
  messages: string[];
  /** Whether the hidden variant was checked too. */
  variant: 'passed' | 'failed' | 'skipped';
}

/** A checked kind (every kind but choice). */
export type SqlExercise = QueryExercise | DesignExercise | StylesExercise;

/** The checker options an exercise asks for. */
export function checkOptions(exercise: SqlExercise): CheckOptions {
  return { ordered: exercise.ordered, tolerance: exercise.tolerance, checkColumns: exercise.check_columns };
}

/** True when the exercise is also checked on the hidden variant of the data. */
export function usesVariant(_lesson: Lesson, exercise: Exercise): boolean {
  return exercise.kind !== 'choice' && exercise.variant;
}

/** Both results, or why there are none: an error, or (design) the tests that failed. */
type Attempt = { expected: ResultSet; actual: ResultSet } | { error: string } | { failed: string[] };

async function setup(engine: Engine, lesson: Lesson, sql: string | undefined): Promise<void> {
  for (const s of [lesson.meta.setup, sql]) if (s?.trim()) await engine.query(s);
}

function referenceError(lesson: Lesson, e: unknown): { error: string } {
  return { error: `The lesson's own reference query failed (is the pack built at the ${lesson.meta.scale} scale?): ${(e as Error).message}` };
}

async function queryAttempt(engine: Engine, lesson: Lesson, setupSql: string | undefined, reference: string, answer: string): Promise<Attempt> {
  let expected: ResultSet;
  try {
    await setup(engine, lesson, setupSql);
    expected = await engine.query(reference);
  } catch (e) {
    return referenceError(lesson, e);
  }
  try {
    return { expected, actual: await engine.query(answer) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** Drop and recreate the scratch schema, then run `script` in it. */
async function build(engine: Engine, schema: string, script: string): Promise<void> {
  await engine.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; CREATE SCHEMA "${schema}"`);
  await engine.query(script);
}

/** Run the declared tests on the tables in the scratch schema; the failures, in words. */
export async function runDesignTests(engine: Engine, exercise: DesignExercise): Promise<string[]> {
  const run = async (tests: DesignExercise['tests']) => {
    const failures: string[] = [];
    for (const test of tests) {
      const probe = designProbe(exercise.schema, test);
      try {
        const verdict = probe.verdict(await engine.query(probe.sql));
        if (verdict) failures.push(verdict);
      } catch (e) {
        failures.push(`Test "${probe.name}" could not run: ${(e as Error).message.split('\n')[0]}`);
      }
    }
    return failures;
  };
  // A missing table makes every later test on it fail too: report the missing tables alone.
  const missing = await run(exercise.tests.filter((t) => 'exists' in t));
  return missing.length > 0 ? missing : run(exercise.tests.filter((t) => !('exists' in t)));
}

async function designAttempt(engine: Engine, lesson: Lesson, exercise: DesignExercise, answer: string): Promise<Attempt> {
  let expected: ResultSet;
  try {
    await setup(engine, lesson, exercise.setup);
    await build(engine, exercise.schema, exercise.reference);
    expected = await engine.query(exercise.question);
  } catch (e) {
    return referenceError(lesson, e);
  }
  // The student's build runs last, so their tables stay there to explore.
  try {
    await build(engine, exercise.schema, answer);
  } catch (e) {
    return { error: (e as Error).message };
  }
  const failed = await runDesignTests(engine, exercise);
  if (failed.length > 0) return { failed };
  try {
    return { expected, actual: await engine.query(exercise.question) };
  } catch (e) {
    return { failed: [`The tables pass the tests, but the check question cannot run on them: ${(e as Error).message.split('\n')[0]}`] };
  }
}

type AttemptOn = () => Promise<Attempt>;

/** Compare one attempt on the main data and, when it matched, on the variant. */
async function judge(exercise: SqlExercise, lesson: Lesson, attempt: AttemptOn, variant: VariantHost | undefined): Promise<CheckOutcome> {
  const main = await attempt();
  if ('error' in main) return { status: 'error', messages: [main.error], variant: 'skipped' };
  if ('failed' in main) return { status: 'failed', messages: main.failed, variant: 'skipped' };
  const verdict = compareResults(main.expected, main.actual, checkOptions(exercise));
  if (!verdict.ok) return { status: 'failed', messages: verdict.problems.map((p) => p.message), variant: 'skipped' };
  if (!variant || !usesVariant(lesson, exercise)) return { status: 'passed', messages: [], variant: 'skipped' };
  const other = await variant.run(attempt);
  if ('error' in other) return { status: 'error', messages: [`On the hidden variant of the data: ${other.error}`], variant: 'failed' };
  if ('failed' in other) return { status: 'failed', messages: other.failed.map((m) => `On the hidden variant of the data: ${m}`), variant: 'failed' };
  const second = compareResults(other.expected, other.actual, checkOptions(exercise));
  if (second.ok) return { status: 'passed', messages: [], variant: 'passed' };
  return {
    status: 'failed',
    messages: [
      'Right on this data, but not on a hidden variant of it (same tables, other rows): does the query rely on particular values?',
      ...second.problems.map((p) => p.message),
    ],
    variant: 'failed',
  };
}

/** Check `answer` to a query or design exercise on the current data and, if it matches, on the variant. */
export async function checkAnswer(engine: Engine, lesson: Lesson, exercise: QueryExercise | DesignExercise, answer: string, variant?: VariantHost): Promise<CheckOutcome> {
  if (answer.trim() === '') return { status: 'error', messages: [exercise.kind === 'design' ? 'Write the CREATE statements first.' : 'Write a query first.'], variant: 'skipped' };
  const attempt: AttemptOn =
    exercise.kind === 'design'
      ? () => designAttempt(engine, lesson, exercise, answer)
      : () => queryAttempt(engine, lesson, exercise.setup, exercise.reference, answer);
  return judge(exercise, lesson, attempt, variant);
}

/** Check one style's answer of a same-question exercise. */
export async function checkStyleAnswer(engine: Engine, lesson: Lesson, exercise: StylesExercise, style: string, answer: string, variant?: VariantHost): Promise<CheckOutcome> {
  const part = exercise.styles[style as keyof StylesExercise['styles']];
  if (!part) return { status: 'error', messages: [`This exercise has no ${style} part.`], variant: 'skipped' };
  if (answer.trim() === '') return { status: 'error', messages: ['Write a query first.'], variant: 'skipped' };
  return judge(exercise, lesson, () => queryAttempt(engine, lesson, exercise.setup, part.reference, answer), variant);
}

/** The reference's result on the current data (the "expected result" preview). */
export async function expectedResult(engine: Engine, lesson: Lesson, exercise: SqlExercise, style?: string): Promise<ResultSet> {
  await setup(engine, lesson, exercise.setup);
  if (exercise.kind === 'design') {
    await build(engine, exercise.schema, exercise.reference);
    try {
      return await engine.query(exercise.question);
    } finally {
      // Leave no reference tables behind for the student to copy.
      await engine.query(`DROP SCHEMA IF EXISTS "${exercise.schema}" CASCADE`);
    }
  }
  if (exercise.kind === 'styles') {
    const part = exercise.styles[(style ?? Object.keys(exercise.styles)[0]) as keyof StylesExercise['styles']];
    return engine.query(part?.reference ?? 'SELECT 1 WHERE false');
  }
  return engine.query(exercise.reference);
}
