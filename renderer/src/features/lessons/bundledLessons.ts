/**
 * The lessons bundled with the app: every `lessons/<folder>/lesson.md`, parsed once. A broken
 * lesson becomes an error naming its file; the others still load.
 */
import { loadLessons } from '../../core/lessons/parseLesson';
import type { Lesson, LessonLoadError } from '../../core/lessons/lessonSchema';

const files = import.meta.glob('../../../../lessons/*/lesson.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

let cache: { lessons: Lesson[]; errors: LessonLoadError[] } | null = null;

/** All bundled lessons in folder order, and the files that failed to load. */
export function bundledLessons(): { lessons: Lesson[]; errors: LessonLoadError[] } {
  cache ??= loadLessons(files);
  return cache;
}
