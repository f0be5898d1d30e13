/**
 * `npm run bench [-- --json] [--quick] [--large] [--before DIR] [--only growth] [--growth-runs N]`: the speed figures of the studio
 * against their targets, each the median (with min and max) of repeated runs in headless
 * Chromium over the test build (`vite build --mode test`, which has the bench hooks), with native
 * DuckDB (@duckdb/node-api, one thread) beside it where a ratio is asked. `--large` adds the
 * 1,000,000-order rows (minutes); `--before DIR` also launches the studio built in DIR (a checkout
 * with `dist/renderer` built), in turns with this one, for a before/after from one run.
 * `--only growth` measures just the growth row (1k → 1M, with its phases per scale);
 * `--growth-runs N` sets its counted runs per question (default 3, as the Compare screen asks).
 * Timings are never asserted in tests; they live here.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { loadPackFromDisk } from './lib/loadPackFromDisk';
import { markTime, startBrowserSession } from './bench/browser';
import { atMost, formatTable, info, median, missing, type Metric } from './bench/metrics';
import { openNativeQuestions, type QuestionMedians, type QuestionProfiles } from './bench/nativeQuestions';
import { nativeBuildOnce, nativeBuildParts } from './bench/packBuild';
import { watchBrowserMemory } from './bench/processMemory';
import { engineHeapBytes } from '../e2e/support/engineHeap';
import { benchStartup, type Launch } from './bench/startup';
import type { ProfileFigures } from '../renderer/src/core/plan/summary';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const quick = argv.includes('--quick');
const large = argv.includes('--large');
const beforeDir = argv.includes('--before') ? path.resolve(argv[argv.indexOf('--before') + 1]!) : null;
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null;
if (only !== null && only !== 'growth') throw new Error(`--only: "${only}" is not a row group (only "growth")`);
const growthRuns = argv.includes('--growth-runs') ? Number(argv[argv.indexOf('--growth-runs') + 1]) : 3;
const runs = quick ? 3 : 5;
const log = (line: string) => (json ? process.stderr : process.stdout).write(line + '\n');
const GIB = 1024 ** 3;

/** The hooks the test build exposes for this script (features/packs/packBench.ts, features/compare/compareBench.ts). */
interface BenchHooks {
  buildPack(packId: string, scaleId: string): Promise<{ ms: number; totalMs: number; testsFailed: number; parts: Record<string, number> }>;
  compare?(options: { scale: string; runs: number; build: boolean; profile?: boolean; questions?: string[] }): Promise<{
    timingMs: number; overheadMedianMs: number | null; roundTripMedianMs: number | null; questions: number; styles: string[]; allAgree: boolean;
    medians: Record<string, Record<string, number>>; profiles?: Record<string, Record<string, ProfileFigures>>;
  }>;
  growth?(scales: string[], runs?: number): Promise<{ ms: number; scales: string[]; phases: { scale: string; build: number; storage: number; time: number }[] }>;
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

const hooks = (page: Page) => <T>(call: (h: BenchHooks) => Promise<T>) => page.evaluate(`(${call.toString()})(window.__studioBench)`) as Promise<T>;

function startBeforeServer(dir: string, port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const server = spawn('npx', ['tsx', 'scripts/serveWeb.ts', '--port', String(port), '--root', path.join(dir, 'dist', 'renderer'), '--quiet'], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    server.stdout!.once('data', () => resolve(server));
    server.once('exit', (code) => reject(new Error(`the --before web server exited with ${code}`)));
  });
}

function startupMetrics(launches: Launch[], label: string): Metric[] {
  const of = (pick: (l: Launch) => number | null) => launches.map(pick).filter((v): v is number => v !== null && Number.isFinite(v));
  const pack = of((l) => l.pack);
  return [
    atMost(`load → shell and text readable${label}`, of((l) => l.shell), 'ms', 300),
    atMost(`load → editor interactive${label}`, of((l) => l.editor), 'ms', 600),
    atMost(`load → engine ready${label}`, of((l) => l.engine), 'ms', 1200),
    ...(of((l) => l.wasm).length ? [info(`  of which wasm fetched, compiled, instantiated${label}`, of((l) => l.wasm), 'ms')] : []),
    pack.length
      ? atMost(`load → default pack queryable (retail 100k)${label}`, pack, 'ms', 4000)
      : missing(`load → default pack queryable (retail 100k)${label}`, 'ms', 'this build does not build a pack at launch', 4000),
  ];
}

