// Draws the extension's icon, images/icon.png (128x128): an envelope on the gallery banner's blue with a
// green tick, the draft that passed its checks. Plain shapes, 4x4 supersampled, written as a PNG with zlib,
// so the art is ours and needs no image tool.   node scripts/icon.mjs [out.png]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;
const out = process.argv[2] || 'images/icon.png';

const BANNER = [10, 61, 98]; // #0A3D62, package.json galleryBanner.color
const PAPER = [255, 255, 255];
const FOLD = [176, 196, 214];
const TICK = [46, 204, 113];

/** Distance from p to segment ab. */
function segment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function roundedBox(px, py, x0, y0, x1, y1, r) {
  const qx = Math.max(x0 + r - px, 0, px - (x1 - r));
  const qy = Math.max(y0 + r - py, 0, py - (y1 - r));
  return Math.hypot(qx, qy) <= r;
}

/** The colour at a point, painted back to front; undefined where the icon is transparent. */
function paint(x, y) {
  if (!roundedBox(x, y, 4, 4, 124, 124, 24)) return undefined;
  let colour = BANNER;
  // The envelope, its flap drawn as two folds meeting in the middle.
  if (roundedBox(x, y, 20, 34, 108, 96, 6)) {
    colour = PAPER;
    if (Math.min(segment(x, y, 24, 38, 64, 70), segment(x, y, 64, 70, 104, 38)) <= 3.5) colour = FOLD;
  }
  // The tick's badge, ringed in the banner colour so it stands off the paper.
  const badge = Math.hypot(x - 96, y - 92);
  if (badge <= 25) colour = BANNER;
  if (badge <= 21) colour = TICK;
  if (badge <= 21 && Math.min(segment(x, y, 85, 92, 93, 100), segment(x, y, 93, 100, 107, 84)) <= 3.6) colour = PAPER;
  return colour;
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
  for (let x = 0; x < SIZE; x++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const c = paint(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
        if (!c) continue;
        for (let i = 0; i < 3; i++) sum[i] += c[i];
        sum[3]++;
      }
    }
    const n = SAMPLES * SAMPLES;
    const alpha = sum[3] / n;
    for (let i = 0; i < 3; i++) row[1 + x * 4 + i] = sum[3] ? Math.round(sum[i] / sum[3]) : 0;
    row[1 + x * 4 + 3] = Math.round(alpha * 255);
  }
  rows.push(row);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bits per channel
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, png);
console.log(`wrote ${out} (${SIZE}x${SIZE}, ${png.length} bytes)`);
