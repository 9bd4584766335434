/**
 * Decoding a still image in the decode worker: the file becomes a bitmap here (never on the
 * page's thread), then is drawn at a few sizes until one gives codes or the time budget is spent;
 * once with a white margin added, for a code printed to the edge (no quiet zone, ISO/IEC 18004
 * §6.3.8). Not always: a margin can hide a code that fills a photo with its own background
 * (measured on shared/testdata/qr-photos: a version-40 code at 2.5 px a module).
 */
import type { DecoderChain, FrameResult } from './chain-run.ts';
import { ScannerError, type Decoder, type ScannedCode } from './types.ts';

/** One way of drawing the image: its longest side in pixels, whether to smooth, and to pad. */
export interface StillPlan {
  longest: number;
  smooth: boolean;
  margin: boolean;
}

/** The largest side drawn: a 6000 x 4000 photo is read at 2400, then smaller. */
export const MAX_STILL_SIDE = 2400;

/** A tiny image (a 41 x 41 px code) is also drawn at least this large. */
export const MIN_STILL_SIDE = 480;

/**
 * Sizes to try, cheapest likely hit first: the image as it is (at most 1600 px), the same with
 * a margin, smaller ones (a photo's noise and JPEG blocks fade), the largest for a small code in
 * a huge photo, and for a tiny image enlargements both sharp (module edges kept) and smoothed (a
 * code under 2 px a module reads better blurred than blocky).
 */
export function stillPlans(width: number, height: number): StillPlan[] {
  const longest = Math.max(width, height);
  const plans: StillPlan[] = [];
  const add = (side: number, smooth: boolean, margin = false) => {
    const rounded = Math.max(1, Math.round(side));
    const same = (p: StillPlan) =>
      p.longest === rounded && p.smooth === smooth && p.margin === margin;
    if (!plans.some(same)) plans.push({ longest: rounded, smooth, margin });
  };
  add(Math.min(longest, 1600), true);
  add(Math.min(longest, 1600), true, true);
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

/**
 * Every code the chain finds in one drawn image: each decoder once, in the chain's order, all
 * the codes of the first that reads any exactly (a decoder that lists codes gives them all); a
 * text-only code is kept while the others try for its bytes.
 */
async function codesIn(decoders: readonly Decoder[], image: ImageData): Promise<FrameResult[]> {
  let textOnly: FrameResult[] = [];
  for (const decoder of decoders) {
    let codes: ScannedCode[] = [];
    try {
      if (decoder.decodeAll) codes = await decoder.decodeAll(image);
      else {
        const one = await decoder.decode(image);
        if (one) codes = [one];
      }
    } catch {
      // A decoder that fails on this image: the next one still tries.
    }
    const found = codes.map((code) => ({ ...code, decoder: decoder.name }));
    if (found.some((code) => code.exact)) return found;
    if (textOnly.length === 0) textOnly = found;
  }
  return textOnly;
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
  const { width: sourceWidth, height: sourceHeight } = bitmap;
  const sourceLongest = Math.max(sourceWidth, sourceHeight);
  if (sourceLongest > MAX_STILL_SIDE) {
    // A huge photo is shrunk once to the largest size tried: each size is then drawn from that,
    // not from the whole photo (measured in Chromium on 6000 x 4000: 80 ms a draw, not 200).
    const scale = MAX_STILL_SIDE / sourceLongest;
    const whole = bitmap;
    try {
      bitmap = await createImageBitmap(whole, {
        resizeWidth: Math.max(1, Math.round(sourceWidth * scale)),
        resizeHeight: Math.max(1, Math.round(sourceHeight * scale)),
        resizeQuality: 'high',
      });
    } catch {
      // Kept whole: every size is drawn from the photo itself.
    }
    if (bitmap !== whole) whole.close();
  }
  try {
    const canvas = new OffscreenCanvas(1, 1);
    const context = canvas.getContext('2d', { willReadFrequently: true, alpha: false });
    if (!context) throw new ScannerError('UNSUPPORTED', 'no 2D canvas in the worker');
    // Every decoder tries the image as it is; the other sizes go to the decoders that list codes
    // (zxing-cpp, BarcodeDetector) when there are any: the one photograph jsQR adds is read at its
    // own size (bench/photo-hits.ts), and jsQR costs hundreds of ms on a large busy image.
    const listers = chain.decoders.filter((decoder) => decoder.decodeAll);
    const later = listers.length > 0 ? listers : chain.decoders;
    for (const [index, plan] of stillPlans(sourceWidth, sourceHeight).entries()) {
      if (now() - started > budgetMs) break;
      const scale = plan.longest / sourceLongest;
      const width = Math.max(1, Math.round(sourceWidth * scale));
      const height = Math.max(1, Math.round(sourceHeight * scale));
      const margin = plan.margin ? marginFor(plan.longest) : 0;
      canvas.width = width + 2 * margin;
      canvas.height = height + 2 * margin;
      // White under (and around) the image: a transparent PNG would read as black on black.
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.imageSmoothingEnabled = plan.smooth;
      context.imageSmoothingQuality = 'high';
      context.drawImage(bitmap, margin, margin, width, height);
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      const codes = await codesIn(index === 0 ? chain.decoders : later, image);
      if (codes.length > 0) return distinct(codes);
    }
    return [];
  } finally {
    bitmap.close();
  }
}
