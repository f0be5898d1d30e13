/**
 * The one store of editor tabs, shared by the editor view and the shell's `openInEditor`.
 * Saved to localStorage (debounced, flushed on page hide) so drafts survive a reload; the
 * platform layer may later swap the storage for workspace files.
 */
import { useSyncExternalStore } from 'react';
import * as model from './tabsModel';
import type { TabsState } from './tabsModel';

const storageKey = 'modeling-studio.editor.tabs';
const saveDelayMs = 250;

/** A request to run a tab's text as soon as the editor can (e.g. from `openInEditor(…, {run:true})`). */
export interface RunRequest {
  tabId: string;
  seq: number;
}

interface Snapshot {
  tabs: TabsState;
  runRequest: RunRequest | null;
}

function readStorage(): string | null {
  try {
    return globalThis.localStorage?.getItem(storageKey) ?? null;
  } catch {
    return null; // storage disabled: start fresh rather than fail
  }
}

let snapshot: Snapshot = { tabs: model.parseSavedTabs(readStorage()), runRequest: null };
const listeners = new Set<() => void>();
let saveTimer: ReturnType<typeof setTimeout> | undefined;

function save(): void {
  saveTimer = undefined;
  try {
    globalThis.localStorage?.setItem(storageKey, JSON.stringify(snapshot.tabs));
  } catch {
    // Quota or disabled storage: the draft lives on in memory for this session.
  }
}

function set(next: Snapshot): void {
  if (next === snapshot) return;
  snapshot = next;
  if (saveTimer === undefined) saveTimer = setTimeout(save, saveDelayMs);
  for (const listener of listeners) listener();
}

function update(change: (tabs: TabsState) => TabsState): void {
  const tabs = change(snapshot.tabs);
  if (tabs !== snapshot.tabs) set({ ...snapshot, tabs });
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => {
    if (saveTimer !== undefined) {
      clearTimeout(saveTimer);
      save();
    }
  });
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
    set({ tabs, runRequest });
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
  /** Write now (tests and shutdown). */
  flush(): void {
    if (saveTimer !== undefined) clearTimeout(saveTimer);
    save();
  },
};

/** The editor tabs and any pending run request, re-rendering on change. */
export function useEditorStore(): Snapshot {
  return useSyncExternalStore(editorStore.subscribe, editorStore.get);
}
