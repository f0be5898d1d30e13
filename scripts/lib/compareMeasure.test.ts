import { afterAll, describe, expect, it } from 'vitest';
import { buildPack } from '../../renderer/src/engine/pack';
import { loadPackFromDisk } from './loadPackFromDisk';
import { createPackEngine } from './packEngine';
import { measureBuild, measureGrowth, mergeMeasurements, scalesFromArg, type Measurements } from './compareMeasure';
import type { CompareJson } from './formatCompare';

describe('scalesFromArg', () => {
  const pack = loadPackFromDisk('retail');
  it('maps numbers of orders and scale ids to the pack scales', () => {
    expect(scalesFromArg(pack, '1000,10000,100k')).toEqual(['1k', '10k', '100k']);
  });
  it('names the scales on a typo', () => {
    expect(() => scalesFromArg(pack, '5000')).toThrow(/no scale "5000" in pack retail \(scales: course, 1k=1000/);
  });
});

describe('mergeMeasurements', () => {
  it('adds storage per style and replaces single times with distributions', () => {
    const json: CompareJson = {
      pack: 'p', scale: 's', seed: 0, source_ms: 1, total_ms: 2,
      styles: [{ name: 'nf3', tables: [], build_ms: 1, tests_ms: 1, tests: { passed: 1, failed: 0, expected_failures: 0 }, expected_failures: [], failed_tests: [] }],
      questions: [{ id: 'q', title: 'Q', agree: true, as_of: false, cannot_answer: [], cannot_answer_reasons: {}, ms: { nf3: 3 } }],
      writes: [],
    };
    const m: Measurements = {
      scale: 's', orders: 10, round_trip_ms: 0.5, timing_total_ms: 9,
      storage: { nf3: { duckdb_bytes: 100, csv_bytes: 50 } },
      timing: { q: { nf3: { median_ms: 3, min_ms: 2, max_ms: 4, runs: 5 } } },
    };
    const out = mergeMeasurements(json, m, [m]);
    expect(out.styles[0]!.storage).toEqual({ duckdb_bytes: 100, csv_bytes: 50 });
    expect(out.questions[0]!.ms).toEqual({ nf3: 3 });
    expect(out.questions[0]!.timings).toEqual({ nf3: { median_ms: 3, min_ms: 2, max_ms: 4, runs: 5 } });
    expect(out.growth).toEqual([{ scale: 's', orders: 10, styles: [{ name: 'nf3', storage: { duckdb_bytes: 100, csv_bytes: 50 } }], questions: [{ id: 'q', ms: { nf3: 3 }, timings: { nf3: { median_ms: 3, min_ms: 2, max_ms: 4, runs: 5 } } }] }]);
  });
});

describe('measureBuild and measureGrowth', () => {
  const pack = loadPackFromDisk('retail');
  const engine = createPackEngine();
  afterAll(async () => (await engine).close());

  it('give the same storage at a scale, because both run the Compare screen\'s sequence', async () => {
    const e = await engine;
    await buildPack(e, pack, 'course');
    const single = await measureBuild(e, pack, 'course', 1);
    const [grown] = await measureGrowth(e, pack, ['course'], 1);
    expect(Object.keys(single.storage)).toEqual(pack.styles);
    expect(grown!.storage).toEqual(single.storage);
    expect(single.storage.nf3!.duckdb_bytes).toBeGreaterThan(0);
    expect(Object.keys(grown!.timing)).toEqual(pack.questions.map((q) => q.id));
    expect(Object.keys(grown!.timing)).toEqual(Object.keys(single.timing));
  });
});
