import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Bytes of compiled code Chromium has stored in a browser profile on disk: `js` for scripts,
 * `wasm` for WebAssembly modules. Entries are files named after their key; `index` and
 * `index-dir` are the cache's own books.
 */
export function cachedCodeBytes(profile: string, kind: 'js' | 'wasm'): number {
  const folder = path.join(profile, 'Default', 'Code Cache', kind);
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return 0;
  }
  return entries.filter((name) => !name.startsWith('index')).reduce((sum, name) => sum + statSync(path.join(folder, name)).size, 0);
}
