/**
 * A student's progress through the lessons: which lessons were opened, and for each exercise
 * the last attempt, whether it ever passed, how many hints were revealed. Pure functions over an
 * immutable, versioned value, saved as part of the workspace.
 */
import { z } from 'zod';
import type { Lesson } from './lessonSchema';

export const ExerciseProgress = z.object({
  /** The student's last answer: SQL; for a same-question exercise a JSON object style → SQL; for a judgement question a JSON array of the chosen option numbers. */
  lastSql: z.string(),
  /** True once the exercise has been passed (stays true: it counts in the lesson's summary). */
  passed: z.boolean(),
  /** Whether the latest attempt passed (the badge shows this; absent in progress saved before it existed). */
  lastPassed: z.boolean().optional(),
  attempts: z.number().int().nonnegative(),
  hintsShown: z.number().int().nonnegative(),
  solutionShown: z.boolean(),
  /** ISO time of the last check. */
  lastCheckedAt: z.string().optional(),
  /** The feedback of the last check, shown again after a reload. */
  lastFeedback: z.array(z.string()).optional(),
});
export type ExerciseProgress = z.infer<typeof ExerciseProgress>;

export const LessonProgress = z.object({
  visited: z.boolean(),
  exercises: z.record(ExerciseProgress),
});
export type LessonProgress = z.infer<typeof LessonProgress>;

/** Version 1 of the saved progress. */
export const Progress = z.object({
  version: z.literal(1),
  lessons: z.record(LessonProgress),
});
export type Progress = z.infer<typeof Progress>;

/** Nothing done yet. */
export function emptyProgress(): Progress {
  return { version: 1, lessons: {} };
}

/**
 * Read saved progress. Unknown or corrupt data gives empty progress rather than a crash: losing
 * progress is bad, a player that cannot open is worse. Future versions migrate here.
 */
export function parseProgress(json: string | null): Progress {
  if (!json) return emptyProgress();
  try {
    const parsed = Progress.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : emptyProgress();
  } catch {
    return emptyProgress();
  }
}

/**
 * `current` with what only `extra` has added: a lesson visited in either is visited, and an
 * exercise both have keeps `current`'s record (the workspace's, the newer one); the others join.
 * Used once, when progress kept in browser storage moves into the workspace.
 */
export function mergeProgress(current: Progress, extra: Progress): Progress {
  const lessons = { ...current.lessons };
  for (const [id, lesson] of Object.entries(extra.lessons)) {
    const have = lessons[id];
    lessons[id] = have ? { visited: have.visited || lesson.visited, exercises: { ...lesson.exercises, ...have.exercises } } : lesson;
  }
  return { ...current, lessons };
}

const blankExercise: ExerciseProgress = { lastSql: '', passed: false, attempts: 0, hintsShown: 0, solutionShown: false };

/** The progress of one exercise (blank when never touched). */
export function exerciseProgress(p: Progress, lessonId: string, exerciseId: string): ExerciseProgress {
  return p.lessons[lessonId]?.exercises[exerciseId] ?? blankExercise;
}

function updateExercise(p: Progress, lessonId: string, exerciseId: string, change: (e: ExerciseProgress) => ExerciseProgress): Progress {
  const lesson = p.lessons[lessonId] ?? { visited: true, exercises: {} };
  const next = change(exerciseProgress(p, lessonId, exerciseId));
  return { ...p, lessons: { ...p.lessons, [lessonId]: { ...lesson, exercises: { ...lesson.exercises, [exerciseId]: next } } } };
}

/** The lesson was opened. */
export function markVisited(p: Progress, lessonId: string): Progress {
  if (p.lessons[lessonId]?.visited) return p;
  const lesson = p.lessons[lessonId] ?? { visited: true, exercises: {} };
  return { ...p, lessons: { ...p.lessons, [lessonId]: { ...lesson, visited: true } } };
}

/** The student edited the SQL (kept without counting an attempt). */
export function saveDraft(p: Progress, lessonId: string, exerciseId: string, sql: string): Progress {
  return updateExercise(p, lessonId, exerciseId, (e) => ({ ...e, lastSql: sql }));
}

/** A checked attempt. */
export function recordAttempt(
  p: Progress,
  lessonId: string,
  exerciseId: string,
  attempt: { sql: string; passed: boolean; feedback: string[]; at: string },
): Progress {
  return updateExercise(p, lessonId, exerciseId, (e) => ({
    ...e,
    lastSql: attempt.sql,
    passed: e.passed || attempt.passed,
    lastPassed: attempt.passed,
    attempts: e.attempts + 1,
    lastCheckedAt: attempt.at,
    lastFeedback: attempt.feedback,
  }));
}

/** What the badge shows: the latest attempt's verdict (older progress: whether it ever passed). */
export function badgeOf(e: ExerciseProgress): 'passed' | 'failed' | 'none' {
  if (e.attempts === 0) return 'none';
  return (e.lastPassed ?? e.passed) ? 'passed' : 'failed';
}

/** One more hint revealed (never beyond `available`). */
export function revealHint(p: Progress, lessonId: string, exerciseId: string, available: number): Progress {
  return updateExercise(p, lessonId, exerciseId, (e) => ({ ...e, hintsShown: Math.min(available, e.hintsShown + 1) }));
}

/** The solution was revealed. */
export function revealSolution(p: Progress, lessonId: string, exerciseId: string): Progress {
  return updateExercise(p, lessonId, exerciseId, (e) => ({ ...e, solutionShown: true }));
}

/** How far a student is in one lesson. */
export interface LessonSummary {
  visited: boolean;
  passed: number;
  total: number;
}

/** Count passed exercises (only those the lesson still has). */
export function lessonSummary(p: Progress, lesson: Lesson): LessonSummary {
  const saved = p.lessons[lesson.id];
  const passed = lesson.exercises.filter((e) => saved?.exercises[e.id]?.passed).length;
  return { visited: saved?.visited ?? false, passed, total: lesson.exercises.length };
}
