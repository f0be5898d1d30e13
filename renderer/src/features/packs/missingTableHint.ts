/**
 * When DuckDB cannot find a table that belongs to the selected pack, say why and what to do: the
 * pack is still building, it has not been built, or the name lacks its style's schema. Pure.
 */
import type { Pack } from '../../core/pack/loadPack';
import type { PackState } from './packStore';

/**
 * The hint for a missing `table` (as DuckDB names it), or null when it is not one of the pack's.
 * `failedWhileBuilding`: the query failed during a build, so once that build is done the cure is
 * to run it again (not to change the SQL).
 */
export function missingTableHint(
  table: string, pack: Pick<Pack, 'title' | 'tables'>, scaleLabel: string,
  state: Pick<PackState, 'status' | 'progress' | 'report'>, failedWhileBuilding = false,
): string | null {
  const wanted = table.toLowerCase();
  const found = pack.tables.find((t) => t.name.toLowerCase() === wanted || t.qualified.toLowerCase() === wanted);
  if (!found) return null;
  const owner = `${found.qualified} is a table of the ${pack.title} pack`;
  if (state.status === 'building') {
    const p = state.progress;
    const percent = p && p.total > 0 ? Math.round((100 * p.done) / p.total) : 0;
    return `${owner}, which is being built right now (${percent}%, see the status bar). Run the query again once the status bar says it is built.`;
  }
  if (state.status === 'ready' && failedWhileBuilding) return `${owner}, which is built now: run the query again.`;
  if (state.report) return `${owner}: write it with its style's schema, ${found.qualified}.`;
  return `${owner}, which is not built yet. Build it in Schemas ▸ Build (${scaleLabel}); it then stays built for this session.`;
}
