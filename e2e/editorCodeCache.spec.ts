/**
 * A returning launch need not compile Monaco's core again: Chromium stores a script's compiled
 * code after its second run and reads it back from the third, for classic scripts (it compiles ES
 * modules again every time). The studio ships Monaco's core as a classic script for this reason;
 * this spec launches three times in a profile on disk and reads, from Chromium's own trace of the
 * third launch, whether the script's compiled code came from that cache.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { chromiumExecutable } from './support/browser';
import { cachedCodeBytes } from './support/codeCache';
import { openStudio } from './support/studio';

interface TraceEvent {
  name: string;
  args?: { data?: { url?: string; consumedCacheSize?: number; cacheRejected?: boolean } };
}

/** Chromium's compile events for scripts whose URL matches `url`, recorded while `launch` runs. */
async function compileEvents(context: BrowserContext, page: Page, url: RegExp, launch: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-v8.compile'] } });
  await launch();
  await cdp.send('Tracing.end');
  await complete;
  return events.filter((e) => (e.name === 'v8.compile' || e.name === 'v8.compileModule') && url.test(e.args?.data?.url ?? ''));
}

test("Monaco's compiled code is kept for the next launch", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(path.join(tmpdir(), 'studio-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumExecutable(), baseURL, viewport: { width: 1280, height: 800 } });
  try {
    // The first launch runs the script; the second stores its compiled code (Monaco's is megabytes).
    let before = 0;
    for (let i = 0; i < 2; i += 1) {
      const page = await context.newPage();
      await openStudio(page);
      await expect(page.locator('.monaco-editor')).toBeVisible();
      if (i === 0) before = cachedCodeBytes(profile, 'js');
      else await expect.poll(() => cachedCodeBytes(profile, 'js'), { timeout: 30_000, intervals: [250] }).toBeGreaterThan(before + 1_000_000);
      await page.close();
    }
    const third = await context.newPage();
    const compiles = await compileEvents(context, third, /\/assets\/monacoCore-[^/]*\.js$/, async () => {
      await openStudio(third);
      await expect(third.locator('.monaco-editor')).toBeVisible();
    });
    expect(compiles).toHaveLength(1);
    expect(compiles[0]!.args?.data?.cacheRejected ?? false).toBe(false);
    expect(compiles[0]!.args?.data?.consumedCacheSize ?? 0).toBeGreaterThan(100_000);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
