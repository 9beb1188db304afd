/**
 * Writes the add-in icons (assets/icon-<size>.png) without any image library: RGBA pixels → PNG chunks
 * (IHDR, IDAT deflated with zlib, IEND). Run: `npm run build:cli && node lib/scripts/makeIcons.js`.
 * The drawing is a green mountain with a white check mark on a rounded square: "mine plan, reviewed".
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { deflateSync } from 'zlib';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encode RGBA pixels (row-major, 4 bytes per pixel) as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

type Rgba = [number, number, number, number];
const CLEAR: Rgba = [0, 0, 0, 0];
const BACKGROUND: Rgba = [232, 245, 233, 255];
const MOUNTAIN: Rgba = [46, 125, 50, 255];
const CHECK: Rgba = [255, 255, 255, 255];

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Colour of the pixel centre (u, v) in unit coordinates (0..1). */
function shade(u: number, v: number, size: number): Rgba {
  const radius = 0.18;
  const cx = Math.min(Math.max(u, radius), 1 - radius);
  const cy = Math.min(Math.max(v, radius), 1 - radius);
  if (Math.hypot(u - cx, v - cy) > radius) return CLEAR;
  const stroke = Math.max(0.06, 1.5 / size);
  if (distanceToSegment(u, v, 0.3, 0.62, 0.45, 0.76) < stroke || distanceToSegment(u, v, 0.45, 0.76, 0.74, 0.44) < stroke) {
    return CHECK;
  }
  // Mountain: a triangle with its peak at (0.5, 0.18) and its base on v = 0.86.
  if (v >= 0.18 && v <= 0.86 && Math.abs(u - 0.5) <= ((v - 0.18) / 0.68) * 0.4) return MOUNTAIN;
  return BACKGROUND;
}

export function drawIcon(size: number): Buffer {
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      rgba.set(shade((x + 0.5) / size, (y + 0.5) / size, size), (y * size + x) * 4);
    }
  }
  return encodePng(size, size, rgba);
}

function main(): void {
  const root = process.argv[2] ?? process.cwd();
  const dir = join(root, 'assets');
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(join(dir, `icon-${size}.png`), drawIcon(size));
  console.log(`wrote ${ICON_SIZES.map((s) => `assets/icon-${s}.png`).join(', ')}`);
}

if (require.main === module) main();
