import { afterEach, describe, expect, it } from 'vitest';
import {
  PACE_FACTOR,
  chainOf,
  createDecoderChain,
  decodeFrame,
} from '../../src/scanner/decoder-chain.ts';
import { ScannerError, type Decoder, type ScannedCode } from '../../src/scanner/types.ts';
import { nodeWasmSource } from '../helpers/qr-photos.ts';

/** A code as a decoder with exact bytes gives it. */
const code = (text: string): ScannedCode => ({
  text,
  bytes: new TextEncoder().encode(text),
  exact: true,
});

const frame = { data: new Uint8ClampedArray(4 * 3), width: 4, height: 3 };

/** A fake decoder that answers from a script and records how often it was asked. */
function fake(name: string, answers: Array<string | null | Error>, cost = 0, clock?: Clock) {
  const decoder: Decoder & { calls: number } = {
    name,
    calls: 0,
    decode() {
      const answer = answers[Math.min(decoder.calls, answers.length - 1)] ?? null;
      decoder.calls++;
      if (clock) clock.t += cost;
      if (answer instanceof Error) throw answer;
      return answer === null ? null : code(answer);
    },
  };
  return decoder;
}

interface Clock {
  t: number;
}

describe('decodeFrame', () => {
  it('returns the first decoder hit and does not ask the others', async () => {
    const first = fake('first', ['CODE']);
    const second = fake('second', ['OTHER']);
    const chain = chainOf([first, second]);
    expect(await decodeFrame(chain, frame)).toMatchObject({
      text: 'CODE',
      decoder: 'first',
      exact: true,
    });
    expect(second.calls).toBe(0);
  });

  it('falls back to the next decoder when the first finds nothing', async () => {
    const first = fake('first', [null]);
    const second = fake('second', ['CODE']);
    const chain = chainOf([first, second]);
    expect(await decodeFrame(chain, frame)).toMatchObject({
      text: 'CODE',
      decoder: 'second',
      exact: true,
    });
    expect(chain.stats.get('first')).toMatchObject({ attempts: 1, hits: 0, errors: 0 });
    expect(chain.stats.get('second')).toMatchObject({ attempts: 1, hits: 1, errors: 0 });
  });

  it('falls back when a decoder throws, and counts the error', async () => {
    const chain = chainOf([fake('broken', [new Error('boom')]), fake('good', ['CODE'])]);
    expect(await decodeFrame(chain, frame)).toMatchObject({
      text: 'CODE',
      decoder: 'good',
      exact: true,
    });
    expect(chain.stats.get('broken')!.errors).toBe(1);
  });

  it('awaits asynchronous decoders and treats an empty text as nothing', async () => {
    const empty: Decoder = {
      name: 'empty',
      decode: async () => ({ text: '', bytes: new Uint8Array(), exact: true }),
    };
    const slow: Decoder = { name: 'async', decode: async () => code('CODE') };
    expect(await decodeFrame(chainOf([empty, slow]), frame)).toMatchObject({
      text: 'CODE',
      decoder: 'async',
    });
  });

  it('asks the next decoders for the bytes of a code given as text only, and keeps theirs', async () => {
    const textOnly: Decoder = {
      name: 'native',
      decode: () => ({ text: 'PK\u0003\u0004\ufffd', bytes: new Uint8Array([1]), exact: false }),
    };
    const zip = new Uint8Array([0x50, 0x4b, 3, 4, 0xff]);
    const exact: Decoder = {
      name: 'bytes',
      decode: () => ({ text: 'PK', bytes: zip, exact: true }),
    };
    const result = await decodeFrame(chainOf([textOnly, exact]), frame);
    expect(result).toMatchObject({ decoder: 'bytes', exact: true });
    expect(result!.bytes).toEqual(zip);
  });

  it('returns the text-only code when no other decoder reads it', async () => {
    const textOnly: Decoder = {
      name: 'native',
      decode: () => ({ text: 'caf\u00e9', bytes: new Uint8Array([1]), exact: false }),
    };
    const chain = chainOf([textOnly, fake('b', [null])]);
    expect(await decodeFrame(chain, frame)).toMatchObject({ text: 'caf\u00e9', exact: false });
    expect(chain.stats.get('native')!.hits).toBe(1);
  });

  it('returns null when no decoder reads a code', async () => {
    expect(await decodeFrame(chainOf([fake('a', [null]), fake('b', [null])]), frame)).toBeNull();
  });

  it('accepts luminance frames as well as RGBA ones', async () => {
    const luma = { data: new Uint8ClampedArray(12), width: 4, height: 3 };
    expect(await decodeFrame(chainOf([fake('a', ['CODE'])]), luma)).not.toBeNull();
  });

  it('rejects a frame whose data does not match its size with BAD_FRAME', async () => {
    const decoder = fake('a', ['CODE']);
    const bad = { data: new Uint8ClampedArray(7), width: 4, height: 3 };
    const error = await decodeFrame(chainOf([decoder]), bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScannerError);
    expect((error as ScannerError).code).toBe('BAD_FRAME');
    expect(decoder.calls).toBe(0);
  });

  it('rests a paced fallback that found nothing for PACE_FACTOR times its cost', async () => {
    const clock: Clock = { t: 0 };
    const first = fake('first', [null], 10, clock);
    const second = fake('second', [null], 40, clock);
    const chain = chainOf([first, second], () => clock.t);
    await decodeFrame(chain, frame, { paced: true }); // second runs 10..50, rests until 170
    expect(second.calls).toBe(1);
    clock.t = 150;
    await decodeFrame(chain, frame, { paced: true }); // first runs 150..160: second still rests
    expect(first.calls).toBe(2);
    expect(second.calls).toBe(1);
    clock.t = 50 + PACE_FACTOR * 40 - 10;
    await decodeFrame(chain, frame, { paced: true }); // first ends when the rest does
    expect(second.calls).toBe(2);
  });

  it('never paces the first decoder, and tries every decoder when not paced', async () => {
    const clock: Clock = { t: 0 };
    const first = fake('first', [null], 100, clock);
    const second = fake('second', [null], 100, clock);
    const chain = chainOf([first, second], () => clock.t);
    await decodeFrame(chain, frame, { paced: true });
    await decodeFrame(chain, frame, { paced: true });
    expect(first.calls).toBe(2);
    expect(second.calls).toBe(1);
    await decodeFrame(chain, frame);
    expect(second.calls).toBe(2);
  });
});

