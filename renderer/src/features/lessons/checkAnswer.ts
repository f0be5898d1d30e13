/**
 * Checking a student's answer to an exercise on the engine: run the lesson's setup, the hidden
 * reference and the answer, compare with the pure checker, then (if it matched) do it all again
 * on the hidden variant of the data. Shared by the player and `npm run lessons:check`.
 */
import { compareResults, type CheckOptions } from '../../core/checker/compareResults';
import type { Exercise, Lesson } from '../../core/lessons/lessonSchema';
import type { ResultSet } from '../../core/result';
import type { Engine } from '../../engine/engine';
import type { VariantHost } from './variantData';

/** The verdict shown under an exercise. */
export interface CheckOutcome {
  status: 'passed' | 'failed' | 'error';
  /** What is wrong, most important first (empty when passed). */
  messages: string[];
  /** Whether the hidden variant was checked too. */
  variant: 'passed' | 'failed' | 'skipped';
}

/** The checker options an exercise asks for. */
export function checkOptions(exercise: Exercise): CheckOptions {
  return { ordered: exercise.ordered, tolerance: exercise.tolerance, checkColumns: exercise.check_columns };
}

/** True when the exercise is also checked on a variant (the course scale is fixed by the notes). */
export function usesVariant(lesson: Lesson, exercise: Exercise): boolean {
  return exercise.variant && lesson.meta.scale !== 'course';
}

async function setup(engine: Engine, lesson: Lesson, exercise: Exercise): Promise<void> {
  for (const sql of [lesson.meta.setup, exercise.setup]) if (sql?.trim()) await engine.query(sql);
}

async function results(engine: Engine, lesson: Lesson, exercise: Exercise, answer: string): Promise<{ expected: ResultSet; actual: ResultSet } | { error: string }> {
  let expected: ResultSet;
  try {
    await setup(engine, lesson, exercise);
    expected = await engine.query(exercise.reference);
  } catch (e) {
    return { error: `The lesson's own reference query failed (is the pack built at the ${lesson.meta.scale} scale?): ${(e as Error).message}` };
  }
  try {
    return { expected, actual: await engine.query(answer) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** Check `answer` against the exercise's reference on the current data and, if it matches, on the variant. */
export async function checkAnswer(engine: Engine, lesson: Lesson, exercise: Exercise, answer: string, variant?: VariantHost): Promise<CheckOutcome> {
  if (answer.trim() === '') return { status: 'error', messages: ['Write a query first.'], variant: 'skipped' };
  const main = await results(engine, lesson, exercise, answer);
  if ('error' in main) return { status: 'error', messages: [main.error], variant: 'skipped' };
  const verdict = compareResults(main.expected, main.actual, checkOptions(exercise));
  if (!verdict.ok) return { status: 'failed', messages: verdict.problems.map((p) => p.message), variant: 'skipped' };
  if (!variant || !usesVariant(lesson, exercise)) return { status: 'passed', messages: [], variant: 'skipped' };
  const other = await variant.run(() => results(engine, lesson, exercise, answer));
  if ('error' in other) return { status: 'error', messages: [`On the hidden variant of the data: ${other.error}`], variant: 'failed' };
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
