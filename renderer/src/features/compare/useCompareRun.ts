/**
 * The comparison run as React state: build (when needed), storage, timings, write costs, each
 * phase reporting progress; Cancel aborts between steps. The engine works in its worker, and
 * every step awaits it, so the UI thread stays free to paint and take clicks.
 */
import { useCallback, useRef, useState } from 'react';
import type { Engine } from '../../engine/engine';
import { measureStyles } from '../../engine/measure/measureStyles';
import type { StyleStorage } from '../../engine/measure/storage';
import type { TimingReport } from '../../engine/measure/timing';
import { growth, type GrowthPoint } from '../../engine/measure/growth';
import type { CompareSource, WriteCost } from './compareSource';

/** Where a run is. */
export interface RunProgress {
  phase: 'build' | 'storage' | 'time' | 'writes' | 'growth';
  /** 0..1 within the whole run. */
  fraction: number;
  label: string;
}

/** Everything measured by the last run. */
export interface CompareResults {
  /** The pack measured (results of another pack are not shown). */
  pack: string;
  scale: string;
  storage: StyleStorage[];
  timing: TimingReport | null;
  writes: WriteCost[];
}

export interface CompareRunState {
  running: boolean;
  progress: RunProgress | null;
  results: CompareResults | null;
  growth: GrowthPoint[] | null;
  /** The pack the growth points are of. */
  growthPack: string | null;
  error: string | null;
  run(scaleId: string, runs: number): Promise<void>;
  runGrowth(scaleIds: string[], runs: number): Promise<void>;
  cancel(): void;
}

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

/** State and actions of the comparison for one engine and pack. */
export function useCompareRun(engine: Engine, source: CompareSource | null): CompareRunState {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const [results, setResults] = useState<CompareResults | null>(null);
  const [growthPoints, setGrowth] = useState<GrowthPoint[] | null>(null);
  const [growthPack, setGrowthPack] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  const guard = useCallback(async (body: (signal: AbortSignal) => Promise<void>) => {
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    setRunning(true);
    setError(null);
    try {
      await body(c.signal);
    } catch (e) {
      setError(isAbort(e) ? 'Cancelled.' : e instanceof Error ? e.message : String(e));
    } finally {
      if (controller.current === c) controller.current = null;
      setRunning(false);
      setProgress(null);
    }
  }, []);

  const run = useCallback(
    (scaleId: string, runs: number) =>
      guard(async (signal) => {
        if (!source) throw new Error('No dataset pack loaded');
        const styles = source.styles;
        setProgress({ phase: 'build', fraction: 0, label: 'Starting…' });
        // The shared build is reused when it already is this pack at this scale.
        await source.build(engine, scaleId, { signal, onProgress: (f, label) => setProgress({ phase: 'build', fraction: f * 0.3, label }) });
        const { storage, timing } = await measureStyles(engine, {
          styles,
          questions: source.questions,
          runs,
          signal,
          onProgress: (p) =>
            setProgress(p.phase === 'storage'
              ? { phase: 'storage', fraction: 0.3 + (0.2 * p.done) / p.total, label: p.label }
              : { phase: 'time', fraction: 0.5 + (0.45 * p.done) / p.total, label: p.label }),
          onStorage: (measured) => setResults({ pack: source.id, scale: scaleId, storage: measured, timing: null, writes: [] }),
        });
        setResults({ pack: source.id, scale: scaleId, storage, timing, writes: [] });
        // Writes run inside a rolled-back transaction: the build stays as it was.
        setProgress({ phase: 'writes', fraction: 0.96, label: 'Counting rows touched by writes' });
        const writes = await source.writes(engine);
        setResults({ pack: source.id, scale: scaleId, storage, timing, writes });
      }),
    [engine, guard, source],
  );

  const runGrowth = useCallback(
    (scaleIds: string[], runs: number) =>
      guard(async (signal) => {
        if (!source) throw new Error('No dataset pack loaded');
        const scales = source.scales.filter((s) => scaleIds.includes(s.id));
        // Each scale's build replaces the last, so growth leaves the data tests to the build it
        // ends on: they run behind, in the status bar, once the measuring is over.
        const points = await growth(engine, {
          scales,
          styles: source.styles,
          questions: source.questions,
          runs,
          signal,
          build: (id, sig, onBuild) => source.build(engine, id, { signal: sig, deferTests: true, onProgress: (f) => onBuild?.(f) }),
          onProgress: (p) => setProgress({ phase: 'growth', fraction: p.fraction, label: p.label }),
        }).finally(() => source.runPendingTests(engine));
        setGrowth(points);
        setGrowthPack(source.id);
      }),
    [engine, guard, source],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    void engine.cancel();
  }, [engine]);

  return { running, progress, results, growth: growthPoints, growthPack, error, run, runGrowth, cancel };
}
