/**
 * Start-up figures of the studio in Chromium: load → shell readable, → editor interactive,
 * → engine ready, → default pack queryable. Each launch is a new page in one browser context,
 * as a returning user's launch is (the HTTP cache and the wasm code cache are warm; the first,
 * cold launch is reported on its own). Several builds can be measured in turns, so a before /
 * after ratio comes from one run on one (noisy) machine.
 */
import type { Browser, Page } from '@playwright/test';

/** One launch's times since navigation start, in ms (null: that milestone does not exist in this build). */
export interface Launch {
  shell: number;
  editor: number;
  engine: number;
  /** The wasm module fetched, compiled and instantiated (null in builds without the mark). */
  wasm: number | null;
  pack: number | null;
}

/** Time (ms since navigation start) at which `ready()` first held, polled every animation frame. */
async function whenTrue(page: Page, ready: () => boolean, timeoutMs: number): Promise<number> {
  await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: timeoutMs });
  return page.evaluate(() => performance.now());
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
  const shell = await whenTrue(page, () => document.querySelector('nav') !== null && document.querySelector('.editor-toolbar') !== null, 60_000);
  const editor = (await mark(page, 'studio:editor-interactive', 60_000)) ?? Number.NaN;
  const engine = (await mark(page, 'studio:engine-ready', 60_000)) ?? Number.NaN;
  const wasm = await page.evaluate(() => performance.getEntriesByName('studio:engine-instantiated')[0]?.startTime ?? null);
  const pack = waitForPack ? await mark(page, 'studio:pack-ready', 180_000) : null;
  return { shell, editor, engine, wasm, pack };
}

/** `runs` warm launches of each target in turns, after one cold launch each. */
export async function benchStartup(
  browser: Browser, targets: { name: string; url: string; pack: boolean }[], runs: number, log: (line: string) => void,
): Promise<Record<string, { cold: Launch; warm: Launch[] }>> {
  const contexts = await Promise.all(targets.map(() => browser.newContext({ viewport: { width: 1280, height: 800 } })));
  const out: Record<string, { cold: Launch; warm: Launch[] }> = {};
  try {
    for (let i = 0; i <= runs; i += 1) {
      for (const [t, target] of targets.entries()) {
        const page = await contexts[t]!.newPage();
        const launch = await launchOnce(page, target.url, target.pack);
        await page.close();
        log(`  ${target.name} launch ${i}${i === 0 ? ' (cold)' : ''}: shell ${launch.shell.toFixed(0)} ms, editor ${launch.editor.toFixed(0)} ms, engine ${launch.engine.toFixed(0)} ms (wasm ${launch.wasm?.toFixed(0) ?? '?'})${launch.pack === null ? '' : `, pack ${launch.pack.toFixed(0)} ms`}`);
        if (i === 0) out[target.name] = { cold: launch, warm: [] };
        else out[target.name]!.warm.push(launch);
      }
    }
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
  return out;
}
