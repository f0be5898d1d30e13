/**
 * The packs bundled with the app: every YAML, SQL, JSON and CSV file under sample-data/, grouped by pack
 * folder, and each pack as core's `loadPack` loaded it when the app was built (see
 * scripts/vite/bundledPacksPlugin.ts: parsing them at launch held the first frame back). A broken
 * pack is listed with its error (which names the file); the others still load.
 */
import loadedAtBuild from 'virtual:bundled-packs';
import type { Pack } from '../../core/pack/loadPack';

const files = import.meta.glob('../../../../sample-data/*/**/*.{yml,yaml,sql,json,csv}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export interface BundledPack {
  /** The folder name under sample-data/. */
  folder: string;
  pack: Pack | null;
  error: string | null;
  /** The pack's files keyed by path relative to its folder (what `loadPack` read). */
  files: Record<string, string>;
}

/** Files grouped by pack folder, keyed by path relative to it. */
export function groupByPack(all: Record<string, string>): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [path, text] of Object.entries(all)) {
    const m = /sample-data\/([^/]+)\/(.+)$/.exec(path);
    if (!m) continue;
    (out[m[1]!] ??= {})[m[2]!] = text;
  }
  return out;
}

let cache: BundledPack[] | null = null;

/** Every bundled pack, loaded once. */
export function bundledPacks(): BundledPack[] {
  if (!cache) {
    const grouped = groupByPack(files);
    cache = loadedAtBuild.map(({ folder, pack, error }) => ({ folder, pack, error, files: grouped[folder] ?? {} }));
  }
  return cache;
}

/** Every bundled pack file keyed by its course path (`sample-data/<pack>/…`), e.g. to export the course. */
export function bundledPackFiles(): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [path.slice(path.indexOf('sample-data/')), text]));
}

/** A loaded bundled pack by id, or null. */
export function bundledPack(id: string): Pack | null {
  return bundledPacks().find((p) => p.pack?.id === id)?.pack ?? null;
}
