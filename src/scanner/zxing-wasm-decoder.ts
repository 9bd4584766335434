/**
 * zxing-cpp compiled to WebAssembly (the `zxing-wasm` package, reader only): the decoder that
 * reads the most real photographs (see decoder-chain.ts). Its `.wasm` is a build asset of this
 * app, precached by the service worker; nothing is fetched from elsewhere.
 */
import {
  prepareZXingModule,
  readBarcodes,
  type ReaderOptions,
  type ZXingModuleOverrides,
} from 'zxing-wasm/reader';
import { toRgba } from './luma.ts';
import { exactCode } from './scanned-code.ts';
import type { Decoder, FrameImage, ScannedCode } from './types.ts';

/** How to reach the wasm binary: its URL (the app) or its bytes (Node, tests). */
export type ZxingWasmSource = { url: string } | { binary: ArrayBuffer | Uint8Array };

/** The most codes listed from one still image. */
export const MAX_CODES_PER_IMAGE = 8;

// tryHarder: the slower, more thorough detector (the README's reference figures use it);
// tryRotate and tryInvert: a code turned 90 degrees or printed light on dark is still read.
const LIVE: ReaderOptions = {
  formats: ['QRCode'],
  tryHarder: true,
  tryRotate: true,
  tryInvert: true,
  tryDownscale: true,
  maxNumberOfSymbols: 1,
};
const STILL: ReaderOptions = { ...LIVE, maxNumberOfSymbols: MAX_CODES_PER_IMAGE };

/** Compiles the wasm module (once per thread) and creates the decoder. */
export async function createZxingWasmDecoder(source: ZxingWasmSource): Promise<Decoder> {
  const overrides: ZXingModuleOverrides =
    'url' in source
      ? {
          locateFile: (path: string, prefix: string) =>
            path.endsWith('.wasm') ? source.url : prefix + path,
        }
      : { wasmBinary: source.binary as ArrayBuffer };
  // Emscripten's own logging would print a failed fetch to the console: the chain reports it.
  Object.assign(overrides, { print: () => undefined, printErr: () => undefined });
  await prepareZXingModule({ overrides, fireImmediately: true });

  const read = async (image: ImageData | FrameImage, options: ReaderOptions) => {
    const { width, height } = image;
    // readBarcodes takes anything shaped like ImageData (width, height, RGBA data).
    const pixels = { data: toRgba(image), width, height } as ImageData;
    const results = await readBarcodes(pixels, options);
    return results
      .filter((result) => result.isValid && result.bytes.length > 0)
      .map((result): ScannedCode => exactCode(result.text, result.bytes));
  };

  return {
    name: 'zxing-wasm',
    async decode(image) {
      return (await read(image, LIVE))[0] ?? null;
    },
    decodeAll: (image) => read(image, STILL),
  };
}
