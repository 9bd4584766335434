/**
 * Draws the app icons (a white check mark in a white ring on the brand blue) and writes them as
 * PNGs under public/icons. Run with `node --import tsx test/app/make-icons.ts`; the icons are
 * committed, and test/app/icons.test.ts checks them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const BRAND = [0x0b, 0x3d, 0x91] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes RGBA pixels as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(
      raw,
      y * (width * 4 + 1) + 1,
    );
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** True where the icon is white, in unit coordinates; `scale` shrinks the mark for maskable. */
function isMark(x: number, y: number, scale: number): boolean {
  const u = (x - 0.5) / scale;
  const v = (y - 0.5) / scale;
  const r = Math.hypot(u, v);
  if (r > 0.36 && r < 0.42) return true;
  const stroke = 0.055;
  return (
    distanceToSegment(u, v, -0.18, 0.0, -0.05, 0.14) < stroke ||
    distanceToSegment(u, v, -0.05, 0.14, 0.2, -0.13) < stroke
  );
}

/** Draws one icon with 4×4 supersampling; `rounded` gives the plain icons rounded corners. */
function drawIcon(size: number, scale: number, rounded: boolean): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const corner = rounded ? 0.18 : 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let white = 0;
      let inside = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const u = (x + (sx + 0.5) / 4) / size;
          const v = (y + (sy + 0.5) / 4) / size;
          const cu = Math.max(corner - u, 0, u - (1 - corner));
          const cv = Math.max(corner - v, 0, v - (1 - corner));
          if (corner > 0 && Math.hypot(cu, cv) > corner) continue;
          inside++;
          if (isMark(u, v, scale)) white++;
        }
      }
      const i = (y * size + x) * 4;
      const w = inside === 0 ? 0 : white / inside;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(BRAND[c]! * (1 - w) + WHITE[c]! * w);
      pixels[i + 3] = Math.round((inside / 16) * 255);
    }
  }
  return pixels;
}

/** The icons the manifest names: file name, size, and whether it is the maskable one. */
export const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
] as const;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../../public/icons');
  mkdirSync(dir, { recursive: true });
  for (const icon of ICONS) {
    // A maskable icon keeps its mark inside the central 80% safe zone (W3C manifest spec).
    const pixels = drawIcon(icon.size, icon.maskable ? 0.75 : 1, !icon.maskable);
    writeFileSync(join(dir, icon.file), encodePng(icon.size, icon.size, pixels));
  }
}
