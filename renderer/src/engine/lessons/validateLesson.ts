/**
 * Validate one lesson against its pack on a real engine: every SQL block runs (and blocks marked
 * `error` fail), every chart's query gives the columns it plots, every reference passes its own
 * checker (on the main data and on the hidden variant), no starter already passes, every design
 * exercise's reference passes its declared tests, and the hidden variant's answer differs from the
 * main one (else a hard-coded answer would pass).
 * Used by `npm run lessons:check` and its Vitest test; the pack must already be built.
 */
import { compareResults } from '../../core/checker/compareResults';
import { fitPca, pcaRowsOf } from '../../core/ml/pca';
import type { Exercise, ExerciseKind, Lesson } from '../../core/lessons/lessonSchema';
import type { Engine } from '../engine';
import { checkAnswer, checkOptions, checkStyleAnswer, expectedResult, usesVariant, type CheckOutcome, type SqlExercise } from './checkAnswer';
import type { VariantHost } from './variantData';

/** What validating a lesson found. */
export interface LessonValidation {
  lesson: string;
  sqlBlocks: number;
  charts: number;
  exercises: number;
  /** Exercises per kind. */
  kinds: Partial<Record<ExerciseKind, number>>;
  /** Everything wrong, each naming the file and line or exercise. */
  problems: string[];
  ms: number;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** Run every block and exercise of `lesson`. */
export async function validateLesson(engine: Engine, lesson: Lesson, variant?: VariantHost): Promise<LessonValidation> {
  const started = performance.now();
  const problems: string[] = [];
  let sqlBlocks = 0;
  let charts = 0;
  for (const block of lesson.blocks) {
    if (block.kind === 'sql') {
      sqlBlocks++;
      const where = `${lesson.file}:${block.line}`;
      try {
        await engine.query(block.sql);
        if (block.expectError) problems.push(`${where}: the block is marked \`sql error\` but ran without an error`);
      } catch (e) {
        if (!block.expectError) problems.push(`${where}: ${firstLine((e as Error).message)}`);
      }
    } else if (block.kind === 'pca') {
      charts++;
      const where = `${lesson.file}:${block.line} (PCA "${block.pca.title}")`;
      try {
        fitPca(pcaRowsOf(await engine.query(block.pca.sql), block.pca.split, block.pca.features));
      } catch (e) {
        problems.push(`${where}: ${firstLine((e as Error).message)}`);
      }
    } else if (block.kind === 'chart') {
      charts++;
      const where = `${lesson.file}:${block.line} (chart "${block.chart.title}")`;
      try {
        const result = await engine.query(block.chart.sql);
        const names = result.columns.map((c) => c.name);
        for (const col of [block.chart.x, block.chart.y, block.chart.value]) {
          if (col && !names.includes(col)) problems.push(`${where}: no column ${col} in the result (${names.join(', ')})`);
        }
        if (result.rows.length === 0) problems.push(`${where}: the query returns no rows`);
      } catch (e) {
        problems.push(`${where}: ${firstLine((e as Error).message)}`);
      }
    }
  }
  const kinds: Partial<Record<ExerciseKind, number>> = {};
  for (const exercise of lesson.exercises) {
    kinds[exercise.kind] = (kinds[exercise.kind] ?? 0) + 1;
    problems.push(...(await validateExercise(engine, lesson, exercise, variant)));
  }
  return { lesson: lesson.id, sqlBlocks, charts, exercises: lesson.exercises.length, kinds, problems, ms: Math.round(performance.now() - started) };
}

/** The parts of an exercise that are checked like a query: one, or one per style. */
function parts(exercise: SqlExercise): { name: string; style?: string; reference: string; starter: string }[] {
  if (exercise.kind !== 'styles') return [{ name: '', reference: exercise.reference, starter: exercise.starter }];
  return Object.entries(exercise.styles).map(([style, p]) => ({ name: ` (${style})`, style, reference: p!.reference, starter: p!.starter }));
}

async function check(engine: Engine, lesson: Lesson, exercise: SqlExercise, part: { style?: string }, sql: string, variant?: VariantHost): Promise<CheckOutcome> {
  return exercise.kind === 'styles' ? checkStyleAnswer(engine, lesson, exercise, part.style!, sql, variant) : checkAnswer(engine, lesson, exercise, sql, variant);
}

async function validateExercise(engine: Engine, lesson: Lesson, exercise: Exercise, variant?: VariantHost): Promise<string[]> {
  if (exercise.kind === 'choice') return []; // its options are validated when the lesson is parsed
  const problems: string[] = [];
  if (exercise.kind === 'styles') problems.push(...(await stylesAgree(engine, lesson, exercise)));
  for (const part of parts(exercise)) {
    const where = `${lesson.file} exercise ${exercise.id}${part.name}`;
    const own = await check(engine, lesson, exercise, part, part.reference, variant);
    if (own.status !== 'passed') problems.push(`${where}: the reference does not pass its own check: ${own.messages.join(' / ')}`);
    if (exercise.kind !== 'styles' && exercise.alternative) {
      const alt = await check(engine, lesson, exercise, part, exercise.alternative, variant);
      if (alt.status !== 'passed') problems.push(`${where}: the alternative solution does not pass: ${alt.messages.join(' / ')}`);
    }
    if (part.starter.trim() !== '') {
      const starter = await check(engine, lesson, exercise, part, part.starter);
      if (starter.status === 'passed') problems.push(`${where}: the starter already passes`);
    }
    // `variant: false` (questions about the schema itself, the same in every variant) is
    // listed by lessons:check as unguarded rather than failed.
    if (!variant || !usesVariant(lesson, exercise)) continue;
    try {
      const main = await expectedResult(engine, lesson, exercise, part.style);
      const other = await variant.run(() => expectedResult(engine, lesson, exercise, part.style));
      if (compareResults(main, other, checkOptions(exercise)).ok) {
        problems.push(`${where}: the reference gives the same answer on the hidden variant, so a hard-coded answer would pass`);
      }
    } catch (e) {
      problems.push(`${where}: the reference failed: ${firstLine((e as Error).message)}`);
    }
  }
  return problems;
}

/** The styles of a same-question exercise must give one answer: their references agree on the lesson's data. */
async function stylesAgree(engine: Engine, lesson: Lesson, exercise: SqlExercise): Promise<string[]> {
  const [first, ...rest] = Object.keys(exercise.kind === 'styles' ? exercise.styles : {});
  if (!first) return [];
  try {
    const expected = await expectedResult(engine, lesson, exercise, first);
    const problems: string[] = [];
    for (const style of rest) {
      const verdict = compareResults(expected, await expectedResult(engine, lesson, exercise, style), checkOptions(exercise));
      if (!verdict.ok) problems.push(`${lesson.file} exercise ${exercise.id}: the ${style} reference disagrees with the ${first} one: ${verdict.problems[0]?.message ?? ''}`);
    }
    return problems;
  } catch (e) {
    return [`${lesson.file} exercise ${exercise.id}: a reference failed: ${firstLine((e as Error).message)}`];
  }
}
