/**
 * A hook for the performance benchmark (`npm run bench` drives the built app in Chromium):
 * `window.__studioBench.compare(options)` builds the bundled pack and times its questions the
 * way the Compare screen does, returning the figures the bench records.
 */
import type { Engine } from '../../engine/engine';
import { growth } from '../../engine/measure/growth';
import { timeQuestions } from '../../engine/measure/timing';
import type { CompareSource } from './compareSource';

/** What the bench asks for. */
export interface CompareBenchOptions {
  /** Pack scale id (default '100k'). */
  scale?: string;
  runs?: number;
  warmup?: number;
  /** Styles to time (default the five families: denormalized, nf3, star, vault, obt). */
  styles?: string[];
  /** Skip the build when the scale is already built (default: build). */
  build?: boolean;
}

/** What the bench gets back (times in ms). */
export interface CompareBenchResult {
  scale: string;
  styles: string[];
  questions: number;
  runs: number;
  warmup: number;
  buildMs: number | null;
  /** Warm-up plus counted runs of every question in every style, wall time. */
  timingMs: number;
  /** Median per counted run of (wall time around engine.query − engine's elapsedMs). */
  overheadMedianMs: number | null;
  overheadMaxMs: number | null;
  /** Median wall time of `SELECT 42` through the engine: the whole harness cost of one run. */
  roundTripMedianMs: number | null;
  /** Every style agreed on every question. */
  allAgree: boolean;
  medians: Record<string, Record<string, number>>;
}

declare global {
  interface Window {
    __studioBench?: Record<string, unknown>;
  }
}

/** Run the comparison's timing for the bench. */
export async function benchCompare(engine: Engine, source: CompareSource, options: CompareBenchOptions = {}): Promise<CompareBenchResult> {
  const scale = options.scale ?? '100k';
  const styles = options.styles ?? ['denormalized', 'nf3', 'star', 'vault', 'obt'].filter((s) => source.styles.includes(s));
  let buildMs: number | null = null;
  if (options.build !== false) {
    const t0 = performance.now();
    await source.build(engine, scale, { force: true });
    buildMs = performance.now() - t0;
  }
  const report = await timeQuestions(engine, source.questions, styles, { runs: options.runs ?? 5, warmup: options.warmup ?? 1 });
  const medians: Record<string, Record<string, number>> = {};
  for (const q of report.questions) medians[q.id] = Object.fromEntries(Object.entries(q.styles).flatMap(([s, t]) => (t.summary ? [[s, t.summary.median]] : [])));
  return {
    scale,
    styles,
    questions: report.questions.length,
    runs: report.runs,
    warmup: report.warmup,
    buildMs,
    timingMs: report.totalMs,
    overheadMedianMs: report.overhead?.median ?? null,
    overheadMaxMs: report.overhead?.max ?? null,
    roundTripMedianMs: report.roundTrip?.median ?? null,
    allAgree: report.questions.every((q) => Object.values(q.styles).every((t) => t.agrees === true)),
    medians,
  };
}

/** What the bench gets back from a growth run: wall time, and each scale's phases (ms). */
export interface GrowthBenchResult {
  ms: number;
  scales: string[];
  phases: { scale: string; build: number; storage: number; time: number }[];
}

/** Growth across `scales` as the Compare screen's growth panel runs it: wall time in ms. */
export async function benchGrowth(engine: Engine, source: CompareSource, scales: string[], runs = 1): Promise<GrowthBenchResult> {
  const chosen = scales.map((id) => source.scales.find((s) => s.id === id)).filter((s) => s !== undefined);
  const t0 = performance.now();
  const points = await growth(engine, { scales: chosen, styles: source.styles, questions: source.questions, runs, build: (id, signal) => source.build(engine, id, { signal }) });
  return { ms: performance.now() - t0, scales: chosen.map((s) => s.id), phases: points.map((p) => ({ scale: p.scale, ...p.phaseMs })) };
}

/** Expose `window.__studioBench.compare(options)` and `.growth(scales)` for this engine and pack. */
export function installCompareBench(engine: Engine, source: CompareSource): void {
  window.__studioBench = {
    ...window.__studioBench,
    compare: (options?: CompareBenchOptions) => benchCompare(engine, source, options),
    growth: (scales: string[], runs?: number) => benchGrowth(engine, source, scales, runs),
  };
}
