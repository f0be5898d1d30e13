/**
 * Start-up figures of the studio in Chromium: load → shell readable, → editor interactive,
 * → engine ready, → default pack queryable. Each launch is a new page in one browser profile
 * on disk, as a returning user's launch is (the HTTP cache and the wasm code cache are warm; the
 * first, cold launch is reported on its own). A profile on disk, not a private context: Chromium
 * keeps no code cache in a private one, so a bench there compiles DuckDB's wasm on every launch
 * as no user's browser or Electron does. Several builds can be measured in turns, so a before /
 * after ratio comes from one run on one (noisy) machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumExecutable } from '../../e2e/support/browser';

/** One launch's times since navigation start, in ms (null: that milestone does not exist in this build). */
export interface Launch {
  shell: number;
  editor: number;
  engine: number;
  /** The wasm module fetched, compiled and instantiated (null in builds without the mark). */
  wasm: number | null;
  pack: number | null;
}

/**
 * Time (ms since navigation start) at which `ready()` first returned one, polled every animation
 * frame. `ready` reads the time itself, in the frame that saw it hold: a second round trip to
 * read it would add however long the page's main thread is busy after that frame.
 */
async function whenTrue(page: Page, ready: () => number | false, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: timeoutMs });
  return (await handle.jsonValue()) as number;
}

async function mark(page: Page, name: string, timeoutMs: number): Promise<number | null> {
  try {
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, name, { timeout: timeoutMs });
  } catch {
    return null;
  }
  return page.evaluate((m) => performance.getEntriesByName(m)[0]!.startTime, name);
}

/**
 * Load the studio once. "Shell readable" is the first frame with the side navigation and the
 * editor's toolbar in the DOM (the same test for every build, marks or not).
 */
export async function launchOnce(page: Page, url: string, waitForPack: boolean): Promise<Launch> {
  await page.goto(url);
  const shell = await whenTrue(page, () => document.querySelector('nav') !== null && document.querySelector('.editor-toolbar') !== null && performance.now(), 60_000);
  const editor = (await mark(page, 'studio:editor-interactive', 60_000)) ?? Number.NaN;
  const engine = (await mark(page, 'studio:engine-ready', 60_000)) ?? Number.NaN;
  const wasm = await page.evaluate(() => performance.getEntriesByName('studio:engine-instantiated')[0]?.startTime ?? null);
  const pack = waitForPack ? await mark(page, 'studio:pack-ready', 180_000) : null;
  return { shell, editor, engine, wasm, pack };
}

/**
 * `runs` warm launches of each target in turns, after one cold launch each. The cold launch stays
 * open until its opening build is done (or, for a target measured without it, a while), as a
 * first session does: Chromium writes the wasm code cache only once enough of it is optimised.
 */
export async function benchStartup(
  targets: { name: string; url: string; pack: boolean }[], runs: number, log: (line: string) => void,
): Promise<Record<string, { cold: Launch; warm: Launch[] }>> {
  const profiles = targets.map(() => mkdtempSync(path.join(tmpdir(), 'studio-bench-profile-')));
  const contexts: BrowserContext[] = [];
  const out: Record<string, { cold: Launch; warm: Launch[] }> = {};
  try {
    for (const profile of profiles) {
      contexts.push(await chromium.launchPersistentContext(profile, { executablePath: chromiumExecutable(), viewport: { width: 1280, height: 800 } }));
    }
    for (let i = 0; i <= runs; i += 1) {
      for (const [t, target] of targets.entries()) {
        const page = await contexts[t]!.newPage();
        const launch = await launchOnce(page, target.url, target.pack);
        if (i === 0 && !target.pack) await page.waitForTimeout(15_000);
        await page.close();
        log(`  ${target.name} launch ${i}${i === 0 ? ' (cold)' : ''}: shell ${launch.shell.toFixed(0)} ms, editor ${launch.editor.toFixed(0)} ms, engine ${launch.engine.toFixed(0)} ms (wasm ${launch.wasm?.toFixed(0) ?? '?'})${launch.pack === null ? '' : `, pack ${launch.pack.toFixed(0)} ms`}`);
        if (i === 0) out[target.name] = { cold: launch, warm: [] };
        else out[target.name]!.warm.push(launch);
      }
    }
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
    for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
  }
  return out;
}