/** The growth row as the Compare screen runs it (on the Compare screen of `page`), with each scale's phases. */
async function growthMetrics(page: Page): Promise<Metric[]> {
  log(`growth 1k → 1M in the app (Compare ▸ growth: build, storage, timing at each scale, ${growthRuns} runs)…`);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare' }).click();
  await page.waitForFunction(() => typeof (window.__studioBench as Record<string, unknown> | undefined)?.growth === 'function');
  try {
    const runs = growthRuns;
    const grown = await page.evaluate(([r]) => (window.__studioBench as unknown as Required<BenchHooks>).growth(['1k', '10k', '100k', '1m'], r), [runs] as const);
    return [
      atMost(`growth ${grown.scales.join(' → ')} in the app (${runs} runs)`, grown.ms / 1000, 's', 180),
      ...grown.phases.map((p) => ({
        ...info(`  growth at ${p.scale}: build, storage, timing`, (p.build + p.storage + p.time) / 1000, 's'),
        note: `${(p.build / 1000).toFixed(1)} s + ${(p.storage / 1000).toFixed(1)} s + ${(p.time / 1000).toFixed(1)} s`,
      })),
    ];
  } catch (error) {
    return [missing('growth 1k → 1M in the app', 's', `failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 160)}`, 180)];
  }
}

