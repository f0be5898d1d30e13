/**
 * A hook for the performance benchmark (`npm run bench` drives the built app in Chromium):
 * `window.__studioBench.compare(options)` builds the bundled pack and times its questions the
 * way the Compare screen does, returning the figures the bench records.
 */
import { parsePlan } from '../../core/plan/parsePlan';
import { profileFigures, type ProfileFigures } from '../../core/plan/summary';
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
  /** Also profile each question in each style (EXPLAIN ANALYZE, 3 times): where its time goes. */
  profile?: boolean;
  /** Only these question ids (default all): the bench takes turns with native DuckDB per question. */
  questions?: string[];
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
  /** With `profile`: per question, per style. */
  profiles?: Record<string, Record<string, ProfileFigures>>;
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
  const questions = options.questions ? source.questions.filter((q) => options.questions!.includes(q.id)) : source.questions;
  const report = await timeQuestions(engine, questions, styles, { runs: options.runs ?? 5, warmup: options.warmup ?? 1 });
  const medians: Record<string, Record<string, number>> = {};
  for (const q of report.questions) medians[q.id] = Object.fromEntries(Object.entries(q.styles).flatMap(([s, t]) => (t.summary ? [[s, t.summary.median]] : [])));
  const profiles = options.profile ? await profileQuestions(engine, questions, styles) : undefined;
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
    ...(profiles ? { profiles } : {}),
  };
}

/** DuckDB's own account of each question in each style: time in its operators and the costliest one. */
async function profileQuestions(engine: Engine, questions: CompareSource['questions'], styles: string[]): Promise<Record<string, Record<string, ProfileFigures>>> {
  const out: Record<string, Record<string, ProfileFigures>> = {};
  for (const q of questions) {
    out[q.id] = {};
    for (const style of styles) {
      const sql = q.sql[style];
      if (sql === undefined) continue;
      const plans = [];
      for (let i = 0; i < 3; i++) plans.push(parsePlan(await engine.explain(sql, true)));
      out[q.id]![style] = profileFigures(plans);
    }
  }
  return out;
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
  // As the growth panel runs it: the builds' data tests wait until the measuring is over.
  const points = await growth(engine, { scales: chosen, styles: source.styles, questions: source.questions, runs, build: (id, signal) => source.build(engine, id, { signal, deferTests: true }) }).finally(() => source.runPendingTests(engine));
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
