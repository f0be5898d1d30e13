/**
 * Every pack the studio can build: the bundled ones, then the packs of opened course folders.
 * Each view lists packs from here and the pack store builds them, so a pack opened at run time
 * is chosen, built and compared exactly like a bundled one.
 */
import type { Pack } from '../../core/pack/loadPack';
import { bundledPacks } from './bundledPacks';

/** One pack as the studio lists it. */
export interface CatalogPack {
  /** The folder name under sample-data/. */
  folder: string;
  /** Where it came from: 'bundled' or the title of an opened course. */
  origin: string;
  pack: Pack | null;
  /** Why it could not be loaded (names the file); null when it loaded. */
  error: string | null;
}

type Listener = () => void;

let opened: CatalogPack[] = [];
let snapshot: CatalogPack[] | null = null;
const listeners = new Set<Listener>();

/** Bundled packs first, then each opened course's packs in the order the courses were opened. */
export function catalogPacks(): CatalogPack[] {
  snapshot ??= [...bundledPacks().map((p) => ({ ...p, origin: 'bundled' })), ...opened];
  return snapshot;
}

/** A loaded pack by id (bundled or opened), or null. */
export function findPack(id: string | null): Pack | null {
  if (!id) return null;
  return catalogPacks().find((p) => p.pack?.id === id)?.pack ?? null;
}

/** Replace the packs that came from `origin` (an opened course); an empty list removes them. */
export function setOriginPacks(origin: string, packs: Omit<CatalogPack, 'origin'>[]): void {
  opened = [...opened.filter((p) => p.origin !== origin), ...packs.map((p) => ({ ...p, origin }))];
  snapshot = null;
  for (const listener of listeners) listener();
}

/** Be told when opened packs change. */
export function subscribeCatalog(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
