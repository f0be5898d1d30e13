/**
 * Browser side of `npm run bench`: serves the built renderer, drives headless Chromium with
 * Playwright and reads the figures the studio records (performance marks, window hooks).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumExecutable } from '../../e2e/support/browser';

export interface BrowserSession {
  browser: Browser;
  url: string;
  /** A fresh page with the studio loaded and its engine ready. */
  openStudio(): Promise<Page>;
  close(): Promise<void>;
}

const port = Number(process.env.STUDIO_BENCH_PORT ?? 4899);

/** The test build (`vite build --mode test`): the shipped one has no bench hooks. */
const root = process.env.STUDIO_BENCH_ROOT ?? 'dist/renderer-test';

function startServer(): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const server = spawn('npx', ['tsx', 'scripts/serveWeb.ts', '--port', String(port), '--root', root, '--quiet'], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    server.stdout!.once('data', () => resolve(server));
    server.once('exit', (code) => reject(new Error(`web server exited with ${code}`)));
  });
}

/** Wait until a performance mark exists; returns its time since navigation start in ms. */
export async function markTime(page: Page, name: string, timeoutMs = 60_000): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout: timeoutMs });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, name);
}

export async function startBrowserSession(): Promise<BrowserSession> {
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: chromiumExecutable() });
  const url = `http://127.0.0.1:${port}/`;
  return {
    browser,
    url,
    async openStudio() {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(url);
      await markTime(page, 'studio:engine-ready');
      return page;
    },
    async close() {
      await browser.close();
      // npx → tsx → node: end the whole process group, not only npx.
      if (server.pid !== undefined) process.kill(-server.pid);
    },
  };
}
