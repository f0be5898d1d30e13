/** React access to the shared pack state: the current pack, scale, build status and BuildReport. */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { Pack } from '../../core/pack/loadPack';
import type { BuildReport } from '../../engine/pack';
import { useStudio } from '../studio';
import { catalogPacks, subscribeCatalog, type CatalogPack } from './packCatalog';
import { buildSelected, cancelBuild, getPackState, rebuildAfterRestart, selectedPack, selectPack, selectScale, subscribePack, type PackState } from './packStore';

export type { BuildReport };

export interface UsePack extends PackState {
  /** The selected pack's definition (styles, tables and their SQL, questions, writes). */
  pack: Pack | null;
  /** Every pack that can be chosen: bundled, then those of opened courses (broken ones with their error). */
  packs: CatalogPack[];
  selectPack(id: string): void;
  selectScale(id: string): void;
  /** Build the selected pack and scale in the studio's engine. */
  build(seed?: number): Promise<BuildReport | null>;
  cancel(): void;
}

/** The current pack and its build; any view may call it (no provider needed). */
export function usePack(): UsePack {
  const { engine } = useStudio();
  const state = useSyncExternalStore(subscribePack, getPackState, getPackState);
  const packs = useSyncExternalStore(subscribeCatalog, catalogPacks, catalogPacks);
  // Once per engine (the store keeps the watch for the app's life): a restart loses the pack's tables.
  useEffect(() => { rebuildAfterRestart(engine); }, [engine]);
  const build = useCallback((seed?: number) => buildSelected(engine, seed), [engine]);
  return { ...state, pack: selectedPack(state), packs, selectPack, selectScale, build, cancel: cancelBuild };
}
