/**
 * Keeps the workspace saved: restores it at start (migrating the editor's old localStorage tabs
 * when there is no workspace yet, and the own styles and lesson progress an earlier version kept in
 * browser storage), then saves through the platform within `SAVE_DELAY_MS` of any change to the
 * tabs, saved queries, history, pack, scale, presentation mode, own styles or progress. A workspace
 * that cannot be read — for any reason: a busy or failing disk, a corrupt or newer file — is never
 * saved over: saving pauses with the reason, and the user retries, restores a backup or replaces it.
 */
import { useSyncExternalStore } from 'react';
import { mergeProgress } from '../../core/lessons/progress';
import { mergeOwnStyles, readWorkspace, WORKSPACE_DATA_VERSION, type Workspace } from '../../core/workspace/workspace';
import type { Platform, WorkspaceBackup, WorkspaceData, WorkspaceLoadResult } from '../../platform';
import { editorStore, readLegacyTabs } from '../editor';
import { forgetLegacyProgress, getProgress, readLegacyProgress, restoreProgress, subscribeProgress } from '../lessons';
import { allOwnStyles, forgetLegacyOwnStyles, getPackState, readLegacyOwnStyles, restoreOwnStyles, selectPack, selectScale, subscribeCatalog, subscribePack } from '../packs';
import { workspaceStore } from './workspaceStore';

/** Saves happen this long after the last change: about a second, so a burst of typing is one save and little is lost in a crash. */
export const SAVE_DELAY_MS = 300;

export interface SyncStatus {
  /** False until the stored workspace was read (saving waits for it). */
  loaded: boolean;
  /** Why the stored workspace was not used, or why saving failed; shown until dismissed. */
  problem: string | null;
  /** Saving is held back so an unreadable workspace is not overwritten. */
  paused: boolean;
  /** The kept earlier versions, once the user asked to see them (null: not listed). */
  backups: WorkspaceBackup[] | null;
  lastSavedAt: string | null;
  location: string | null;
  /** A short note that fades (e.g. "Workspace saved"); `toastSeq` tells repeats apart. */
  toast: string | null;
  toastSeq: number;
}

let status: SyncStatus = { loaded: false, problem: null, paused: false, backups: null, lastSavedAt: null, location: null, toast: null, toastSeq: 0 };
const listeners = new Set<() => void>();
let platform: Platform | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let lastSaved = '';

function setStatus(patch: Partial<SyncStatus>): void {
  status = { ...status, ...patch };
  for (const listener of listeners) listener();
}

/** The workspace as it stands now. */
export function collectWorkspace(): Workspace {
  const { tabs } = editorStore.get();
  const extras = workspaceStore.get();
  const pack = getPackState();
  return {
    version: WORKSPACE_DATA_VERSION,
    editor: { tabs: tabs.tabs, activeId: tabs.activeId, nextNumber: tabs.nextNumber },
    savedQueries: extras.savedQueries,
    history: extras.history,
    pack: { packId: pack.packId, scaleId: pack.scaleId },
    presentation: extras.presentation,
    ownStyles: allOwnStyles(),
    progress: getProgress(),
  };
}

/** Take `workspace` into the studio; true when styles or progress from browser storage joined it (so it must be saved). */
function apply(workspace: Workspace): boolean {
  // Styles and progress still in browser storage join the workspace's; the old copies go once that is saved.
  const legacyStyles = readLegacyOwnStyles();
  const legacyProgress = readLegacyProgress();
  restoreOwnStyles(mergeOwnStyles(workspace.ownStyles, legacyStyles));
  restoreProgress(mergeProgress(workspace.progress, legacyProgress));
  editorStore.replace({ version: 1, ...workspace.editor });
  workspaceStore.restore({ savedQueries: workspace.savedQueries, history: workspace.history, presentation: workspace.presentation });
  if (workspace.pack.packId) selectPack(workspace.pack.packId);
  if (workspace.pack.scaleId && getPackState().packId === workspace.pack.packId) selectScale(workspace.pack.scaleId);
  return Object.values(legacyStyles).some((styles) => styles.length > 0) || Object.keys(legacyProgress.lessons).length > 0;
}

/** The old editor tabs (version 1), when there is no workspace yet. */
function legacyWorkspace(): Workspace | null {
  const text = readLegacyTabs();
  if (!text) return null;
  try {
    const read = readWorkspace(JSON.parse(text));
    return read.ok ? read.workspace : null;
  } catch {
    return null;
  }
}

/** Save now (unless paused); resolves with what happened, for a toast. */
export async function saveWorkspaceNow(): Promise<{ ok: boolean; message: string }> {
  clearTimeout(timer);
  timer = undefined;
  if (!platform || !status.loaded) return { ok: false, message: 'The workspace is still being read.' };
  if (status.paused) return { ok: false, message: 'Saving is paused: the stored workspace could not be read (see the message above).' };
  const data = collectWorkspace();
  const text = JSON.stringify(data);
  const result = await platform.saveWorkspace(data as unknown as WorkspaceData);
  if (result.status === 'saved') {
    lastSaved = text;
    forgetLegacyOwnStyles();
    forgetLegacyProgress();
    setStatus({ lastSavedAt: result.savedAt, location: result.location });
    return { ok: true, message: `Workspace saved in ${result.location}.` };
  }
  if (result.status === 'error') {
    setStatus({ problem: result.message });
    return { ok: false, message: result.message };
  }
  return { ok: false, message: 'Saving was cancelled.' };
}

