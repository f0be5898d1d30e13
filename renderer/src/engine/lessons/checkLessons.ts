/**
 * Check a course's lessons one after another: build each lesson's pack at its scale (once for a
 * run of lessons on the same pack and scale), then validate the lesson on it and on its hidden
 * variant. `npm run lessons:check` and the Courses view's "Check every exercise" both run this;
 * they differ only in where packs come from and how they are built.
 */
import type { Lesson } from '../../core/lessons/lessonSchema';
import type { Pack } from '../../core/pack/loadPack';
import type { Engine } from '../engine';
import { validateLesson, type LessonValidation } from './validateLesson';
import { variantHost } from './variantData';

/** Where the lessons' packs come from and how they are made queryable. */
export interface LessonPacks {
  /** The pack a lesson names, or null when the course has no such pack. */
  find(id: string): Pack | null;
  /** Make `pack` queryable at `scale` on the engine (build it, or keep a build that is there). */
  build(pack: Pack, scale: string): Promise<unknown>;
}

/** The outcome of checking lessons. */
export interface LessonsReport {
  results: LessonValidation[];
  skipped: { lesson: string; reason: string }[];
  /** True when no checked lesson has a problem. */
  ok: boolean;
}

export interface CheckLessonsOptions {
  /** A line per lesson (and per problem), for a console. */
  log?(line: string): void;
  /** Before each lesson: its index (0-based) among `lessons`. */
  onLesson?(index: number, lesson: Lesson): void;
  /** Stops before the next lesson (the current one finishes) with an AbortError. */
  signal?: AbortSignal;
}

/** Validate `lessons` in order on `engine`. */
export async function checkLessons(engine: Engine, lessons: readonly Lesson[], packs: LessonPacks, options: CheckLessonsOptions = {}): Promise<LessonsReport> {
  const log = options.log ?? (() => undefined);
  const results: LessonValidation[] = [];
  const skipped: { lesson: string; reason: string }[] = [];
  let built = '';
  for (const [index, lesson] of lessons.entries()) {
    options.signal?.throwIfAborted();
    options.onLesson?.(index, lesson);
    const { pack: packId, scale } = lesson.meta;
    const pack = packs.find(packId);
    if (!pack) {
      const reason = `pack ${packId} is not present in sample-data/`;
      skipped.push({ lesson: lesson.id, reason });
      log(`- ${lesson.id}: skipped (${reason})`);
      continue;
    }
    if (built !== `${packId}/${scale}`) {
      await packs.build(pack, scale);
      built = `${packId}/${scale}`;
    }
    const result = await validateLesson(engine, lesson, variantHost(engine, pack, scale));
    results.push(result);
    const mark = result.problems.length === 0 ? 'ok' : `${result.problems.length} problem(s)`;
    log(`- ${lesson.id}: ${result.sqlBlocks} SQL blocks, ${result.charts} charts, ${result.exercises} exercises — ${mark} (${result.ms} ms)`);
    for (const p of result.problems) log(`    ${p}`);
  }
  return { results, skipped, ok: results.every((r) => r.problems.length === 0) };
}
