import { describe, expect, it } from 'vitest';
import type { Lesson } from './lessonSchema';
import { badgeOf, emptyProgress, exerciseProgress, lessonSummary, markVisited, mergeProgress, parseProgress, recordAttempt, revealHint, revealSolution, saveDraft } from './progress';
import { reportCsv, reportMarkdown } from './report';

const ex = (id: string) => ({ kind: 'query' as const, id, prompt: 'p', starter: '', reference: 'SELECT 1', hints: ['h1', 'h2'], ordered: false, check_columns: false, variant: true });
const lesson: Lesson = {
  id: '03-normalization',
  file: 'lessons/03-normalization/lesson.md',
  meta: { title: 'Normalization', pack: 'retail', scale: 'course', objectives: ['o'], minutes: 20 },
  blocks: [],
  exercises: [ex('a'), ex('b')],
};

describe('progress', () => {
  it('records attempts; passing stays passed; drafts keep the SQL', () => {
    let p = markVisited(emptyProgress(), lesson.id);
    p = recordAttempt(p, lesson.id, 'a', { sql: 'SELECT 2', passed: false, feedback: ['1 row missing'], at: '2026-01-01T00:00:00Z' });
    p = recordAttempt(p, lesson.id, 'a', { sql: 'SELECT 1', passed: true, feedback: [], at: '2026-01-01T00:01:00Z' });
    p = recordAttempt(p, lesson.id, 'a', { sql: 'SELECT 3', passed: false, feedback: ['x'], at: '2026-01-01T00:02:00Z' });
    p = saveDraft(p, lesson.id, 'b', 'SELECT');
    p = revealHint(p, lesson.id, 'b', 2);
    p = revealHint(p, lesson.id, 'b', 2);
    p = revealHint(p, lesson.id, 'b', 2);
    p = revealSolution(p, lesson.id, 'b');
    expect(exerciseProgress(p, lesson.id, 'a')).toEqual({
      lastSql: 'SELECT 3', passed: true, lastPassed: false, attempts: 3, hintsShown: 0, solutionShown: false, lastCheckedAt: '2026-01-01T00:02:00Z', lastFeedback: ['x'],
    });
    expect(exerciseProgress(p, lesson.id, 'b')).toEqual({ lastSql: 'SELECT', passed: false, attempts: 0, hintsShown: 2, solutionShown: true });
    expect(lessonSummary(p, lesson)).toEqual({ visited: true, passed: 1, total: 2 });
    expect(parseProgress(JSON.stringify(p))).toEqual(p);
  });

  it('the badge follows the latest attempt; progress saved before lastPassed existed shows whether it ever passed', () => {
    let p = recordAttempt(emptyProgress(), lesson.id, 'a', { sql: 'SELECT 1', passed: true, feedback: [], at: 't1' });
    expect(badgeOf(exerciseProgress(p, lesson.id, 'a'))).toBe('passed');
    p = recordAttempt(p, lesson.id, 'a', { sql: 'SELECT 2', passed: false, feedback: ['x'], at: 't2' });
    expect(badgeOf(exerciseProgress(p, lesson.id, 'a'))).toBe('failed');
    expect(lessonSummary(p, lesson).passed).toBe(1);
    expect(badgeOf(exerciseProgress(p, lesson.id, 'b'))).toBe('none');
    const old = { lastSql: 'SELECT 1', passed: true, attempts: 1, hintsShown: 0, solutionShown: false };
    expect(badgeOf(old)).toBe('passed');
  });

  it.each([
    ['nothing saved', null],
    ['not JSON', '{oops'],
    ['a future version', '{"version":2,"lessons":{}}'],
    ['wrong shape', '{"version":1,"lessons":{"x":{"visited":"yes"}}}'],
  ])('starts empty when %s', (_name, json) => {
    expect(parseProgress(json)).toEqual(emptyProgress());
  });
});

describe('mergeProgress', () => {
  const at = '2026-11-23T10:00:00.000Z';
  it('keeps the current record of an exercise both have, adds the rest, and a lesson visited in either stays visited', () => {
    const current = recordAttempt(emptyProgress(), 'l1', 'e1', { sql: 'NEW', passed: false, feedback: [], at });
    let extra = markVisited(recordAttempt(emptyProgress(), 'l1', 'e1', { sql: 'OLD', passed: true, feedback: [], at }), 'l2');
    extra = saveDraft(extra, 'l1', 'e2', 'DRAFT');
    const merged = mergeProgress(current, extra);
    expect(merged.lessons.l1!.exercises.e1!.lastSql).toBe('NEW');
    expect(merged.lessons.l1!.exercises.e2!.lastSql).toBe('DRAFT');
    expect(merged.lessons.l2).toEqual({ visited: true, exercises: {} });
    expect(mergeProgress(current, emptyProgress())).toEqual(current);
  });
});

describe('report', () => {
  const p = recordAttempt(markVisited(emptyProgress(), lesson.id), lesson.id, 'a', {
    sql: 'SELECT "x",\n1', passed: true, feedback: [], at: '2026-01-01T00:00:00Z',
  });
  it('CSV quotes fields with quotes, commas and newlines', () => {
    expect(reportCsv([lesson], p)).toBe(
      'lesson,lesson_title,exercise,passed,attempts,hints_shown,solution_shown,last_checked_at,last_sql\r\n' +
        '03-normalization,Normalization,a,true,1,0,false,2026-01-01T00:00:00Z,"SELECT ""x"",\n1"\r\n' +
        '03-normalization,Normalization,b,false,0,0,false,,\r\n',
    );
  });
  it('Markdown sums up', () => {
    expect(reportMarkdown([lesson], p, '2026-01-02')).toBe(
      [
        '# Modeling Studio — lesson report', '', 'Generated 2026-01-02. Exercises passed: **1 of 2**.', '',
        '## Normalization', '', '1 of 2 exercises passed.', '',
        '| exercise | passed | attempts | hints | solution shown |', '| --- | --- | --- | --- | --- |',
        '| a | yes | 1 | 0 | no |', '| b | no | 0 | 0 | no |', '',
      ].join('\n'),
    );
  });
});
