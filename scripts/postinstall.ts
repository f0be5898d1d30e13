/**
 * `npm install`'s last step: fetch Electron's binary if possible and say in one line whether the
 * desktop shell is available. Never fails the install — the web edition works without it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installElectronBinary } from './desktopShell';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
console.log(installElectronBinary(path.join(root, 'node_modules', 'electron'), process.env));
