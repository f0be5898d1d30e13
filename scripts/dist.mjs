/**
 * `npm run dist`: build the installers (AppImage + deb on Linux, dmg on macOS, NSIS on
 * Windows) with electron-builder, using build/electron-builder.yml.
 *
 * It needs Electron's binary, which `npm install` downloads from GitHub in electron's
 * postinstall step. Where that download cannot happen (offline machines, registry-only
 * mirrors) the binary is missing: this script says so plainly and exits non-zero rather than
 * letting electron-builder fail half-way through a download.
 *
 * Extra arguments go to electron-builder (e.g. `npm run dist -- --linux deb`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

/** The Electron binary's path, or why there is none. */
function electronBinary() {
  let binary;
  try {
    // The electron package exports the binary's path; it throws when the download never happened.
    binary = require('electron');
  } catch (error) {
    return { ok: false, reason: `the electron package has no binary (${String(error.message ?? error).split('\n')[0]})` };
  }
  if (typeof binary !== 'string' || !existsSync(binary)) return { ok: false, reason: `the Electron binary is not at ${binary}` };
  return { ok: true, binary };
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const electron = electronBinary();
if (!electron.ok) {
  console.error(
    [
      'npm run dist: cannot build installers here — ' + electron.reason + '.',
      '',
      "Electron's binary is not in the npm registry: electron's install step downloads it from",
      'GitHub (github.com/electron/electron/releases), which is unreachable on this machine, and',
      'electron-builder needs that binary to make the installers.',
      '',
      'On a machine with internet access:  npm ci && npm run dist',
      'Or point at a downloaded Electron:  ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-dist npm run dist',
      'The web edition needs no Electron:  npm run web',
    ].join('\n'),
  );
  process.exit(1);
}

const extra = process.argv.slice(2);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
run(npm, ['run', 'build:renderer']);
run(process.execPath, [path.join(root, 'scripts', 'buildElectron.mjs'), '--production']);
// Building for this machine: reuse the installed binary instead of downloading another.
const hostBuild = !extra.some((arg) => ['--linux', '--mac', '--win', '-l', '-m', '-w', '--x64', '--arm64', '--ia32', '--universal'].includes(arg));
const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(root, 'node_modules', 'electron', 'dist');
const electronDist = hostBuild && existsSync(distDir) ? [`--config.electronDist=${distDir}`] : [];
const builder = path.join(root, 'node_modules', 'electron-builder', 'cli.js');
run(process.execPath, [builder, '--config', 'build/electron-builder.yml', '--publish', 'never', ...electronDist, ...extra]);
