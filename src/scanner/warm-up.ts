/**
 * A first decode of a small noise frame, run as the decode worker's chain loads: zxing-cpp's wasm
 * compiles each function on its first call, so the first camera frame finds that work done.
 */
import type { DecoderChain } from './chain-run.ts';
import type { FrameImage } from './types.ts';

/** The side of the warm-up frame in pixels: enough for the detector to run through. */
const SIDE = 96;

/** A black-and-white noise frame (a fixed seed: the same frame every time). */
function noiseFrame(): ImageData | FrameImage {
  const data = new Uint8ClampedArray(SIDE * SIDE * 4);
  let seed = 7;
  for (let i = 0; i < data.length; i += 4) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const value = seed >>> 31 === 1 ? 255 : 0;
    data[i] = value;
    data[i + 1] = value;
    data[i + 2] = value;
    data[i + 3] = 255;
  }
  return typeof ImageData === 'function'
    ? new ImageData(data, SIDE, SIDE)
    : { data, width: SIDE, height: SIDE };
}

/** Runs the chain's first decoder once on noise; its statistics are left untouched. */
export async function warmUp(chain: DecoderChain): Promise<void> {
  const [first] = chain.decoders;
  try {
    await first?.decode(noiseFrame());
  } catch {
    // A warm-up only: the first real frame meets the same error and reports it.
  }
}
