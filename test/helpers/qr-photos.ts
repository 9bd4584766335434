/**
 * The photographs of QR codes in shared/testdata/qr-photos (each with a .txt of its exact
 * content), decoded to luminance by Chromium (which reads their WebP, PNG and JPEG alike), and
 * the measuring of decoders on them at 0, 90, 180 and 270 degrees.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.ts';

/** Where the photographs are: the shared test data beside the work trees. */
export const QR_PHOTOS_DIR =
  process.env.QR_PHOTOS_DIR ??
  fileURLToPath(new URL('../../../shared/testdata/qr-photos/', import.meta.url));

const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};

/** One photograph: its name, what its code holds, and its pixels (one byte a pixel). */
export interface QrPhoto {
  name: string;
  text: string;
  luma: { data: Uint8ClampedArray; width: number; height: number };
}

/** The image files with a .txt beside them, sorted by name. */
export function listQrPhotos(
  dir = QR_PHOTOS_DIR,
): Array<{ name: string; path: string; text: string }> {
  if (!existsSync(dir)) return [];
  const found: Array<{ name: string; path: string; text: string }> = [];
  for (const folder of readdirSync(dir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(dir, folder.name))) {
      const ext = extname(file).toLowerCase();
      if (!IMAGE_TYPES[ext]) continue;
      const txt = join(dir, folder.name, file.slice(0, -ext.length) + '.txt');
      if (!existsSync(txt)) continue;
      found.push({
        name: `${folder.name}/${file}`,
        path: join(dir, folder.name, file),
        text: readFileSync(txt, 'utf8'),
      });
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/** Decodes every photograph in Chromium to luminance (ITU-R BT.601 weights, as luma.ts). */
export async function loadQrPhotos(dir = QR_PHOTOS_DIR): Promise<QrPhoto[]> {
  const files = listQrPhotos(dir);
  if (files.length === 0) return [];
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>photos</title>');
    const photos: QrPhoto[] = [];
    for (const file of files) {
      const type = IMAGE_TYPES[extname(file.path).toLowerCase()]!;
      const decoded = await page.evaluate(
        async ({ base64, type }) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const bitmap = await createImageBitmap(new Blob([bytes], { type }));
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext('2d', { willReadFrequently: true })!;
          context.fillStyle = '#fff';
          context.fillRect(0, 0, bitmap.width, bitmap.height);
          context.drawImage(bitmap, 0, 0);
          const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
          const luma = new Uint8Array(bitmap.width * bitmap.height);
          for (let i = 0, p = 0; i < luma.length; i++, p += 4) {
            luma[i] = (data[p]! * 77 + data[p + 1]! * 150 + data[p + 2]! * 29) >> 8;
          }
          let binary = '';
          for (let i = 0; i < luma.length; i += 8192) {
            binary += String.fromCharCode(...luma.subarray(i, i + 8192));
          }
          return { width: bitmap.width, height: bitmap.height, luma: btoa(binary) };
        },
        { base64: readFileSync(file.path).toString('base64'), type },
      );
      photos.push({
        name: file.name,
        text: file.text,
        luma: {
          data: new Uint8ClampedArray(Buffer.from(decoded.luma, 'base64')),
          width: decoded.width,
          height: decoded.height,
        },
      });
    }
    return photos;
  } finally {
    await browser.close();
  }
}

/** The rotations the decoders are measured at, in degrees clockwise. */
export const ROTATIONS = [0, 90, 180, 270] as const;

/** A luminance frame turned clockwise by 0, 90, 180 or 270 degrees (exact, pixel for pixel). */
export function rotateLuma(
  image: { data: Uint8ClampedArray; width: number; height: number },
  degrees: (typeof ROTATIONS)[number],
): { data: Uint8ClampedArray; width: number; height: number } {
  const { data, width, height } = image;
  if (degrees === 0) return { data: data.slice(), width, height };
  const out = new Uint8ClampedArray(data.length);
  const turned = degrees === 90 || degrees === 270;
  const w = turned ? height : width;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [nx, ny] =
        degrees === 90
          ? [height - 1 - y, x]
          : degrees === 180
            ? [width - 1 - x, height - 1 - y]
            : [y, width - 1 - x];
      out[ny * w + nx] = data[y * width + x]!;
    }
  }
  return { data: out, width: w, height: turned ? width : height };
}

/** A frame to measure on and the text it must give (null: a frame with no code). */
export interface MeasureCase {
  label: string;
  text: string | null;
  frame: { data: Uint8ClampedArray; width: number; height: number };
}

/** Something that reads a frame: one decoder, or a whole chain. */
export type ReadFrame = (frame: MeasureCase['frame']) => Promise<{ text: string } | null>;

/** Hits and cost of one reader on a set of cases. */
export interface ReadFigures {
  frames: number;
  /** Frames whose code was read with exactly the expected text (a no-code frame: none read). */
  hits: number;
  /** Codes read where there was none, or with a wrong text. */
  wrong: number;
  msPerFrame: number;
  /** The labels it missed. */
  missed: string[];
}

/** Runs `read` over `cases` once each and counts hits; time from `now`. */
export async function measureReader(
  read: ReadFrame,
  cases: readonly MeasureCase[],
  now = () => performance.now(),
): Promise<ReadFigures> {
  let hits = 0;
  let wrong = 0;
  let ms = 0;
  const missed: string[] = [];
  for (const c of cases) {
    const started = now();
    let found: { text: string } | null = null;
    try {
      found = await read(c.frame);
    } catch {
      found = null;
    }
    ms += now() - started;
    if (c.text === null) {
      if (found) wrong++;
      else hits++;
    } else if (found?.text === c.text) {
      hits++;
    } else {
      if (found) wrong++;
      missed.push(c.label);
    }
  }
  return {
    frames: cases.length,
    hits,
    wrong,
    msPerFrame: cases.length ? +(ms / cases.length).toFixed(2) : 0,
    missed,
  };
}

/** The photographs as RGBA cases (what the decode worker gets) at one rotation. */
export function photoCases(
  photos: readonly QrPhoto[],
  degrees: (typeof ROTATIONS)[number],
): MeasureCase[] {
  return photos.map((photo) => {
    const turned = rotateLuma(photo.luma, degrees);
    const rgba = new Uint8ClampedArray(turned.data.length * 4);
    for (let i = 0, p = 0; i < turned.data.length; i++, p += 4) {
      rgba[p] = rgba[p + 1] = rgba[p + 2] = turned.data[i]!;
      rgba[p + 3] = 255;
    }
    return {
      label: `${photo.name}@${degrees}`,
      text: photo.text,
      frame: { data: rgba, width: turned.width, height: turned.height },
    };
  });
}

/** zxing-wasm's binary read from node_modules: Node's fetch cannot load a file URL. */
export function nodeWasmSource(): { binary: Uint8Array } {
  const path = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
  return { binary: readFileSync(path) };
}
