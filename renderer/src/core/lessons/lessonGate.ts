/**
 * Every piece of a lesson's SQL — runnable blocks, charts, exercise setups, starters and
 * reference solutions, the lesson's setup — through the content gate, so a lesson file cannot
 * reach the host. `parseLesson` refuses a lesson that fails it.
 */
import { checkContentSql } from '../sqlText/contentGate';
import type { Lesson } from './lessonSchema';

/** Why each refused piece of `lesson` may not run, as `line N: …` messages (empty: all may run). */
export function lessonSqlRefusals(lesson: Pick<Lesson, 'meta' | 'blocks'>): string[] {
  const pieces: { line: number; label: string; sql: string | undefined }[] = [{ line: 1, label: 'front matter setup', sql: lesson.meta.setup }];
  for (const block of lesson.blocks) {
    if (block.kind === 'sql') pieces.push({ line: block.line + 1, label: 'sql block', sql: block.sql });
    else if (block.kind === 'chart') pieces.push({ line: block.line, label: `chart "${block.chart.title}"`, sql: block.chart.sql });
    else if (block.kind === 'exercise') {
      const { id, setup, starter, reference } = block.exercise;
      pieces.push(
        { line: block.line, label: `exercise ${id} setup`, sql: setup },
        { line: block.line, label: `exercise ${id} starter`, sql: starter },
        { line: block.line, label: `exercise ${id} reference`, sql: reference },
      );
    }
  }
  return pieces.flatMap(({ line, label, sql }) =>
    sql ? checkContentSql(sql).map((r) => `line ${label === 'sql block' ? line + r.line - 1 : line} (${label}): refused by the content sandbox: ${r.reason}`) : [],
  );
}
