/**
 * Growth: the same styles built at several scales, measuring storage and median question time
 * at each, so that a log-log chart shows how each style's cost grows with the data. Building is
 * delegated (the pack runner's `buildPack`), which keeps this module independent of pack files.
 */
import { median } from '../../core/measure/stats';
import type { Engine } from '../engine';
import { measureStyles } from './measureStyles';
import type { TimedQuestion, TimingReport } from './timing';

/** One style at one scale. */
export interface GrowthStyle {
  duckdbBytes: number;
  csvBytes: number;
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
}

/** Options for `growth`. */
export interface GrowthOptions {
  scales: readonly { id: string; orders: number }[];
  /** Build every style at `scaleId` into the engine (replacing the previous build). */
  build: (scaleId: string, signal?: AbortSignal) => Promise<void>;
  styles: readonly string[];
  questions: readonly TimedQuestion[];
  runs?: number;
  fileDir?: string;
  signal?: AbortSignal;
  onProgress?: (p: { scale: string; phase: 'build' | 'storage' | 'time'; done: number; total: number }) => void;
}

/** Build at each scale in turn and measure; the engine is left holding the last scale built. */
export async function growth(engine: Engine, options: GrowthOptions): Promise<GrowthPoint[]> {
  const points: GrowthPoint[] = [];
  const total = options.scales.length;
  for (const [i, scale] of options.scales.entries()) {
    if (options.signal?.aborted) throw new DOMException('Growth cancelled', 'AbortError');
    options.onProgress?.({ scale: scale.id, phase: 'build', done: i, total });
    await options.build(scale.id, options.signal);
    options.onProgress?.({ scale: scale.id, phase: 'storage', done: i, total });
    // Distinct counts are skipped: growth only charts bytes and time. Timing starts once storage is known.
    const measured = await measureStyles(engine, {
      styles: options.styles,
      questions: options.questions,
      runs: options.runs ?? 3,
      warmup: 1,
      fileDir: options.fileDir,
      distinct: false,
      signal: options.signal,
      onStorage: () => options.onProgress?.({ scale: scale.id, phase: 'time', done: i, total }),
    });
    const styles: Record<string, GrowthStyle> = {};
    for (const [k, style] of options.styles.entries()) {
      const s = measured.storage[k]!;
      const medians = measured.timing.questions.map((q) => q.styles[style]?.summary?.median).filter((m): m is number => m !== undefined);
      styles[style] = { duckdbBytes: s.duckdbBytes, csvBytes: s.csvBytes, rows: s.rows, medianMs: medians.length ? median(medians) : null };
    }
    points.push({ scale: scale.id, orders: scale.orders, styles, timing: measured.timing });
  }
  options.onProgress?.({ scale: '', phase: 'time', done: total, total });
  return points;
}
