/**
 * The web edition's workspace: one envelope in localStorage. Corrupt or newer content is moved
 * to a `…corrupt-<time>` / `…newer-<time>` key and reported, so nothing is silently lost.
 */
import type { WorkspaceBackup, WorkspaceData, WorkspaceLoadResult, WorkspaceSaveResult } from './platform';
import { BACKUPS_KEPT, decodeEnvelope, encodeEnvelope } from './workspaceEnvelope';

export const WORKSPACE_KEY = 'modeling-studio.workspace';
export const WORKSPACE_LOCATION = 'this browser';

/** The part of `Storage` used here (so tests pass a Map-backed one). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface BrowserWorkspaceOptions {
  storage: KeyValueStorage;
  now?: () => Date;
  key?: string;
  /** The newest backup must be this old before the next save keeps another (default ten minutes). */
  backupAgeMs?: number;
}

/** The key of backup `index` (1 is the newest). */
export const backupKey = (key: string, index: number): string => `${key}.backup-${index}`;

const BACKUP_AGE_MS = 10 * 60_000;

/** The key a bad workspace is kept under. */
export function setAsideKey(key: string, reason: 'corrupt' | 'newer', when: Date): string {
  return `${key}.${reason}-${when.toISOString().replace(/[:.]/g, '-')}`;
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Load from storage; see `WorkspaceLoadResult`. */
export function loadFromStorage({ storage, now = () => new Date(), key = WORKSPACE_KEY }: BrowserWorkspaceOptions): WorkspaceLoadResult {
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch (error) {
    return { status: 'error', message: `The browser refused access to its storage: ${describe(error)}` };
  }
  if (text === null) return { status: 'missing' };
  const decoded = decodeEnvelope(text);
  if (decoded.ok) return { status: 'loaded', data: decoded.data, savedAt: decoded.savedAt, location: WORKSPACE_LOCATION };
  const aside = setAsideKey(key, decoded.reason, now());
  try {
    storage.setItem(aside, text);
    storage.removeItem(key);
  } catch (error) {
    return { status: 'error', message: `The saved workspace could not be opened (${decoded.message}) nor kept aside: ${describe(error)}` };
  }
  return {
    status: 'setAside',
    message: `The saved workspace could not be opened: ${decoded.message}. It was kept in this browser's storage as “${aside}”; a new workspace will be saved.`,
  };
}

/** The backups kept in storage, newest first. */
export function listStoredBackups({ storage, key = WORKSPACE_KEY }: BrowserWorkspaceOptions): WorkspaceBackup[] {
  const found: WorkspaceBackup[] = [];
  for (let index = 1; index <= BACKUPS_KEPT; index++) {
    const text = storage.getItem(backupKey(key, index));
    if (text === null) continue;
    const decoded = decodeEnvelope(text);
    if (decoded.ok) found.push({ index, savedAt: decoded.savedAt, bytes: text.length });
  }
  return found;
}

/** Read backup `index` without touching the workspace or the other backups. */
export function loadStoredBackup(index: number, { storage, key = WORKSPACE_KEY }: BrowserWorkspaceOptions): WorkspaceLoadResult {
  const text = storage.getItem(backupKey(key, index));
  if (text === null) return { status: 'error', message: `There is no backup ${index}.` };
  const decoded = decodeEnvelope(text);
  if (!decoded.ok) return { status: 'error', message: `Backup ${index} could not be opened: ${decoded.message}.` };
  return { status: 'loaded', data: decoded.data, savedAt: decoded.savedAt, location: `backup ${index} in this browser` };
}

/**
 * Keep the stored workspace as backup 1 before it is replaced (older ones shift down, the last
 * drops off) unless backup 1 is younger than `ageMs`. Only a workspace that loaded is ever
 * replaced, so backups are good versions.
 */
function rotateBackups(storage: KeyValueStorage, key: string, when: Date, ageMs: number): void {
  const current = storage.getItem(key);
  if (current === null) return;
  const newest = storage.getItem(backupKey(key, 1));
  const newestAt = newest === null ? null : decodeEnvelope(newest);
  if (newestAt?.ok && when.getTime() - Date.parse(newestAt.savedAt) < ageMs) return;
  for (let index = BACKUPS_KEPT - 1; index >= 1; index--) {
    const older = storage.getItem(backupKey(key, index));
    if (older !== null) storage.setItem(backupKey(key, index + 1), older);
  }
  storage.setItem(backupKey(key, 1), current);
}

/** Save to storage (synchronous; localStorage writes are all-or-nothing). */
export function saveToStorage(data: WorkspaceData, { storage, now = () => new Date(), key = WORKSPACE_KEY, backupAgeMs = BACKUP_AGE_MS }: BrowserWorkspaceOptions): WorkspaceSaveResult {
  const savedAt = now();
  try {
    rotateBackups(storage, key, savedAt, backupAgeMs);
  } catch {
    // storage full: keeping a backup must not stop the save itself
  }
  try {
    storage.setItem(key, encodeEnvelope(data, savedAt));
  } catch (error) {
    return { status: 'error', message: `The workspace could not be saved in this browser (storage full or disabled): ${describe(error)}` };
  }
  return { status: 'saved', savedAt: savedAt.toISOString(), location: WORKSPACE_LOCATION };
}
