/**
 * Every pack the studio can build: the bundled ones, then the packs of opened course folders.
 * Each view lists packs from here and the pack store builds them, so a pack opened at run time
 * is chosen, built and compared exactly like a bundled one.
 */
import { withOwnStyles, type OwnStyle } from '../../core/course/ownStyle';
import { loadPack, type Pack } from '../../core/pack/loadPack';
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
  /** The pack's files keyed by path relative to its folder (own styles are added to these). */
  files: Record<string, string>;
  /** Why the learner's own styles could not be added (names file and line); the pack is then shown without them. */
  ownStyleError?: string | null;
}

type Listener = () => void;

let opened: CatalogPack[] = [];
let snapshot: CatalogPack[] | null = null;
const listeners = new Set<Listener>();

const OWN_KEY = 'studio.ownStyles.v1';
let own: Record<string, OwnStyle[]> | null = null;

function ownStyles(): Record<string, OwnStyle[]> {
  if (own) return own;
  try {
    const saved = JSON.parse(localStorage.getItem(OWN_KEY) ?? '{}') as unknown;
    own = saved && typeof saved === 'object' && !Array.isArray(saved) ? (saved as Record<string, OwnStyle[]>) : {};
  } catch {
    own = {};
  }
  return own;
}

/** The last definition of each pack that loaded with its own styles, kept while a later edit is broken. */
const lastGood = new Map<string, Pack>();

/** A pack with the learner's styles added, or its last good definition and why the new one failed. */
function withOwn(entry: CatalogPack): CatalogPack {
  const styles = entry.pack ? (ownStyles()[entry.pack.id] ?? []) : [];
  if (!entry.pack || styles.length === 0) return entry;
  try {
    const loaded = loadPack(withOwnStyles(entry.files, styles));
    // Keep the catalog's id and title (an opened pack may have been renamed to avoid a clash).
    const pack = { ...loaded, id: entry.pack.id, title: entry.pack.title };
    lastGood.set(pack.id, pack);
    return { ...entry, pack, ownStyleError: null };
  } catch (e) {
    return { ...entry, pack: lastGood.get(entry.pack.id) ?? entry.pack, ownStyleError: e instanceof Error ? e.message : String(e) };
  }
}

/** Bundled packs first, then each opened course's packs in the order the courses were opened; own styles added. */
export function catalogPacks(): CatalogPack[] {
  snapshot ??= [...bundledPacks().map((p) => ({ ...p, origin: 'bundled' })), ...opened].map(withOwn);
  return snapshot;
}

/** The learner's own styles of a pack. */
export function ownStylesOf(packId: string): OwnStyle[] {
  return ownStyles()[packId] ?? [];
}

/**
 * Replace the learner's own styles of a pack (remembered across restarts). The pack is reloaded
 * with them; when that fails, `ownStyleError` of its catalog entry names the file and line and
 * the pack stays as it was, so the last good build stays in use.
 */
export function setOwnStyles(packId: string, styles: OwnStyle[]): void {
  own = { ...ownStyles(), [packId]: styles };
  try {
    localStorage.setItem(OWN_KEY, JSON.stringify(own));
  } catch {
    // Storage full or unavailable: the styles live until the studio closes.
  }
  snapshot = null;
  for (const listener of listeners) listener();
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
