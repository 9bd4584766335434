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
        { data: Buffer.from(numeric[1]!), mode: 'byte' as const },
        { data: numeric[2]!, mode: 'numeric' as const },
      ]
    : [{ data: Buffer.from(text), mode: 'byte' as const }];
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

/** Options for a camera-like frame: the code anywhere, turned, blurred, unevenly lit, noisy. */
export interface CameraFrameOptions extends FrameOptions {
  /** Centre of the code as a fraction of the frame (default 0.5, 0.5). */
  centerX?: number;
  centerY?: number;
  /** Rotation of the code in degrees, clockwise. */
  rotation?: number;
  /** Radius in pixels of a box blur, like a camera slightly out of focus. */
  blur?: number;
  /** Brightness falling off left to right by this many gray levels, like light from one side. */
  shading?: number;
}

/**
 * Draws `matrix` as a camera would see it: anti-aliased (4 samples a pixel) at any position and
 * angle, then shaded, blurred and made noisy, in that order. Grayscale, one byte a pixel.
 */
export function renderCameraFrame(matrix: QrMatrix, options: CameraFrameOptions): Uint8Array {
  const { width, height, dark = 20, light = 235, noise = 0, rotation = 0, shading = 0 } = options;
  const quiet = 4;
  const moduleSize =
    options.moduleSize ??
    Math.max(1, Math.floor((Math.min(width, height) * 0.7) / (matrix.size + 2 * quiet)));
  const cx = (options.centerX ?? 0.5) * width;
  const cy = (options.centerY ?? 0.5) * height;
  const cos = Math.cos((rotation * Math.PI) / 180);
  const sin = Math.sin((rotation * Math.PI) / 180);
  const half = (matrix.size * moduleSize) / 2;
  const offsets = [0.25, 0.75];
  let frame = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let darkSamples = 0;
      for (const oy of offsets) {
        for (const ox of offsets) {
          const dx = x + ox - cx;
          const dy = y + oy - cy;
          // Undo the rotation to find which module this sample falls in.
          const mx = Math.floor((dx * cos + dy * sin + half) / moduleSize);
          const my = Math.floor((-dx * sin + dy * cos + half) / moduleSize);
          if (mx >= 0 && my >= 0 && mx < matrix.size && my < matrix.size && matrix.dark(mx, my)) {
            darkSamples++;
          }
        }
      }
      const level = light + ((dark - light) * darkSamples) / 4 - (shading * x) / width;
      frame[y * width + x] = Math.min(255, Math.max(0, Math.round(level)));
    }
  }
  if (options.blur && options.blur > 0) frame = boxBlur(frame, width, height, options.blur);
  if (noise > 0) {
    // Sensor noise: the mean of two uniform draws (a triangle, closer to a camera's than flat).
    const random = mulberry32(options.seed ?? 1);
    for (let i = 0; i < frame.length; i++) {
      const delta = Math.round((random() + random() - 1) * noise);
      frame[i] = Math.min(255, Math.max(0, frame[i]! + delta));
    }
  }
  return frame;
}

/** A separable box blur of radius `r`, edges clamped. */
function boxBlur(
  src: Uint8Array,
  width: number,
  height: number,
  r: number,
): Uint8Array<ArrayBuffer> {
  const pass = (input: Uint8Array, horizontal: boolean): Uint8Array<ArrayBuffer> => {
    const out = new Uint8Array(input.length);
    const lines = horizontal ? height : width;
    const length = horizontal ? width : height;
    const at = (line: number, i: number) => (horizontal ? line * width + i : i * width + line);
    for (let line = 0; line < lines; line++) {
      for (let i = 0; i < length; i++) {
        let sum = 0;
        for (let k = -r; k <= r; k++)
          sum += input[at(line, Math.min(length - 1, Math.max(0, i + k)))]!;
        out[at(line, i)] = Math.round(sum / (2 * r + 1));
      }
    }
    return out;
  };
  return pass(pass(src, true), false);
}

/** mulberry32: a small, well-mixed seeded generator of floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
