/**
 * A hook for `npm run bench`, which drives the built studio in Chromium:
 * `window.__studioBench.buildPack(packId, scaleId)` builds a bundled pack with the pack store, as
 * the Packs screen does, and returns the build figures. `ms` counts the generator and every CREATE TABLE
 * (no data tests, no row counts), the same work the native reference build times.
 */
import type { Engine } from '../../engine/engine';
import { findPack } from './packCatalog';
import { ensureBuilt } from './packStore';

export interface PackBenchResult {
  ms: number;
  totalMs: number;
  testsFailed: number;
  /** Source generation and each style's CREATE TABLEs, ms: where a slow build spends its time. */
  parts: Record<string, number>;
}

/** Build `packId` at `scaleId` once and report its timings. */
export async function benchBuildPack(engine: Engine, packId: string, scaleId: string): Promise<PackBenchResult> {
  const pack = findPack(packId);
  if (!pack) throw new Error(`No pack "${packId}"`);
  const report = await ensureBuilt(engine, pack, scaleId, { force: true });
  const stylesMs = report.styles.reduce((sum, style) => sum + style.build_ms, 0);
  return {
    ms: report.source.ms + stylesMs,
    totalMs: report.total_ms,
    testsFailed: report.styles.reduce((sum, style) => sum + style.tests.failed, 0),
    parts: Object.fromEntries([['source', report.source.ms], ...report.styles.map((style) => [style.name, style.build_ms] as const)]),
  };
}

/** Expose `window.__studioBench.buildPack` for this engine. */
export function installPackBench(engine: Engine): void {
  window.__studioBench = { ...window.__studioBench, buildPack: (packId: string, scaleId: string) => benchBuildPack(engine, packId, scaleId) };
}
