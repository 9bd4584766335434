/**
 * A binary QR code (a CoWIN certificate is a ZIP in byte mode): every decoder gives its bytes,
 * none lost to a text decoding; BarcodeDetector's text-only answer is marked inexact.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDecoderChain, decodeFrame } from '../../src/scanner/decoder-chain.ts';
import { createJsqrDecoder } from '../../src/scanner/jsqr-decoder.ts';
import { nativeCode } from '../../src/scanner/native-decoder.ts';
import type { Decoder } from '../../src/scanner/types.ts';
import { createZxingDecoder, isByteModeOnly, zxingBytes } from '../../bench/lib/zxing-decoder.ts';
import { createZxingWasmDecoder } from '../../src/scanner/zxing-wasm-decoder.ts';
import { renderFrame, type QrMatrix } from '../helpers/qr-frames.ts';
import { nodeWasmSource } from '../helpers/qr-photos.ts';

/** A small ZIP like a CoWIN certificate QR's: one JSON file, deflated. */
function smallZip(): Uint8Array {
  const json = JSON.stringify({ '@context': ['https://www.w3.org/2018/credentials/v1'], n: 1 });
  // A fixed time stamp: the same ZIP, so the same QR code, on every run.
  return zipSync(
    { 'certificate.json': strToU8(json) },
    { level: 9, mtime: new Date('2021-06-01T00:00:00Z') },
  );
}

/** `bytes` as one byte-mode segment (ISO/IEC 18004 §7.4.5). */
function byteModeMatrix(bytes: Uint8Array): QrMatrix {
  const qr = QRCode.create([{ data: Buffer.from(bytes), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
  });
  const size = qr.modules.size;
  return { size, version: qr.version, dark: (x, y) => qr.modules.data[y * size + x] === 1 };
}

describe('a byte-mode QR code holding a ZIP', () => {
  const zip = smallZip();
  let frame: { data: Uint8ClampedArray; width: number; height: number };
  let decoders: Decoder[];

  beforeAll(async () => {
    const luma = renderFrame(byteModeMatrix(zip), { width: 640, height: 480, noise: 4, seed: 3 });
    frame = { data: new Uint8ClampedArray(luma.buffer), width: 640, height: 480 };
    decoders = [
      await createZxingWasmDecoder(nodeWasmSource()),
      createZxingDecoder(),
      createJsqrDecoder(),
    ];
  });

  it('holds bytes no UTF-8 text can carry (the test would prove nothing otherwise)', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(zip)).toThrow();
  });

  for (const name of ['zxing-wasm', 'zxing', 'jsqr']) {
    it(`${name} gives the ZIP's exact bytes, which unzip to the certificate`, async () => {
      const decoder = decoders.find((d) => d.name === name)!;
      const code = await decoder.decode(frame);
      expect(code?.exact).toBe(true);
      expect(code?.bytes).toEqual(zip);
      expect(Object.keys(unzipSync(code!.bytes))).toEqual(['certificate.json']);
    });
  }

  it('the chain gives the same bytes', async () => {
    const chain = await createDecoderChain({ wasm: nodeWasmSource() });
    const result = await decodeFrame(chain, frame);
    expect(result?.bytes).toEqual(zip);
    expect(result?.exact).toBe(true);
  });
});

describe('bytes from a decoder that gives text', () => {
  it('BarcodeDetector: plain ASCII is exact, anything else is marked text-only', () => {
    expect(nativeCode('kycvs:/0123')).toEqual({
      text: 'kycvs:/0123',
      bytes: new TextEncoder().encode('kycvs:/0123'),
      exact: true,
    });
    // A ZIP's rawValue, as a platform might have decoded it: controls and replacement marks.
    expect(nativeCode('PK\u0003\u0004\u0014\ufffd').exact).toBe(false);
    expect(nativeCode('नमस्ते').exact).toBe(false);
  });

  it('ZXing: byte segments give non-ASCII content; ASCII text gives itself', () => {
    const utf8 = new TextEncoder().encode('नमस्ते');
    expect(zxingBytes('नमस्ते', [utf8])).toMatchObject({ bytes: utf8, exact: true });
    const latin = new Uint8Array([0x50, 0x4b, 0xe9, 0xff]);
    expect(zxingBytes('PK\u00e9\u00ff', [latin])).toMatchObject({ bytes: latin, exact: true });
    expect(zxingBytes('kycvs:/12', [new Uint8Array([107])]).bytes).toEqual(
      new TextEncoder().encode('kycvs:/12'),
    );
    // Non-ASCII bytes mixed with a numeric segment: their order is unknown, so text only.
    expect(zxingBytes('नमस्ते123', [utf8]).exact).toBe(false);
  });

  it('ZXing: tells a code of one byte segment from one with more after it', () => {
    // 0100 | count 00000010 | 0xAA 0xBB | 0000 terminator, padded to whole bytes.
    const only = Uint8Array.from([0b01000000, 0b0010_1010, 0b1010_1011, 0b1011_0000]);
    expect(isByteModeOnly(only, 2)).toBe(true);
    expect(isByteModeOnly(only, 3)).toBe(false);
    // The same bytes followed by a numeric segment (0001): not byte mode alone.
    const mixed = Uint8Array.from([0b01000000, 0b0010_1010, 0b1010_1011, 0b1011_0001, 0]);
    expect(isByteModeOnly(mixed, 2)).toBe(false);
  });
});
