/** Modules that Vite plugins of this repository provide (see scripts/vite/). */
declare module 'virtual:bundled-packs' {
  import type { Pack } from './core/pack/loadPack';
  /** Every pack folder under sample-data/, loaded with `loadPack` at build time. */
  const packs: { folder: string; pack: Pack | null; error: string | null }[];
  export default packs;
}
