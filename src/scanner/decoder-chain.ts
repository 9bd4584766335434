/// <reference types="vite/client" />
/**
 * The decoder chain: decoders tried in a fixed order on each frame until one reads a code.
 * Order, chosen by measurement (bench/photo-hits.ts, run in Node: the 69 photographs of
 * shared/testdata/qr-photos at 0, 90, 180 and 270 degrees, the generated camera corpus and
 * frames with no code; each decoder a lazy chunk of the decode worker):
 *   1. `zxing-wasm`: zxing-cpp reads 63 of 69 photographs at every rotation, more than any other
 *                    (@zxing/library 45-49, jsQR 45-47), every frame of the camera corpus
 *                    (@zxing/library misses 6 in 100), at 2-6 ms a photograph and 8-9 ms a
 *                    camera frame; on frames with no code it costs what @zxing/library does
 *                    (6-15 ms against 11). It also gives every code's exact bytes;
 *   2. `native`:     the browser's BarcodeDetector, where there is one (not measurable in
 *                    headless Linux); its text-only results make it a fallback, not the first;
 *   3. `jsqr`:       jsQR reads one photograph zxing-cpp misses (turned 180 degrees), but costs
 *                    ten times as much on a frame with no code (135-167 ms on a page of text).
 * @zxing/library reads no photograph that these miss, so the app does not ship it.
 *
 * Live video is paced: a fallback (any decoder after the first) that found nothing rests for
 * PACE_FACTOR times its own cost before it tries again, so jsQR on busy frames takes at most a
 * quarter of the worker's time and zxing-cpp tries every frame.
 */
import { chainOf, type DecoderChain } from './chain-run.ts';
import type { Decoder } from './types.ts';
import type { ZxingWasmSource } from './zxing-wasm-decoder.ts';

export { PACE_FACTOR, chainOf, decodeFrame } from './chain-run.ts';
export type { DecodeOptions, DecoderChain, DecoderStats, FrameResult } from './chain-run.ts';

/** The decoders that can be loaded besides the native one. */
export type JsDecoderName = 'zxing-wasm' | 'jsqr';

/** Options of `createDecoderChain`. */
export interface DecoderChainOptions {
  /** Try the browser's BarcodeDetector, after the first decoder, where it exists (default true). */
  native?: boolean;
  /** Which other decoders to load, in order (default `DEFAULT_FALLBACKS`). */
  fallbacks?: readonly JsDecoderName[];
  /** Where zxing-wasm finds its binary (default: the app's own build asset). */
  wasm?: ZxingWasmSource;
}

/** The default order of the decoders besides the native one (see the top of this file). */
export const DEFAULT_FALLBACKS: readonly JsDecoderName[] = ['zxing-wasm', 'jsqr'];

async function defaultWasmSource(): Promise<ZxingWasmSource> {
  // Vite emits the binary into dist/assets under a hashed name; the service worker precaches it.
  const { default: url } = await import('zxing-wasm/reader/zxing_reader.wasm?url');
  return { url };
}

// Each decoder is its own chunk, fetched only when a chain is created.
const LOADERS: Record<JsDecoderName, (options: DecoderChainOptions) => Promise<Decoder>> = {
  'zxing-wasm': async (options) => {
    const [module, source] = await Promise.all([
      import('./zxing-wasm-decoder.ts'),
      options.wasm ?? defaultWasmSource(),
    ]);
    return module.createZxingWasmDecoder(source);
  },
  jsqr: async () => (await import('./jsqr-decoder.ts')).createJsqrDecoder(),
};

/**
 * Loads the decoders (native where available, then the others) into a chain. A decoder that
 * cannot load (wasm rejected by a CSP, a chunk that failed to download) is left out; the chain
 * fails only when none loads.
 */
export async function createDecoderChain(options: DecoderChainOptions = {}): Promise<DecoderChain> {
  const { native = true, fallbacks = DEFAULT_FALLBACKS } = options;
  const loading: Promise<Decoder | null>[] = fallbacks.map((name) => LOADERS[name](options));
  if (native) {
    const nativeDecoder = import('./native-decoder.ts').then((m) => m.createNativeDecoder());
    loading.splice(Math.min(1, loading.length), 0, nativeDecoder);
  }
  const settled = await Promise.allSettled(loading);
  const decoders = settled.flatMap((s) => (s.status === 'fulfilled' && s.value ? [s.value] : []));
  if (decoders.length === 0) {
    const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    throw failure ? failure.reason : new TypeError('no decoder available');
  }
  return chainOf(decoders);
}
