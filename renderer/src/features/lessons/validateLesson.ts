/**
 * Validate one lesson against its pack on a real engine: every SQL block runs (and blocks marked
 * `error` fail), every chart's query gives the columns it plots, every reference passes its own
 * checker (on the main data and on the hidden variant), and no starter already passes.
 * Used by `npm run lessons:check` and its Vitest test; the pack must already be built.
 */
import type { Lesson } from '../../core/lessons/lessonSchema';
import type { Engine } from '../../engine/engine';
import { checkAnswer } from './checkAnswer';
import type { VariantHost } from './variantData';

/** What validating a lesson found. */
export interface LessonValidation {
  lesson: string;
  sqlBlocks: number;
  charts: number;
  exercises: number;
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
  for (const exercise of lesson.exercises) {
    const where = `${lesson.file} exercise ${exercise.id}`;
    const own = await checkAnswer(engine, lesson, exercise, exercise.reference, variant);
    if (own.status !== 'passed') problems.push(`${where}: the reference does not pass its own check: ${own.messages.join(' / ')}`);
    if (exercise.starter.trim() !== '') {
      const starter = await checkAnswer(engine, lesson, exercise, exercise.starter);
      if (starter.status === 'passed') problems.push(`${where}: the starter already passes`);
    }
  }
  return { lesson: lesson.id, sqlBlocks, charts, exercises: lesson.exercises.length, problems, ms: Math.round(performance.now() - started) };
}
