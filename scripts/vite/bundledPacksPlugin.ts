/**
 * Vite plugin: the bundled packs, loaded at build time. `virtual:bundled-packs` is every
 * sample-data/<folder>/ run through core's `loadPack` (the one pack loader, which the browser
 * still runs on folders a learner opens), shipped as JSON. Why: parsing and checking every
 * bundled YAML file cost the page's main thread 100–250 ms at each launch, in front of the
 * first frame; JSON.parse of the result costs a few ms. A pack that fails to load ships its
 * error, as it would have at run time.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadPack } from '../../renderer/src/core/pack/loadPack';
import { readPackFiles, sampleDataDir } from '../lib/loadPackFromDisk';

const ID = 'virtual:bundled-packs';

/** What the virtual module's default export holds for each pack folder. */
export interface LoadedPackEntry {
  folder: string;
  pack: ReturnType<typeof loadPack> | null;
  error: string | null;
}

/** Load every pack folder under `root` (sorted by name) as the app lists them. */
export function loadPackFolders(root = sampleDataDir): LoadedPackEntry[] {
  const folders = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()).sort((a, b) => a.localeCompare(b));
  return folders.map((folder) => {
    try {
      return { folder, pack: loadPack(readPackFiles(folder, root)), error: null };
    } catch (error) {
      return { folder, pack: null, error: error instanceof Error ? error.message : String(error) };
    }
  });
}

/** The plugin; `root` is the sample-data folder. */
export function bundledPacksPlugin(root = sampleDataDir): Plugin {
  return {
    name: 'studio-bundled-packs',
    resolveId: (source) => (source === ID ? `\0${ID}` : null),
    load(id) {
      if (id !== `\0${ID}`) return null;
      this.addWatchFile(root);
      // A JSON string parsed at run time loads faster than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(loadPackFolders(root)))});`;
    },
  };
}
