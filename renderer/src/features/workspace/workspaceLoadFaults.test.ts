/**
 * Fault injection on workspace load, end to end in Node: a real workspace file, the desktop's
 * real IPC handlers and file store, the desktop platform over them, and the workspace sync the
 * app runs. After every fault the user keeps editing past the save delay; the stored bytes must
 * be exactly what they were (or, for a corrupt file, kept byte for byte under its set-aside name).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StudioBridge } from '../../../../electron/common/contract';
import { createHandlers, type ShellDeps } from '../../../../electron/main/ipc';
import { RecentStore } from '../../../../electron/main/recent';
import { encodeWorkspace, type ReadFile } from '../../../../electron/main/workspaceStore';
import { emptyWorkspace } from '../../core/workspace/workspace';
import { createElectronPlatform } from '../../platform/electronPlatform';

let dir: string;
let file: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-faults-'));
  file = path.join(dir, 'workspace.json');
  vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => undefined, removeItem: () => undefined });
});
afterEach(() => {
  vi.unstubAllGlobals();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A user's workspace of about ten kilobytes: a saved query and a long history. */
function userWorkspaceText(): string {
  const history = Array.from({ length: 60 }, (_, i) => ({ sql: `SELECT * FROM star.fact_sales WHERE order_id = ${i}`, at: '2026-11-23T10:00:00.000Z', rows: i, ms: 3 }));
  const data = { ...emptyWorkspace(), savedQueries: [{ id: 'q-1', name: 'Mine', sql: 'SELECT 42', savedAt: '2026-11-23T10:00:00.000Z' }], history };
  return encodeWorkspace(data as never, new Date('2026-11-23T11:00:00Z'));
}