describe('chainOf', () => {
  it('rejects an empty chain and two decoders with one name', () => {
    expect(() => chainOf([])).toThrow(TypeError);
    expect(() => chainOf([fake('a', [null]), fake('a', [null])])).toThrow(TypeError);
  });
});

describe('createDecoderChain', () => {
  const globals = globalThis as { BarcodeDetector?: unknown; ImageData?: unknown };
  afterEach(() => {
    delete globals.BarcodeDetector;
    delete globals.ImageData;
  });

  it('loads zxing-wasm then jsQR where the browser has no BarcodeDetector', async () => {
    const chain = await createDecoderChain({ wasm: nodeWasmSource() });
    expect(chain.decoders.map((d) => d.name)).toEqual(['zxing-wasm', 'jsqr']);
  });

  it('leaves out a decoder that cannot load and keeps the others', async () => {
    const chain = await createDecoderChain({ wasm: { binary: new Uint8Array([0, 1, 2, 3]) } });
    expect(chain.decoders.map((d) => d.name)).toEqual(['jsqr']);
  });

  it('puts a BarcodeDetector that reads QR codes after the first decoder', async () => {
    const seen: unknown[] = [];
    globals.ImageData = class {
      constructor(
        public data: Uint8ClampedArray,
        public width: number,
        public height: number,
      ) {}
    };
    globals.BarcodeDetector = class {
      static getSupportedFormats = async () => ['ean_13', 'qr_code'];
      constructor(options: unknown) {
        seen.push(options);
      }
      detect = async () => [{ rawValue: 'NATIVE' }];
    };
    const chain = await createDecoderChain({ wasm: nodeWasmSource() });
    expect(chain.decoders.map((d) => d.name)).toEqual(['zxing-wasm', 'native', 'jsqr']);
    expect(seen).toEqual([{ formats: ['qr_code'] }]);
    expect(await decodeFrame(chain, frame)).toMatchObject({
      text: 'NATIVE',
      decoder: 'native',
      exact: true,
    });
  });

  it('skips a BarcodeDetector that cannot read QR codes', async () => {
    globals.ImageData = class {};
    globals.BarcodeDetector = class {
      static getSupportedFormats = async () => ['ean_13'];
    };
    const chain = await createDecoderChain({ fallbacks: ['jsqr'] });
    expect(chain.decoders.map((d) => d.name)).toEqual(['jsqr']);
  });

  it('loads only the fallbacks asked for, in that order', async () => {
    const chain = await createDecoderChain({
      native: false,
      fallbacks: ['jsqr', 'zxing-wasm'],
      wasm: nodeWasmSource(),
    });
    expect(chain.decoders.map((d) => d.name)).toEqual(['jsqr', 'zxing-wasm']);
  });
});