function scheduleSave(): void {
  if (!status.loaded || status.paused) return;
  if (JSON.stringify(collectWorkspace()) === lastSaved) return; // e.g. only the zoom changed
  clearTimeout(timer);
  timer = setTimeout(() => void saveWorkspaceNow(), SAVE_DELAY_MS);
}

/** Stop holding saves back (the user chose to replace an unreadable workspace). */
export function resumeSaving(): void {
  setStatus({ paused: false, problem: null });
  lastSaved = '';
  scheduleSave();
}

let toastTimer: ReturnType<typeof setTimeout> | undefined;

/** Show a short note in the top bar for a few seconds. */
export function showToast(message: string): void {
  clearTimeout(toastTimer);
  setStatus({ toast: message, toastSeq: status.toastSeq + 1 });
  toastTimer = setTimeout(() => setStatus({ toast: null }), 5000);
}

export function dismissProblem(): void {
  setStatus({ problem: null });
}

/** Take a workspace read from storage or a backup; false (with the problem shown) when unusable. */
function adopt(result: Extract<WorkspaceLoadResult, { status: 'loaded' }>, restored: boolean): boolean {
  const read = readWorkspace(result.data);
  if (!read.ok) {
    const why = read.reason === 'newer' ? read.message : `it is not valid (${read.message})`;
    setStatus({
      loaded: true,
      paused: !restored || status.paused,
      problem: `The saved workspace in ${result.location} could not be used: ${why}. It is left untouched and your changes are not saved until you choose “Replace it”.`,
    });
    return false;
  }
  const migrated = apply(read.workspace);
  // A restored backup is new to the stored workspace, and one that took in styles from browser
  // storage differs from it: save those. A loaded one is already there: what the studio filled in
  // for it (e.g. the default pack where none was chosen) is no change of the user's to write over it.
  lastSaved = restored ? '' : JSON.stringify(migrated ? read.workspace : collectWorkspace());
  setStatus({ loaded: true, paused: false, problem: null, backups: null, ...(restored ? {} : { lastSavedAt: result.savedAt, location: result.location }) });
  return true;
}

async function loadStored(host: Platform): Promise<void> {
  let result: WorkspaceLoadResult;
  try {
    result = await host.loadWorkspace();
  } catch (error) {
    result = { status: 'error', message: `The workspace could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (result.status === 'loaded') {
    // Saved again at once when it differs from what was read (own styles from browser storage joined it).
    if (adopt(result, false)) scheduleSave();
    return;
  }
  if (result.status === 'error') {
    // Not "missing": the workspace is there but unreadable right now. Saving would replace it.
    setStatus({ loaded: true, paused: true, problem: `${result.message} Your changes are not saved until it can be read (Retry) or you choose to replace it.` });
    return;
  }
  // Missing, or set aside under another name (the message says where): a new one is safe to save.
  const legacy = legacyWorkspace();
  if (legacy) apply(legacy);
  setStatus({ loaded: true, paused: false, problem: result.status === 'setAside' ? result.message : null });
  scheduleSave();
}

/** Read the stored workspace again (after a read error the user may have fixed). */
export async function retryLoad(): Promise<void> {
  if (!platform) return;
  setStatus({ problem: 'Reading the workspace again…' });
  await loadStored(platform);
}

/** List the kept earlier versions so the user can pick one (shown in the workspace banner). */
export async function showBackups(): Promise<void> {
  if (!platform) return;
  try {
    setStatus({ backups: await platform.workspaceBackups() });
  } catch (error) {
    setStatus({ problem: `The backups could not be listed: ${error instanceof Error ? error.message : String(error)}` });
  }
}

/** Put backup `index` in place of the current session; it is then saved as the workspace. */
export async function restoreBackup(index: number): Promise<boolean> {
  if (!platform) return false;
  const result = await platform.loadWorkspace({ backup: index });
  if (result.status !== 'loaded') {
    setStatus({ problem: result.status === 'error' || result.status === 'setAside' ? result.message : `Backup ${index} could not be read.` });
    return false;
  }
  if (!adopt(result, true)) return false;
  showToast(`Restored the version saved ${new Date(result.savedAt).toLocaleString()}.`);
  scheduleSave();
  return true;
}

/** Close the list of backups. */
export function hideBackups(): void {
  setStatus({ backups: null });
}

/**
 * Read the stored workspace and start saving changes. Call once per page; returns the stop
 * function (tests, hot reload).
 */
export function startWorkspaceSync(host: Platform): () => void {
  platform = host;
  const offs = [editorStore.subscribe(scheduleSave), workspaceStore.subscribe(scheduleSave), subscribePack(scheduleSave), subscribeCatalog(scheduleSave), subscribeProgress(scheduleSave)];
  const flush = (): void => {
    if (timer !== undefined) void saveWorkspaceNow(); // the web platform writes synchronously
  };
  globalThis.addEventListener?.('pagehide', flush);
  void loadStored(host);
  return () => {
    offs.forEach((off) => off());
    globalThis.removeEventListener?.('pagehide', flush);
    clearTimeout(timer);
  };
}

/** The save status now. */
export function getSyncStatus(): SyncStatus {
  return status;
}

/** The save status, re-rendering on change. */
export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => status,
  );
}
