/**
 * Every piece of a lesson's SQL — runnable blocks, charts, exercise setups, starters and
 * reference solutions, the lesson's setup — through the content gate, so a lesson file cannot
 * reach the host. `parseLesson` refuses a lesson that fails it.
 */
import { checkContentSql } from '../sqlText/contentGate';
import type { Exercise, Lesson } from './lessonSchema';

/** Why each refused piece of `lesson` may not run, as `line N: …` messages (empty: all may run). */
export function lessonSqlRefusals(lesson: Pick<Lesson, 'meta' | 'blocks'>): string[] {
  const pieces: { line: number; label: string; sql: string | undefined }[] = [{ line: 1, label: 'front matter setup', sql: lesson.meta.setup }];
  for (const block of lesson.blocks) {
    if (block.kind === 'sql') pieces.push({ line: block.line + 1, label: 'sql block', sql: block.sql });
    else if (block.kind === 'chart') pieces.push({ line: block.line, label: `chart "${block.chart.title}"`, sql: block.chart.sql });
    else if (block.kind === 'pca') pieces.push({ line: block.line, label: 'pca block', sql: block.pca.sql });
    else if (block.kind === 'exercise') {
      for (const [part, sql] of exerciseSql(block.exercise)) pieces.push({ line: block.line, label: `exercise ${block.exercise.id} ${part}`, sql });
    }
  }
  return pieces.flatMap(({ line, label, sql }) =>
    sql ? checkContentSql(sql).map((r) => `line ${label === 'sql block' ? line + r.line - 1 : line} (${label}): refused by the content sandbox: ${r.reason}`) : [],
  );
}

/** Every piece of SQL an exercise of any kind runs, labelled by the part it comes from. */
function exerciseSql(exercise: Exercise): [string, string | undefined][] {
  switch (exercise.kind) {
    case 'query':
      return [['setup', exercise.setup], ['starter', exercise.starter], ['reference', exercise.reference], ['alternative', exercise.alternative]];
    case 'design':
      return [['setup', exercise.setup], ['starter', exercise.starter], ['reference', exercise.reference], ['question', exercise.question], ['alternative', exercise.alternative]];
    case 'styles':
      return [
        ['setup', exercise.setup],
        ['alternative', exercise.alternative],
        ...Object.entries(exercise.styles).flatMap(([style, answer]): [string, string | undefined][] => [
          [`${style} starter`, answer?.starter],
          [`${style} reference`, answer?.reference],
        ]),
      ];
    case 'choice':
      return [];
  }
}
