/**
 * The parts of the workspace that belong to no single view: saved queries, query history,
 * presentation mode, and the UI zoom (not saved: it follows the screen, not the work). A
 * module-level store read with `useSyncExternalStore`, like the editor's and the pack's.
 */
import { useSyncExternalStore } from 'react';
import * as ws from '../../core/workspace/workspace';
import type { HistoryEntry, SavedQuery } from '../../core/workspace/workspace';

export interface WorkspaceExtras {
  savedQueries: SavedQuery[];
  history: HistoryEntry[];
  presentation: boolean;
  /** UI zoom factor (1 = normal), changed by the zoom commands. */
  zoom: number;
}

const ZOOM_STEPS = [0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2];

let state: WorkspaceExtras = { savedQueries: [], history: [], presentation: false, zoom: 1 };
const listeners = new Set<() => void>();

function set(patch: Partial<WorkspaceExtras>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

function zoomStep(direction: 1 | -1): number {
  const index = ZOOM_STEPS.findIndex((z) => z >= state.zoom);
  const at = index < 0 ? ZOOM_STEPS.length - 1 : index;
  return ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, at + direction))]!;
}

/** Operations on the workspace extras. */
export const workspaceStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (): WorkspaceExtras => state,
  /** Replace the saved parts (a workspace was restored). */
  restore(saved: Pick<WorkspaceExtras, 'savedQueries' | 'history' | 'presentation'>): void {
    set(saved);
  },
  recordRun: (entry: HistoryEntry) => set({ history: ws.addHistory(state.history, entry) }),
  saveQuery: (name: string, sql: string) => set({ savedQueries: ws.saveQuery(state.savedQueries, name, sql, new Date()) }),
  deleteQuery: (id: string) => set({ savedQueries: ws.deleteQuery(state.savedQueries, id) }),
  setPresentation: (on: boolean) => set({ presentation: on }),
  togglePresentation: () => set({ presentation: !state.presentation }),
  zoomIn: () => set({ zoom: zoomStep(1) }),
  zoomOut: () => set({ zoom: zoomStep(-1) }),
  resetZoom: () => set({ zoom: 1 }),
};

/** The workspace extras, re-rendering on change. */
export function useWorkspaceExtras(): WorkspaceExtras {
  return useSyncExternalStore(workspaceStore.subscribe, workspaceStore.get);
}
