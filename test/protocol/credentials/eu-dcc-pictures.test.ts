import { readFileSync } from 'node:fs';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyCredential } from '../../../src/protocol/index.ts';
import { SUITE_DIR, loadCases } from './eu-dcc-cases.ts';

// EXPECTEDPICTUREDECODE: the case's QR image (2DCODE, a base64 PNG) decodes to its PREFIX. Read
// here with zxing-wasm, the scanner's decoder, then verified as the gate would.
const pictured = loadCases().flatMap((found) => {
  const json = JSON.parse(readFileSync(SUITE_DIR + found.name, 'utf8'));
  return typeof json['2DCODE'] === 'string' && found.expected.EXPECTEDPICTUREDECODE === true
    ? [{ ...found, png: Buffer.from(json['2DCODE'], 'base64') }]
    : [];
});

beforeAll(async () => {
  const wasm = readFileSync(
    new URL('../../../node_modules/zxing-wasm/dist/reader/zxing_reader.wasm', import.meta.url),
  );
  const wasmBinary = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength);
  await prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
});

describe('EU DCC test suite: the QR images', () => {
  it('has the images', () => {
    expect(pictured.length).toBeGreaterThanOrEqual(150);
  });

  it.each(pictured.map((found) => [found.name, found] as const))(
    '%s decodes to its PREFIX and verifies as the text does',
    async (_name, found) => {
      const [result] = await readBarcodes(new Uint8Array(found.png), {
        formats: ['QRCode'],
        tryHarder: true,
      });
      expect(result?.text).toBe(found.prefix);
      const fromImage = await verifyCredential(result!.text, found.trust, { now: found.clock });
      const fromText = await verifyCredential(found.prefix, found.trust, { now: found.clock });
      expect(fromImage).toEqual(fromText);
    },
  );
});
