/**
 * Every pack the studio can build: the bundled ones, then the packs of opened course folders.
 * Each view lists packs from here and the pack store builds them, so a pack opened at run time
 * is chosen, built and compared exactly like a bundled one.
 */
import { withOwnStyles, type OwnStyle } from '../../core/course/ownStyle';
import { parseLegacyOwnStyles, type OwnStyles } from '../../core/workspace/workspace';
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

/** Where own styles were kept before they were saved with the workspace; read once, then forgotten. */
const LEGACY_OWN_KEY = 'studio.ownStyles.v1';

/** The own styles kept in browser storage by earlier versions (validated; empty when none). */
export function readLegacyOwnStyles(): OwnStyles {
  try {
    return parseLegacyOwnStyles(JSON.parse(globalThis.localStorage?.getItem(LEGACY_OWN_KEY) ?? '{}'));
  } catch {
    return {};
  }
}

/** Drop the old browser-storage copy once the workspace holding its styles was saved. */
export function forgetLegacyOwnStyles(): void {
  try {
    globalThis.localStorage?.removeItem(LEGACY_OWN_KEY);
  } catch {
    // Storage unavailable: nothing to forget.
  }
}

// Until the workspace is read, the styles an earlier version kept in browser storage (as the
// editor starts from its old tabs), so they show at once and are saved into the workspace.
let own: OwnStyles | null = null;

function ownStyles(): OwnStyles {
  own ??= readLegacyOwnStyles();
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

/** Every pack's own styles, as the workspace saves them. */
export function allOwnStyles(): OwnStyles {
  return ownStyles();
}

/**
 * Replace the learner's own styles of a pack (saved with the workspace). The pack is reloaded
 * with them; when that fails, `ownStyleError` of its catalog entry names the file and line and
 * the pack stays as it was, so the last good build stays in use.
 */
export function setOwnStyles(packId: string, styles: OwnStyle[]): void {
  restoreOwnStyles({ ...ownStyles(), [packId]: styles });
}

/** Put every pack's own styles in place (a workspace was read); packs reload with them. */
export function restoreOwnStyles(styles: OwnStyles): void {
  own = styles;
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
