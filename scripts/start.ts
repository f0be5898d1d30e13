/**
 * `npm start`: the desktop studio where Electron's binary is installed and a display exists,
 * otherwise the web edition on localhost — saying which and why, so a machine that could not
 * download Electron still gets a running studio from the README's two commands.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseShell } from './desktopShell';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const choice = chooseShell(path.join(root, 'node_modules', 'electron'), process.env, process.platform);

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (choice.shell === 'desktop') {
  console.log(`Starting the desktop studio (Electron ${choice.version}).`);
  run(npm, ['run', 'build']);
  const child = spawn(choice.binary, ['.'], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`Desktop shell unavailable (${choice.reason}): serving the web edition instead.`);
  run(npm, ['run', 'build:renderer']);
  const child = spawn(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'scripts', 'serveWeb.ts')], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
