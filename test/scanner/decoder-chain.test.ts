import { afterEach, describe, expect, it } from 'vitest';
import {
  PACE_FACTOR,
  chainOf,
  createDecoderChain,
  decodeFrame,
} from '../../src/scanner/decoder-chain.ts';
import { ScannerError, type Decoder } from '../../src/scanner/types.ts';

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
      return answer;
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
    expect(await decodeFrame(chain, frame)).toEqual({ text: 'CODE', decoder: 'first' });
    expect(second.calls).toBe(0);
  });

  it('falls back to the next decoder when the first finds nothing', async () => {
    const first = fake('first', [null]);
    const second = fake('second', ['CODE']);
    const chain = chainOf([first, second]);
    expect(await decodeFrame(chain, frame)).toEqual({ text: 'CODE', decoder: 'second' });
    expect(chain.stats.get('first')).toMatchObject({ attempts: 1, hits: 0, errors: 0 });
    expect(chain.stats.get('second')).toMatchObject({ attempts: 1, hits: 1, errors: 0 });
  });

  it('falls back when a decoder throws, and counts the error', async () => {
    const chain = chainOf([fake('broken', [new Error('boom')]), fake('good', ['CODE'])]);
    expect(await decodeFrame(chain, frame)).toEqual({ text: 'CODE', decoder: 'good' });
    expect(chain.stats.get('broken')!.errors).toBe(1);
  });

  it('awaits asynchronous decoders and treats an empty text as nothing', async () => {
    const empty: Decoder = { name: 'empty', decode: async () => '' };
    const slow: Decoder = { name: 'async', decode: async () => 'CODE' };
    expect(await decodeFrame(chainOf([empty, slow]), frame)).toEqual({
      text: 'CODE',
      decoder: 'async',
    });
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
  it('refuses an empty chain and two decoders with one name', () => {
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

  it('loads ZXing then jsQR where the browser has no BarcodeDetector', async () => {
    const chain = await createDecoderChain();
    expect(chain.decoders.map((d) => d.name)).toEqual(['zxing', 'jsqr']);
  });

  it('puts a BarcodeDetector that reads QR codes first', async () => {
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
    const chain = await createDecoderChain();
    expect(chain.decoders.map((d) => d.name)).toEqual(['native', 'zxing', 'jsqr']);
    expect(seen).toEqual([{ formats: ['qr_code'] }]);
    expect(await decodeFrame(chain, frame)).toEqual({ text: 'NATIVE', decoder: 'native' });
  });

  it('skips a BarcodeDetector that cannot read QR codes', async () => {
    globals.ImageData = class {};
    globals.BarcodeDetector = class {
      static getSupportedFormats = async () => ['ean_13'];
    };
    const chain = await createDecoderChain();
    expect(chain.decoders.map((d) => d.name)).toEqual(['zxing', 'jsqr']);
  });

  it('loads only the fallbacks asked for, in that order', async () => {
    const chain = await createDecoderChain({ native: false, fallbacks: ['jsqr', 'zxing'] });
    expect(chain.decoders.map((d) => d.name)).toEqual(['jsqr', 'zxing']);
  });
});
