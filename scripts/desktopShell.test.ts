/**
 * `npm install` and `npm start` on machines with and without Electron's binary: real folders laid
 * out as the electron package lays them out, and the package's real installer where the download
 * cannot happen.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chooseShell, electronBinary, failureReason, installElectronBinary } from './desktopShell';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function electronDir(withBinary: boolean): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-electron-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ version: '45.6.1' }));
  if (withBinary) {
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
  }
  return dir;
}

describe('chooseShell', () => {
  it('starts the desktop app where the binary is installed and a display exists', () => {
    const dir = electronDir(true);
    expect(chooseShell(dir, { DISPLAY: ':0' }, 'linux')).toEqual({ shell: 'desktop', binary: path.join(dir, 'dist', 'electron'), version: '45.6.1' });
    expect(chooseShell(dir, {}, 'darwin').shell).toBe('desktop');
  });

  it('serves the web edition, saying why, when the binary was never downloaded', () => {
    expect(chooseShell(electronDir(false), { DISPLAY: ':0' }, 'linux')).toEqual({ shell: 'web', reason: "Electron 45.6.1's binary was not downloaded" });
    expect(chooseShell('/nonexistent/electron', {}, 'linux')).toEqual({ shell: 'web', reason: 'the electron package is not installed' });
  });

  it('serves the web edition on a Linux machine without a display, or when asked to', () => {
    const dir = electronDir(true);
    expect(chooseShell(dir, {}, 'linux')).toMatchObject({ shell: 'web', reason: expect.stringContaining('no display') });
    expect(chooseShell(dir, { DISPLAY: ':0', STUDIO_SHELL: 'web' }, 'linux').shell).toBe('web');
  });

  it('sees a path.txt whose binary is gone as missing', () => {
    const dir = electronDir(true);
    fs.rmSync(path.join(dir, 'dist', 'electron'));
    expect(electronBinary(dir)).toMatchObject({ ok: false, reason: expect.stringContaining('missing') });
  });
});

describe('installElectronBinary', () => {
  it('turns a failed download into one line and never throws', () => {
    const dir = electronDir(false);
    fs.writeFileSync(path.join(dir, 'install.js'), "console.error('RequestError: getaddrinfo ENOTFOUND github.com\\n    at ClientRequest.<anonymous>'); process.exit(1);");
    const line = installElectronBinary(dir, {});
    expect(line).toBe("Desktop shell unavailable: Electron's binary could not be downloaded (getaddrinfo ENOTFOUND github.com); `npm start` will serve the web edition instead.");
    expect(line.split('\n')).toHaveLength(1);
  });

  it('reports success when the installer lays out the binary', () => {
    const dir = electronDir(false);
    fs.writeFileSync(path.join(dir, 'install.js'), "const fs=require('fs');fs.mkdirSync('dist');fs.writeFileSync('dist/electron','');fs.writeFileSync('path.txt','electron');");
    expect(installElectronBinary(dir, {})).toBe('Desktop shell ready: Electron 45.6.1.');
  });

  it('does not try when ELECTRON_SKIP_BINARY_DOWNLOAD is set, and says so', () => {
    const dir = electronDir(false);
    fs.writeFileSync(path.join(dir, 'install.js'), 'process.exit(3)');
    expect(installElectronBinary(dir, { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD is set');
  });

  it('runs the real electron installer here, where github.com is unreachable, and reports it in one line', () => {
    const real = path.resolve(__dirname, '..', 'node_modules', 'electron');
    if (electronBinary(real).ok) return; // a machine that has the binary has nothing to report
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-electron-real-'));
    dirs.push(copy);
    fs.cpSync(real, copy, { recursive: true });
    const env = { ...process.env };
    delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
    const line = installElectronBinary(copy, env, 60_000);
    expect(line).toMatch(/^Desktop shell (unavailable: Electron's binary could not be downloaded \(.+\); `npm start` will serve the web edition instead|ready: Electron [\d.]+)\.$/);
  });

  it('names the error line of a stack trace', () => {
    expect(failureReason('Error: connect ETIMEDOUT 1.2.3.4:443\n    at TCPConnectWrap.afterConnect')).toBe('connect ETIMEDOUT 1.2.3.4:443');
    expect(failureReason('')).toBe('the download failed');
  });
});
