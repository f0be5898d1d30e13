/**
 * Course folders opened at run time, beside the bundled course: loaded with the same parsers,
 * their packs listed in the pack catalog (so they are built, compared and drawn like bundled
 * ones), their lessons in the Lessons view, remembered across restarts (browser storage) and
 * closable. A module-level store read with `useSyncExternalStore`, like the pack store.
 */
import { loadCourse, packFolders, type Course, type CourseFiles } from '../../core/course/courseFiles';
import type { Lesson } from '../../core/lessons/lessonSchema';
import { catalogPacks, setOriginPacks } from '../packs';

/** One opened course: its files (what is remembered) and what they loaded into. */
export interface OpenedCourse {
  /** Unique among opened courses; prefixes its lesson ids. */
  id: string;
  name: string;
  files: CourseFiles;
  course: Course;
}

const STORAGE_KEY = 'studio.courses.v1';

type Listener = () => void;
let courses: OpenedCourse[] | null = null;
const listeners = new Set<Listener>();
/** Why the opened courses could not be remembered (storage full), for the Courses view. */
let storageProblem: string | null = null;

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'course';
}

/**
 * Load `files` as course `id`: packs whose id a bundled or other opened pack already uses get
 * `<id>-<course id>`, and the course's lessons follow their pack to the new id; lesson ids are
 * prefixed with the course id so progress never mixes with the bundled lessons'.
 */
function load(id: string, name: string, files: CourseFiles): OpenedCourse {
  const course = loadCourse(name, files);
  const taken = new Set(catalogPacks().filter((p) => p.origin !== name).flatMap((p) => (p.pack ? [p.pack.id] : [])));
  const renamed = new Map<string, string>();
  const packs = course.packs.map((p) => {
    if (!p.pack || !taken.has(p.pack.id)) return p;
    const newId = `${p.pack.id}-${id}`;
    renamed.set(p.pack.id, newId);
    return { ...p, pack: { ...p.pack, id: newId, title: `${p.pack.title} (${name})` } };
  });
  const lessons: Lesson[] = course.lessons.map((l) => ({ ...l, id: `${id}/${l.id}`, meta: { ...l.meta, pack: renamed.get(l.meta.pack) ?? l.meta.pack } }));
  const folders = packFolders(files);
  setOriginPacks(name, packs.map((p) => ({ ...p, files: folders[p.folder] ?? {} })));
  return { id, name, files, course: { ...course, packs, lessons } };
}

function persist(): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify((courses ?? []).map((c) => ({ id: c.id, name: c.name, files: c.files }))));
    storageProblem = null;
  } catch (e) {
    storageProblem = `The opened courses could not be remembered for the next start (${e instanceof Error ? e.message : String(e)}); they stay open until then.`;
  }
}

function changed(): void {
  persist();
  for (const l of listeners) l();
}

/** Reopen the courses remembered from the last session (once; later calls return them). */
export function restoreCourses(): OpenedCourse[] {
  if (courses) return courses;
  courses = [];
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]') as unknown;
    if (Array.isArray(saved)) {
      for (const c of saved as { id?: unknown; name?: unknown; files?: unknown }[]) {
        if (typeof c.id !== 'string' || typeof c.name !== 'string' || !c.files || typeof c.files !== 'object') continue;
        const files = Object.fromEntries(Object.entries(c.files as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
        courses.push(load(c.id, c.name, files));
      }
    }
  } catch {
    storageProblem = 'The remembered courses could not be read; open them again.';
  }
  return courses;
}

/** The opened courses, oldest first. */
export function openedCourses(): OpenedCourse[] {
  return restoreCourses();
}

/** Why opened courses are not remembered, or null. */
export function courseStorageProblem(): string | null {
  return storageProblem;
}

/** Open a course from its files (a chosen folder or an unzipped .zip); an open course of the same name is replaced. */
export function openCourse(name: string, files: CourseFiles): OpenedCourse {
  const list = restoreCourses().filter((c) => c.name !== name);
  let id = slug(name);
  for (let n = 2; list.some((c) => c.id === id); n++) id = `${slug(name)}-${n}`;
  const opened = load(id, name, files);
  courses = [...list, opened];
  changed();
  return opened;
}

/** Close an opened course: its lessons and packs leave the lists, and it is forgotten. */
export function closeCourse(id: string): void {
  const closing = restoreCourses().find((c) => c.id === id);
  if (!closing) return;
  courses = restoreCourses().filter((c) => c.id !== id);
  setOriginPacks(closing.name, []);
  changed();
}

/** Every opened course's lessons, after the bundled ones. */
export function openedLessons(): Lesson[] {
  return restoreCourses().flatMap((c) => c.course.lessons);
}

/** Be told when courses are opened or closed. */
export function subscribeCourses(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
