/**
 * Growth: the same styles built at several scales, measuring storage and median question time
 * at each, so that a log-log chart shows how each style's cost grows with the data. Building is
 * delegated (the pack runner's `buildPack`), which keeps this module independent of pack files.
 *
 * At large scales measuring, not building, took most of the time, so growth measures more
 * cheaply than one comparison does, and says so where a figure is affected: CSV sizes of big
 * tables come from a random sample, and a slow question is run fewer times.
 */
import { median } from '../../core/measure/stats';
import type { Engine } from '../engine';
import type { CsvMethod } from './csvBytes';
import { measureStyles } from './measureStyles';
import type { TimedQuestion, TimingReport } from './timing';

/**
 * Tables over this many rows get their CSV size from a random sample of as many rows: writing
 * the whole CSV at 1,000,000 orders takes gigabytes and minutes, and a sample this size puts
 * the mean line length within about 0.1% (measured against COPY at 100,000 orders).
 */
export const GROWTH_CSV_SAMPLE_ROWS = 50_000;

/**
 * A question in a style stops getting runs once they took this long (ms); one that takes longer
 * is run once. Growth charts tenfold steps, where a few percent of run-to-run noise is invisible,
 * and on an in-memory database a warm-up saves a few milliseconds, not a share of half a second.
 */
export const GROWTH_BUDGET_MS = 500;

/** One style at one scale. */
export interface GrowthStyle {
  duckdbBytes: number;
  csvBytes: number;
  /** How the CSV bytes were obtained ('sample': extrapolated from a sample of rows). */
  csvMethod: CsvMethod;
  rows: number;
  /** Median over questions of each question's median time, ms (null when nothing ran). */
  medianMs: number | null;
}

/** One scale's measurements. */
export interface GrowthPoint {
  scale: string;
  orders: number;
  styles: Record<string, GrowthStyle>;
  /** Every question's timing at this scale (the script reports each question's distribution). */
  timing: TimingReport;
  /** Wall time of each phase at this scale, ms: where a growth run spends its minutes. */
  phaseMs: { build: number; storage: number; time: number };
}

/** Where a growth run is. */
export interface GrowthProgress {
  scale: string;
  phase: 'build' | 'storage' | 'time';
  /** Scales finished, of `total`. */
  done: number;
  total: number;
  /** 0..1 over the whole run, each scale weighted by its number of orders (time grows with it). */
  fraction: number;
  /** What happens now, in words. */
  label: string;
}

/** Options for `growth`. */
export interface GrowthOptions {
  scales: readonly { id: string; orders: number }[];
  /** Build every style at `scaleId` into the engine (replacing the previous build), reporting 0..1. */
  build: (scaleId: string, signal?: AbortSignal, onProgress?: (fraction: number) => void) => Promise<void>;
  styles: readonly string[];
  questions: readonly TimedQuestion[];
  /** Most counted runs per question per style (default 3), within `budgetMs`. */
  runs?: number;
  /** Time budget per question per style, ms (default `GROWTH_BUDGET_MS`). */
  budgetMs?: number;
  /** Sample size for CSV sizes of large tables (default `GROWTH_CSV_SAMPLE_ROWS`). */
  csvSampleRows?: number;
  fileDir?: string;
  signal?: AbortSignal;
  onProgress?: (p: GrowthProgress) => void;
}

/** Share of a scale's time each phase is given on the progress bar (as measured at 1,000,000 orders). */
const SHARE = { build: 0.4, storage: 0.35, time: 0.25 } as const;

/** Build at each scale in turn and measure; the engine is left holding the last scale built. */
export async function growth(engine: Engine, options: GrowthOptions): Promise<GrowthPoint[]> {
  const points: GrowthPoint[] = [];
  const total = options.scales.length;
  const weights = options.scales.map((s) => Math.max(1, s.orders));
  const sum = weights.reduce((a, b) => a + b, 0);
  for (const [i, scale] of options.scales.entries()) {
    if (options.signal?.aborted) throw new DOMException('Growth cancelled', 'AbortError');
    const before = weights.slice(0, i).reduce((a, b) => a + b, 0);
    const report = (phase: GrowthProgress['phase'], within: number, what: string) => {
      const start = phase === 'build' ? 0 : phase === 'storage' ? SHARE.build : SHARE.build + SHARE.storage;
      const fraction = (before + weights[i]! * (start + SHARE[phase] * Math.min(1, within))) / sum;
      options.onProgress?.({ scale: scale.id, phase, done: i, total, fraction, label: `Scale ${i + 1} of ${total} (${scale.id}): ${what}` });
    };
    report('build', 0, 'building');
    const t0 = performance.now();
    await options.build(scale.id, options.signal, (f) => report('build', f, 'building'));
    const t1 = performance.now();
    let t2 = t1;
    report('storage', 0, 'measuring storage');
    // Distinct counts are skipped: growth only charts bytes and time. Timing starts once storage is known.
    const measured = await measureStyles(engine, {
      styles: options.styles,
      questions: options.questions,
      runs: options.runs ?? 3,
      warmup: 1,
      budgetMs: options.budgetMs ?? GROWTH_BUDGET_MS,
      csvSampleRows: options.csvSampleRows ?? GROWTH_CSV_SAMPLE_ROWS,
      fileDir: options.fileDir,
      distinct: false,
      signal: options.signal,
      onProgress: (p) => report(p.phase, p.done / Math.max(1, p.total), p.phase === 'storage' ? p.label.toLowerCase() : 'timing the questions'),
      onStorage: () => {
        t2 = performance.now();
        report('time', 0, 'timing the questions');
      },
    });
    const phaseMs = { build: t1 - t0, storage: t2 - t1, time: performance.now() - t2 };
    const styles: Record<string, GrowthStyle> = {};
    for (const [k, style] of options.styles.entries()) {
      const s = measured.storage[k]!;
      const medians = measured.timing.questions.map((q) => q.styles[style]?.summary?.median).filter((m): m is number => m !== undefined);
      styles[style] = { duckdbBytes: s.duckdbBytes, csvBytes: s.csvBytes, csvMethod: s.csvMethod, rows: s.rows, medianMs: medians.length ? median(medians) : null };
    }
    points.push({ scale: scale.id, orders: scale.orders, styles, timing: measured.timing, phaseMs });
  }
  options.onProgress?.({ scale: '', phase: 'time', done: total, total, fraction: 1, label: 'Done' });
  return points;
}
