import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHANNELS, INVOKE_METHODS, type AppInfo } from '../common/contract';
import { RefusedError, createHandlers, guarded, isTrustedSender, registerIpc, senderOf, type ShellDeps } from './ipc';
import { RecentStore } from './recent';

let dir: string;
let answers: { openWorkspace: string | null; saveWorkspaceAs: string | null; openFile: string | null; saveFile: string | null; openCourseFolder: string | null };
let asked: string[];
const announced = new Set<string>();
const info: AppInfo = { name: 'Modeling Studio', version: '0.1.0', platform: 'linux', arch: 'x64', electron: '38.8.6', chrome: '140', node: '22', packaged: false };

function deps(extra: Partial<ShellDeps> = {}): ShellDeps {
  return {
    defaultWorkspacePath: path.join(dir, 'userData', 'workspace.json'),
    recent: new RecentStore(path.join(dir, 'userData', 'recent.json')),
    dialogs: {
      openWorkspace: async () => (asked.push('openWorkspace'), answers.openWorkspace),
      saveWorkspaceAs: async () => (asked.push('saveWorkspaceAs'), answers.saveWorkspaceAs),
      openFile: async (kinds) => (asked.push(`openFile:${kinds.join(',')}`), answers.openFile),
      saveFile: async (name, kind) => (asked.push(`saveFile:${name}:${kind}`), answers.saveFile),
      openCourseFolder: async () => (asked.push('openCourseFolder'), answers.openCourseFolder),
    },
    isAnnounced: (file) => announced.has(file),
    appInfo: () => info,
    ...extra,
  };
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-ipc-'));
  answers = { openWorkspace: null, saveWorkspaceAs: null, openFile: null, saveFile: null, openCourseFolder: null };
  asked = [];
  announced.clear();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('sender and argument checks', () => {
  it.each([
    [{ url: 'app://studio/index.html', isMainFrame: true }, true],
    [{ url: 'app://studio/index.html', isMainFrame: false }, false],
    [{ url: 'https://example.com/', isMainFrame: true }, false],
    [{ url: 'file:///tmp/x.html', isMainFrame: true }, false],
    [{ url: undefined, isMainFrame: true }, false],
  ])('isTrustedSender(%j) = %s', (sender, ok) => expect(isTrustedSender(sender)).toBe(ok));

  it('refuses foreign senders and malformed requests before the handler runs', async () => {
    let ran = 0;
    const run = guarded('loadWorkspace', async () => (ran++, { status: 'cancelled' as const }));
    const studio = { url: 'app://studio/index.html', isMainFrame: true };
    await expect(run({ url: 'https://evil.example/', isMainFrame: true }, { target: { kind: 'default' } })).rejects.toThrow(RefusedError);
    await expect(run(studio, { target: { kind: 'path', path: 7 } })).rejects.toThrow(/malformed request/);
    expect(ran).toBe(0);
    await expect(run(studio, { target: { kind: 'default' } })).resolves.toEqual({ status: 'cancelled' });
    expect(ran).toBe(1);
  });

  it('registers one handler per channel that reads the sender from the event', async () => {
    const registered = new Map<string, (event: unknown, request: unknown) => Promise<unknown>>();
    registerIpc({ handle: (channel: string, fn: never) => void registered.set(channel, fn) } as never, createHandlers(deps()));
    expect([...registered.keys()].sort()).toEqual(INVOKE_METHODS.map((m) => CHANNELS[m]).sort());
    const mainFrame = { url: 'app://studio/index.html' };
    const event = { senderFrame: mainFrame, sender: { mainFrame } };
    await expect(registered.get(CHANNELS.appInfo)!(event, undefined)).resolves.toEqual(info);
    const subFrameEvent = { senderFrame: { url: 'app://studio/index.html' }, sender: { mainFrame } };
    expect(senderOf(subFrameEvent as never).isMainFrame).toBe(false);
    await expect(registered.get(CHANNELS.appInfo)!(subFrameEvent, undefined)).rejects.toThrow(/not the studio/);
  });
});

describe('workspace handlers (real files)', () => {
  it('reports the default workspace missing, saves it, loads it back', async () => {
    const h = createHandlers(deps());
    const file = path.join(dir, 'userData', 'workspace.json');
    expect(await h.loadWorkspace({ target: { kind: 'default' } })).toEqual({ status: 'missing', path: file });
    const saved = await h.saveWorkspace({ target: { kind: 'default' }, data: { tabs: ['SELECT 1'] } });
    expect(saved).toMatchObject({ status: 'saved', path: file });
    expect(await h.loadWorkspace({ target: { kind: 'default' } })).toMatchObject({ status: 'loaded', version: 1, data: { tabs: ['SELECT 1'] } });
    expect(await h.recentWorkspaces()).toEqual([]);
  });

  it('only loads a named path the user picked before; picked ones become recent', async () => {
    const picked = path.join(dir, 'class.json');
    expect(await h0().loadWorkspace({ target: { kind: 'path', path: picked } })).toMatchObject({ status: 'error', message: /not opened in this studio/ });
    answers.saveWorkspaceAs = picked;
    const h = createHandlers(deps());
    expect(await h.saveWorkspace({ target: { kind: 'dialog' }, data: { a: 1 } })).toMatchObject({ status: 'saved', path: picked });
    expect((await h.recentWorkspaces()).map((r) => r.path)).toEqual([picked]);
    // A fresh main process still knows it, through the recent list.
    expect(await h0().loadWorkspace({ target: { kind: 'path', path: picked } })).toMatchObject({ status: 'loaded', data: { a: 1 } });
    function h0() {
      return createHandlers(deps());
    }
  });

  it('passes cancelled dialogs and set-aside files through with their message', async () => {
    const h = createHandlers(deps());
    expect(await h.loadWorkspace({ target: { kind: 'dialog' } })).toEqual({ status: 'cancelled' });
    expect(await h.saveWorkspace({ target: { kind: 'dialog' }, data: {} })).toEqual({ status: 'cancelled' });
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, '{"version":1,');
    answers.openWorkspace = broken;
    const result = await h.loadWorkspace({ target: { kind: 'dialog' } });
    expect(result).toMatchObject({ status: 'setAside', path: broken, message: /broken.json could not be opened: it is not valid JSON/ });
    expect(fs.existsSync(broken)).toBe(false);
  });
});

