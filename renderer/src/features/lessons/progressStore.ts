/**
 * The student's progress, shared by every lesson component through `useSyncExternalStore` and
 * saved as part of the workspace (the workspace sync restores it and saves it after each change).
 * Progress an earlier version kept in browser storage is read until the workspace is, and then
 * joins it once. Also remembers which lesson was open, so a restart returns to it.
 */
import { useSyncExternalStore } from 'react';
import { emptyProgress, parseProgress, type Progress } from '../../core/lessons/progress';

/** Where earlier versions kept the progress in browser storage (read once, then removed). */
export const LEGACY_PROGRESS_KEY = 'modeling-studio.lessons.progress';
const OPEN_KEY = 'modeling-studio.lessons.open';

type Listener = () => void;
let current: Progress | null = null;
const listeners = new Set<Listener>();

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled: nothing kept there to read
  }
}

/** Progress an earlier version kept in browser storage (empty when there is none or it is unreadable). */
export function readLegacyProgress(): Progress {
  return parseProgress(storage()?.getItem(LEGACY_PROGRESS_KEY) ?? null);
}

/** Drop the browser-storage copy once a workspace holding it was saved. */
export function forgetLegacyProgress(): void {
  try {
    storage()?.removeItem(LEGACY_PROGRESS_KEY);
  } catch {
    // Storage unavailable: nothing to forget.
  }
}

function notify(): void {
  for (const listener of listeners) listener();
}

/** The current progress (until the workspace is read: what browser storage still holds). */
export function getProgress(): Progress {
  current ??= readLegacyProgress();
  return current;
}

/** Apply a pure change; the workspace sync saves it. */
export function updateProgress(change: (p: Progress) => Progress): void {
  const next = change(getProgress());
  if (next === current) return;
  current = next;
  notify();
}

/** Replace the progress (a workspace was restored). */
export function restoreProgress(progress: Progress): void {
  current = progress;
  notify();
}

/** Forget everything (used by "Reset progress"). */
export function resetProgress(): void {
  updateProgress(() => emptyProgress());
}

/** Be told of every change (the workspace sync saves on it). */
export function subscribeProgress(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** React access to the progress. */
export function useProgress(): Progress {
  return useSyncExternalStore(subscribeProgress, getProgress, getProgress);
}

/** The lesson that was open last time, if any (a view preference: kept in browser storage). */
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
