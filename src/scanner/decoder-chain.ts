/**
 * The decoder chain: decoders tried in a fixed order on each frame until one reads a code.
 * Order (fastest and most robust first, each a lazy chunk):
 *   1. `native`: the browser's BarcodeDetector, where it exists;
 *   2. `zxing`:  @zxing/library, the cheaper pure-JS decoder (3-4 times faster than jsQR on a
 *                frame with a code, 10-20 times on a busy one without; 25 kB gzipped);
 *   3. `jsqr`:   jsQR (47 kB gzipped), which reads the codes ZXing's detector misses (some
 *                version-14 `kycvs:/` codes fail in ZXing on every frame: "Dimensions could be
 *                not found").
 * The corpus test in test/scanner/ prints which decoder read what, and what it cost.
 *
 * Live video is paced: jsQR costs 3-4 times what ZXing does on a frame with a code, and 10-20
 * times on a busy frame with none (a page of text: 400-600 ms at 1280x720 in Node), so a
 * fallback that found nothing rests for a few times its own cost before it tries again.
 */
import { assertFrame } from './luma.ts';
import type { Decoder, FrameImage } from './types.ts';

/** What one decoder did on the frames the chain gave it. */
export interface DecoderStats {
  attempts: number;
  hits: number;
  errors: number;
  totalMs: number;
}

/** Decoders in the order they are tried, with their running statistics. */
export interface DecoderChain {
  readonly decoders: readonly Decoder[];
  readonly stats: ReadonlyMap<string, DecoderStats>;
  readonly now: () => number;
  /** When each paced fallback may next be tried (chain clock, ms). */
  readonly restUntil: Map<string, number>;
}

/** A code read from a frame, and the decoder that read it. */
export interface FrameResult {
  text: string;
  decoder: string;
}

/** Options of `createDecoderChain`. */
export interface DecoderChainOptions {
  /** Try the browser's BarcodeDetector first where it exists (default true). */
  native?: boolean;
  /** Which pure-JS decoders to load, in order (default zxing then jsqr). */
  fallbacks?: readonly JsDecoderName[];
}

/** Options of `decodeFrame`. */
export interface DecodeOptions {
  /**
   * Live video: a fallback (any decoder after the first) that found nothing sits out the next
   * frames for `PACE_FACTOR` times what that try cost. Off by default: every decoder tries.
   */
  paced?: boolean;
}

/** A paced fallback spends at most about 1 / (1 + PACE_FACTOR) of the time decoding. */
export const PACE_FACTOR = 3;

/** The pure-JS decoders that can be loaded. */
export type JsDecoderName = 'zxing' | 'jsqr';

/** The default order of the pure-JS decoders, cheaper first. */
export const DEFAULT_FALLBACKS: readonly JsDecoderName[] = ['zxing', 'jsqr'];

// Each decoder is its own chunk, fetched only when a chain is created.
const LOADERS: Record<JsDecoderName, () => Promise<Decoder>> = {
  zxing: async () => (await import('./zxing-decoder.ts')).createZxingDecoder(),
  jsqr: async () => (await import('./jsqr-decoder.ts')).createJsqrDecoder(),
};

/** Builds a chain from decoders already made (tests and benches pass their own). */
export function chainOf(decoders: readonly Decoder[], now = () => performance.now()): DecoderChain {
  if (decoders.length === 0) throw new TypeError('a decoder chain needs at least one decoder');
  const stats = new Map<string, DecoderStats>();
  for (const decoder of decoders) {
    if (stats.has(decoder.name)) throw new TypeError(`two decoders named ${decoder.name}`);
    stats.set(decoder.name, { attempts: 0, hits: 0, errors: 0, totalMs: 0 });
  }
  return { decoders: [...decoders], stats, now, restUntil: new Map() };
}

/** Loads the decoders (native where available, then the pure-JS ones) into a chain. */
export async function createDecoderChain(options: DecoderChainOptions = {}): Promise<DecoderChain> {
  const { native = true, fallbacks = DEFAULT_FALLBACKS } = options;
  const loading: Promise<Decoder | null>[] = [];
  if (native) loading.push(import('./native-decoder.ts').then((m) => m.createNativeDecoder()));
  for (const name of fallbacks) loading.push(LOADERS[name]());
  const decoders = (await Promise.all(loading)).filter((d): d is Decoder => d !== null);
  return chainOf(decoders);
}

/**
 * Tries each decoder of the chain on `image` in turn; the first text found wins. A decoder that
 * throws counts as finding nothing, so one broken decoder never stops the others.
 */
export async function decodeFrame(
  chain: DecoderChain,
  image: ImageData | FrameImage,
  options: DecodeOptions = {},
): Promise<FrameResult | null> {
  assertFrame(image);
  for (const [index, decoder] of chain.decoders.entries()) {
    const paced = options.paced === true && index > 0;
    const started = chain.now();
    if (paced && started < (chain.restUntil.get(decoder.name) ?? -Infinity)) continue;
    const stats = chain.stats.get(decoder.name)!;
    stats.attempts++;
    let text: string | null = null;
    try {
      text = await decoder.decode(image);
    } catch {
      stats.errors++;
    }
    const finished = chain.now();
    stats.totalMs += finished - started;
    if (typeof text === 'string' && text !== '') {
      stats.hits++;
      return { text, decoder: decoder.name };
    }
    if (paced) chain.restUntil.set(decoder.name, finished + PACE_FACTOR * (finished - started));
  }
  return null;
}
