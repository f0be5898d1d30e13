/**
 * Editor tabs as plain data with pure transitions, and the versioned shape they are saved in.
 * The store (editorStore.ts) holds one value of this model and persists it.
 */
import { z } from 'zod';
import { starterSql } from '../../core/workspace/workspace';

/** One editor tab: a title and its SQL text. */
export const EditorTab = z.object({ id: z.string().min(1), title: z.string(), text: z.string() });
export type EditorTab = z.infer<typeof EditorTab>;

/** All tabs, which one is active, and the counter that names new tabs ("Query 3"). */
export const TabsState = z.object({
  version: z.literal(1),
  tabs: z.array(EditorTab).min(1),
  activeId: z.string(),
  nextNumber: z.number().int().positive(),
});
export type TabsState = z.infer<typeof TabsState>;

/** The state of a first launch: one tab with a friendly starter query. */
export function initialTabs(): TabsState {
  return { version: 1, tabs: [{ id: 'tab-1', title: 'Query 1', text: starterSql }], activeId: 'tab-1', nextNumber: 2 };
}

/** Add a tab (titled "Query N" unless given a title) and make it active. */
export function addTab(state: TabsState, options: { title?: string; text?: string } = {}): TabsState {
  const n = state.nextNumber;
  const tab: EditorTab = { id: `tab-${n}`, title: options.title?.trim() || `Query ${n}`, text: options.text ?? '' };
  return { ...state, tabs: [...state.tabs, tab], activeId: tab.id, nextNumber: n + 1 };
}

/** Close a tab; the neighbour becomes active. Closing the last tab leaves one empty tab. */
export function closeTab(state: TabsState, id: string): TabsState {
  const index = state.tabs.findIndex((t) => t.id === id);
  if (index < 0) return state;
  if (state.tabs.length === 1) {
    const emptied = addTab({ ...state, tabs: [] });
    return emptied;
  }
  const tabs = state.tabs.filter((t) => t.id !== id);
  const activeId = state.activeId === id ? tabs[Math.min(index, tabs.length - 1)]!.id : state.activeId;
  return { ...state, tabs, activeId };
}

/** Rename a tab; a blank name keeps the old one. */
export function renameTab(state: TabsState, id: string, title: string): TabsState {
  const clean = title.trim();
  if (!clean) return state;
  return { ...state, tabs: state.tabs.map((t) => (t.id === id ? { ...t, title: clean } : t)) };
}

/** Replace a tab's text. */
export function setTabText(state: TabsState, id: string, text: string): TabsState {
  const tab = state.tabs.find((t) => t.id === id);
  if (!tab || tab.text === text) return state;
  return { ...state, tabs: state.tabs.map((t) => (t.id === id ? { ...t, text } : t)) };
}

/** Make a tab active (unknown ids are ignored). */
export function activateTab(state: TabsState, id: string): TabsState {
  return state.tabs.some((t) => t.id === id) && state.activeId !== id ? { ...state, activeId: id } : state;
}

/**
 * Read saved tabs; anything unreadable (missing, corrupt, from an unknown version) gives the
 * first-launch state rather than an error, because losing a draft beats not starting.
 */
export function parseSavedTabs(saved: string | null): TabsState {
  if (!saved) return initialTabs();
  try {
    const parsed = TabsState.safeParse(JSON.parse(saved));
    if (!parsed.success) return initialTabs();
    const state = parsed.data;
    return state.tabs.some((t) => t.id === state.activeId) ? state : { ...state, activeId: state.tabs[0]!.id };
  } catch {
    return initialTabs();
  }
}
