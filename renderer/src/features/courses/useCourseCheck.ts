/**
 * Check every exercise of a course inside the studio, as `npm run lessons:check` does: each
 * lesson's pack is built through the one pack store (so Schemas and the lessons see the same
 * build), then every SQL block, chart, reference and hidden variant is run. One lesson at a time,
 * with progress; Cancel stops after the lesson being checked.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lesson } from '../../core/lessons/lessonSchema';
import type { Pack } from '../../core/pack/loadPack';
import { checkLessons } from '../../engine/lessons/checkLessons';
import { ensureBuilt, findPack } from '../packs';
import { useStudio } from '../studio';

export interface CourseCheckState {
  phase: 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
  /** Lessons finished, and how many there are. */
  done: number;
  total: number;
  /** The lesson being checked. */
  current: string | null;
  exercises: number;
  /** Each names its lesson and block or exercise. */
  problems: string[];
  /** Lessons whose pack the studio does not have, with the reason. */
  skipped: string[];
  /** Why the check itself stopped (a build that failed). */
  error: string | null;
}

const idle: CourseCheckState = { phase: 'idle', done: 0, total: 0, current: null, exercises: 0, problems: [], skipped: [], error: null };

export function useCourseCheck(): { state: CourseCheckState; start(lessons: readonly Lesson[]): void; cancel(): void } {
  const { engine } = useStudio();
  const [state, setState] = useState(idle);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = useCallback((lessons: readonly Lesson[]) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    const signal = controller.signal;
    setState({ ...idle, phase: 'running', total: lessons.length, current: lessons[0]?.meta.title ?? null });
    const packs = { find: findPack, build: (pack: Pack, scale: string) => ensureBuilt(engine, pack, scale, { signal }) };
    void checkLessons(engine, lessons, packs, {
      signal,
      onLesson: (index, lesson) => setState((s) => ({ ...s, done: index, current: lesson.meta.title })),
    }).then(
      (report) => setState((s) => ({
        ...s, phase: 'done', done: lessons.length, current: null,
        exercises: report.results.reduce((n, r) => n + r.exercises, 0),
        problems: report.results.flatMap((r) => r.problems),
        skipped: report.skipped.map((k) => `${k.lesson}: ${k.reason}`),
      })),
      (error: unknown) => setState((s) => (signal.aborted
        ? { ...s, phase: 'cancelled', current: null }
        : { ...s, phase: 'failed', current: null, error: error instanceof Error ? error.message : String(error) })),
    );
  }, [engine]);

  const cancel = useCallback(() => abort.current?.abort(), []);
  return { state, start, cancel };
}
