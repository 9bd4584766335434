/**
 * A first decode of a small real QR code, run as the decode worker's chain loads: zxing-cpp's
 * wasm compiles each function on its first call, and a code that is found runs every step a
 * camera frame will (finder patterns, sampling, error correction, text), so the first camera
 * frame finds that work done. Noise alone stops at the detector and leaves most of it cold.
 */
import type { DecoderChain } from './chain-run.ts';
import type { FrameImage } from './types.ts';

/**
 * A version 1-M QR code holding "KYC-VS warm-up", one row of 21 modules per hex number (the
 * leftmost module is the highest bit).
 */
const ROWS = [
  0x1fdd7f, 0x104941, 0x174d5d, 0x17515d, 0x17555d, 0x105841, 0x1fd57f, 0x001300, 0x1d58f9,
  0x0d073e, 0x125b21, 0x0784e0, 0x17fdd9, 0x00180c, 0x1fc9e0, 0x104a90, 0x1751ed, 0x174f7a,
  0x175d28, 0x105567, 0x1fd654,
];
const MODULES = 21;
/** Pixels per module, and the quiet zone in modules around the code. */
const SCALE = 4;
const QUIET = 4;
const SIDE = (MODULES + 2 * QUIET) * SCALE;

/** The warm-up code drawn dark on light, as RGBA pixels. */
export function warmUpFrame(): ImageData | FrameImage {
  const data = new Uint8ClampedArray(SIDE * SIDE * 4).fill(255);
  for (let y = 0; y < SIDE; y++) {
    const row = Math.floor(y / SCALE) - QUIET;
    for (let x = 0; x < SIDE; x++) {
      const column = Math.floor(x / SCALE) - QUIET;
      const inside = row >= 0 && row < MODULES && column >= 0 && column < MODULES;
      if (!inside || ((ROWS[row]! >> (MODULES - 1 - column)) & 1) === 0) continue;
      const at = (y * SIDE + x) * 4;
      data[at] = data[at + 1] = data[at + 2] = 0;
    }
  }
  return typeof ImageData === 'function'
    ? new ImageData(data, SIDE, SIDE)
    : { data, width: SIDE, height: SIDE };
}

/** Runs the chain's first decoder once on the warm-up code; its statistics are left untouched. */
export async function warmUp(chain: DecoderChain): Promise<void> {
  const [first] = chain.decoders;
  try {
    await first?.decode(warmUpFrame());
  } catch {
    // A warm-up only: the first real frame meets the same error and reports it.
  }
}
