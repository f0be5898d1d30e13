/**
 * The workspace sync against the web platform's real storage code (an in-memory Storage):
 * restore, debounced save, the old editor key migrated, corrupt and newer workspaces.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserPlatform } from '../../platform/browserPlatform';
import { WORKSPACE_KEY } from '../../platform/browserWorkspace';
import { encodeEnvelope } from '../../platform/workspaceEnvelope';
import { emptyWorkspace, WORKSPACE_DATA_VERSION } from '../../core/workspace/workspace';
import { emptyProgress, recordAttempt } from '../../core/lessons/progress';

function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

async function start(initial: Record<string, string>) {
  vi.resetModules();
  const storage = memoryStorage(initial);
  vi.stubGlobal('localStorage', storage);
  const sync = await import('./workspaceSync');
  const { workspaceStore } = await import('./workspaceStore');
  const { editorStore } = await import('../editor');
  const catalog = await import('../packs');
  const progress = await import('../lessons');
  const platform = createBrowserPlatform({ storage, document: {} as Document, now: () => new Date('2026-11-23T12:00:00Z') });
  const stop = sync.startWorkspaceSync(platform);
  await vi.waitFor(() => expect(sync.getSyncStatus().loaded).toBe(true));
  return { storage, sync, workspaceStore, editorStore, catalog, progress, stop };
}

const stored = (storage: ReturnType<typeof memoryStorage>) => JSON.parse(storage.map.get(WORKSPACE_KEY) ?? 'null') as { data: unknown } | null;

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('workspace sync', () => {
  it('restores a saved workspace and saves a change within the delay', async () => {
    const ws = { ...emptyWorkspace(), presentation: true, history: [{ sql: 'SELECT 1', at: '2026-11-23T10:00:00.000Z', rows: 1, ms: 2 }] };
    const t = await start({ [WORKSPACE_KEY]: encodeEnvelope(ws, new Date('2026-11-23T11:00:00Z')) });
    expect(t.workspaceStore.get().presentation).toBe(true);
    expect(t.workspaceStore.get().history).toEqual(ws.history);
    t.workspaceStore.saveQuery('Mine', 'SELECT 2');
    expect(stored(t.storage)?.data).toMatchObject({ savedQueries: [] });
    vi.advanceTimersByTime(t.sync.SAVE_DELAY_MS);
    expect(stored(t.storage)?.data).toMatchObject({ savedQueries: [{ name: 'Mine', sql: 'SELECT 2' }], presentation: true });
    t.stop();
  });

  it('migrates the old editor tabs when there is no workspace yet', async () => {
    const old = { version: 1, tabs: [{ id: 'tab-4', title: 'Kept', text: 'SELECT 4' }], activeId: 'tab-4', nextNumber: 5 };
    const t = await start({ 'modeling-studio.editor.tabs': JSON.stringify(old) });
    expect(t.editorStore.get().tabs.tabs).toEqual(old.tabs);
    vi.advanceTimersByTime(t.sync.SAVE_DELAY_MS);
    expect(stored(t.storage)?.data).toMatchObject({ version: WORKSPACE_DATA_VERSION, editor: { tabs: old.tabs, activeId: 'tab-4', nextNumber: 5 } });
    t.stop();
  });

  it('moves own styles from browser storage into a version 2 workspace once', async () => {
    const legacy = { id: 'my_star', from: 'star', files: { 'styles/my_star/schema.yml': 'models: []\n' } };
    const kept = { id: 'flat', from: null, files: { 'styles/flat/my_table.sql': 'SELECT 1\n' } };
    const { ownStyles: _none, ...v3 } = { ...emptyWorkspace(), savedQueries: [{ id: 'q1', name: 'Old', sql: 'SELECT 1', savedAt: '2026-11-23T10:00:00.000Z' }] };
    const t = await start({
      [WORKSPACE_KEY]: encodeEnvelope({ ...v3, version: 2 }, new Date('2026-11-23T11:00:00Z')),
      'studio.ownStyles.v1': JSON.stringify({ retail: [legacy] }),
    });
    expect(t.catalog.ownStylesOf('retail')).toEqual([legacy]);
    vi.advanceTimersByTime(t.sync.SAVE_DELAY_MS);
    expect(stored(t.storage)?.data).toMatchObject({ version: WORKSPACE_DATA_VERSION, savedQueries: [{ name: 'Old' }], ownStyles: { retail: [legacy] } });
    await vi.waitFor(() => expect(t.storage.map.has('studio.ownStyles.v1')).toBe(false));
    // A later change to the styles is saved in the workspace, not in browser storage.
    t.catalog.setOwnStyles('retail', [legacy, kept]);
    vi.advanceTimersByTime(t.sync.SAVE_DELAY_MS);
    expect(stored(t.storage)?.data).toMatchObject({ ownStyles: { retail: [legacy, kept] } });
    expect(t.storage.map.has('studio.ownStyles.v1')).toBe(false);
    t.stop();
  });

  it('moves lesson progress from browser storage into a version 3 workspace once, keeping the workspace\'s where both have an exercise', async () => {
    const at = '2026-11-20T10:00:00.000Z';
    const inWorkspace = recordAttempt(emptyProgress(), '03-star', 'ex1', { sql: 'SELECT 2', passed: true, feedback: [], at });
    let legacy = recordAttempt(emptyProgress(), '03-star', 'ex1', { sql: 'SELECT 1', passed: false, feedback: ['Wrong'], at });
    legacy = recordAttempt(legacy, '05-vault', 'ex2', { sql: 'SELECT 5', passed: true, feedback: [], at });
    const { progress: _none, ...v3 } = { ...emptyWorkspace(), version: 3 };
    const t = await start({
      [WORKSPACE_KEY]: encodeEnvelope({ ...v3, progress: inWorkspace }, new Date('2026-11-23T11:00:00Z')),
      'modeling-studio.lessons.progress': JSON.stringify(legacy),
    });
    // A version 3 workspace has no progress: migrating it drops nothing it has and gives it none.
    expect(t.progress.getProgress().lessons['05-vault']!.exercises.ex2!.lastSql).toBe('SELECT 5');
    vi.advanceTimersByTime(t.sync.SAVE_DELAY_MS);
    const saved = stored(t.storage)?.data as { version: number; progress: ReturnType<typeof emptyProgress> };
    expect(saved.version).toBe(WORKSPACE_DATA_VERSION);
    expect(Object.keys(saved.progress.lessons).sort()).toEqual(['03-star', '05-vault']);
    await vi.waitFor(() => expect(t.storage.map.has('modeling-studio.lessons.progress')).toBe(false));
    // A later attempt is saved in the workspace, not in browser storage.
    t.progress.updateProgress((p) => recordAttempt(p, '05-vault', 'ex3', { sql: 'SELECT 6', passed: true, feedback: [], at }));
    vi.advanceTimersByTime(t.sync.SAVE_DELAY_MS);
    expect(stored(t.storage)?.data).toMatchObject({ progress: { lessons: { '05-vault': { exercises: { ex3: { lastSql: 'SELECT 6', passed: true } } } } } });
    expect(t.storage.map.has('modeling-studio.lessons.progress')).toBe(false);
    t.stop();
  });

  it('keeps lesson progress in browser storage while the stored workspace cannot be read', async () => {
    const legacy = JSON.stringify(recordAttempt(emptyProgress(), '03-star', 'ex1', { sql: 'SELECT 1', passed: true, feedback: [], at: '2026-11-20T10:00:00.000Z' }));
    const t = await start({ [WORKSPACE_KEY]: encodeEnvelope({ version: 9 }, new Date('2026-11-23T11:00:00Z')), 'modeling-studio.lessons.progress': legacy });
    expect(t.progress.getProgress().lessons['03-star']!.exercises.ex1!.passed).toBe(true);
    vi.advanceTimersByTime(5 * t.sync.SAVE_DELAY_MS);
    expect(t.storage.map.get('modeling-studio.lessons.progress')).toBe(legacy);
    t.stop();
  });

  it('restores own styles from the workspace alone', async () => {
    const mine = { id: 'mine', from: null, files: { 'styles/mine/my_table.sql': 'SELECT 2\n' } };
    const t = await start({ [WORKSPACE_KEY]: encodeEnvelope({ ...emptyWorkspace(), ownStyles: { retail: [mine] } }, new Date('2026-11-23T11:00:00Z')) });
    expect(t.catalog.ownStylesOf('retail')).toEqual([mine]);
    t.stop();
  });

  it('sets a corrupt workspace aside with a message and saves a new one', async () => {
    const t = await start({ [WORKSPACE_KEY]: '{"version":1,' });
    expect(t.sync.getSyncStatus().problem).toMatch(/^The saved workspace could not be opened: it is not valid JSON\. It was kept in this browser's storage as “modeling-studio\.workspace\.corrupt-/);
    expect(t.sync.getSyncStatus().paused).toBe(false);
    const keys = [...t.storage.map.keys()];
    expect(keys.some((k) => k.startsWith(`${WORKSPACE_KEY}.corrupt-`))).toBe(true);
    vi.advanceTimersByTime(t.sync.SAVE_DELAY_MS);
    expect(stored(t.storage)?.data).toMatchObject({ version: WORKSPACE_DATA_VERSION });
    t.stop();
  });

  it('leaves data from a newer studio untouched until saving is resumed', async () => {
    const text = encodeEnvelope({ version: 9, future: true }, new Date('2026-11-23T11:00:00Z'));
    const t = await start({ [WORKSPACE_KEY]: text });
    expect(t.sync.getSyncStatus()).toMatchObject({
      paused: true,
      problem: 'The saved workspace in this browser could not be used: it was written by a newer Modeling Studio (workspace data version 9). It is left untouched and your changes are not saved until you choose “Replace it”.',
    });
    t.workspaceStore.saveQuery('Mine', 'SELECT 2');
    vi.advanceTimersByTime(5 * t.sync.SAVE_DELAY_MS);
    expect(t.storage.map.get(WORKSPACE_KEY)).toBe(text);
    expect(await t.sync.saveWorkspaceNow()).toEqual({ ok: false, message: 'Saving is paused: the stored workspace could not be read (see the message above).' });
    t.sync.resumeSaving();
    vi.advanceTimersByTime(t.sync.SAVE_DELAY_MS);
    expect(stored(t.storage)?.data).toMatchObject({ version: WORKSPACE_DATA_VERSION, savedQueries: [{ name: 'Mine' }] });
    t.stop();
  });
});
