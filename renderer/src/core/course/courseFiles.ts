/**
 * A course folder: the same layout as the bundled content, `lessons/<nn-name>/lesson.md` and
 * packs in `sample-data/<pack>/…` (any subset). Opened courses are untrusted input: they are
 * loaded with the same parsers as the bundled content (a broken file is named, the rest loads),
 * their SQL runs through the same pack runner, and their markdown renders without raw HTML.
 */
import { loadLessons } from '../lessons/parseLesson';
import { withOwnStyles, type OwnStyle } from './ownStyle';
import type { Lesson, LessonLoadError } from '../lessons/lessonSchema';
import { loadPack, type Pack } from '../pack/loadPack';
import { parse } from 'yaml';

/** The text files a course is made of, keyed by path relative to the course folder. */
export type CourseFiles = Record<string, string>;

/** File endings a course may carry; anything else in a folder or zip is ignored. */
export const COURSE_TEXT_FILES = /\.(md|ya?ml|sql|json|csv)$/i;

/** One pack of a course, loaded or with the problem that stopped it. */
export interface CoursePack {
  folder: string;
  pack: Pack | null;
  error: string | null;
}

/** A course as the studio uses it. */
export interface Course {
  name: string;
  lessons: Lesson[];
  packs: CoursePack[];
  /** Every problem, each naming its file (and line when the parser knows it). */
  problems: string[];
}

/**
 * Paths relative to the course root: drops a leading folder shared by every path (a zip of the
 * folder, or the folder name a browser puts in front of each file) until `lessons/` or
 * `sample-data/` is at the top, and keeps only course files.
 */
export function normalizeCoursePaths(files: Record<string, string>): CourseFiles {
  let entries = Object.entries(files).map(([p, t]) => [p.replace(/\\/g, '/').replace(/^\/+/, ''), t] as const);
  const atRoot = () => entries.some(([p]) => p.startsWith('lessons/') || p.startsWith('sample-data/'));
  for (let depth = 0; depth < 4 && !atRoot(); depth++) {
    const first = new Set(entries.map(([p]) => p.split('/')[0]));
    if (first.size !== 1 || entries.some(([p]) => !p.includes('/'))) break;
    entries = entries.map(([p, t]) => [p.slice(p.indexOf('/') + 1), t] as const);
  }
  return Object.fromEntries(entries.filter(([p]) => (p.startsWith('lessons/') || p.startsWith('sample-data/')) && COURSE_TEXT_FILES.test(p)));
}

/** The files of each pack folder under sample-data/, keyed by path relative to the pack. */
export function packFolders(files: CourseFiles): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [path, text] of Object.entries(files)) {
    const m = /^sample-data\/([^/]+)\/(.+)$/.exec(path);
    if (m) (out[m[1]!] ??= {})[m[2]!] = text;
  }
  return out;
}

/** Load every lesson and pack of a course; a broken file becomes a problem naming it. */
export function loadCourse(name: string, files: CourseFiles): Course {
  const lessonFiles = Object.fromEntries(Object.entries(files).filter(([p]) => /^lessons\/[^/]+\/lesson\.md$/.test(p)));
  const { lessons, errors } = loadLessons(lessonFiles);
  const packs: CoursePack[] = Object.entries(packFolders(files))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([folder, packFiles]) => {
      try {
        return { folder, pack: loadPack(packFiles), error: null };
      } catch (e) {
        return { folder, pack: null, error: `sample-data/${folder}/${e instanceof Error ? e.message : String(e)}` };
      }
    });
  const problems = [...errors.map((e: LessonLoadError) => e.message), ...packs.flatMap((p) => (p.error ? [p.error] : []))];
  if (lessons.length === 0 && packs.length === 0 && problems.length === 0) problems.push('No lessons/<name>/lesson.md and no sample-data/<pack>/ in this folder: it is not a course.');
  return { name, lessons, packs, problems };
}

/** A pack manifest's id, or null when the text is not a manifest with one. */
function manifestId(text: string | undefined): string | null {
  try {
    const id = (parse(text ?? '') as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

/**
 * The course's files with the learner's own styles written into its packs (as `withOwnStyles`
 * adds them: the style's files, the manifest's list, every question and write scenario), so an
 * exported course carries them to another studio. `stylesOf` gets a pack's id (from its
 * manifest, which may differ from its folder).
 */
export function withCourseOwnStyles(files: CourseFiles, stylesOf: (packId: string) => readonly OwnStyle[]): CourseFiles {
  const out: CourseFiles = { ...files };
  for (const [folder, packFiles] of Object.entries(packFolders(files))) {
    const id = manifestId(packFiles['pack.yml']);
    const styles = id ? stylesOf(id) : [];
    if (styles.length === 0) continue;
    for (const [path, text] of Object.entries(withOwnStyles(packFiles, styles))) out[`sample-data/${folder}/${path}`] = text;
  }
  return out;
}
