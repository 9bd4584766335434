/**
 * Running a decoder chain on a frame: the decoders in order, the first exact code winning, and
 * the pacing of live video. No decoder is imported here (decoder-chain.ts loads them), so the
 * page's thread can hold this module without any decoder's code.
 */
import { assertFrame } from './luma.ts';
import type { Decoder, FrameImage, ScannedCode } from './types.ts';

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
export interface FrameResult extends ScannedCode {
  decoder: string;
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

/**
 * Tries each decoder of the chain on `image` in turn; the first exact code found wins. A code
 * given as text only (BarcodeDetector on a binary payload) is kept while the others try for its
 * bytes, and returned when none reads it. A decoder that throws counts as finding nothing, so
 * one broken decoder never stops the others.
 */
export async function decodeFrame(
  chain: DecoderChain,
  image: ImageData | FrameImage,
  options: DecodeOptions = {},
): Promise<FrameResult | null> {
  assertFrame(image);
  let textOnly: FrameResult | null = null;
  for (const [index, decoder] of chain.decoders.entries()) {
    const paced = options.paced === true && index > 0;
    const started = chain.now();
    if (paced && started < (chain.restUntil.get(decoder.name) ?? -Infinity)) continue;
    const stats = chain.stats.get(decoder.name)!;
    stats.attempts++;
    let code: ScannedCode | null = null;
    try {
      code = await decoder.decode(image);
    } catch {
      stats.errors++;
    }
    const finished = chain.now();
    stats.totalMs += finished - started;
    if (code && (code.text !== '' || code.bytes.length > 0)) {
      stats.hits++;
      const result = { ...code, decoder: decoder.name };
      if (code.exact) return result;
      textOnly ??= result;
      continue;
    }
    if (paced) chain.restUntil.set(decoder.name, finished + PACE_FACTOR * (finished - started));
  }
  return textOnly;
}
