/** The launch build against the real engine (DuckDB-Wasm in Node). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { currentPackDatabase } from '../../engine/pack';
import { createNodeEngine } from '../../engine/nodeEngine';
import { buildOnOpen } from './buildOnOpen';
import { buildOpening, getPackState, selectPack, selectScale, stopOpeningBuild } from './packStore';

let engine: Engine;
beforeAll(async () => {
  engine = createNodeEngine();
  await engine.ready();
});
afterAll(() => engine.close());

describe('buildOnOpen', () => {
  it('waits for the workspace, then builds its pack and scale once', async () => {
    let read = false;
    const opened = buildOnOpen(engine, () => read);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(getPackState().status).toBe('idle'); // nothing before the workspace says what to build
    // The restored workspace names the user's last pack and scale.
    selectPack('retail');
    selectScale('1k');
    read = true;
    expect(await opened).toBe(true);
    expect(getPackState()).toMatchObject({ status: 'ready', report: { pack: 'retail', scale: '1k' } });
    expect((await engine.query('SELECT count(*) FROM nf3.orders')).rows[0]![0]).toBe(1000);
    // Once built, a second call builds nothing.
    expect(await buildOnOpen(engine, () => true)).toBe(false);
    expect(await currentPackDatabase(engine)).toBe(getPackState().report!.database);
  }, 60_000);

  it('another build stops the launch build without reporting it cancelled', async () => {
    const fresh = createNodeEngine();
    try {
      await fresh.ready();
      selectScale('10k');
      // buildOnOpen skips a page that has built already (the test above did), so start the
      // launch build directly on a fresh engine.
      const opened = buildOpening(fresh).then((report) => report !== null);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(getPackState().status).toBe('building');
      stopOpeningBuild();
      expect(await opened).toBe(false);
      expect(getPackState().status).toBe('idle');
    } finally {
      await fresh.close();
    }
  }, 60_000);
});

