/**
 * Statistics for repeated timings: a handful of runs per (question, style) on a noisy machine.
 * Median, not mean, because one GC pause or page fault should not move the headline figure.
 */

/** Summary of one set of timing samples (all in ms). */
export interface Summary {
  runs: number;
  median: number;
  min: number;
  max: number;
  mean: number;
  /** max − min: the spread drawn as a bar, so a reader sees how noisy the figure is. */
  spread: number;
}

/** Median of numbers (mean of the two middle values for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Summarize samples; throws on an empty list since a figure without runs would be a lie. */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('summarize: no samples');
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const s of samples) {
    if (s < min) min = s;
    if (s > max) max = s;
    sum += s;
  }
  return { runs: samples.length, median: median(samples), min, max, mean: sum / samples.length, spread: max - min };
}

/** Options for deciding whether two timings differ. */
export interface NoiseOptions {
  /** Medians closer than this fraction of the smaller one count as equal (default 0.1 = 10 %). */
  relative?: number;
  /** Medians closer than this many ms count as equal: timer resolution and scheduling jitter (default 1). */
  absoluteMs?: number;
}

/**
 * How `a` compares with `b`: 'faster' / 'slower' only when the min–max ranges do not overlap
 * and the medians differ by more than both the relative and absolute thresholds; otherwise
 * 'same' (the difference is inside the noise, and the studio must not present it as real).
 */
export function compareTimings(a: Summary, b: Summary, options: NoiseOptions = {}): 'faster' | 'slower' | 'same' {
  const relative = options.relative ?? 0.1;
  const absoluteMs = options.absoluteMs ?? 1;
  const gap = Math.abs(a.median - b.median);
  if (gap <= absoluteMs || gap <= relative * Math.min(a.median, b.median)) return 'same';
  if (a.max < b.min) return 'faster';
  if (b.max < a.min) return 'slower';
  return 'same';
}

/** Ratio `value / base`, rounded to 2 decimals for display ("×3.25"); null when base is 0. */
export function ratio(value: number, base: number): number | null {
  if (base === 0) return null;
  return Math.round((value / base) * 100) / 100;
}
