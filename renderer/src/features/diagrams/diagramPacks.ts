/**
 * The bundled packs, loaded for the diagrams. Interim: features/packs (the pack helper's
 * usePack/bundledPacks) is the intended source; switch to it when it lands. Only text files
 * that loadPack reads are bundled here (YAML and SQL).
 */
import { loadPack, type Pack } from '../../core/pack/loadPack';

const files = import.meta.glob('../../../../sample-data/*/**/*.{yml,sql}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Pack files grouped by pack folder, keyed by path relative to it. */
function groupByPack(all: Record<string, string>): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [path, text] of Object.entries(all)) {
    const m = /sample-data\/([^/]+)\/(.+)$/.exec(path);
    if (!m) continue;
    (out[m[1]] ??= {})[m[2]] = text;
  }
  return out;
}

export interface LoadedPack {
  folder: string;
  pack: Pack | null;
  error: string | null;
}

let cache: LoadedPack[] | null = null;

/** Every bundled pack (a broken pack is listed with its error, the others still load). */
export function diagramPacks(): LoadedPack[] {
  if (cache) return cache;
  cache = Object.entries(groupByPack(files)).map(([folder, packFiles]) => {
    try {
      return { folder, pack: loadPack(packFiles), error: null };
    } catch (e) {
      return { folder, pack: null, error: e instanceof Error ? e.message : String(e) };
    }
  });
  return cache;
}
