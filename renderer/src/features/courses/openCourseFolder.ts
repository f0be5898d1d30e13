/** Open a course through the platform's folder dialog (desktop), and the words that report an opening. */
import { normalizeCoursePaths } from '../../core/course/courseFiles';
import type { Platform } from '../../platform';
import { openCourse, type OpenedCourse } from './courseStore';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Opened spring-course: 1 lesson, 1 pack, 1 problem (listed below)." */
export function openedMessage(opened: OpenedCourse): string {
  const c = opened.course;
  const packs = c.packs.filter((p) => p.pack).length;
  return `Opened ${opened.name}: ${plural(c.lessons.length, 'lesson')}, ${plural(packs, 'pack')}${c.problems.length ? `, ${plural(c.problems.length, 'problem')} (listed below)` : ''}.`;
}

/** Ask the platform for a course folder and open it; resolves with what to tell the user ('' when cancelled). */
export async function openCourseFolderFromPlatform(platform: Platform): Promise<{ text: string; bad: boolean }> {
  const picked = await platform.openCourseFolder();
  if (picked.status === 'cancelled') return { text: '', bad: false };
  if (picked.status === 'error') return { text: picked.message, bad: true };
  const opened = openCourse(picked.name, normalizeCoursePaths(picked.files));
  return { text: openedMessage(opened), bad: opened.course.problems.length > 0 };
}
