import { describe, expect, it } from 'vitest';
import { encode } from 'cborg';
import { decodeBase45 } from '../../../src/protocol/credentials/eudcc/base45.ts';
import { cborWithin, decodeCbor } from '../../../src/protocol/credentials/eudcc/cbor.ts';
import { jsonDepthWithin } from '../../../src/protocol/credentials/common.ts';
import { inflateCapped } from '../../../src/protocol/credentials/inflate.ts';
import { encodeBase45 } from '../../../simulator/issuers/eudcc.ts';
import { deflateSync, zlibSync } from 'fflate';

const text = (bytes: Uint8Array | null) => (bytes ? new TextDecoder().decode(bytes) : null);

describe('Base45 (RFC 9285)', () => {
  it.each([
    ['BB8', 'AB'],
    ['%69 VD92EX0', 'Hello!!'],
    ['UJCLQE7W581', 'base-45'],
    ['QED8WEX0', 'ietf!'],
    ['', ''],
  ])('decodes %j to %j, and the simulator encodes it back', (encoded, plain) => {
    expect(text(decodeBase45(encoded))).toBe(plain);
    expect(encodeBase45(new TextEncoder().encode(plain))).toBe(encoded);
  });

  it.each([
    ['GGW', 'a group above 65535'],
    ['A', 'a length of 3n + 1'],
    ['ab', 'lowercase'],
    ['Z~Z', 'a character outside the alphabet'],
    ['U9', 'a final pair above 255'],
  ])('rejects %j (%s)', (encoded) => {
    expect(decodeBase45(encoded)).toBeNull();
  });
});

describe('bounded CBOR', () => {
  it('accepts nesting up to the limit and rejects deeper', () => {
    let value: unknown = 1;
    for (let i = 0; i < 31; i++) value = [value];
    expect(cborWithin(encode(value))).toBe(true);
    expect(cborWithin(encode([value, [value]]))).toBe(false);
  });

  it('rejects truncated items, trailing bytes and impossible lengths', () => {
    const item = encode(new Map([[1, 'abc']]));
    expect(cborWithin(item)).toBe(true);
    expect(cborWithin(item.subarray(0, item.length - 1))).toBe(false);
    expect(cborWithin(new Uint8Array([...item, 0]))).toBe(false);
    expect(cborWithin(new Uint8Array([0x5b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]))).toBe(
      false,
    );
    expect(decodeCbor(new Uint8Array([0x9f, 0x01]))).toBeUndefined();
  });

  it('decodes an indefinite-length array with its break', () => {
    expect(decodeCbor(new Uint8Array([0x9f, 0x01, 0x02, 0xff]))).toEqual([1, 2]);
  });
});

describe('bounded JSON and inflation', () => {
  it('measures JSON depth outside strings only', () => {
    expect(jsonDepthWithin('{"a":"[[[[[[[["}', 2)).toBe(true);
    expect(jsonDepthWithin('[[[]]]', 2)).toBe(false);
    expect(jsonDepthWithin('{"a\\"[[[":1}', 1)).toBe(true);
  });

  it('inflates within the cap and rejects beyond it or a truncated stream', () => {
    const data = new Uint8Array(5000).fill(7);
    expect(inflateCapped(zlibSync(data), 'zlib', 5000)).toEqual(data);
    expect(inflateCapped(deflateSync(data), 'raw', 5000)).toEqual(data);
    expect(inflateCapped(zlibSync(data), 'zlib', 4999)).toBeNull();
    const compressed = zlibSync(crypto.getRandomValues(new Uint8Array(2000)));
    expect(inflateCapped(compressed.subarray(0, compressed.length - 10), 'zlib')).toBeNull();
    expect(inflateCapped(new Uint8Array(0), 'raw')).toBeNull();
  });
});
