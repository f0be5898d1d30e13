import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  SaveQueue,
  backupName,
  listBackups,
  decodeWorkspace,
  encodeWorkspace,
  loadWorkspaceFile,
  saveWorkspaceFile,
  setAsideName,
  type Migration,
} from './workspaceStore';

let dir: string;
let file: string;
const at = new Date('2026-11-23T13:08:27.123Z');

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-ws-'));
  file = path.join(dir, 'class demo.json');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const sample = { tabs: [{ title: 'Orders', sql: 'SELECT 1;' }], pack: 'retail', scale: 0.1, nested: { ok: true, none: null } };

describe('workspace files', () => {
  it('round-trips data, version and savedAt through a real file', async () => {
    const saved = await saveWorkspaceFile(file, sample, { now: () => at });
    expect(saved).toEqual({ savedAt: '2026-11-23T13:08:27.123Z' });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ version: 1, savedAt: saved.savedAt, data: sample });
    expect(await loadWorkspaceFile(file)).toEqual({ status: 'loaded', path: file, version: 1, savedAt: saved.savedAt, data: sample });
    expect(fs.readdirSync(dir)).toEqual(['class demo.json']);
  });

  it('creates missing folders on save and reports a missing file as missing', async () => {
    const nested = path.join(dir, 'a', 'b', 'w.json');
    expect(await loadWorkspaceFile(nested)).toEqual({ status: 'missing', path: nested });
    await saveWorkspaceFile(nested, { x: 1 });
    expect((await loadWorkspaceFile(nested)).status).toBe('loaded');
  });

  it.each([
    ['truncated JSON', '{"version":1,"savedAt":"2026-11-23T13:08:27.123Z","data":{"ta', /not valid JSON/],
    ['empty file', '', /not valid JSON/],
    ['not an envelope', '[1,2,3]', /not a workspace file/],
    ['data is not an object', '{"version":1,"savedAt":"2026-11-23T13:08:27.123Z","data":[1]}', /not a workspace file .* at data/],
    ['bad savedAt', '{"version":1,"savedAt":"yesterday","data":{}}', /at savedAt/],
    ['version zero', '{"version":0,"savedAt":"2026-11-23T13:08:27.123Z","data":{}}', /at version/],
  ])('sets aside a corrupt file (%s) and says so', async (_name, text, message) => {
    fs.writeFileSync(file, text);
    const result = await loadWorkspaceFile(file, { now: () => at });
    const movedTo = path.join(dir, 'class demo.corrupt-2026-11-23T13-08-27-123Z.json');
    expect(result).toMatchObject({ status: 'setAside', path: file, movedTo, reason: 'corrupt' });
    expect(result.status === 'setAside' && result.message).toMatch(message);
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readFileSync(movedTo, 'utf8')).toBe(text);
  });

  it('sets aside a file from a newer studio, keeping its bytes, and never overwrites an earlier set-aside', async () => {
    const newer = JSON.stringify({ version: 7, savedAt: at.toISOString(), data: { future: true } });
    fs.writeFileSync(file, newer);
    const first = await loadWorkspaceFile(file, { now: () => at });
    fs.writeFileSync(file, newer);
    const second = await loadWorkspaceFile(file, { now: () => at });
    expect(first).toMatchObject({ status: 'setAside', reason: 'newer', movedTo: path.join(dir, 'class demo.newer-2026-11-23T13-08-27-123Z.json') });
    expect(second).toMatchObject({ status: 'setAside', movedTo: path.join(dir, 'class demo.newer-2026-11-23T13-08-27-123Z-1.json') });
    expect(first.status === 'setAside' && first.message).toMatch(/newer Modeling Studio \(workspace version 7; this one reads up to 1\)/);
    expect(fs.readdirSync(dir).sort()).toHaveLength(2);
  });

  it('removes temp files a crashed save left behind when loading', async () => {
    await saveWorkspaceFile(file, sample);
    fs.writeFileSync(path.join(dir, '.class demo.json.123.abc.tmp'), '{"torn');
    expect((await loadWorkspaceFile(file)).status).toBe('loaded');
    expect(fs.readdirSync(dir)).toEqual(['class demo.json']);
  });
});

