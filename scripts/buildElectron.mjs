/**
 * `npm run build:electron`: bundle the desktop shell with esbuild.
 *   electron/main/index.ts    → dist/electron/main.cjs    (Node, electron external)
 *   electron/preload/index.ts → dist/electron/preload.cjs (one file: a sandboxed preload
 *                                                          cannot require local modules)
 * Everything else main needs (zod, the contract) is bundled in, so the packaged app needs no
 * node_modules.
 */
import { build } from 'esbuild';
import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// STUDIO_ELECTRON_OUT lets tests build into a temp folder.
const outDir = path.resolve(root, process.env.STUDIO_ELECTRON_OUT ?? path.join('dist', 'electron'));
const production = process.argv.includes('--production') || process.env.NODE_ENV === 'production';

/** Electron 45 runs Node 22 or newer. */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

rmSync(outDir, { recursive: true, force: true });
const started = Date.now();
await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: path.join(outDir, 'main.cjs') }),
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: path.join(outDir, 'preload.cjs') }),
]);
for (const name of ['main.cjs', 'preload.cjs']) {
  const file = path.join(outDir, name);
  console.log(`${path.relative(root, file)}  ${(statSync(file).size / 1024).toFixed(1)} KiB`);
}
console.log(`Desktop shell built in ${Date.now() - started} ms.`);
