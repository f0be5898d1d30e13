import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './e2e/support/browser';

/**
 * End-to-end tests drive the test build of the renderer (dist/renderer-test) served on localhost, in Chromium:
 * Playwright's own browser when installed, else the system one (Debian `chromium`).
 * The `electron` project runs only where the Electron binary exists.
 */
const port = Number(process.env.STUDIO_E2E_PORT ?? 4873);
/** The built renderer to serve: the test build (`npm run build:test`), which has the test hooks. */
const root = process.env.STUDIO_E2E_ROOT ?? 'dist/renderer-test';

export default defineConfig({
  testDir: 'e2e',
  // A RegExp on the full path: a glob 'perf/**' also matched any checkout inside a folder named perf.
  testIgnore: [/[\\/]e2e[\\/]perf[\\/]/],
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  // One retry: these tests drive a real browser and a real engine on 2 shared cores, where a
  // timing can slip. A test that passes only on its retry is listed as flaky in the report, not
  // hidden; a test that fails twice fails the run.
  retries: 1,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: chromiumExecutable() },
    trace: 'off',
  },
  webServer: {
    command: `npx tsx scripts/serveWeb.ts --port ${port} --root ${root} --quiet`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
  projects: [
    { name: 'chromium', testIgnore: ['electron/**', /[\\/]e2e[\\/]perf[\\/]/] },
    // Skips itself (with the reason) where Electron's binary is not installed.
    { name: 'electron', testMatch: ['electron/**/*.spec.ts'] },
  ],
});
