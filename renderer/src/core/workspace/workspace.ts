/**
 * The workspace: everything a user would be sorry to lose between sessions (editor tabs, saved
 * queries, query history, the chosen pack and scale, presentation mode, the learner's own styles
 * of each pack, the learner's progress through the lessons), as one versioned value
 * with a zod schema and pure operations. The platform stores it in an envelope of its own
 * (platform/workspaceEnvelope.ts); this module versions the data inside.
 */
import { z } from 'zod';
import { emptyProgress, Progress } from '../lessons/progress';

/** The version written today. */
export const WORKSPACE_DATA_VERSION = 4;
/** Query history keeps the newest entries only, so the saved file stays small. */
export const HISTORY_CAP = 500;

const Tab = z.object({ id: z.string().min(1), title: z.string(), text: z.string() });

/** Version 1 is the editor's old localStorage value: tabs only. */
export const WorkspaceV1 = z.object({
  version: z.literal(1),
  tabs: z.array(Tab).min(1),
  activeId: z.string(),
  nextNumber: z.number().int().positive(),
});
export type WorkspaceV1 = z.infer<typeof WorkspaceV1>;

export const SavedQuery = z.object({ id: z.string().min(1), name: z.string().min(1), sql: z.string(), savedAt: z.string() });
export type SavedQuery = z.infer<typeof SavedQuery>;

export const HistoryEntry = z.object({
  sql: z.string(),
  /** ISO time the run started. */
  at: z.string(),
  /** Rows fetched; `moreRows` when the result had more than were fetched. */
  rows: z.number().int().nonnegative(),
  moreRows: z.boolean().optional(),
  ms: z.number().nonnegative(),
  error: z.string().optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** A learner's own style: its id (also its schema name), what it was copied from, its files by path. */
export const OwnStyleData = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]{0,30}$/),
  from: z.string().nullable(),
  files: z.record(z.string()),
});

/** Own styles by pack id. */
export const OwnStyles = z.record(z.array(OwnStyleData));
export type OwnStyles = z.infer<typeof OwnStyles>;

const v2Fields = {
  editor: z.object({ tabs: z.array(Tab).min(1), activeId: z.string(), nextNumber: z.number().int().positive() }),
  savedQueries: z.array(SavedQuery),
  history: z.array(HistoryEntry).max(HISTORY_CAP),
  pack: z.object({ packId: z.string().nullable(), scaleId: z.string().nullable() }),
  presentation: z.boolean(),
};

/** Version 2: everything but the own styles (those were kept in browser storage only). */
export const WorkspaceV2 = z.object({ version: z.literal(2), ...v2Fields });
export type WorkspaceV2 = z.infer<typeof WorkspaceV2>;

/** Version 3: everything but the lesson progress (that was kept in browser storage only). */
export const WorkspaceV3 = z.object({ version: z.literal(3), ...v2Fields, ownStyles: OwnStyles });
export type WorkspaceV3 = z.infer<typeof WorkspaceV3>;

export const Workspace = z.object({ version: z.literal(WORKSPACE_DATA_VERSION), ...v2Fields, ownStyles: OwnStyles, progress: Progress });
export type Workspace = z.infer<typeof Workspace>;

/** A newcomer's first query: it reads the bundled pack, which builds as the studio opens. */
export const starterSql =
  '-- The retail orders are built into every style as the studio opens.\n' +
  '-- Ctrl+Enter runs the statement under the cursor.\n' +
  'SELECT count(*) AS order_lines FROM star.fact_order_items;\n';

/** A first launch's workspace. */
export function emptyWorkspace(): Workspace {
  return {
    version: WORKSPACE_DATA_VERSION,
    editor: { tabs: [{ id: 'tab-1', title: 'Query 1', text: starterSql }], activeId: 'tab-1', nextNumber: 2 },
    savedQueries: [],
    history: [],
    pack: { packId: null, scaleId: null },
    presentation: false,
    ownStyles: {},
    progress: emptyProgress(),
  };
}

/** Version 1 → current: the tabs are kept as they were; everything else starts empty. */
export function migrateV1(v1: WorkspaceV1): Workspace {
  return { ...emptyWorkspace(), editor: { tabs: v1.tabs, activeId: v1.activeId, nextNumber: v1.nextNumber } };
}

