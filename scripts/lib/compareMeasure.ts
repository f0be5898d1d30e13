/**
 * Measurements `npm run compare -- --json` adds to the pack runner's report: per style the
 * DuckDB (checkpointed file) and CSV bytes, per question per style the distribution of run
 * times, and with `--scales` a growth list of the same at each scale. The measuring sequence is
 * the Compare screen's own (`measureStyles`, `growth`); this file only turns it into JSON.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack } from '../../renderer/src/core/pack/loadPack';
import type { Engine } from '../../renderer/src/engine/engine';
import { growth } from '../../renderer/src/engine/measure/growth';
import { measureStyles } from '../../renderer/src/engine/measure/measureStyles';
import type { StyleStorage } from '../../renderer/src/engine/measure/storage';
import type { TimingReport } from '../../renderer/src/engine/measure/timing';
import { buildPack } from '../../renderer/src/engine/pack';
import type { CompareJson } from './formatCompare';
import { scriptScratchDir } from './packEngine';

/** Run time figures of one question in one style, ms. */
export interface TimingJson {
  median_ms: number;
  min_ms: number;
  max_ms: number;
  runs: number;
}

/** Storage of one style, bytes. */
export interface StorageJson {
  duckdb_bytes: number;
  csv_bytes: number;
}

/** Everything measured at one scale. */
export interface Measurements {
  scale: string;
  orders: number | null;
  storage: Record<string, StorageJson>;
  timing: Record<string, Record<string, TimingJson>>;
  /** Harness cost: wall time of a no-op query through the engine, median ms. */
  round_trip_ms: number | null;
  timing_total_ms: number;
}

/**
 * The compare JSON with measurements merged in. `ms` per style stays a number (the median, so
 * readers of the plain shape keep working); the distribution is beside it in `timings`.
 */
export type MeasuredCompareJson = Omit<CompareJson, 'styles' | 'questions'> & {
  styles: (CompareJson['styles'][number] & { storage: StorageJson })[];
  questions: (CompareJson['questions'][number] & { timings: Record<string, TimingJson> })[];
  round_trip_ms: number | null;
  growth?: { scale: string; orders: number | null; styles: { name: string; storage: StorageJson }[]; questions: { id: string; ms: Record<string, number>; timings: Record<string, TimingJson> }[] }[];
};

const r3 = (v: number) => Math.round(v * 1000) / 1000;

/** The JSON shape of one measuring pass at one scale. */
function toMeasurements(scale: string, orders: number | null, storage: readonly Pick<StyleStorage, 'schema' | 'duckdbBytes' | 'csvBytes'>[], report: TimingReport): Measurements {
  const storageJson: Record<string, StorageJson> = {};
  for (const s of storage) storageJson[s.schema] = { duckdb_bytes: s.duckdbBytes, csv_bytes: s.csvBytes };
  const timing: Record<string, Record<string, TimingJson>> = {};
  for (const q of report.questions) {
    timing[q.id] = {};
    for (const [style, t] of Object.entries(q.styles)) {
      if (t.summary) timing[q.id]![style] = { median_ms: r3(t.summary.median), min_ms: r3(t.summary.min), max_ms: r3(t.summary.max), runs: t.summary.runs };
    }
  }
  return { scale, orders, storage: storageJson, timing, round_trip_ms: report.roundTrip ? r3(report.roundTrip.median) : null, timing_total_ms: Math.round(report.totalMs) };
}

/** Run `body` with a scratch folder inside the one folder the scripts' locked-down engine may write. */
async function withScratch<T>(body: (fileDir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(scriptScratchDir(), 'compare-'));
  try {
    return await body(`${dir}/`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Measure the build currently in the engine: storage of every style and timed questions. */
export async function measureBuild(engine: Engine, pack: Pack, scale: string, runs: number): Promise<Measurements> {
  // Distinct counts are not part of the JSON: skip them, they are the slow part.
  const { storage, timing } = await withScratch((fileDir) => measureStyles(engine, { styles: pack.styles, questions: pack.questions, runs, fileDir, distinct: false }));
  return toMeasurements(scale, pack.scales.find((s) => s.id === scale)?.orders ?? null, storage, timing);
}

/** Pack scale ids for `--scales 1000,10000` (numbers of orders) or scale ids; throws on unknown ones. */
export function scalesFromArg(pack: Pack, arg: string): string[] {
  return arg.split(',').map((raw) => {
    const v = raw.trim();
    const scale = pack.scales.find((s) => s.id === v || (s.orders !== undefined && String(s.orders) === v));
    if (!scale) throw new Error(`--scales: no scale "${v}" in pack ${pack.id} (scales: ${pack.scales.map((s) => `${s.id}${s.orders ? `=${s.orders}` : ''}`).join(', ')})`);
    return scale.id;
  });
}

/** Build at each scale and measure; the engine is left holding the last scale built. */
export async function measureGrowth(engine: Engine, pack: Pack, scaleIds: string[], runs: number): Promise<Measurements[]> {
  const scales = scaleIds.map((id) => ({ id, orders: pack.scales.find((s) => s.id === id)?.orders ?? null }));
  const points = await withScratch((fileDir) =>
    growth(engine, {
      // growth() charts against the number of orders; a scale without one still gets measured.
      scales: scales.map((s) => ({ id: s.id, orders: s.orders ?? 0 })),
      build: async (id) => void (await buildPack(engine, pack, id)),
      styles: pack.styles,
      questions: pack.questions,
      runs,
      // The script's figures are exact, however long that takes: whole CSV files, every run.
      csvSampleRows: Number.POSITIVE_INFINITY,
      budgetMs: Number.POSITIVE_INFINITY,
      fileDir,
    }),
  );
  return points.map((p, i) => toMeasurements(p.scale, scales[i]!.orders, pack.styles.map((style) => ({ schema: style, ...p.styles[style]! })), p.timing));
}

/** Merge measurements into the runner's JSON. */
export function mergeMeasurements(json: CompareJson, m: Measurements, growth?: Measurements[]): MeasuredCompareJson {
  return {
    ...json,
    styles: json.styles.map((s) => ({ ...s, storage: m.storage[s.name] ?? { duckdb_bytes: 0, csv_bytes: 0 } })),
    questions: json.questions.map((q) => {
      const timings = m.timing[q.id] ?? {};
      const ms = Object.fromEntries(Object.entries(q.ms).map(([style, v]) => [style, timings[style]?.median_ms ?? v]));
      return { ...q, ms, timings };
    }),
    round_trip_ms: m.round_trip_ms,
    ...(growth
      ? {
          growth: growth.map((g) => ({
            scale: g.scale,
            orders: g.orders,
            styles: Object.entries(g.storage).map(([name, storage]) => ({ name, storage })),
            questions: Object.entries(g.timing).map(([id, timings]) => ({ id, ms: Object.fromEntries(Object.entries(timings).map(([s, t]) => [s, t.median_ms])), timings })),
          })),
        }
      : {}),
  };
}
