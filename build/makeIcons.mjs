/**
 * Draws the Modeling Studio icon — a star schema: one fact table joined to four dimensions —
 * and writes it as PNG files with nothing but zlib (no image library).
 *   node build/makeIcons.mjs [--out <dir>]   (default: build/)
 * Shapes are signed-distance functions, so edges are anti-aliased at every size.
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Standard CRC-32 (PNG chunk checksums). */
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
export function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encode RGBA pixels (row-major, 4 bytes each) as a PNG. */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    raw[y * (1 + width * 4)] = 0; // filter: none
    rgba.copy(raw, y * (1 + width * 4) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];

/** Distance to a rounded box centred at (cx, cy) with half-sizes (hw, hh) and radius r. */
function roundedBox(x, y, cx, cy, hw, hh, r) {
  const qx = Math.abs(x - cx) - (hw - r);
  const qy = Math.abs(y - cy) - (hh - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Distance to a line segment of width w. */
function segment(x, y, ax, ay, bx, by, w) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy) - w / 2;
}

/** The icon's layers, back to front, in a 0..1 square: [distance(x, y), colour]. */
const dims = [
  [0.22, 0.22],
  [0.78, 0.22],
  [0.22, 0.78],
  [0.78, 0.78],
];
const layers = [
  [(x, y) => roundedBox(x, y, 0.5, 0.5, 0.47, 0.47, 0.11), hex('#1e3a5f')],
  ...dims.map(([dx, dy]) => [(x, y) => segment(x, y, 0.5, 0.5, dx, dy, 0.045), hex('#93c5fd')]),
  ...dims.map(([dx, dy]) => [(x, y) => roundedBox(x, y, dx, dy, 0.11, 0.09, 0.025), hex('#fbbf24')]),
  [(x, y) => roundedBox(x, y, 0.5, 0.5, 0.17, 0.13, 0.03), hex('#f8fafc')],
  // Three "rows" in the fact table.
  ...[0.45, 0.5, 0.55].map((ry) => [(x, y) => roundedBox(x, y, 0.5, ry, 0.11, 0.012, 0.012), hex('#1e3a5f')]),
];

/** Render the icon at `size`×`size` as RGBA bytes. */
export function renderIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) / size;
      const y = (py + 0.5) / size;
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const [distance, [cr, cg, cb]] of layers) {
        // Coverage from the distance in pixels: a one-pixel soft edge.
        const cover = Math.max(0, Math.min(1, 0.5 - distance(x, y) * size));
        if (cover === 0) continue;
        const outA = cover + a * (1 - cover);
        r = (cr * cover + r * a * (1 - cover)) / outA;
        g = (cg * cover + g * a * (1 - cover)) / outA;
        b = (cb * cover + b * a * (1 - cover)) / outA;
        a = outA;
      }
      const i = (py * size + px) * 4;
      rgba[i] = Math.round(r);
      rgba[i + 1] = Math.round(g);
      rgba[i + 2] = Math.round(b);
      rgba[i + 3] = Math.round(a * 255);
    }
  }
  return rgba;
}

/** The files electron-builder reads: build/icon.png (macOS, Windows) and build/icons/<n>x<n>.png (Linux). */
export function writeIcons(outDir) {
  mkdirSync(path.join(outDir, 'icons'), { recursive: true });
  const written = [];
  for (const size of [512, 256]) {
    const png = encodePng(size, size, renderIcon(size));
    const file = path.join(outDir, 'icons', `${size}x${size}.png`);
    writeFileSync(file, png);
    written.push(file);
    if (size === 512) {
      writeFileSync(path.join(outDir, 'icon.png'), png);
      written.push(path.join(outDir, 'icon.png'));
    }
  }
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outArg = process.argv.indexOf('--out');
  const outDir = outArg >= 0 ? path.resolve(process.argv[outArg + 1]) : here;
  for (const file of writeIcons(outDir)) console.log(path.relative(process.cwd(), file));
}