/** Version 2 → current: all kept; no own styles yet (those in browser storage are merged in by the sync). */
export function migrateV2(v2: WorkspaceV2): Workspace {
  return migrateV3({ ...v2, version: 3, ownStyles: {} });
}

/** Version 3 → 4: all kept; no progress yet (progress in browser storage is merged in by the sync). */
export function migrateV3(v3: WorkspaceV3): Workspace {
  return { ...v3, version: WORKSPACE_DATA_VERSION, progress: emptyProgress() };
}

/**
 * Own styles kept in browser storage before they were part of the workspace, validated; a pack
 * whose list does not validate is dropped (it cannot be built anyway), the others are kept.
 */
export function parseLegacyOwnStyles(raw: unknown): OwnStyles {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const out: OwnStyles = {};
  for (const [packId, list] of Object.entries(raw)) {
    const parsed = z.array(OwnStyleData).safeParse(list);
    if (parsed.success && parsed.data.length > 0) out[packId] = parsed.data;
  }
  return out;
}

/**
 * The workspace's own styles with `extra` added: a style whose id the pack already has in the
 * workspace keeps the workspace's version (it is the newer one); the others are appended.
 */
export function mergeOwnStyles(current: OwnStyles, extra: OwnStyles): OwnStyles {
  const out: OwnStyles = { ...current };
  for (const [packId, list] of Object.entries(extra)) {
    const have = out[packId] ?? [];
    const added = list.filter((s) => !have.some((h) => h.id === s.id));
    if (added.length > 0) out[packId] = [...have, ...added];
  }
  return out;
}

export type ReadResult =
  | { ok: true; workspace: Workspace; migratedFrom?: number }
  | { ok: false; reason: 'newer' | 'invalid'; message: string };

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'workspace'}: ${issue.message}` : 'unknown problem';
}

/** Validate stored data and migrate it to the current version. Never throws. */
export function readWorkspace(raw: unknown): ReadResult {
  const version = typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined;
  if (typeof version === 'number' && version > WORKSPACE_DATA_VERSION) {
    return { ok: false, reason: 'newer', message: `it was written by a newer Modeling Studio (workspace data version ${version})` };
  }
  if (version === 1) {
    const v1 = WorkspaceV1.safeParse(raw);
    return v1.success ? { ok: true, workspace: migrateV1(v1.data), migratedFrom: 1 } : { ok: false, reason: 'invalid', message: firstIssue(v1.error) };
  }
  if (version === 2) {
    const v2 = WorkspaceV2.safeParse(raw);
    return v2.success ? { ok: true, workspace: migrateV2(v2.data), migratedFrom: 2 } : { ok: false, reason: 'invalid', message: firstIssue(v2.error) };
  }
  if (version === 3) {
    const v3 = WorkspaceV3.safeParse(raw);
    return v3.success ? { ok: true, workspace: migrateV3(v3.data), migratedFrom: 3 } : { ok: false, reason: 'invalid', message: firstIssue(v3.error) };
  }
  const parsed = Workspace.safeParse(raw);
  return parsed.success ? { ok: true, workspace: parsed.data } : { ok: false, reason: 'invalid', message: firstIssue(parsed.error) };
}

/** Add a run to the history, newest first, keeping at most `cap` entries. */
export function addHistory(history: readonly HistoryEntry[], entry: HistoryEntry, cap = HISTORY_CAP): HistoryEntry[] {
  return [entry, ...history].slice(0, cap);
}

/** History entries whose SQL contains every word of `query` (case-insensitive); all when blank. */
export function searchHistory(history: readonly HistoryEntry[], query: string): HistoryEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...history];
  return history.filter((entry) => {
    const sql = entry.sql.toLowerCase();
    return words.every((w) => sql.includes(w));
  });
}

/** Save a query; a query with the same name is replaced (and moves to the top). */
export function saveQuery(saved: readonly SavedQuery[], name: string, sql: string, now: Date): SavedQuery[] {
  const clean = name.trim();
  if (!clean) return [...saved];
  const existing = saved.find((q) => q.name === clean);
  const id = existing?.id ?? `q-${now.getTime().toString(36)}-${saved.length}`;
  return [{ id, name: clean, sql, savedAt: now.toISOString() }, ...saved.filter((q) => q.name !== clean)];
}

/** Remove a saved query by id. */
export function deleteQuery(saved: readonly SavedQuery[], id: string): SavedQuery[] {
  return saved.filter((q) => q.id !== id);
}
