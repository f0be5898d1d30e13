// The DOM parts (file input, download link) need a browser; these are the parts that do not.
import { describe, expect, it } from 'vitest';
import { createBrowserPlatform } from './browserPlatform';
import type { KeyValueStorage } from './browserWorkspace';

const memory = (): KeyValueStorage => {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
};
const at = new Date('2026-11-23T14:00:00.000Z');
const document = {} as Document; // never touched by the calls below

describe('web platform', () => {
  it('keeps the workspace in storage with the versioned envelope', async () => {
    const platform = createBrowserPlatform({ storage: memory(), document, now: () => at });
    expect(platform.kind).toBe('web');
    expect(await platform.loadWorkspace()).toEqual({ status: 'missing' });
    expect(await platform.saveWorkspace({ tabs: [] })).toEqual({ status: 'saved', savedAt: at.toISOString(), location: 'this browser' });
    expect(await platform.loadWorkspace()).toMatchObject({ status: 'loaded', data: { tabs: [] } });
  });

  it('says what needs the desktop, and works without storage by saying so', async () => {
    const platform = createBrowserPlatform({ storage: null, document, userAgent: 'Mozilla/5.0 Chrome/140.0.7339.80 Safari/537.36' });
    expect(await platform.loadWorkspace()).toMatchObject({ status: 'error', message: /storage is disabled/ });
    expect(await platform.saveWorkspace({})).toMatchObject({ status: 'error', message: /storage is disabled/ });
    expect(await platform.loadWorkspace({ path: '/x.json' })).toMatchObject({ status: 'error', message: /desktop app/ });
    expect(await platform.openFile({ path: '/x.csv' })).toMatchObject({ status: 'error', message: /desktop app/ });
    expect(await platform.recentWorkspaces()).toEqual([]);
    expect(await platform.appInfo()).toMatchObject({ platform: 'web', chrome: '140.0.7339.80' });
    const off = platform.onMenuCommand(() => undefined);
    expect(off()).toBeUndefined();
  });
});
