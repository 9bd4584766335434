/**
 * A first decode of a real QR code, run as the decode worker's chain loads: zxing-cpp's wasm
 * compiles each function on its first call, and a code that is found runs every step a camera
 * frame will (finder and alignment patterns, version blocks, sampling, error correction, text),
 * in a camera-sized frame, so the first camera frame finds that work done and the decoder's
 * memory grown. Noise alone stops at the detector and leaves most of it cold.
 */
import type { DecoderChain } from './chain-run.ts';
import type { FrameImage } from './types.ts';

/**
 * A version 7-M QR code (45 modules a side; from version 7 a code carries version blocks, and
 * from version 2 alignment patterns, as a KYC-VS token's code does): one row per hex string,
 * 48 bits whose last 45 are the modules, left to right.
 */
const ROWS = [
  '1fde117c417f',
  '10492bfcba41',
  '17537ebea25d',
  '175f5b416b5d',
  '17533bfbcf5d',
  '1056731e9841',
  '1fd55555557f',
  '0006c31a6a00',
  '07edbbfc72bd',
  '093d8abd82eb',
  '0d688441b8da',
  '179e2bcfa564',
  '0ff74d86b137',
  '0ca16324f3f3',
  '1644cc11f6c4',
  '1f08d4f0a2bd',
  '02c96a83b223',
  '0595f52ee720',
  '1f4c50f914a7',
  '021d2ac27077',
  '0bf039f0a1fa',
  '1f165f1b251a',
  '0955e5522151',
  '0b1a5b1eaf15',
  '03ff15f8c1f4',
  '0ab2eab70166',
  '005513955019',
  '140a8a2171be',
  '1149c8a82889',
  '0732802d6702',
  '05e86eefeeec',
  '15254d437eaf',
  '104b89c88829',
  '098d1a915971',
  '01555419df99',
  '0f3b33119ae5',
  '13433bfd51f8',
  '0008011bb318',
  '1fd111500955',
  '105aa9152b12',
  '1751fbfdc1fe',
  '1752d5809a6d',
  '1759afdb912a',
  '104453daad50',
  '1fcb7a2e0222',
];
const MODULES = 45;
const PAD_BITS = 48 - MODULES;
/** Pixels per module. */
const SCALE = 5;
/** A 720p frame, as the scanner asks the camera for. */
const WIDTH = 1280;
const HEIGHT = 720;

/** The text the warm-up code holds. */
export const WARM_UP_TEXT =
  'KYC-VS warm-up: a version 7 code, so alignment patterns and version blocks are read once';

function dark(row: number, column: number): boolean {
  const bit = column + PAD_BITS;
  const nibble = Number.parseInt(ROWS[row]![bit >> 2]!, 16);
  return ((nibble >> (3 - (bit & 3))) & 1) === 1;
}

/** The warm-up code drawn dark on light in the middle of a camera-sized frame, as RGBA. */
export function warmUpFrame(): ImageData | FrameImage {
  const data = new Uint8ClampedArray(WIDTH * HEIGHT * 4).fill(255);
  const left = (WIDTH - MODULES * SCALE) >> 1;
  const top = (HEIGHT - MODULES * SCALE) >> 1;
  for (let row = 0; row < MODULES; row++) {
    for (let column = 0; column < MODULES; column++) {
      if (!dark(row, column)) continue;
      for (let y = top + row * SCALE; y < top + (row + 1) * SCALE; y++) {
        const from = (y * WIDTH + left + column * SCALE) * 4;
        for (let p = from; p < from + SCALE * 4; p += 4) data[p] = data[p + 1] = data[p + 2] = 0;
      }
    }
  }
  return typeof ImageData === 'function'
    ? new ImageData(data, WIDTH, HEIGHT)
    : { data, width: WIDTH, height: HEIGHT };
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
