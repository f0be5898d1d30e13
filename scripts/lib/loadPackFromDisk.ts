/**
 * Node loader for dataset packs: reads every text file under sample-data/<pack>/ into the
 * relative-path → text map that core's `loadPack` takes (the browser gets the same map from Vite).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPack, type Pack } from '../../renderer/src/core/pack/loadPack';

/** The repository's sample-data folder. */
export const sampleDataDir = fileURLToPath(new URL('../../sample-data/', import.meta.url));

const TEXT = /\.(ya?ml|sql|md|csv|json)$/;

/** The pack's files keyed by path relative to its folder, with `/` separators. */
export function readPackFiles(packId: string, root = sampleDataDir): Record<string, string> {
  const dir = join(root, packId);
  const files: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (TEXT.test(name) && !name.endsWith('.test.ts')) files[relative(dir, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

/** Read and load a pack from disk. */
export function loadPackFromDisk(packId: string, root = sampleDataDir): Pack {
  return loadPack(readPackFiles(packId, root));
}
