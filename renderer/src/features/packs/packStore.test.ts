/** The pack store against the real engine (DuckDB-Wasm in Node): rebuilding after a restart. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import type { BuildReport } from '../../engine/pack';
import { createNodeEngine } from '../../engine/nodeEngine';
import { findPack } from './packCatalog';
import { buildOpening, buildSelected, cancelBuild, ensureBuilt, getPackState, rebuildAfterRestart, runPendingTests, selectPack, selectScale, subscribePack } from './packStore';

let engine: Engine;
const workers: Worker[] = [];
beforeAll(async () => {
  engine = createNodeEngine({ onWorker: (w) => workers.push(w) });
  await engine.ready();
});
afterAll(() => engine.close());

describe('packStore', () => {
  it('rebuilds the last built pack at its scale when the engine restarts', async () => {
    selectPack('retail');
    selectScale('course');
    const first = await buildSelected(engine, 3);
    expect(first).not.toBeNull();
    const style = first!.styles.find((st) => st.tables.length > 0)!;
    const table = `${style.name}.${style.tables[0]!.name}`;
    const before = (await engine.query(`SELECT count(*) AS n FROM ${table}`)).rows;
    expect(Number(before[0]![0])).toBeGreaterThan(0);

    let rebuilt!: (r: BuildReport | null) => void;
    const done = new Promise<BuildReport | null>((r) => { rebuilt = r; });
    const stop = rebuildAfterRestart(engine, (r) => rebuilt(r));
    expect(rebuildAfterRestart(engine)).toBe(stop); // once per engine
    // Another view selected something else meanwhile: the rebuild is of what was built.
    selectScale('1k');
    const seen: string[] = [];
    const off = subscribePack(() => seen.push(getPackState().status));

    workers[workers.length - 1]!.terminate();
    const gone = await engine.query(`SELECT count(*) FROM ${table}`).catch((e: Error) => e);
    expect(gone).toBeInstanceOf(Error); // the session's tables are lost…
    const report = await done;
    off();
    stop();

    expect(report).toMatchObject({ pack: 'retail', scale: 'course', seed: 3 });
    expect(seen).toContain('building');
    expect(getPackState()).toMatchObject({ status: 'ready', packId: 'retail', scaleId: 'course', report });
    // …and queryable again, with the same rows.
    expect((await engine.query(`SELECT count(*) AS n FROM ${table}`)).rows).toEqual(before);
  }, 60_000);

  it('ensureBuilt: one build for every caller, reused when current, any pack (deftunes too)', async () => {
    const retail = findPack('retail')!;
    const first = await ensureBuilt(engine, retail, 'course');
    const seen: string[] = [];
    const off = subscribePack(() => seen.push(getPackState().status));
    // Already the current build: returned as is, nothing is built again.
    expect(await ensureBuilt(engine, retail, 'course')).toBe(first);
    expect(seen).not.toContain('building');
    const deftunes = findPack('deftunes')!;
    const steps: string[] = [];
    const report = await ensureBuilt(engine, deftunes, 'course', { onProgress: (p) => steps.push(p.step) });
    off();
    expect(report).toMatchObject({ pack: 'deftunes', scale: 'course', seed: 0 });
    expect(steps.length).toBeGreaterThan(0);
    // Every view reads the same state: the selected pack is what was built.
    expect(getPackState()).toMatchObject({ packId: 'deftunes', scaleId: 'course', status: 'ready', report });
  }, 60_000);

  it('ensureBuilt: a cancelled build rejects as an abort and keeps the previous build', async () => {
    const before = getPackState().report;
    const controller = new AbortController();
    const pending = ensureBuilt(engine, findPack('retail')!, '1k', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(getPackState()).toMatchObject({ status: 'cancelled', report: before });
  }, 60_000);

  it('ensureBuilt during the launch build: waits for it when it builds the same, replaces it otherwise', async () => {
    selectPack('retail');
    selectScale('course');
    const launch = buildOpening(engine);
    expect(getPackState().status).toBe('building');
    const same = await ensureBuilt(engine, findPack('retail')!, 'course');
    // One build served both; the caller got it once its deferred data tests had run.
    expect((await launch)!.database).toBe(same.database);
    expect(same.styles.some((st) => st.tests_pending)).toBe(false);
    expect(getPackState().report).toBe(same);

    selectScale('1k');
    const other = buildOpening(engine);
    const report = await ensureBuilt(engine, findPack('deftunes')!, 'course');
    expect(await other).toBeNull(); // the launch build gave way…
    expect(report).toMatchObject({ pack: 'deftunes', scale: 'course' });
    expect(getPackState()).toMatchObject({ status: 'ready', packId: 'deftunes', report }); // …silently, not "cancelled"
  }, 90_000);

  it('the launch build is queryable before its data tests, which then arrive in the report with their progress', async () => {
    selectPack('retail');
    selectScale('1k');
    const testing: string[] = [];
    const off = subscribePack(() => { const t = getPackState().testing; if (t) testing.push(`${t.done}/${t.total}`); });
    const launch = await buildOpening(engine);
    // Resolved (the studio marks the pack queryable here) before the tests ran…
    expect(launch!.styles.every((st) => st.tests_pending)).toBe(true);
    expect(getPackState()).toMatchObject({ status: 'ready', report: launch });
    expect(getPackState().testing).not.toBeNull();
    const count = await engine.query('SELECT count(*) FROM star.fact_order_items');
    expect(Number(count.rows[0]![0])).toBe(launch!.styles.find((st) => st.name === 'star')!.tables.find((t) => t.name === 'fact_order_items')!.rows);
    // …and a caller that needs the report waits for them: every test has passed or failed as expected.
    const tested = await ensureBuilt(engine, findPack('retail')!, '1k');
    off();
    expect(tested.database).toBe(launch!.database);
    expect(tested.styles.flatMap((st) => st.failedTests)).toEqual([]);
    expect(tested.styles.reduce((sum, st) => sum + st.tests.passed, 0)).toBeGreaterThan(50);
    expect(getPackState()).toMatchObject({ status: 'ready', report: tested, testing: null });
    const total = testing.at(-1)!.split('/')[1];
    expect(Number(total)).toBeGreaterThan(50);
    expect(testing).toContain(`0/${total}`);
    expect(testing.at(-1)).toBe(`${total}/${total}`);
  }, 90_000);

  it('stopping the deferred data tests keeps the build queryable, its tests marked as not run', async () => {
    selectPack('retail');
    selectScale('1k');
    const launch = await buildOpening(engine);
    expect(getPackState().testing).not.toBeNull();
    const stopped = new Promise<void>((resolve) => { const off = subscribePack(() => { if (getPackState().testing === null) { off(); resolve(); } }); });
    cancelBuild();
    await stopped;
    expect(getPackState()).toMatchObject({ status: 'ready', report: launch, error: null, testing: null });
    expect(getPackState().report!.styles.some((st) => st.tests_pending)).toBe(true);
    expect(Number((await engine.query('SELECT count(*) FROM nf3.customers')).rows[0]![0])).toBeGreaterThan(0);
  }, 90_000);

  it('deferTests (growth) holds the data tests back until runPendingTests, or until a caller needs the report', async () => {
    const retail = findPack('retail')!;
    const held = await ensureBuilt(engine, retail, 'course', { force: true, deferTests: true });
    // Nothing runs behind a held build: the measuring that follows has the engine to itself.
    expect(held.styles.every((st) => st.tests_pending)).toBe(true);
    expect(getPackState()).toMatchObject({ status: 'ready', report: held, testing: null });
    const again = await ensureBuilt(engine, retail, 'course', { deferTests: true });
    expect(again).toBe(held);
    runPendingTests(engine);
    expect(getPackState().testing).not.toBeNull();
    const tested = await ensureBuilt(engine, retail, 'course');
    expect(tested.database).toBe(held.database);
    expect(tested.styles.some((st) => st.tests_pending)).toBe(false);
    expect(tested.styles.flatMap((st) => st.failedTests)).toEqual([]);
    // A held build that nobody ran the tests of: the next caller that reads the report runs them first.
    const heldAgain = await ensureBuilt(engine, retail, '1k', { deferTests: true });
    expect(heldAgain.styles.every((st) => st.tests_pending)).toBe(true);
    const read = await ensureBuilt(engine, retail, '1k');
    expect(read.database).toBe(heldAgain.database);
    expect(read.styles.some((st) => st.tests_pending)).toBe(false);
    expect(getPackState().testing).toBeNull();
  }, 120_000);
});
