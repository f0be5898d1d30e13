/**
 * The web edition's workspace: one envelope in localStorage. Corrupt or newer content is moved
 * to a `…corrupt-<time>` / `…newer-<time>` key and reported, so nothing is silently lost.
 */
import type { WorkspaceData, WorkspaceLoadResult, WorkspaceSaveResult } from './platform';
import { decodeEnvelope, encodeEnvelope } from './workspaceEnvelope';

export const WORKSPACE_KEY = 'modeling-studio.workspace';
export const WORKSPACE_LOCATION = 'this browser';

/** The part of `Storage` used here (so tests pass a Map-backed one). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface BrowserWorkspaceOptions {
  storage: KeyValueStorage;
  now?: () => Date;
  key?: string;
}

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

/** Save to storage (synchronous; localStorage writes are all-or-nothing). */
export function saveToStorage(data: WorkspaceData, { storage, now = () => new Date(), key = WORKSPACE_KEY }: BrowserWorkspaceOptions): WorkspaceSaveResult {
  const savedAt = now();
  try {
    storage.setItem(key, encodeEnvelope(data, savedAt));
  } catch (error) {
    return { status: 'error', message: `The workspace could not be saved in this browser (storage full or disabled): ${describe(error)}` };
  }
  return { status: 'saved', savedAt: savedAt.toISOString(), location: WORKSPACE_LOCATION };
}
