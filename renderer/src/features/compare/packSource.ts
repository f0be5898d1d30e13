/** Adapts a loaded pack and the pack runner to what the comparison screen needs. */
import type { Pack } from '../../core/pack/loadPack';
import { buildPack, runWrites } from '../../engine/pack';
import { stopOpeningBuild } from '../packs/packStore';
import type { CompareSource } from './compareSource';

/** A `CompareSource` over `pack`, building with `buildPack` and counting writes with `runWrites`. */
export function packSource(pack: Pack): CompareSource {
  return {
    id: pack.id,
    title: pack.title,
    styles: pack.styles,
    scales: pack.scales.map((s) => ({ id: s.id, label: s.label, orders: s.orders ?? 0 })),
    defaultScale: pack.defaultScale,
    questions: pack.questions.map((q) => ({ id: q.id, title: q.title, description: q.description, ordered: q.ordered, sql: q.sql })),
    async build(engine, scaleId, { signal, onProgress }) {
      // The comparison builds the scale it measures; the launch build need not finish first.
      stopOpeningBuild();
      await buildPack(engine, pack, scaleId, { signal, onProgress: (p) => onProgress?.(p.total ? p.done / p.total : 0, p.step) });
    },
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
        })),
      );
    },
  };
}
