/**
 * Decoding a still image in the decode worker: the file becomes a bitmap here (never on the
 * page's thread), then is drawn at a few sizes with a white margin (a code printed to the edge
 * has no quiet zone, ISO/IEC 18004 §6.3.8) until a size gives codes or the time budget is spent.
 */
import { decodeFrame, type DecoderChain, type FrameResult } from './chain-run.ts';
import { ScannerError } from './types.ts';

/** One way of drawing the image: its longest side in pixels, and whether to smooth. */
export interface StillPlan {
  longest: number;
  smooth: boolean;
}

/** The largest side drawn: a 6000 x 4000 photo is read at 2400, then smaller. */
export const MAX_STILL_SIDE = 2400;

/** A tiny image (a 41 x 41 px code) is also drawn at least this large. */
export const MIN_STILL_SIDE = 480;

/**
 * Sizes to try, cheapest likely hit first: the image as it is (at most 1600 px), smaller ones
 * (a photo's noise and JPEG blocks fade), the largest for a small code in a huge photo, and for
 * a tiny image enlargements both sharp (module edges kept) and smoothed (a code under 2 px a
 * module reads better blurred than blocky).
 */
export function stillPlans(width: number, height: number): StillPlan[] {
  const longest = Math.max(width, height);
  const plans: StillPlan[] = [];
  const add = (side: number, smooth: boolean) => {
    const rounded = Math.max(1, Math.round(side));
    if (!plans.some((p) => p.longest === rounded && p.smooth === smooth)) {
      plans.push({ longest: rounded, smooth });
    }
  };
  add(Math.min(longest, 1600), true);
  for (const side of [1000, 600]) if (side < longest) add(side, true);
  if (longest > 1600) add(Math.min(longest, MAX_STILL_SIDE), true);
  if (longest < MIN_STILL_SIDE) {
    const factor = Math.ceil(MIN_STILL_SIDE / longest);
    add(longest * factor, false);
    add(longest * factor, true);
    add(longest * factor * 2, false);
  }
  return plans;
}

/** The margin drawn around the image at `side` pixels: 6% of it, at least 8 px. */
export function marginFor(side: number): number {
  return Math.max(8, Math.round(side * 0.06));
}

/** Distinct codes, by their bytes, in the order found. */
function distinct(codes: FrameResult[]): FrameResult[] {
  const seen = new Set<string>();
  return codes.filter((code) => {
    const key = Array.from(code.bytes).join(',') + '|' + code.text;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every code the chain finds in one drawn image: all of them where a decoder lists codes. */
async function codesIn(chain: DecoderChain, image: ImageData): Promise<FrameResult[]> {
  for (const decoder of chain.decoders) {
    if (!decoder.decodeAll) continue;
    try {
      const all = await decoder.decodeAll(image);
      if (all.length > 0) return all.map((code) => ({ ...code, decoder: decoder.name }));
    } catch {
      // A decoder that fails on this image: the chain below still tries.
    }
  }
  const one = await decodeFrame(chain, image);
  return one ? [one] : [];
}

/** Reads the codes in `file` with `chain`, trying no further size once `budgetMs` is spent. */
export async function decodeStill(
  chain: DecoderChain,
  file: Blob,
  budgetMs: number,
  now = () => performance.now(),
): Promise<FrameResult[]> {
  const started = now();
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch (error) {
    throw new ScannerError('UNREADABLE_IMAGE', 'not an image this browser can read', {
      cause: error,
    });
  }
  try {
    const canvas = new OffscreenCanvas(1, 1);
    const context = canvas.getContext('2d', { willReadFrequently: true, alpha: false });
    if (!context) throw new ScannerError('UNSUPPORTED', 'no 2D canvas in the worker');
    for (const plan of stillPlans(bitmap.width, bitmap.height)) {
      if (now() - started > budgetMs) break;
      const scale = plan.longest / Math.max(bitmap.width, bitmap.height);
      const width = Math.max(1, Math.round(bitmap.width * scale));
      const height = Math.max(1, Math.round(bitmap.height * scale));
      const margin = marginFor(plan.longest);
      canvas.width = width + 2 * margin;
      canvas.height = height + 2 * margin;
      // White under and around the image: a transparent PNG would read as black on black.
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.imageSmoothingEnabled = plan.smooth;
      context.imageSmoothingQuality = 'high';
      context.drawImage(bitmap, margin, margin, width, height);
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      const codes = await codesIn(chain, image);
      if (codes.length > 0) return distinct(codes);
    }
    return [];
  } finally {
    bitmap.close();
  }
}