/** An errno error as Node raises it. */
function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected fault, read '${file}'`), { code, errno: -1, syscall: 'read' });
}

/** Fails the first `times` reads with `code`, then reads the real file. */
function failingRead(code: string, times = 1): ReadFile {
  let left = times;
  return async (f) => {
    if (left-- > 0) throw errno(code);
    return fs.promises.readFile(f);
  };
}

function bridgeOver(deps: ShellDeps): StudioBridge {
  const h = createHandlers(deps);
  return { ...h, onMenuCommand: () => () => undefined } as StudioBridge;
}

async function startApp(readFile?: ReadFile) {
  vi.resetModules();
  const sync = await import('./workspaceSync');
  const { workspaceStore } = await import('./workspaceStore');
  const deps: ShellDeps = {
    defaultWorkspacePath: file,
    recent: new RecentStore(path.join(dir, 'recent.json')),
    dialogs: { openWorkspace: async () => null, saveWorkspaceAs: async () => null, openFile: async () => null, saveFile: async () => null, openCourseFolder: async () => null },
    isAnnounced: () => false,
    appInfo: () => ({ name: '', version: '', platform: '', arch: '', electron: '', chrome: '', node: '', packaged: false }),
    workspaceOptions: { ...(readFile ? { readFile } : {}), backups: { keep: 5, minAgeMs: 0 } },
  };
  const stop = sync.startWorkspaceSync(createElectronPlatform(bridgeOver(deps)));
  await vi.waitFor(() => expect(sync.getSyncStatus().loaded).toBe(true));
  return { sync, workspaceStore, stop };
}

/** Keep working past several save delays. */
async function editAndWait(t: Awaited<ReturnType<typeof startApp>>): Promise<void> {
  t.workspaceStore.saveQuery('New work', 'SELECT 1');
  await new Promise((resolve) => setTimeout(resolve, 3 * t.sync.SAVE_DELAY_MS));
}

const storedQueries = (): { name: string; sql: string }[] =>
  (JSON.parse(fs.readFileSync(file, 'utf8')) as { data: { savedQueries: { name: string; sql: string }[] } }).data.savedQueries.map(({ name, sql }) => ({ name, sql }));

describe('a workspace that fails to load is never saved over', () => {
  it.each(['EBUSY', 'EIO', 'EMFILE', 'EACCES'])('a one-off %s read error pauses saving, leaves the file byte for byte, and Retry loads it', async (code) => {
    const text = userWorkspaceText();
    fs.writeFileSync(file, text);
    const t = await startApp(failingRead(code));
    expect(t.sync.getSyncStatus()).toMatchObject({ paused: true, problem: expect.stringContaining(code) });
    expect(t.sync.getSyncStatus().problem).toContain('saving is paused');
    await editAndWait(t);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    expect(await t.sync.saveWorkspaceNow()).toMatchObject({ ok: false });
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    await t.sync.retryLoad();
    expect(t.sync.getSyncStatus()).toMatchObject({ paused: false, problem: null });
    expect(t.workspaceStore.get().savedQueries).toMatchObject([{ name: 'Mine', sql: 'SELECT 42' }]);
    t.stop();
  });

  it('a path that is a folder (a real EISDIR) pauses saving and stays as it is', async () => {
    fs.mkdirSync(file);
    fs.writeFileSync(path.join(file, 'inside.txt'), 'kept');
    const t = await startApp();
    expect(t.sync.getSyncStatus()).toMatchObject({ paused: true, problem: expect.stringContaining('EISDIR') });
    await editAndWait(t);
    expect(fs.readdirSync(file)).toEqual(['inside.txt']);
    t.stop();
  });

  it('a file larger than a workspace may be is refused unread, left as it is', async () => {
    const text = userWorkspaceText() + ' '.repeat(40 * 1024 * 1024);
    fs.writeFileSync(file, text);
    const t = await startApp();
    expect(t.sync.getSyncStatus()).toMatchObject({ paused: true, problem: expect.stringMatching(/bytes, more than the \d+ a workspace may have/) });
    await editAndWait(t);
    expect(fs.statSync(file).size).toBe(Buffer.byteLength(text));
    t.stop();
  });

  it.each([
    ['nested 5,000 deep', () => `{"version":1,"savedAt":"2026-11-23T11:00:00.000Z","data":{"deep":${'['.repeat(5000)}${']'.repeat(5000)}}}`, /nested at most 64 deep/],
    ['objects nested 10,000 deep', () => `{"version":1,"savedAt":"2026-11-23T11:00:00.000Z","data":${'{"a":'.repeat(10000)}1${'}'.repeat(10000)}}`, /nested at most 64 deep/],
    ['truncated', () => userWorkspaceText().slice(0, 4000), /not valid JSON/],
    ['empty', () => '', /not valid JSON/],
  ])('a corrupt file (%s) is set aside byte for byte with the reason, then a new one is saved', async (_name, make, reason) => {
    const text = make();
    fs.writeFileSync(file, text);
    const t = await startApp();
    const problem = t.sync.getSyncStatus().problem ?? '';
    expect(problem).toMatch(reason);
    const kept = /It was kept as (\S+\.json);/.exec(problem)?.[1];
    expect(kept).toMatch(/^workspace\.corrupt-/);
    expect(fs.readFileSync(path.join(dir, kept!), 'utf8')).toBe(text);
    await editAndWait(t);
    expect(storedQueries()).toEqual([{ name: 'New work', sql: 'SELECT 1' }]);
    t.stop();
  });

  it('a file starting with a byte-order mark loads, and is unchanged until the user changes something', async () => {
    const text = '\ufeff' + userWorkspaceText();
    fs.writeFileSync(file, text);
    const t = await startApp();
    expect(t.sync.getSyncStatus()).toMatchObject({ paused: false, problem: null });
    expect(t.workspaceStore.get().savedQueries).toMatchObject([{ name: 'Mine' }]);
    await new Promise((resolve) => setTimeout(resolve, 3 * t.sync.SAVE_DELAY_MS));
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    t.stop();
  });
});

describe('backups', () => {
  it('keeps earlier versions and restores one from the app, on the desktop store', async () => {
    fs.writeFileSync(file, userWorkspaceText());
    const t = await startApp();
    t.workspaceStore.saveQuery('Second', 'SELECT 2');
    await vi.waitFor(() => expect(storedQueries()).toHaveLength(2), { timeout: 3000 });
    t.workspaceStore.saveQuery('Third', 'SELECT 3');
    await vi.waitFor(() => expect(storedQueries()).toHaveLength(3), { timeout: 3000 });
    await t.sync.showBackups();
    const backups = t.sync.getSyncStatus().backups ?? [];
    expect(backups.map((b) => b.index)).toEqual([1, 2]);
    // backup 2 is the file as the user had it before this session
    expect(await t.sync.restoreBackup(2)).toBe(true);
    expect(t.workspaceStore.get().savedQueries).toMatchObject([{ name: 'Mine', sql: 'SELECT 42' }]);
    await vi.waitFor(() => expect(storedQueries()).toEqual([{ name: 'Mine', sql: 'SELECT 42' }]), { timeout: 3000 });
    t.stop();
  });

  it('restores a backup when the workspace itself cannot be read', async () => {
    fs.writeFileSync(file, userWorkspaceText());
    fs.writeFileSync(path.join(dir, 'workspace.backup-1.json'), userWorkspaceText());
    const t = await startApp(failingRead('EIO', 99));
    expect(t.sync.getSyncStatus().paused).toBe(true);
    // the backup is read through the same failing disk: restoring fails clearly, nothing is written
    expect(await t.sync.restoreBackup(1)).toBe(false);
    expect(t.sync.getSyncStatus()).toMatchObject({ paused: true, problem: expect.stringContaining('EIO') });
    expect(fs.readFileSync(file, 'utf8')).toBe(userWorkspaceText());
    t.stop();
  });
});
