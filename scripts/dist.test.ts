/**
 * Packaging, as far as it can be checked without Electron's binary: the electron-builder
 * config passes electron-builder's own schema, the icons are real PNGs that the committed
 * generator reproduces byte for byte, the afterPack hook flips real fuse wires (with
 * @electron/fuses, on a synthetic binary carrying Electron's sentinel), and `npm run dist`
 * explains itself and fails when the binary is missing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import YAML from 'yaml';

const root = path.resolve(__dirname, '..');
const require = createRequire(path.join(root, 'package.json'));
let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-dist-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Parse a PNG's chunks, checking every CRC; returns size and raw pixel rows. */
function readPng(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const { crc32 } = zlibCrc();
  let offset = 8;
  const chunks: { type: string; data: Buffer }[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    expect(bytes.readUInt32BE(offset + 8 + length), `${type} CRC`).toBe(crc32(bytes.subarray(offset + 4, offset + 8 + length)));
    chunks.push({ type, data });
    offset += 12 + length;
  }
  const ihdr = chunks[0]!.data;
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  return { types: chunks.map((c) => c.type), width: ihdr.readUInt32BE(0), height: ihdr.readUInt32BE(4), depth: ihdr[8], colour: ihdr[9], raw };
}

/** An independent CRC-32 (zlib's polynomial) so the test does not trust the generator's. */
function zlibCrc() {
  return {
    crc32(data: Buffer): number {
      let c = ~0;
      for (const byte of data) {
        c ^= byte;
        for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
      }
      return ~c >>> 0;
    },
  };
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s schema and asks for the right targets and hook', async () => {
    const config = YAML.parse(fs.readFileSync(path.join(root, 'build', 'electron-builder.yml'), 'utf8'));
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config');
    await expect(validateConfiguration(config, { isDebugEnabled: false, add: () => undefined })).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, asar: 'yes please' }, { isDebugEnabled: false, add: () => undefined })).rejects.toThrow(/asar/);
    expect(config).toMatchObject({ productName: 'Modeling Studio', asar: true, afterPack: 'build/afterPack.cjs', linux: { target: ['AppImage', 'deb'] }, mac: { target: 'dmg' }, win: { target: 'nsis' } });
    expect(config.files).toContain('dist/**/*');
    for (const icon of [config.linux.icon, config.mac.icon, config.win.icon, config.afterPack]) expect(fs.existsSync(path.join(root, icon)), icon).toBe(true);
  });
});

describe('icons', () => {
  it.each([
    ['build/icon.png', 512],
    ['build/icons/512x512.png', 512],
    ['build/icons/256x256.png', 256],
  ])('%s is a valid %i×%i RGBA PNG with an opaque centre and transparent corners', (file, size) => {
    const png = readPng(fs.readFileSync(path.join(root, file)));
    expect(png).toMatchObject({ types: ['IHDR', 'IDAT', 'IEND'], width: size, height: size, depth: 8, colour: 6 });
    expect(png.raw.length).toBe(size * (1 + size * 4));
    const alpha = (x: number, y: number) => png.raw[y * (1 + size * 4) + 1 + x * 4 + 3];
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(size / 2, size / 2)).toBe(255);
  });

  it('the committed generator reproduces the committed icons exactly', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'build', 'makeIcons.mjs'), '--out', dir], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    for (const file of ['icon.png', 'icons/512x512.png', 'icons/256x256.png']) {
      expect(fs.readFileSync(path.join(dir, file)).equals(fs.readFileSync(path.join(root, 'build', file))), file).toBe(true);
    }
  });
});

describe('afterPack fuses', () => {
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  const hook = require(path.join(root, 'build', 'afterPack.cjs'));

  it.each([
    ['linux', 1, '/out/linux-unpacked/modeling-studio'],
    ['win32', 1, '/out/win-unpacked/Modeling Studio.exe'],
    ['darwin', 3, '/out/mac-arm64/Modeling Studio.app'],
  ])('finds the %s binary', (platform, arch, expected) => {
    const appOutDir = path.dirname(expected);
    const context = { electronPlatformName: platform, arch, appOutDir, packager: { appInfo: { productFilename: 'Modeling Studio' }, executableName: 'modeling-studio' } };
    expect(hook.electronBinaryPath(context)).toBe(expected);
  });

  it('flips the six fuses in a binary carrying Electron’s fuse wire, leaving the others alone', async () => {
    const appOutDir = path.join(dir, 'linux-unpacked');
    fs.mkdirSync(appOutDir, { recursive: true });
    const binary = path.join(appOutDir, 'modeling-studio');
    // Eight fuses, all enabled ('1'), between some other bytes, as in a real Electron binary.
    fs.writeFileSync(binary, Buffer.concat([Buffer.alloc(1000, 7), Buffer.from(SENTINEL + '\x01\x08' + '11111111'), Buffer.alloc(1000, 9)]));
    await hook.default({ electronPlatformName: 'linux', arch: 1, appOutDir, packager: { appInfo: { productFilename: 'Modeling Studio' }, executableName: 'modeling-studio' } });
    const bytes = fs.readFileSync(binary);
    const wire = bytes.toString('latin1', bytes.indexOf(SENTINEL) + SENTINEL.length + 2, bytes.indexOf(SENTINEL) + SENTINEL.length + 10);
    // RunAsNode, CookieEncryption, NODE_OPTIONS, --inspect, asar integrity, asar only, V8 snapshot, file:// privileges
    expect(wire).toBe('01001110');
    expect(bytes.length).toBe(2000 + SENTINEL.length + 10);
    expect(hook.fuseConfig('darwin', 3).resetAdHocDarwinSignature).toBe(true);
    expect(hook.fuseConfig('linux', 3).resetAdHocDarwinSignature).toBe(false);
  });

  it('refuses a binary without a fuse wire (a wrong path must not pass silently)', async () => {
    const appOutDir = path.join(dir, 'bad');
    fs.mkdirSync(appOutDir, { recursive: true });
    fs.writeFileSync(path.join(appOutDir, 'modeling-studio'), 'not electron');
    await expect(hook.default({ electronPlatformName: 'linux', arch: 1, appOutDir, packager: { appInfo: { productFilename: 'x' }, executableName: 'modeling-studio' } })).rejects.toThrow(/sentinel/);
  });
});

describe('npm run dist without the Electron binary', () => {
  const binaryPresent = (() => {
    try {
      return fs.existsSync(require('electron') as string);
    } catch {
      return false;
    }
  })();

  it.skipIf(binaryPresent)('explains why and exits non-zero', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'dist.mjs')], { encoding: 'utf8', cwd: root });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot build installers here/);
    expect(result.stderr).toMatch(/downloads it from\s+GitHub/);
  });
});
