/**
 * A course as one .zip file, so an instructor can hand it out: the course's text files under
 * their course paths. Reading keeps only course files (see `normalizeCoursePaths`).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { COURSE_TEXT_FILES, normalizeCoursePaths, type CourseFiles } from './courseFiles';

/** Zip `files` (path → text). */
export function zipCourse(files: CourseFiles): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])), { level: 6 });
}

/** The course files inside a zip; throws with a plain message when the bytes are not a zip. */
export function unzipCourse(bytes: Uint8Array): CourseFiles {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (f) => COURSE_TEXT_FILES.test(f.name) });
  } catch (e) {
    throw new Error(`This file is not a readable .zip (${e instanceof Error ? e.message : String(e)}).`);
  }
  return normalizeCoursePaths(Object.fromEntries(Object.entries(entries).map(([path, data]) => [path, strFromU8(data)])));
}
