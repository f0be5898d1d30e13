/**
 * The student's progress, persisted in localStorage (versioned, see core/lessons/progress.ts)
 * and shared by every lesson component through `useSyncExternalStore`. Also remembers which
 * lesson was open, so a restart returns to it.
 */
import { useSyncExternalStore } from 'react';
import { emptyProgress, parseProgress, type Progress } from '../../core/lessons/progress';

/** localStorage key; the value carries its own `version`. */
export const PROGRESS_KEY = 'modeling-studio.lessons.progress';
const OPEN_KEY = 'modeling-studio.lessons.open';

type Listener = () => void;
let current: Progress | null = null;
const listeners = new Set<Listener>();

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled: progress lives for the session only
  }
}

/** The current progress (read from storage the first time). */
export function getProgress(): Progress {
  current ??= parseProgress(storage()?.getItem(PROGRESS_KEY) ?? null);
  return current;
}

/** Apply a pure change and save it. */
export function updateProgress(change: (p: Progress) => Progress): void {
  const next = change(getProgress());
  if (next === current) return;
  current = next;
  try {
    storage()?.setItem(PROGRESS_KEY, JSON.stringify(next));
  } catch {
    // Quota or privacy mode: keep going with the in-memory copy.
  }
  for (const listener of listeners) listener();
}

/** Forget everything (used by "Reset progress"). */
export function resetProgress(): void {
  updateProgress(() => emptyProgress());
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** React access to the progress. */
export function useProgress(): Progress {
  return useSyncExternalStore(subscribe, getProgress, getProgress);
}

/** The lesson that was open last time, if any. */
export function lastOpenLesson(): string | null {
  return storage()?.getItem(OPEN_KEY) ?? null;
}

/** Remember the open lesson. */
export function rememberOpenLesson(id: string): void {
  try {
    storage()?.setItem(OPEN_KEY, id);
  } catch {
    // not critical
  }
}
