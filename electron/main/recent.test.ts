import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RECENT_LIMIT, RecentStore, addRecent, decodeRecent, removeRecent } from './recent';

const t = (s: number) => new Date(Date.UTC(2026, 10, 23, 13, 0, s));

describe('recent workspaces (pure)', () => {
  it('adds to the front, moves an existing entry up, and keeps at most the limit', () => {
    let list = addRecent([], '/w/a.json', t(1));
    list = addRecent(list, '/w/b.json', t(2));
    list = addRecent(list, '/w/a.json', t(3));
    expect(list).toEqual([
      { path: '/w/a.json', name: 'a', openedAt: t(3).toISOString() },
      { path: '/w/b.json', name: 'b', openedAt: t(2).toISOString() },
    ]);
    for (let i = 0; i < 20; i++) list = addRecent(list, `/w/${i}.json`, t(i));
    expect(list).toHaveLength(RECENT_LIMIT);
    expect(list[0]!.path).toBe('/w/19.json');
    expect(removeRecent(list, '/w/19.json')[0]!.path).toBe('/w/18.json');
  });

  it.each([
    ['not JSON', '{', []],
    ['wrong version', '{"version":2,"recent":[]}', []],
    ['keeps valid entries only', JSON.stringify({ version: 1, recent: [{ path: '/a.json', name: 'a', openedAt: t(1).toISOString() }, { path: '' }, 7] }), [{ path: '/a.json', name: 'a', openedAt: t(1).toISOString() }]],
  ])('decodeRecent: %s', (_name, text, expected) => expect(decodeRecent(text)).toEqual(expected));
});

describe('RecentStore (real files)', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-recent-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('persists across instances and starts empty when the file is missing or damaged', async () => {
    const file = path.join(dir, 'sub', 'recent.json');
    expect(await new RecentStore(file).list()).toEqual([]);
    await new RecentStore(file).add('/w/a.json', t(1));
    await new RecentStore(file).add('/w/b.json', t(2));
    expect((await new RecentStore(file).list()).map((r) => r.path)).toEqual(['/w/b.json', '/w/a.json']);
    await new RecentStore(file).remove('/w/b.json');
    expect((await new RecentStore(file).list()).map((r) => r.path)).toEqual(['/w/a.json']);
    fs.writeFileSync(file, 'garbage');
    expect(await new RecentStore(file).list()).toEqual([]);
  });
});
