/**
 * `npm run bench [-- --json] [--quick]`: the speed figures of the studio against their targets,
 * each the median of repeated runs in headless Chromium, with native DuckDB as the reference
 * for ratios. Timings are never asserted in tests; they live here.
 */
import { spawnSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { benchNativeBuild } from './bench/packBuild';
import { startBrowserSession, markTime } from './bench/browser';
import { atMost, formatTable, info, median, type Metric } from './bench/metrics';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const runs = quick ? 3 : 5;
const log = (line: string) => (json ? process.stderr : process.stdout).write(line + '\n');

/** The hooks the studio exposes for this script (features/packs/packBench.ts, features/compare/compareBench.ts). */
interface BenchHooks {
  buildPack(packId: string, scaleId: string): Promise<{ ms: number; totalMs: number; testsFailed: number }>;
  compare?(options: { scale: string; runs: number; build: boolean }): Promise<{ timingMs: number; overheadMedianMs: number | null; questions: number; styles: string[]; allAgree: boolean }>;
}

async function runInEditor(page: Page, sql: string): Promise<{ totalMs: number; engineMs: number; rows: number }> {
  await page.evaluate(() => (window.__studioLastRun = undefined));
  const editor = page.locator('.monaco-editor').first();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(sql);
  await page.keyboard.press('ControlOrMeta+Enter');
  await page.waitForFunction(() => window.__studioLastRun !== undefined, undefined, { timeout: 120_000 });
  return page.evaluate(() => window.__studioLastRun!);
}

async function main(): Promise<void> {
  // Build the renderer being measured; its output goes to stderr so `--json` stdout stays JSON.
  const build = spawnSync('npx', ['vite', 'build'], { stdio: ['ignore', process.stderr, process.stderr] });
  if (build.status !== 0) throw new Error('vite build failed');
  const metrics: Metric[] = [];
  const session = await startBrowserSession();
  try {
    log(`start-up: ${runs} fresh loads…`);
    const editorMs: number[] = [];
    const engineMs: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const page = await session.browser.newPage();
      await page.goto(session.url);
      engineMs.push(await markTime(page, 'studio:engine-ready'));
      editorMs.push(await markTime(page, 'studio:editor-interactive'));
      await page.close();
    }
    metrics.push(atMost('load → editor interactive', median(editorMs), 'ms', 500));
    metrics.push(atMost('load → engine ready', median(engineMs), 'ms', 1500));

    log('query overhead…');
    const page = await session.openStudio();
    await runInEditor(page, 'SELECT 1'); // warm-up
    const overhead: number[] = [];
    for (let i = 0; i < runs + 2; i += 1) {
      const run = await runInEditor(page, 'SELECT range AS n, range * 2 AS twice, md5(range::VARCHAR) AS h FROM range(1000)');
      overhead.push(run.totalMs - run.engineMs);
    }
    metrics.push(atMost('UI overhead, 1,000-row query', median(overhead), 'ms', 20));
    const firstPage: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const run = await runInEditor(page, 'SELECT * FROM range(1000000)');
      firstPage.push(run.totalMs - run.engineMs);
    }
    metrics.push(atMost('1,000,000-row result: first page after DuckDB', median(firstPage), 'ms', 300));

    log('pack build at 100k (browser, 3 runs) and native (1 thread, 3 runs)…');
    for (const [scale, limitS, repeats] of (quick ? [['100k', 3, 1]] : [['100k', 3, 3], ['1m', 30, 1]]) as [string, number, number][]) {
      const wasm: number[] = [];
      for (let i = 0; i < repeats; i += 1) {
        const result = await page.evaluate(([s]) => (window.__studioBench as unknown as BenchHooks).buildPack('retail', s!), [scale]);
        if (result.testsFailed > 0) throw new Error(`retail ${scale}: ${result.testsFailed} data tests failed`);
        wasm.push(result.ms);
      }
      const native = await benchNativeBuild(scale);
      metrics.push(atMost(`retail build, all styles, ${scale} orders (browser)`, median(wasm) / 1000, 's', limitS));
      metrics.push(info(`retail build, all styles, ${scale} orders (native, 1 thread)`, native.ms / 1000, 's'));
      metrics.push(atMost(`retail build ${scale}: browser / native`, median(wasm) / native.ms, '×', 1.5));
    }

    log('comparison: questions × 5 styles × 5 runs at 100k…');
    await page.getByRole('button', { name: /compare/i }).first().click();
    await page.waitForFunction(() => typeof (window.__studioBench as Record<string, unknown> | undefined)?.compare === 'function');
    await page.evaluate(() => (window.__studioBench as unknown as BenchHooks).buildPack('retail', '100k'));
    const compared = await page.evaluate(() => (window.__studioBench as unknown as BenchHooks).compare!({ scale: '100k', runs: 5, build: false }));
    if (!compared.allAgree) throw new Error('the styles disagreed during the comparison bench');
    metrics.push(atMost(`comparison ${compared.questions} questions × ${compared.styles.length} styles × 5 runs, 100k`, compared.timingMs / 1000, 's', 30));
    metrics.push(atMost('comparison harness overhead per run', compared.overheadMedianMs ?? Number.NaN, 'ms', 5));
    await page.close();
  } finally {
    await session.close();
  }
  if (json) console.log(JSON.stringify({ metrics }, null, 2));
  else console.log('\n' + formatTable(metrics));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
