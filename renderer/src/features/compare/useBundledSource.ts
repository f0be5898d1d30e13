/**
 * The retail pack bundled with the app, as a comparison source. The pack's files are bundled by
 * Vite (`?raw`), so nothing is fetched at run time.
 */
import { useMemo } from 'react';
import { loadPack } from '../../core/pack/loadPack';
import type { CompareSource } from './compareSource';
import { packSource } from './packSource';

const files = import.meta.glob('../../../../sample-data/retail/**/*.{yml,yaml,sql}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Strip the glob's prefix so keys are relative to the pack folder, as `loadPack` expects. */
function packFiles(): Record<string, string> {
  const prefix = '../../../../sample-data/retail/';
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k.slice(prefix.length), v]));
}

/** The bundled retail pack, or null when it fails to load (the error is logged). */
export function useBundledSource(): CompareSource | null {
  return useMemo(() => {
    try {
      return packSource(loadPack(packFiles()));
    } catch (e) {
      console.error('Bundled pack failed to load', e);
      return null;
    }
  }, []);
}
