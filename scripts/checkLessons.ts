/**
 * `npm run lessons:check`: load every lesson from lessons/, build each lesson's pack at its scale
 * (and the hidden variant) in DuckDB-Wasm, run every SQL block and chart, check every reference
 * against itself and every starter against the reference. Lessons whose pack is not present are
 * skipped with a note. Exit code 1 when anything is wrong.
 *
 *   npm run lessons:check [-- --only 03] [--json] [--course <dir>]
 *
 * `--course <dir>` checks a course folder instead (its lessons/, its sample-data/ packs first,
 * then the bundled ones); a course pack that cannot be loaded is reported with its file.
 *
 * `--json` prints `{"lessons":n,"exercises":{"query":n,"design":n,"choice":n,"styles":n},
 * "failures":[…],"skipped":[…],"unguarded":[…]}` (unguarded: exercises marked `variant: false`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLessons } from '../renderer/src/core/lessons/parseLesson';
import type { ExerciseKind, Lesson, LessonLoadError } from '../renderer/src/core/lessons/lessonSchema';
import type { Pack } from '../renderer/src/core/pack/loadPack';
import type { Engine } from '../renderer/src/engine/engine';
import { createNodeEngine } from '../renderer/src/engine/nodeEngine';
import { buildPack } from '../renderer/src/engine/pack';
import { checkLessons as checkCourseLessons, type LessonsReport as CheckedLessons } from '../renderer/src/engine/lessons/checkLessons';
import { coursePackProblems, packRootsOf } from './checkCourse';
import { loadPackFromDisk, sampleDataDir } from './lib/loadPackFromDisk';

export const lessonsDir = fileURLToPath(new URL('../lessons/', import.meta.url));

/** Every lesson file on disk, as the path → text map `loadLessons` takes. */
export function readLessonFiles(dir = lessonsDir): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const file = join(dir, name, 'lesson.md');
    if (existsSync(file)) files[`lessons/${name}/lesson.md`] = readFileSync(file, 'utf8');
  }
  return files;
}

/** The whole run's outcome: the lessons that could not be read, and the check of the others. */
export interface LessonsReport extends CheckedLessons {
  loadErrors: LessonLoadError[];
}

/** The summary `--json` prints. */
export interface LessonsSummary {
  lessons: number;
  exercises: Record<ExerciseKind, number>;
  failures: string[];
  skipped: { lesson: string; reason: string }[];
  /** Exercises without a hidden variant (`variant: false`): a hard-coded answer would pass them. */
  unguarded: string[];
}

/** Count exercises per kind over the checked lessons and collect every failure. */
export function summarize(report: LessonsReport, lessons: Lesson[]): LessonsSummary {
  const exercises: Record<ExerciseKind, number> = { query: 0, design: 0, choice: 0, styles: 0 };
  const checked = new Set(report.results.map((r) => r.lesson));
  const unguarded: string[] = [];
  for (const lesson of lessons.filter((l) => checked.has(l.id))) {
    for (const e of lesson.exercises) {
      exercises[e.kind] += 1;
      if (e.kind !== 'choice' && !e.variant) unguarded.push(`${lesson.id}/${e.id}`);
    }
  }
  return {
    lessons: report.results.length,
    exercises,
    failures: [...report.loadErrors.map((e) => e.message), ...report.results.flatMap((r) => r.problems)],
    skipped: report.skipped,
    unguarded,
  };
}

/** Validate `lessons` on `engine`, building packs from disk as needed (`packRoots` searched in order). */
export async function checkLessons(engine: Engine, lessons: Lesson[], log: (line: string) => void = () => undefined, packRoots: string[] = [sampleDataDir]): Promise<LessonsReport> {
  const loaded = new Map<string, Pack>();
  const find = (id: string): Pack | null => {
    const root = packRoots.find((r) => existsSync(join(r, id, 'pack.yml')));
    if (!root) return null;
    if (!loaded.has(id)) loaded.set(id, loadPackFromDisk(id, root));
    return loaded.get(id)!;
  };
  const report = await checkCourseLessons(engine, lessons, { find, build: (pack, scale) => buildPack(engine, pack, scale) }, { log });
  return { loadErrors: [], ...report };
}

/** The Node engine (DuckDB-Wasm), ready, and locked away from the host's files (lessons are content). */
export async function createEngine(): Promise<Engine> {
  const engine = createNodeEngine({ lockdown: { allowedDirectories: [] } });
  await engine.ready();
  return engine;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const json = args.includes('--json');
  const course = args.includes('--course') ? args[args.indexOf('--course') + 1] : undefined;
  const lessonDir = course ? join(course, 'lessons') : lessonsDir;
  const { lessons, errors } = loadLessons(existsSync(lessonDir) ? readLessonFiles(lessonDir) : {});
  if (course) for (const message of coursePackProblems(course)) errors.push({ id: message.split('/')[1] ?? '', file: message.split(': ')[0] ?? '', message });
  const chosen = lessons.filter((l) => !only || l.id.startsWith(only));
  const log = json ? () => undefined : (line: string) => console.log(line);
  for (const e of errors) log(`✗ ${e.message}`);
  const engine = await createEngine();
  try {
    const report = await checkLessons(engine, chosen, log, packRootsOf(course));
    report.loadErrors = errors;
    report.ok = report.ok && errors.length === 0;
    const summary = summarize(report, chosen);
    const kinds = Object.entries(summary.exercises).map(([k, n]) => `${n} ${k}`).join(', ');
    if (json) console.log(JSON.stringify(summary));
    else log(`${report.results.length} lessons checked (exercises: ${kinds}), ${report.skipped.length} skipped, ${errors.length} failed to load: ${report.ok ? 'all good' : 'PROBLEMS'}`);
    process.exitCode = report.ok ? 0 : 1;
  } finally {
    await engine.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(2);
  });
}
