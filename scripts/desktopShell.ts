/**
 * Whether the desktop shell (Electron) can run here, and why not. `npm install` calls
 * `installElectronBinary` (postinstall) and `npm start` calls `chooseShell`: both must work on a
 * machine where Electron's binary cannot be downloaded (it comes from outside the npm registry),
 * so every failure becomes a one-line reason instead of an exit code.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Where the `electron` package keeps its binary: `dist/` plus the path named in `path.txt`. */
export function electronBinary(electronDir: string): { ok: true; binary: string; version: string } | { ok: false; reason: string } {
  const pkgFile = path.join(electronDir, 'package.json');
  if (!fs.existsSync(pkgFile)) return { ok: false, reason: 'the electron package is not installed' };
  const version = (JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as { version: string }).version;
  let relative: string;
  try {
    relative = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    return { ok: false, reason: `Electron ${version}'s binary was not downloaded` };
  }
  const binary = path.join(electronDir, 'dist', relative);
  if (!fs.existsSync(binary)) return { ok: false, reason: `Electron ${version}'s binary is missing (${binary})` };
  return { ok: true, binary, version };
}

export type ShellChoice = { shell: 'desktop'; binary: string; version: string } | { shell: 'web'; reason: string };

/**
 * Desktop where Electron's binary is installed and there is a screen to open it on; otherwise the
 * web edition, with the reason to print.
 */
export function chooseShell(electronDir: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): ShellChoice {
  if (env.STUDIO_SHELL === 'web') return { shell: 'web', reason: 'STUDIO_SHELL=web asks for the web edition' };
  const found = electronBinary(electronDir);
  if (!found.ok) return { shell: 'web', reason: found.reason };
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { shell: 'web', reason: 'there is no display to open a desktop window on (DISPLAY is not set)' };
  }
  return { shell: 'desktop', binary: found.binary, version: found.version };
}

/** The last line of an installer's output that says what went wrong (e.g. `getaddrinfo ENOTFOUND github.com`). */
export function failureReason(output: string): string {
  const lines = output.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const error = lines.find((line) => /^(\w*Error|RequestError|HTTPError)\b/.test(line)) ?? lines.find((line) => !line.startsWith('at ')) ?? '';
  return error.replace(/^\w*Error:\s*/, '').slice(0, 160) || 'the download failed';
}

/**
 * Download Electron's binary by running the package's own installer. Electron 45 has no install
 * script (it fetches the binary on first launch, where a failure is a stack trace); running it
 * here says early, in one line, whether the desktop shell is available. Never throws.
 */
export function installElectronBinary(electronDir: string, env: NodeJS.ProcessEnv, timeoutMs = 180_000): string {
  const unavailable = (why: string): string => `Desktop shell unavailable: ${why}; \`npm start\` will serve the web edition instead.`;
  const found = electronBinary(electronDir);
  if (found.ok) return `Desktop shell ready: Electron ${found.version}.`;
  if (!fs.existsSync(path.join(electronDir, 'install.js'))) return unavailable(found.reason);
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) return unavailable('ELECTRON_SKIP_BINARY_DOWNLOAD is set, so Electron\'s binary was not downloaded');
  const run = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { cwd: electronDir, env, encoding: 'utf8', timeout: timeoutMs });
  const after = electronBinary(electronDir);
  if (run.status === 0 && after.ok) return `Desktop shell ready: Electron ${after.version}.`;
  const why = run.error ? run.error.message : failureReason(`${run.stderr ?? ''}\n${run.stdout ?? ''}`);
  return unavailable(`Electron's binary could not be downloaded (${why})`);
}