async function main(): Promise<void> {
  // Build the renderer being measured; its output goes to stderr so `--json` stdout stays JSON.
  const build = spawnSync('npx', ['vite', 'build', '--mode', 'test'], { stdio: ['ignore', process.stderr, process.stderr] });
  if (build.status !== 0) throw new Error('vite build failed');
  const metrics: Metric[] = [];
  const retail = loadPackFromDisk('retail');
  const session = await startBrowserSession();
  if (only === 'growth') {
    try {
      const page = await session.openStudio();
      await markTime(page, 'studio:pack-ready', 300_000);
      metrics.push(...(await growthMetrics(page)));
    } finally {
      await session.close();
    }
    if (json) console.log(JSON.stringify({ metrics }, null, 2));
    else console.log('\n' + formatTable(metrics));
    return;
  }
  const beforePort = Number(process.env.STUDIO_BENCH_PORT ?? 4899) + 1;
  const before = beforeDir ? await startBeforeServer(beforeDir, beforePort) : null;
  try {
    log(`start-up: a cold launch, then ${runs} launches${before ? ' of each build, in turns' : ''}…`);
    const targets = [{ name: 'this build', url: session.url, pack: true }];
    if (before) targets.push({ name: 'before', url: `http://127.0.0.1:${beforePort}/`, pack: false });
    const startup = await benchStartup(targets, runs, log);
    metrics.push(...startupMetrics(startup['this build']!.warm, ''));
    metrics.push(info('first launch (cold caches) → engine ready', startup['this build']!.cold.engine, 'ms'));
    if (before) metrics.push(...startupMetrics(startup.before!.warm, ' (before)'));

    log('query overhead…');
    const page = await session.openStudio();
    const call = hooks(page);
    await markTime(page, 'studio:pack-ready', 300_000); // the launch build, out of the way of what follows
    await runInEditor(page, 'SELECT 1'); // warm-up
    const overhead: number[] = [];
    for (let i = 0; i < runs + 2; i += 1) {
      const run = await runInEditor(page, 'SELECT range AS n, range * 2 AS twice, md5(range::VARCHAR) AS h FROM range(1000)');
      overhead.push(run.totalMs - run.engineMs);
    }
    metrics.push(atMost('UI overhead, 1,000-row query', overhead, 'ms', 20));
    const firstPage: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const run = await runInEditor(page, 'SELECT * FROM range(1000000)');
      firstPage.push(run.totalMs - run.engineMs);
    }
    metrics.push(atMost('1,000,000-row result: first page after DuckDB', firstPage, 'ms', 300));

    const repeats = quick ? 1 : 3;
    log(`retail build at 100k: browser (${repeats}) and native, 1 thread (${repeats}), in turns…`);
    const wasm: number[] = [];
    const native: number[] = [];
    for (let i = 0; i < repeats; i += 1) {
      const result = await call((h) => h.buildPack('retail', '100k'));
      if (result.testsFailed > 0) throw new Error(`retail 100k: ${result.testsFailed} data tests failed`);
      wasm.push(result.ms / 1000);
      native.push((await nativeBuildOnce(retail, '100k')) / 1000);
    }
    metrics.push(atMost('all styles at 100k, browser', wasm, 's', 2.5));
    metrics.push(info('all styles at 100k, native 1 thread', native, 's'));
    metrics.push(atMost('all styles at 100k: browser / native', wasm.map((w, i) => w / native[i]!), '×', 1.3));

    log('questions at 100k: browser (Compare screen timing) and native, 1 thread, in turns per question…');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare' }).click();
    await page.waitForFunction(() => typeof (window.__studioBench as Record<string, unknown> | undefined)?.compare === 'function');
    // The whole comparison at once, as the Compare screen runs it: its wall time and agreement.
    const whole = await call((h) => h.compare!({ scale: '100k', runs: 5, build: false }));
    if (!whole.allAgree) throw new Error('the styles disagreed during the comparison bench');
    // Then each question in the browser and natively in turns, so a passing load skews no ratio.
    const nativeRunner = await openNativeQuestions(retail, '100k');
    const compared = { styles: whole.styles, medians: {} as QuestionMedians, profiles: {} as QuestionProfiles };
    const nativeQ = { medians: {} as QuestionMedians, profiles: {} as QuestionProfiles };
    try {
      for (const question of retail.questions) {
        const b = await page.evaluate(`window.__studioBench.compare(${JSON.stringify({ scale: '100k', runs: 5, build: false, profile: true, questions: [question.id] })})`) as Awaited<ReturnType<NonNullable<BenchHooks['compare']>>>;
        Object.assign(compared.medians, b.medians);
        Object.assign(compared.profiles, b.profiles);
        const n = await nativeRunner.time([question.id], whole.styles, 5);
        Object.assign(nativeQ.medians, n.medians);
        Object.assign(nativeQ.profiles, n.profiles);
      }
    } finally {
      nativeRunner.close();
    }
    metrics.push(info('question round trip through the engine (SELECT 42), browser', whole.roundTripMedianMs ?? Number.NaN, 'ms'));
    for (const style of compared.styles) {
      const ratios: number[] = [];
      const operatorRatios: number[] = [];
      for (const [q, byStyle] of Object.entries(compared.medians)) {
        const b = byStyle[style];
        const n = nativeQ.medians[q]?.[style];
        if (b === undefined || n === undefined || n <= 0) continue;
        ratios.push(b / n);
        const bp = compared.profiles[q]?.[style];
        const np = nativeQ.profiles[q]?.[style];
        if (bp && np && np.operatorsMs > 0) operatorRatios.push(bp.operatorsMs / np.operatorsMs);
        // Where the browser's time goes, question by question: DuckDB's operators (execution) against
        // the rest (parsing, planning, the worker round trip, the result's conversion).
        log(`  ${style} ${q}: browser ${b.toFixed(1)} ms (operators ${bp?.operatorsMs.toFixed(1) ?? '?'}, ${bp?.hottest ?? '?'}) · native ${n.toFixed(1)} ms (operators ${np?.operatorsMs.toFixed(1) ?? '?'}, ${np?.hottest ?? '?'}) · ×${(b / n).toFixed(2)}`);
      }
      const m = atMost(`question latency at 100k, ${style}: browser / native (over questions)`, ratios, '×', 1.5);
      const browserMs = median(Object.values(compared.medians).flatMap((s) => (s[style] === undefined ? [] : [s[style]!])));
      const nativeMs = median(Object.values(nativeQ.medians).flatMap((s) => (s[style] === undefined ? [] : [s[style]!])));
      metrics.push({ ...m, note: `median question ${browserMs.toFixed(1)} ms browser, ${nativeMs.toFixed(1)} ms native` });
      if (operatorRatios.length) metrics.push({ ...info(`  of which inside DuckDB's operators, ${style}: browser / native`, operatorRatios, '×'), note: 'execution only: wasm against native code' });
    }
    metrics.push(atMost(`comparison ${whole.questions} questions × ${whole.styles.length} styles × 5 runs, 100k`, whole.timingMs / 1000, 's', 30));
    metrics.push(atMost('comparison harness overhead per run', whole.overheadMedianMs ?? Number.NaN, 'ms', 5));

    if (large) {
      log('all styles at 1M: native, 1 thread, then the browser (1 run, peak memory sampled), then native again…');
      // Native runs on both sides of the browser's build and the ratio takes their median: one
      // native 1M build took 19.8 s in one bench run and 25.7 s in another on the same machine.
      const nativeRuns = [await nativeBuildParts(retail, '1m')];
      const memory = watchBrowserMemory();
      let browser1m: number | null = null;
      let browserParts: Record<string, number> = {};
      let failure = '';
      try {
        const result = await call((h) => h.buildPack('retail', '1m'));
        browser1m = result.ms / 1000;
        browserParts = result.parts;
      } catch (error) {
        failure = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 160);
      }
      const peak = memory.stop();
      const heap = await engineHeapBytes(page);
      nativeRuns.push(await nativeBuildParts(retail, '1m'));
      const native1m = median(nativeRuns.map((r) => r.ms / 1000));
      const nativePeak = process.resourceUsage().maxRSS * 1024;
      if (browser1m === null) {
        metrics.push(missing('all styles at 1M, browser', 's', `failed: ${failure}`, 30));
        metrics.push(missing('all styles at 1M: browser / native', '×', 'no browser figure', 1.5));
      } else {
        metrics.push(atMost('all styles at 1M, browser', browser1m, 's', 30));
        metrics.push(atMost('all styles at 1M: browser / native', browser1m / native1m, '×', 1.5));
      }
      metrics.push(info('all styles at 1M, native 1 thread', nativeRuns.map((r) => r.ms / 1000), 's'));
      // The browser compresses its 1M database (it would not fit DuckDB-Wasm's memory otherwise);
      // native DuckDB doing that same work shows how much of the gap is the compression.
      const nativeCompressed = await nativeBuildParts(retail, '1m', 0, true);
      metrics.push(info('all styles at 1M, native 1 thread, compressed in memory as the browser builds it', nativeCompressed.ms / 1000, 's'));
      if (browser1m !== null) metrics.push({ ...info('all styles at 1M: browser / native doing the same (compressed) work', browser1m / (nativeCompressed.ms / 1000), '×'), note: 'wasm against native code alone' });
      // Where the browser loses time: each part of the build (source, then each style) beside native.
      for (const [part, ms] of Object.entries(browserParts)) {
        const nativeMs = median(nativeRuns.map((r) => r.parts[part] ?? Number.NaN));
        if (nativeMs === undefined || nativeMs <= 0) continue;
        metrics.push({ ...info(`  1M ${part}: browser / native`, ms / nativeMs, '×'), note: `${(ms / 1000).toFixed(1)} s browser, ${(nativeMs / 1000).toFixed(1)} s native` });
      }
      // The goal is DuckDB's own memory: its wasm heap. The page renderer's RSS also holds React,
      // Monaco and the page's copies of results, so it is shown beside it, not instead of it.
      if (heap === null) metrics.push(missing('peak engine memory (DuckDB wasm heap), 1M build', 'GiB', 'the worker did not publish its heap', 2));
      else metrics.push(atMost('peak engine memory (DuckDB wasm heap), 1M build', heap / GIB, 'GiB', 2));
      if (peak === null) metrics.push(missing('peak RSS of the page renderer with the DuckDB worker, 1M build', 'GiB', 'not on Linux'));
      else {
        metrics.push(info('peak RSS of the page renderer with the DuckDB worker, 1M build', peak.largest / GIB, 'GiB'));
        metrics.push(info('peak browser memory (RSS of every Chromium process), 1M build', peak.total / GIB, 'GiB'));
      }
      metrics.push(info('peak native memory (RSS of this script), 1M build', nativePeak / GIB, 'GiB'));

      metrics.push(...(await growthMetrics(page)));
    } else {
      for (const [name, unit, limit] of [['all styles at 1M, browser', 's', 30], ['all styles at 1M: browser / native', '×', 1.5], ['peak engine memory, 1M build', 'GiB', 2], ['growth 1k → 1M in the app', 's', 180]] as const) {
        metrics.push({ ...missing(name, unit, 'run with --large (takes minutes)'), target: `<= ${limit}` });
      }
    }
    await page.close();
  } finally {
    await session.close();
    if (before?.pid !== undefined) process.kill(-before.pid);
  }
  if (json) console.log(JSON.stringify({ metrics }, null, 2));
  else console.log('\n' + formatTable(metrics));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
