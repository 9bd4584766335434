import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ICONS } from './make-icons.ts';

function readPng(file: string) {
  const bytes = readFileSync(new URL(`../../public/icons/${file}`, import.meta.url));
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const idat = bytes.indexOf('IDAT');
  const length = bytes.readUInt32BE(idat - 4);
  const raw = inflateSync(bytes.subarray(idat + 4, idat + 4 + length));
  return { width, height, raw };
}

describe('app icons', () => {
  for (const icon of ICONS) {
    it(`${icon.file} is a ${icon.size} px square RGBA PNG`, () => {
      const { width, height, raw } = readPng(icon.file);
      expect([width, height]).toEqual([icon.size, icon.size]);
      expect(raw.length).toBe((icon.size * 4 + 1) * icon.size);
    });
  }

  it('the maskable icon is opaque to its corners (no transparent safe-zone edge)', () => {
    const { raw } = readPng('icon-maskable-512.png');
    expect(raw[1 + 3]).toBe(255);
  });
});
