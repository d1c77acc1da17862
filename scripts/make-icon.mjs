// Generates assets/icon.png (512×512 RGBA): a blue rounded square with three white bars and a baseline,
// the "status data" mark. Written with node:zlib so packaging needs no ImageMagick; electron-builder
// derives the Windows .ico and Linux sizes from this PNG. Run: node scripts/make-icon.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE = 512;
const out = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'icon.png');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

// Coverage of pixel (x, y) by a rounded rectangle, 4×4 supersampled for smooth edges.
function roundedRectCoverage(x, y, x0, y0, x1, y1, r) {
  let hits = 0;
  for (let sy = 0; sy < 4; sy += 1) {
    for (let sx = 0; sx < 4; sx += 1) {
      const px = x + (sx + 0.5) / 4;
      const py = y + (sy + 0.5) / 4;
      if (px < x0 || px > x1 || py < y0 || py > y1) continue;
      const cx = Math.min(Math.max(px, x0 + r), x1 - r);
      const cy = Math.min(Math.max(py, y0 + r), y1 - r);
      if ((px - cx) ** 2 + (py - cy) ** 2 <= r * r) hits += 1;
    }
  }
  return hits / 16;
}

const BG = [0x1d, 0x5f, 0xd6];
const FG = [0xff, 0xff, 0xff];
const ACCENT = [0x7c, 0xe0, 0xa8];
const bars = [
  { x0: 132, x1: 196, y0: 300, color: FG },
  { x0: 224, x1: 288, y0: 220, color: FG },
  { x0: 316, x1: 380, y0: 140, color: ACCENT },
];

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let y = 0; y < SIZE; y += 1) {
  const row = y * (SIZE * 4 + 1);
  raw[row] = 0; // filter: none
  for (let x = 0; x < SIZE; x += 1) {
    const bgA = roundedRectCoverage(x, y, 16, 16, 496, 496, 96);
    let color = BG;
    let fgA = 0;
    for (const bar of bars) {
      const a = roundedRectCoverage(x, y, bar.x0, bar.y0, bar.x1, 384, 12);
      if (a > fgA) {
        fgA = a;
        color = bar.color;
      }
    }
    const base = roundedRectCoverage(x, y, 112, 400, 400, 416, 8);
    if (base > fgA) {
      fgA = base;
      color = FG;
    }
    const i = row + 1 + x * 4;
    for (let c = 0; c < 3; c += 1) raw[i + c] = Math.round(BG[c] * (1 - fgA) + color[c] * fgA);
    raw[i + 3] = Math.round(255 * bgA);
  }
}

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
