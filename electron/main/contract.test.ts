// The contract lives in electron/common, which imports nothing (not even vitest), so its tests live here.
import { describe, expect, it } from 'vitest';
import {
  CHANNELS,
  INVOKE_METHODS,
  MAX_JSON_DEPTH,
  isJsonValue,
  isMenuCommand,
  isWorkspaceData,
  openFileKindOf,
  requestGuards,
} from '../common/contract';

const deep = (n: number): unknown => (n === 0 ? 1 : { a: deep(n - 1) });

describe('request guards', () => {
  it('exist for every channel, and channel names are unique', () => {
    expect(Object.keys(requestGuards).sort()).toEqual([...INVOKE_METHODS].sort());
    expect(new Set(Object.values(CHANNELS)).size).toBe(INVOKE_METHODS.length);
  });

  it.each([
    ['loadWorkspace', { target: { kind: 'default' } }, true],
    ['loadWorkspace', { target: { kind: 'dialog' } }, true],
    ['loadWorkspace', { target: { kind: 'path', path: '/home/a/w.json' } }, true],
    ['loadWorkspace', { target: { kind: 'path', path: '' } }, false],
    ['loadWorkspace', { target: { kind: 'path', path: 'a\0b' } }, false],
    ['loadWorkspace', { target: { kind: 'path' } }, false],
    ['loadWorkspace', { target: { kind: 'default', path: '/x' } }, false],
    ['loadWorkspace', { target: { kind: 'url' } }, false],
    ['loadWorkspace', {}, false],
    ['loadWorkspace', null, false],
    ['saveWorkspace', { target: { kind: 'default' }, data: { tabs: [{ sql: 'SELECT 1' }] } }, true],
    ['saveWorkspace', { target: { kind: 'default' }, data: [] }, false],
    ['saveWorkspace', { target: { kind: 'default' }, data: { n: Number.NaN } }, false],
    ['saveWorkspace', { target: { kind: 'default' }, data: { d: new Date(0) } }, false],
    ['saveWorkspace', { target: { kind: 'default' }, data: { u: undefined } }, false],
    ['saveWorkspace', { target: { kind: 'default' }, data: deep(MAX_JSON_DEPTH) }, true],
    ['saveWorkspace', { target: { kind: 'default' }, data: deep(MAX_JSON_DEPTH + 2) }, false],
    ['saveWorkspace', { target: { kind: 'default' }, data: {}, extra: 1 }, false],
    ['recentWorkspaces', undefined, true],
    ['recentWorkspaces', {}, false],
    ['appInfo', undefined, true],
    ['appInfo', 'x', false],
    ['openFile', {}, true],
    ['openFile', { kinds: ['csv', 'parquet'] }, true],
    ['openFile', { kinds: [] }, false],
    ['openFile', { kinds: ['exe'] }, false],
    ['openFile', { path: '/data/orders.csv' }, true],
    ['openFile', { path: 42 }, false],
    ['saveFile', { suggestedName: 'orders.csv', kind: 'csv', data: 'a,b\n1,2\n' }, true],
    ['saveFile', { suggestedName: 'plan.png', kind: 'png', data: new Uint8Array([137, 80]) }, true],
    ['saveFile', { suggestedName: 'plan.png', kind: 'png', data: Buffer.from([137, 80]) }, true],
    ['saveFile', { suggestedName: 'lesson-report.md', kind: 'md', data: '# Report\n' }, true],
    ['saveFile', { suggestedName: '../../.bashrc', kind: 'csv', data: 'x' }, false],
    ['saveFile', { suggestedName: 'a\\b.csv', kind: 'csv', data: 'x' }, false],
    ['saveFile', { suggestedName: 'a.exe', kind: 'exe', data: 'x' }, false],
    ['saveFile', { suggestedName: 'a.csv', kind: 'csv', data: [1, 2] }, false],
  ] as const)('%s(%j) → %s', (method, request, ok) => {
    expect(requestGuards[method](request)).toBe(ok);
  });

  it('refuses objects with a foreign prototype and non-finite numbers', () => {
    class Sneaky {
      kind = 'default';
    }
    expect(requestGuards.loadWorkspace({ target: new Sneaky() })).toBe(false);
    expect(isJsonValue(Infinity)).toBe(false);
    expect(isWorkspaceData(Object.create(null))).toBe(true);
  });
});

describe('menu commands', () => {
  it.each([
    [{ type: 'run' }, true],
    [{ type: 'zoomReset' }, true],
    [{ type: 'run', extra: 1 }, false],
    [{ type: 'showView', view: 'compare' }, true],
    [{ type: 'showView', view: 'settings' }, false],
    [{ type: 'openFilePath', path: '/d/orders.csv', name: 'orders.csv' }, true],
    [{ type: 'openFilePath', path: '/d/orders.csv' }, false],
    [{ type: 'format' }, false],
    ['run', false],
  ])('%j → %s', (command, ok) => expect(isMenuCommand(command)).toBe(ok));
});

describe('openFileKindOf', () => {
  it.each([
    ['orders.csv', 'csv'],
    ['ORDERS.TSV', 'csv'],
    ['sessions.ndjson', 'json'],
    ['users.json', 'json'],
    ['lines.parquet', 'parquet'],
    ['shop.duckdb', 'duckdb'],
    ['setup.sql', 'sql'],
    ['photo.png', null],
    ['README', null],
    ['archive.csv.gz', null],
  ])('%s → %s', (name, kind) => expect(openFileKindOf(name)).toBe(kind));
});
