import { describe, expect, it } from 'vitest';
import { jwsToQrText, qrTextToJws } from '../../src/protocol/index.ts';
import { qrTextFor } from '../helpers/qr-frames.ts';

const JWS = 'eyJhbGciOiJFUzI1NiJ9.eyJ2cyI6Mn0.MEUCIQ-_xyz09';

describe('QR text', () => {
  it('writes every character as two digits, its code minus 45', () => {
    expect(jwsToQrText('-.09Az_')).toBe('kycvs:/00010312207750');
    expect(jwsToQrText(JWS)).toBe(qrTextFor(JWS));
  });

  it('round-trips a compact JWS through numeric text', () => {
    expect(qrTextToJws(jwsToQrText(JWS))).toBe(JWS);
  });

  it('accepts the raw compact JWS and ignores surrounding white space', () => {
    expect(qrTextToJws(JWS)).toBe(JWS);
    expect(qrTextToJws(`  ${jwsToQrText(JWS)}\r\n`)).toBe(JWS);
    expect(qrTextToJws(jwsToQrText(JWS).replace('kycvs', 'KYCVS'))).toBe(JWS);
  });

  it.each([
    ['an odd number of digits', 'kycvs:/123'],
    ['no digits', 'kycvs:/'],
    ['a digit pair outside the JWS alphabet', 'kycvs:/9999'],
    ['letters after the prefix', 'kycvs:/12ab'],
    ['a URL', 'https://example.com/'],
    ['two segments', 'abc.def'],
    ['an overlong text', 'kycvs:/' + '03'.repeat(5000)],
    ['digits that decode to something not a JWS', 'kycvs:/0303'],
  ])('returns null for %s', (_label, text) => {
    expect(qrTextToJws(text)).toBeNull();
  });

  it('will not encode a character a JWS never has', () => {
    expect(() => jwsToQrText('a b')).toThrow(TypeError);
  });
});