describe('migrations', () => {
  const migrations: Record<number, Migration> = {
    1: (d) => ({ ...d, tabs: [d.sql ?? ''] }),
    2: (d) => ({ tabs: d.tabs ?? [], theme: 'light' }),
  };

  it('migrates a version-1 file to version 3 step by step', () => {
    const text = encodeWorkspace({ sql: 'SELECT 42' }, at, 1);
    expect(decodeWorkspace(text, 3, migrations)).toEqual({
      ok: true,
      migratedFrom: 1,
      envelope: { version: 3, savedAt: at.toISOString(), data: { tabs: ['SELECT 42'], theme: 'light' } },
    });
  });

  it('loads a migrated file and says from which version', async () => {
    fs.writeFileSync(file, encodeWorkspace({ sql: 'SELECT 1' }, at, 2));
    const result = await loadWorkspaceFile(file, { version: 3, migrations });
    expect(result).toMatchObject({ status: 'loaded', version: 3, migratedFrom: 2, data: { tabs: [], theme: 'light' } });
  });

  it('treats a missing migration step or a migration giving invalid data as corrupt', () => {
    expect(decodeWorkspace(encodeWorkspace({}, at, 1), 3, { 2: migrations[2]! })).toMatchObject({ ok: false, reason: 'corrupt', message: 'no migration from workspace version 1' });
    const bad: Record<number, Migration> = { 1: () => ({ n: Number.NaN }) };
    expect(decodeWorkspace(encodeWorkspace({}, at, 1), 2, bad)).toMatchObject({ ok: false, reason: 'corrupt' });
  });
});

describe('helpers', () => {
  it.each([
    ['/w/demo.json', 'corrupt', 0, '/w/demo.corrupt-2026-11-23T13-08-27-123Z.json'],
    ['/w/demo.json', 'newer', 2, '/w/demo.newer-2026-11-23T13-08-27-123Z-2.json'],
    ['/w/demo', 'corrupt', 0, '/w/demo.corrupt-2026-11-23T13-08-27-123Z.json'],
  ] as const)('setAsideName(%s, %s, %i) = %s', (input, reason, attempt, expected) => {
    expect(setAsideName(input, reason, at, attempt)).toBe(expected);
  });

  it('SaveQueue runs saves to one file in order, even when one fails', async () => {
    const queue = new SaveQueue();
    const order: string[] = [];
    const slow = (label: string, ms: number, fail = false) => () =>
      new Promise<string>((resolve, reject) => setTimeout(() => (order.push(label), fail ? reject(new Error(label)) : resolve(label)), ms));
    const results = await Promise.allSettled([queue.run('f', slow('a', 30)), queue.run('f', slow('b', 1, true)), queue.run('f', slow('c', 1))]);
    expect(order).toEqual(['a', 'b', 'c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});

describe('bounded loading', () => {
  it('sets a file nested 5,000 deep aside instead of overflowing the stack, and never throws', async () => {
    const text = `{"version":1,"savedAt":"2026-11-23T13:08:27.123Z","data":{"x":${'['.repeat(5000)}${']'.repeat(5000)}}}`;
    fs.writeFileSync(file, text);
    const result = await loadWorkspaceFile(file, { now: () => at });
    expect(result).toMatchObject({ status: 'setAside', reason: 'corrupt' });
    expect(result.status === 'setAside' && fs.readFileSync(result.movedTo, 'utf8')).toBe(text);
  });

  it('returns a read error as a value and leaves the file alone', async () => {
    fs.writeFileSync(file, '{}');
    const busy = Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
    const result = await loadWorkspaceFile(file, { readFile: async () => { throw busy; } });
    expect(result).toEqual({ status: 'error', path: file, message: `The workspace class demo.json could not be read (EBUSY: resource busy or locked); it is left as it is and saving is paused.` });
    expect(fs.readFileSync(file, 'utf8')).toBe('{}');
  });

  it('keeps the replaced version as backup 1 and at most `keep` of them', async () => {
    for (let i = 0; i < 8; i++) await saveWorkspaceFile(file, { n: i }, { backups: { keep: 3, minAgeMs: 0 } });
    const kept = await listBackups(file, 3);
    expect(kept.map((b) => b.index)).toEqual([1, 2, 3]);
    expect(kept.map((b) => (JSON.parse(fs.readFileSync(b.path, 'utf8')) as { data: { n: number } }).data.n)).toEqual([6, 5, 4]);
    expect(fs.existsSync(backupName(file, 4))).toBe(false);
  });
});