describe('file handlers (real files)', () => {
  it('opens a picked file with its bytes and kind, filtered by the requested kinds', async () => {
    const csv = path.join(dir, 'orders.csv');
    fs.writeFileSync(csv, 'id,total\n1,9.5\n');
    answers.openFile = csv;
    const result = await createHandlers(deps()).openFile({ kinds: ['csv'] });
    expect(result).toMatchObject({ status: 'opened', name: 'orders.csv', kind: 'csv' });
    expect(result.status === 'opened' && Buffer.from(result.bytes).toString()).toBe('id,total\n1,9.5\n');
    expect(asked).toEqual(['openFile:csv']);
  });

  it('reads an announced path without a dialog, and refuses any other path', async () => {
    const db = path.join(dir, 'shop.duckdb');
    fs.writeFileSync(db, Buffer.from([1, 2, 3]));
    const h = createHandlers(deps());
    expect(await h.openFile({ path: db })).toMatchObject({ status: 'error', message: 'That file was not offered to the studio.' });
    announced.add(db);
    expect(await h.openFile({ path: db })).toMatchObject({ status: 'opened', kind: 'duckdb', bytes: new Uint8Array([1, 2, 3]) });
    expect(asked).toEqual([]);
  });

  it('refuses unsupported kinds, oversize and missing files with a message', async () => {
    const big = path.join(dir, 'big.parquet');
    fs.writeFileSync(big, Buffer.alloc(2048));
    const h = createHandlers(deps({ maxOpenBytes: 1024 }));
    answers.openFile = big;
    expect(await h.openFile({})).toMatchObject({ status: 'error', message: 'big.parquet is 2048 bytes; the studio opens files up to 1024 bytes.' });
    answers.openFile = path.join(dir, 'notes.txt');
    expect(await h.openFile({})).toMatchObject({ status: 'error', message: /not a CSV, JSON, Parquet, DuckDB or SQL file/ });
    answers.openFile = path.join(dir, 'gone.csv');
    expect(await h.openFile({})).toMatchObject({ status: 'error', message: /Could not read gone.csv/ });
    answers.openFile = null;
    expect(await h.openFile({})).toEqual({ status: 'cancelled' });
  });

  it('saves text as UTF-8 and bytes as given, where the user chose', async () => {
    const h = createHandlers(deps());
    answers.saveFile = path.join(dir, 'out.csv');
    expect(await h.saveFile({ suggestedName: 'result.csv', kind: 'csv', data: 'städte\n' })).toEqual({ status: 'saved', path: answers.saveFile, bytes: 8 });
    expect(fs.readFileSync(answers.saveFile, 'utf8')).toBe('städte\n');
    answers.saveFile = path.join(dir, 'plan.png');
    await h.saveFile({ suggestedName: 'plan.png', kind: 'png', data: new Uint8Array([137, 80, 78, 71]) });
    expect([...fs.readFileSync(answers.saveFile)]).toEqual([137, 80, 78, 71]);
    expect(asked).toEqual(['saveFile:result.csv:csv', 'saveFile:plan.png:png']);
    answers.saveFile = null;
    expect(await h.saveFile({ suggestedName: 'x.svg', kind: 'svg', data: '<svg/>' })).toEqual({ status: 'cancelled' });
  });
});

describe('openCourseFolder', () => {
  it('reads the picked folder\'s course files only: no links followed, other kinds skipped', async () => {
    const course = path.join(dir, 'spring-course');
    fs.mkdirSync(path.join(course, 'lessons', '01-a'), { recursive: true });
    fs.mkdirSync(path.join(course, 'sample-data', 'p'), { recursive: true });
    fs.writeFileSync(path.join(course, 'lessons', '01-a', 'lesson.md'), '# A');
    fs.writeFileSync(path.join(course, 'sample-data', 'p', 'pack.yml'), 'id: p');
    fs.writeFileSync(path.join(course, 'sample-data', 'p', 'logo.png'), 'binary');
    fs.writeFileSync(path.join(dir, 'secret.sql'), 'SELECT 1');
    fs.symlinkSync(path.join(dir, 'secret.sql'), path.join(course, 'sample-data', 'p', 'linked.sql'));
    answers.openCourseFolder = course;
    const handlers = createHandlers(deps());
    expect(await handlers.openCourseFolder()).toEqual({
      status: 'opened',
      name: 'spring-course',
      files: { 'lessons/01-a/lesson.md': '# A', 'sample-data/p/pack.yml': 'id: p' },
      skipped: 2,
    });
    answers.openCourseFolder = null;
    expect(await handlers.openCourseFolder()).toEqual({ status: 'cancelled' });
    answers.openCourseFolder = path.join(dir, 'missing');
    expect(await handlers.openCourseFolder()).toMatchObject({ status: 'error', message: expect.stringMatching(/^Could not read the course folder missing: /) });
  });
});
