/**
 * The built desktop bundles, run against a recording stand-in for the `electron` module (the
 * real binary cannot be installed here). Checks the wiring a unit test cannot see: the order of
 * lifecycle calls, the window's options, the protocol answering from the renderer folder, IPC
 * registered and guarded, and a preload that exposes only `studio`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
let dir: string;
let out: string;

/** A fake `electron` that records every call into `log`. */
const fakeElectron = `
const log = globalThis.__electronLog = [];
const handlers = globalThis.__electronHandlers = {};
const rec = (name) => (...args) => { log.push([name, ...args]); };
class BrowserWindow {
  constructor(options) { log.push(['new BrowserWindow', options]); this.webContents = { on: rec('webContents.on'), send: rec('webContents.send') }; }
  once(...a) { log.push(['window.once', a[0]]); } on(...a) { log.push(['window.on', a[0]]); }
  loadURL(url) { log.push(['loadURL', url]); return Promise.resolve(); }
  static getAllWindows() { return []; }
}
module.exports = {
  app: {
    isPackaged: false, setPath: rec('app.setPath'), enableSandbox: rec('app.enableSandbox'),
    requestSingleInstanceLock: () => { log.push(['app.requestSingleInstanceLock']); return true; },
    on: (name) => log.push(['app.on', name]), quit: rec('app.quit'), isReady: () => true,
    whenReady: () => { log.push(['app.whenReady']); return Promise.resolve(); },
    getPath: (name) => '/tmp/fake-' + name, getName: () => 'Modeling Studio', getVersion: () => '0.1.0',
  },
  protocol: {
    registerSchemesAsPrivileged: rec('protocol.registerSchemesAsPrivileged'),
    handle: (scheme, fn) => { log.push(['protocol.handle', scheme]); handlers.protocol = fn; },
  },
  session: { defaultSession: { setPermissionRequestHandler: rec('session.setPermissionRequestHandler'), setPermissionCheckHandler: rec('session.setPermissionCheckHandler') } },
  ipcMain: { handle: (channel, fn) => { log.push(['ipcMain.handle', channel]); handlers[channel] = fn; } },
  Menu: { buildFromTemplate: (t) => ({ template: t }), setApplicationMenu: (m) => log.push(['Menu.setApplicationMenu', m.template.map((i) => i.label || i.role)]) },
  dialog: {}, BrowserWindow,
  contextBridge: { exposeInMainWorld: (key, api) => { log.push(['exposeInMainWorld', key]); globalThis.__exposed = api; } },
  ipcRenderer: { invoke: async (channel, request) => { log.push(['ipcRenderer.invoke', channel, request]); return 'ok'; }, on: (channel) => log.push(['ipcRenderer.on', channel]) },
};`;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-bundle-'));
  out = path.join(dir, 'dist', 'electron');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'buildElectron.mjs')], { cwd: root, env: { ...process.env, STUDIO_ELECTRON_OUT: out }, stdio: 'pipe' });
  fs.mkdirSync(path.join(dir, 'node_modules', 'electron'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'node_modules', 'electron', 'index.js'), fakeElectron);
  fs.mkdirSync(path.join(dir, 'dist', 'renderer'));
  fs.writeFileSync(path.join(dir, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Modeling Studio</title>');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Global = typeof globalThis & { __electronLog: unknown[][]; __electronHandlers: Record<string, (...a: unknown[]) => Promise<unknown>>; __exposed: Record<string, unknown> };
const g = globalThis as Global;

describe('built desktop bundles', () => {
  it('writes main.cjs and preload.cjs; the preload requires nothing but electron', () => {
    const preload = fs.readFileSync(path.join(out, 'preload.cjs'), 'utf8');
    expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(fs.statSync(path.join(out, 'main.cjs')).size).toBeGreaterThan(10_000);
  });

  it('main wires the lifecycle in order and serves, guards and loads app://studio/', async () => {
    createRequire(path.join(dir, 'x.js'))(path.join(out, 'main.cjs'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const names = g.__electronLog.map((entry) => entry[0]);
    // The scheme is privileged before `ready`; the window loads only after protocol and IPC exist.
    expect(names.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(names.indexOf('app.whenReady'));
    expect(names.indexOf('protocol.handle')).toBeLessThan(names.indexOf('loadURL'));
    expect(names.filter((n) => n === 'ipcMain.handle')).toHaveLength(8);
    expect(g.__electronLog.find((e) => e[0] === 'loadURL')).toEqual(['loadURL', 'app://studio/index.html']);
    const options = g.__electronLog.find((e) => e[0] === 'new BrowserWindow')![1] as { webPreferences: Record<string, unknown> };
    expect(options.webPreferences).toMatchObject({ preload: path.join(out, 'preload.cjs'), contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(g.__electronLog.find((e) => e[0] === 'Menu.setApplicationMenu')![1]).toEqual(['&File', '&Edit', '&Query', '&View', 'help']);
    expect(names).toContain('app.enableSandbox');

    const response = (await g.__electronHandlers.protocol!({ url: 'app://studio/index.html', method: 'GET' })) as Response;
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Modeling Studio');
    expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');

    const frame = { url: 'app://studio/index.html' };
    const appInfo = g.__electronHandlers['studio:app:info']!;
    await expect(appInfo({ senderFrame: frame, sender: { mainFrame: frame } }, undefined)).resolves.toMatchObject({ name: 'Modeling Studio', version: '0.1.0', packaged: false });
    const evil = { url: 'https://evil.example/' };
    await expect(appInfo({ senderFrame: evil, sender: { mainFrame: evil } }, undefined)).rejects.toThrow(/not the studio/);
  });

  it('the preload exposes only `studio`, with one function per channel', async () => {
    createRequire(path.join(dir, 'x.js'))(path.join(out, 'preload.cjs'));
    expect(g.__electronLog.filter((e) => e[0] === 'exposeInMainWorld')).toEqual([['exposeInMainWorld', 'studio']]);
    expect(Object.keys(g.__exposed).sort()).toEqual(['appInfo', 'loadWorkspace', 'onMenuCommand', 'openCourseFolder', 'openFile', 'recentWorkspaces', 'saveFile', 'saveWorkspace', 'workspaceBackups']);
    await (g.__exposed.loadWorkspace as (r: unknown) => Promise<unknown>)({ target: { kind: 'default' } });
    expect(g.__electronLog.at(-1)).toEqual(['ipcRenderer.invoke', 'studio:workspace:load', { target: { kind: 'default' } }]);
  });
});
