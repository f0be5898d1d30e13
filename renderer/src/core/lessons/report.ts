/**
 * The completion report a student can export: per lesson and exercise, passed or not, attempts,
 * hints used, whether the solution was revealed, and the last SQL. Markdown for reading, CSV for
 * a gradebook.
 */
import type { Lesson } from './lessonSchema';
import { toCsv } from '../format/csv';
import { exerciseProgress, lessonSummary, type Progress } from './progress';

/** One exercise's line of the report. */
export interface ReportRow {
  lesson: string;
  lessonTitle: string;
  exercise: string;
  passed: boolean;
  attempts: number;
  hintsShown: number;
  solutionShown: boolean;
  lastCheckedAt: string;
  lastSql: string;
}

/** Flatten progress into rows, in lesson order. */
export function reportRows(lessons: Lesson[], p: Progress): ReportRow[] {
  return lessons.flatMap((lesson) =>
    lesson.exercises.map((ex) => {
      const e = exerciseProgress(p, lesson.id, ex.id);
      return {
        lesson: lesson.id,
        lessonTitle: lesson.meta.title,
        exercise: ex.id,
        passed: e.passed,
        attempts: e.attempts,
        hintsShown: e.hintsShown,
        solutionShown: e.solutionShown,
        lastCheckedAt: e.lastCheckedAt ?? '',
        lastSql: e.lastSql,
      };
    }),
  );
}

/** RFC 4180 CSV with a header line. */
export function reportCsv(lessons: Lesson[], p: Progress): string {
  const header = ['lesson', 'lesson_title', 'exercise', 'passed', 'attempts', 'hints_shown', 'solution_shown', 'last_checked_at', 'last_sql'];
  const rows = reportRows(lessons, p).map((r) => [r.lesson, r.lessonTitle, r.exercise, r.passed, r.attempts, r.hintsShown, r.solutionShown, r.lastCheckedAt, r.lastSql]);
  return toCsv(header, rows);
}

/** A readable Markdown report, dated `generatedAt`. */
export function reportMarkdown(lessons: Lesson[], p: Progress, generatedAt: string): string {
  const total = lessons.reduce((n, l) => n + l.exercises.length, 0);
  const passed = lessons.reduce((n, l) => n + lessonSummary(p, l).passed, 0);
  const out: string[] = [`# Modeling Studio — lesson report`, '', `Generated ${generatedAt}. Exercises passed: **${passed} of ${total}**.`, ''];
  for (const lesson of lessons) {
    const s = lessonSummary(p, lesson);
    out.push(`## ${lesson.meta.title}`, '', `${s.passed} of ${s.total} exercises passed${s.visited ? '' : ' (not opened yet)'}.`, '');
    out.push('| exercise | passed | attempts | hints | solution shown |', '| --- | --- | --- | --- | --- |');
    for (const ex of lesson.exercises) {
      const e = exerciseProgress(p, lesson.id, ex.id);
      out.push(`| ${ex.id} | ${e.passed ? 'yes' : 'no'} | ${e.attempts} | ${e.hintsShown} | ${e.solutionShown ? 'yes' : 'no'} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
