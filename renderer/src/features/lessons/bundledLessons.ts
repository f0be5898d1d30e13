/**
 * The lessons bundled with the app: every `lessons/<folder>/lesson.md`, parsed once. A broken
 * lesson becomes an error naming its file; the others still load.
 */
import { loadLessons } from '../../core/lessons/parseLesson';
import type { Lesson, LessonLoadError } from '../../core/lessons/lessonSchema';
import { openedLessons } from '../courses';

const files = import.meta.glob('../../../../lessons/*/lesson.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

let cache: { lessons: Lesson[]; errors: LessonLoadError[] } | null = null;

/** All bundled lessons in folder order, then those of opened course folders, and the files that failed to load. */
export function bundledLessons(): { lessons: Lesson[]; errors: LessonLoadError[] } {
  cache ??= loadLessons(files);
  const opened = openedLessons();
  return opened.length === 0 ? cache : { lessons: [...cache.lessons, ...opened], errors: cache.errors };
}

/** Every bundled lesson file keyed by its course path (`lessons/<folder>/lesson.md`), e.g. to export the course. */
export function bundledLessonFiles(): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [path.slice(path.indexOf('lessons/')), text]));
}
