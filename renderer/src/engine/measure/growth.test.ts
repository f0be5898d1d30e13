import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackFromDisk } from '../../../../scripts/lib/loadPackFromDisk';
import type { Engine } from '../engine';
import { buildPack } from '../pack';
import { growth, type GrowthOptions, type GrowthProgress } from './growth';
import { makeTestEngine } from './testEngine';

const pack = loadPackFromDisk('retail');
let engine: Engine;
let fileDir: string;
beforeAll(async () => {
  fileDir = mkdtempSync(path.join(tmpdir(), 'studio-growth-')) + '/';
  engine = await makeTestEngine();
});
afterAll(async () => {
  await engine?.close();
  rmSync(fileDir, { recursive: true, force: true });
});

/** Growth of the retail pack at its two smallest scales, the real build and measuring. */
function options(onProgress: (p: GrowthProgress) => void, signal?: AbortSignal): GrowthOptions {
  return {
    scales: [{ id: 'course', orders: 2 }, { id: '1k', orders: 1000 }],
    build: async (id, sig, onBuild) => {
      await buildPack(engine, pack, id, { signal: sig, onProgress: (p) => onBuild?.(p.total ? p.done / p.total : 0) });
    },
    styles: pack.styles,
    questions: pack.questions,
    runs: 2,
    fileDir,
    signal,
    onProgress,
  };
}

const attachedMeasuringDbs = async () => (await engine.query("SELECT database_name FROM duckdb_databases() WHERE database_name LIKE 'm\\_%' ESCAPE '\\'")).rows;

describe('growth on the retail pack', () => {
  it('reports scale and phase throughout, a bar that only moves forward to the end, and each phase time', async () => {
    const events: GrowthProgress[] = [];
    const points = await growth(engine, options((p) => events.push(p)));
    const phases = events.filter((e) => e.scale).map((e) => `${e.scale} ${e.phase}`);
    expect([...new Set(phases)]).toEqual(['course build', 'course storage', 'course time', '1k build', '1k storage', '1k time']);
    expect(events.some((e) => e.phase === 'build' && e.scale === '1k' && e.fraction > events.find((x) => x.scale === '1k')!.fraction)).toBe(true);
    const fractions = events.map((e) => e.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    expect(events.map((e) => e.label)).toContain('Scale 2 of 2 (1k): measuring storage of vault');
    // The 1k scale is most of the work: the bar gives it most of its length.
    expect(events.find((e) => e.scale === '1k')!.fraction).toBeLessThan(0.01);
    for (const p of points) {
      expect(p.phaseMs.build).toBeGreaterThan(0);
      expect(p.phaseMs.storage).toBeGreaterThan(0);
      expect(p.phaseMs.time).toBeGreaterThan(0);
    }
    expect(points[1]!.styles.vault!.rows).toBeGreaterThan(points[0]!.styles.vault!.rows);
  });

  for (const phase of ['build', 'storage', 'time'] as const) {
    it(`Cancel during the ${phase} phase stops with an abort and leaves no measuring database attached`, async () => {
      const controller = new AbortController();
      const seen: string[] = [];
      const run = growth(
        engine,
        options((p) => {
          seen.push(`${p.scale} ${p.phase}`);
          // Mid-phase: at the third report of that phase in the second scale.
          if (seen.filter((s) => s === `1k ${phase}`).length === 3) controller.abort();
        }, controller.signal),
      );
      await expect(run).rejects.toMatchObject({ name: phase === 'build' ? 'PackCancelled' : 'AbortError' });
      // Nothing after the cancelled phase ran (the last report, at the end, has no scale).
      expect(seen).not.toContain(phase === 'build' ? '1k storage' : phase === 'storage' ? '1k time' : ' time');
      expect(await attachedMeasuringDbs()).toEqual([]);
    });
  }
});
