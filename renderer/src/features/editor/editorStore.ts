/**
 * The one store of editor tabs, shared by the editor view and the shell's `openInEditor`.
 * Persisted as part of the workspace (workspace/workspaceSync.ts). Until the workspace is read,
 * it starts from the old localStorage key, which the workspace migrates (version 1).
 */
import { useSyncExternalStore } from 'react';
import * as model from './tabsModel';
import type { TabsState } from './tabsModel';

/** A request to run a tab's text as soon as the editor can (e.g. from `openInEditor(…, {run:true})`). */
export interface RunRequest {
  tabId: string;
  seq: number;
}

interface Snapshot {
  tabs: TabsState;
  runRequest: RunRequest | null;
  /** Counts `replace` calls, so the editor knows to reload its models' text. */
  restored: number;
}

/** Where the editor kept its tabs before workspaces; read once, to migrate. */
export const LEGACY_TABS_KEY = 'modeling-studio.editor.tabs';

/** The tabs saved under the old key, if any (storage disabled counts as none). */
export function readLegacyTabs(): string | null {
  try {
    return globalThis.localStorage?.getItem(LEGACY_TABS_KEY) ?? null;
  } catch {
    return null;
  }
}

let snapshot: Snapshot = { tabs: model.parseSavedTabs(readLegacyTabs()), runRequest: null, restored: 0 };
const listeners = new Set<() => void>();

function set(next: Snapshot): void {
  if (next === snapshot) return;
  snapshot = next;
  for (const listener of listeners) listener();
}

function update(change: (tabs: TabsState) => TabsState): void {
  const tabs = change(snapshot.tabs);
  if (tabs !== snapshot.tabs) set({ ...snapshot, tabs });
}

/** Operations on the editor tabs. */
export const editorStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get(): Snapshot {
    return snapshot;
  },
  /** Open a new tab; `run` asks the editor to run it once shown. Returns the tab id. */
  open(options: { title?: string; text?: string; run?: boolean } = {}): string {
    const tabs = model.addTab(snapshot.tabs, options);
    const runRequest = options.run ? { tabId: tabs.activeId, seq: (snapshot.runRequest?.seq ?? 0) + 1 } : snapshot.runRequest;
    set({ ...snapshot, tabs, runRequest });
    return tabs.activeId;
  },
  close: (id: string) => update((s) => model.closeTab(s, id)),
  rename: (id: string, title: string) => update((s) => model.renameTab(s, id, title)),
  setText: (id: string, text: string) => update((s) => model.setTabText(s, id, text)),
  activate: (id: string) => update((s) => model.activateTab(s, id)),
  /** Mark a run request as handled. */
  takeRunRequest(seq: number): void {
    if (snapshot.runRequest?.seq === seq) set({ ...snapshot, runRequest: null });
  },
  /** Replace every tab (a workspace was restored). */
  replace(tabs: TabsState): void {
    set({ tabs, runRequest: null, restored: snapshot.restored + 1 });
  },
};

/** The editor tabs and any pending run request, re-rendering on change. */
export function useEditorStore(): Snapshot {
  return useSyncExternalStore(editorStore.subscribe, editorStore.get);
}
