/**
 * The desktop app itself, driven through Playwright's Electron support. Runs only where
 * Electron's binary is installed (its download from GitHub is impossible on the project's
 * build machines) and the app is built (`npm run build`).
 */
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'package.json'));

function electronBinary(): string | null {
  // Electron 45's index.js downloads a missing binary on first require: ask path.txt first.
  if (!existsSync(path.join(root, 'node_modules', 'electron', 'path.txt'))) return null;
  try {
    const binary = require('electron') as string;
    return existsSync(binary) ? binary : null;
  } catch {
    return null; // electron's index.js throws when its postinstall download never happened
  }
}

const binary = electronBinary();
test.skip(!binary, "Electron's binary is not installed: `npm install` downloads it from GitHub, which is unreachable here. Run these tests where it is installed.");
test.skip(!existsSync(path.join(root, 'dist', 'electron', 'main.cjs')), 'The desktop app is not built: run `npm run build` first.');

let userData: string;
let app: ElectronApplication;
let page: Page;

async function launch(...files: string[]): Promise<void> {
  const sandboxArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : []; // Chromium refuses root otherwise
  app = await electron.launch({
    executablePath: binary!,
    args: [...sandboxArgs, root, ...files],
    cwd: root,
    env: { ...process.env, STUDIO_USER_DATA: userData },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
}

test.beforeEach(() => {
  userData = mkdtempSync(path.join(os.tmpdir(), 'studio-electron-'));
});
test.afterEach(async () => {
  await app?.close();
  rmSync(userData, { recursive: true, force: true });
});

test('loads the studio from app://, isolated, with only window.studio exposed', async () => {
  await launch();
  expect(page.url()).toBe('app://studio/index.html');
  await expect(page).toHaveTitle(/Modeling Studio/);
  const globals = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    isolated: globalThis.crossOriginIsolated,
    studio: Object.keys((globalThis as unknown as { studio: object }).studio).sort(),
  }));
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    isolated: true,
    studio: ['appInfo', 'loadWorkspace', 'onMenuCommand', 'openFile', 'recentWorkspaces', 'saveFile', 'saveWorkspace'],
  });
  const info = await page.evaluate(() => (globalThis as unknown as { studio: { appInfo(): Promise<{ name: string; packaged: boolean }> } }).studio.appInfo());
  expect(info).toMatchObject({ name: 'Modeling Studio', packaged: false });
});

test('blocks navigation, new windows and the network', async () => {
  await launch();
  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  expect(app.windows()).toHaveLength(1);
  const fetchError = await page.evaluate(() => fetch('https://example.com/').then(() => 'fetched', (e: Error) => e.name));
  expect(fetchError).toBe('TypeError');
  await page.evaluate(() => {
    location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe('app://studio/index.html');
});

test('saves and loads the default workspace through the bridge', async () => {
  await launch();
  const result = await page.evaluate(async () => {
    const studio = (globalThis as unknown as { studio: { saveWorkspace(r: unknown): Promise<unknown>; loadWorkspace(r: unknown): Promise<unknown> } }).studio;
    await studio.saveWorkspace({ target: { kind: 'default' }, data: { tabs: ['SELECT 42'] } });
    return studio.loadWorkspace({ target: { kind: 'default' } });
  });
  expect(result).toMatchObject({ status: 'loaded', version: 1, data: { tabs: ['SELECT 42'] } });
  expect(existsSync(path.join(userData, 'workspace.json'))).toBe(true);
});

test('a file named on the command line reaches the renderer and can be read', async () => {
  const csv = path.join(userData, 'orders.csv');
  writeFileSync(csv, 'id,total\n1,9.5\n');
  await launch(csv);
  const got = await page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const studio = (globalThis as unknown as { studio: { onMenuCommand(l: (c: { type: string; path?: string }) => void): void; openFile(r: unknown): Promise<{ bytes: Uint8Array; name: string }> } }).studio;
        studio.onMenuCommand(async (command) => {
          if (command.type !== 'openFilePath') return;
          const file = await studio.openFile({ path: command.path });
          resolve({ command: command.type, name: file.name, text: new TextDecoder().decode(file.bytes) });
        });
      }),
  );
  expect(got).toEqual({ command: 'openFilePath', name: 'orders.csv', text: 'id,total\n1,9.5\n' });
});

test('installs the application menu', async () => {
  await launch();
  const menu = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label.replace('&', '')));
  expect(menu).toEqual(expect.arrayContaining(['File', 'Edit', 'Query', 'View']));
});
