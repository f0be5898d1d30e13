/**
 * Adapts a loaded pack to what the comparison screen needs. Builds go through the shared pack
 * store, so Compare reuses the build the other views made and they see the one Compare made.
 */
import type { Pack } from '../../core/pack/loadPack';
import { runWrites } from '../../engine/pack';
import { ensureBuilt, runPendingTests } from '../packs';
import type { CompareSource } from './compareSource';

/** A `CompareSource` over `pack`, building through the pack store and counting writes with `runWrites`. */
export function packSource(pack: Pack): CompareSource {
  return {
    id: pack.id,
    title: pack.title,
    styles: pack.styles,
    scales: pack.scales.map((s) => ({ id: s.id, label: s.label, orders: s.orders ?? 0 })),
    defaultScale: pack.defaultScale,
    questions: pack.questions.map((q) => ({ id: q.id, title: q.title, description: q.description, ordered: q.ordered, sql: q.sql, cannotAnswer: q.cannot_answer })),
    async build(engine, scaleId, { signal, onProgress, force, deferTests }) {
      await ensureBuilt(engine, pack, scaleId, { signal, force, deferTests, onProgress: (p) => onProgress?.(p.total ? p.done / p.total : 0, p.step) });
    },
    runPendingTests,
    async writes(engine) {
      const reports = await runWrites(engine, pack);
      return reports.flatMap((r) =>
        pack.styles.map((style) => ({
          scenario: r.id,
          title: r.title,
          style,
          rowsTouched: r.rows_touched[style] ?? 0,
          keeps: r.keeps[style] ?? 'overwrite',
          statements: r.statements[style] ?? 0,
          questionsChanged: r.questions_changed[style] ?? [],
        })),
      );
    },
  };
}
