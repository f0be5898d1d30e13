import { describe, expect, it } from 'vitest';
import type { MenuCommand, MenuViewId, StudioBridge } from '../../../electron/common/contract';
import type { ViewId } from '../features/studio';
import { createElectronPlatform } from './electronPlatform';
import { isStudioBridge, pickPlatform } from './index';

type Call = [string, unknown];

/** A bridge that records requests and answers from a script, as main would. */
function fakeBridge(answers: Partial<Record<keyof StudioBridge, (request: never) => unknown>>) {
  const calls: Call[] = [];
  const listeners: ((c: MenuCommand) => void)[] = [];
  const method = (name: keyof StudioBridge) => async (request?: unknown) => {
    calls.push([name, request]);
    return (answers[name] as (r: unknown) => unknown)(request);
  };
  const bridge = {
    loadWorkspace: method('loadWorkspace'),
    saveWorkspace: method('saveWorkspace'),
    recentWorkspaces: method('recentWorkspaces'),
    workspaceBackups: method('workspaceBackups'),
    openFile: method('openFile'),
    saveFile: method('saveFile'),
    appInfo: method('appInfo'),
    onMenuCommand: (l: (c: MenuCommand) => void) => (listeners.push(l), () => listeners.splice(listeners.indexOf(l), 1)),
  } as unknown as StudioBridge;
  return { bridge, calls, emit: (c: MenuCommand) => listeners.forEach((l) => l(c)) };
}

describe('desktop platform', () => {
  it('saves back to the workspace it loaded, and to the new place after "save as"', async () => {
    const { bridge, calls } = fakeBridge({
      loadWorkspace: () => ({ status: 'loaded', path: '/u/workspace.json', version: 1, savedAt: 'T1', data: { a: 1 } }),
      saveWorkspace: (r: { target: { kind: string } }) => ({ status: 'saved', path: r.target.kind === 'dialog' ? '/docs/class.json' : '/u/workspace.json', savedAt: 'T2' }),
    });
    const platform = createElectronPlatform(bridge);
    expect(platform.kind).toBe('desktop');
    expect(await platform.loadWorkspace()).toEqual({ status: 'loaded', data: { a: 1 }, savedAt: 'T1', location: '/u/workspace.json' });
    await platform.saveWorkspace({ a: 2 });
    expect(await platform.saveWorkspace({ a: 3 }, { saveAs: true })).toEqual({ status: 'saved', savedAt: 'T2', location: '/docs/class.json' });
    await platform.saveWorkspace({ a: 4 });
    expect(calls).toEqual([
      ['loadWorkspace', { target: { kind: 'default' } }],
      ['saveWorkspace', { target: { kind: 'path', path: '/u/workspace.json' }, data: { a: 2 } }],
      ['saveWorkspace', { target: { kind: 'dialog' }, data: { a: 3 } }],
      ['saveWorkspace', { target: { kind: 'path', path: '/docs/class.json' }, data: { a: 4 } }],
    ]);
  });

  it('saves to the default workspace when none was loaded, and passes set-aside messages on', async () => {
    const { bridge, calls } = fakeBridge({
      loadWorkspace: () => ({ status: 'setAside', path: '/u/w.json', movedTo: '/u/w.corrupt-x.json', message: 'kept aside' }),
      saveWorkspace: () => ({ status: 'error', message: 'disk full' }),
    });
    const platform = createElectronPlatform(bridge);
    expect(await platform.loadWorkspace()).toEqual({ status: 'setAside', message: 'kept aside' });
    expect(await platform.saveWorkspace({})).toEqual({ status: 'error', message: 'disk full' });
    expect(calls[1]).toEqual(['saveWorkspace', { target: { kind: 'default' }, data: {} }]);
  });

  it('opens files by dialog or announced path, without undefined fields', async () => {
    const { bridge, calls } = fakeBridge({ openFile: () => ({ status: 'opened', name: 'a.csv', kind: 'csv', bytes: new Uint8Array([65]) }) });
    const platform = createElectronPlatform(bridge);
    expect(await platform.openFile()).toEqual({ status: 'opened', file: { name: 'a.csv', kind: 'csv', bytes: new Uint8Array([65]) } });
    await platform.openFile({ path: '/d/a.csv' });
    await platform.openFile({ kinds: ['parquet'] });
    expect(calls.map((c) => c[1])).toEqual([{}, { path: '/d/a.csv' }, { kinds: ['parquet'] }]);
  });

  it('exports with a kind from name or MIME, a safe name, and Blob data as bytes', async () => {
    const { bridge, calls } = fakeBridge({ saveFile: () => ({ status: 'saved', path: '/docs/x', bytes: 3 }) });
    const platform = createElectronPlatform(bridge);
    expect(await platform.saveFile('star schema', new Blob(['<s/>'], { type: 'image/svg+xml' }), 'image/svg+xml')).toEqual({ status: 'saved', location: '/docs/x' });
    await platform.saveFile('../evil/result.csv', 'a\n', 'text/csv');
    expect(await platform.saveFile('x.exe', 'MZ', 'application/x-msdownload')).toEqual({ status: 'error', message: 'The studio does not export application/x-msdownload files.' });
    expect(calls).toEqual([
      ['saveFile', { suggestedName: 'star schema.svg', kind: 'svg', data: new Uint8Array([60, 115, 47, 62]) }],
      ['saveFile', { suggestedName: 'result.csv', kind: 'csv', data: 'a\n' }],
    ]);
  });

  it('opens a recent workspace by path and forwards recents and app info', async () => {
    const recent = [{ path: '/docs/class.json', name: 'class', openedAt: '2026-11-23T13:00:00.000Z' }];
    const { bridge, calls } = fakeBridge({
      loadWorkspace: () => ({ status: 'missing', path: '/docs/class.json' }),
      recentWorkspaces: () => recent,
      appInfo: () => ({ name: 'Modeling Studio', version: '0.1.0' }),
    });
    const platform = createElectronPlatform(bridge);
    expect(await platform.loadWorkspace({ path: '/docs/class.json' })).toEqual({ status: 'missing' });
    expect(await platform.recentWorkspaces()).toEqual(recent);
    expect(await platform.appInfo()).toMatchObject({ version: '0.1.0' });
    expect(calls[0]).toEqual(['loadWorkspace', { target: { kind: 'path', path: '/docs/class.json' } }]);
  });

  it('forwards menu commands', () => {
    const { bridge, emit } = fakeBridge({});
    const got: MenuCommand[] = [];
    const off = createElectronPlatform(bridge).onMenuCommand((c) => got.push(c));
    emit({ type: 'run' });
    off();
    emit({ type: 'runAll' });
    expect(got).toEqual([{ type: 'run' }]);
  });
});

describe('getPlatform choice', () => {
  it('picks the desktop when the full bridge is present, the web otherwise', () => {
    const { bridge } = fakeBridge({});
    expect(isStudioBridge(bridge)).toBe(true);
    expect(isStudioBridge({ ...bridge, appInfo: undefined })).toBe(false);
    expect(pickPlatform({ studio: bridge }).kind).toBe('desktop');
    expect(pickPlatform({ studio: { loadWorkspace: () => null }, document: {} as Document }).kind).toBe('web');
    expect(() => pickPlatform({})).toThrow('The web platform needs a document.');
  });
});

// The shell's View menu must offer exactly the renderer's views: this fails to compile when
// one side gains a view the other lacks (add it to MENU_VIEWS in electron/common/contract.ts).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const menuViewsMatchViews: Same<MenuViewId, ViewId> = true;
void menuViewsMatchViews;
