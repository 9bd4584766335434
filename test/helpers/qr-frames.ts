/** Renders QR codes into grayscale camera-like frames, and frames into Y4M fake-camera files. */
import { writeFileSync } from 'node:fs';
import QRCode from 'qrcode';

/** Error-correction level of a generated QR code. */
export type EccLevel = 'L' | 'M' | 'Q' | 'H';

/** A square matrix of QR modules (true = dark) and the QR version it encodes. */
export interface QrMatrix {
  size: number;
  version: number;
  dark(x: number, y: number): boolean;
}

/**
 * Encodes `text` as a QR matrix. A `kycvs:/` text gets its digits in numeric mode, the rest in
 * byte mode (SPEC §5), as the registry's holder page does.
 */
export function qrMatrix(text: string, ecl: EccLevel = 'M'): QrMatrix {
  const numeric = /^(kycvs:\/)(\d+)$/i.exec(text);
  const segments = numeric
    ? [
        { data: numeric[1]!, mode: 'byte' as const },
        { data: numeric[2]!, mode: 'numeric' as const },
      ]
    : [{ data: text, mode: 'byte' as const }];
  const qr = QRCode.create(segments, { errorCorrectionLevel: ecl });
  const size = qr.modules.size;
  const bits = qr.modules.data;
  return { size, version: qr.version, dark: (x, y) => bits[y * size + x] === 1 };
}

/** Options for drawing a QR code into a frame. */
export interface FrameOptions {
  width: number;
  height: number;
  /** Pixels per module; by default the code fills about 70% of the shorter side. */
  moduleSize?: number;
  /** Gray level of dark modules and of the background (0..255). */
  dark?: number;
  light?: number;
  /** Amplitude of uniform pixel noise added to every pixel, like a cheap camera sensor. */
  noise?: number;
  /** Seed for the noise, so that a frame is the same on every run. */
  seed?: number;
}

/** Draws `matrix` centred in a grayscale frame (one byte per pixel, row by row). */
export function renderFrame(matrix: QrMatrix, options: FrameOptions): Uint8Array {
  const { width, height, dark = 20, light = 235, noise = 0 } = options;
  const quiet = 4;
  const span = matrix.size + 2 * quiet;
  const moduleSize =
    options.moduleSize ?? Math.max(1, Math.floor((Math.min(width, height) * 0.7) / span));
  const frame = new Uint8Array(width * height).fill(light);
  const left = Math.floor((width - matrix.size * moduleSize) / 2);
  const top = Math.floor((height - matrix.size * moduleSize) / 2);
  for (let y = 0; y < matrix.size; y++) {
    for (let x = 0; x < matrix.size; x++) {
      if (!matrix.dark(x, y)) continue;
      for (let dy = 0; dy < moduleSize; dy++) {
        const row = (top + y * moduleSize + dy) * width;
        frame.fill(dark, row + left + x * moduleSize, row + left + (x + 1) * moduleSize);
      }
    }
  }
  if (noise > 0) {
    let state = (options.seed ?? 1) >>> 0 || 1;
    for (let i = 0; i < frame.length; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      const delta = ((state >>> 0) % (2 * noise + 1)) - noise;
      frame[i] = Math.min(255, Math.max(0, frame[i]! + delta));
    }
  }
  return frame;
}

/** A blank (light) grayscale frame, for the frames before a code comes into view. */
export function blankFrame(width: number, height: number, light = 235): Uint8Array {
  return new Uint8Array(width * height).fill(light);
}

/**
 * Writes grayscale frames as a Y4M file (4:2:0, neutral chroma) for Chromium's
 * `--use-file-for-fake-video-capture`. Chromium loops the file.
 */
export function writeY4m(
  path: string,
  frames: Uint8Array[],
  width: number,
  height: number,
  fps = 10,
): void {
  const chroma = new Uint8Array((width / 2) * (height / 2)).fill(128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const parts: Buffer[] = [header];
  for (const frame of frames) {
    if (frame.length !== width * height) throw new TypeError('frame size does not match');
    parts.push(
      Buffer.from('FRAME\n'),
      Buffer.from(frame),
      Buffer.from(chroma),
      Buffer.from(chroma),
    );
  }
  writeFileSync(path, Buffer.concat(parts));
}

/** Turns a compact JWS into the numeric QR text of SPEC §5 (test-side, independent of src/). */
export function qrTextFor(jws: string): string {
  let digits = '';
  for (const ch of jws) digits += String(ch.charCodeAt(0) - 45).padStart(2, '0');
  return `kycvs:/${digits}`;
}
