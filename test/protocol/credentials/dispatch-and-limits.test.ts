import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { deflateSync, zipSync, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  CREDENTIAL_CODES,
  detectFormat,
  jwsToQrText,
  verifyCredential,
  type CredentialVerdict,
} from '../../../src/protocol/index.ts';
import { selfSignedCertificate } from '../../../simulator/issuers/certificate.ts';
import { dccKid, encodeBase45, signHcert } from '../../../simulator/issuers/eudcc.ts';
import { jwsToShcText } from '../../../simulator/issuers/shc.ts';
import { ISSUER, NOW, holderClaims, signToken, trustedRegistry } from '../../fixtures/tokens.ts';

const MB = 1024 * 1024;

function expectRejected(verdict: CredentialVerdict, format: string | null, code: string): void {
  expect(verdict).toMatchObject({ ok: false, format, code });
}

describe('verifyCredential: recognising the format', () => {
  it.each([
    ['HC1:NCF', 'eudcc'],
    ['shc:/5676', 'shc'],
    ['kycvs:/1234', 'kycvs'],
    ['eyJhbGciOiJFUzI1NiJ9.eyJ9.c2ln', 'kycvs'],
    ['{"@context":[]}', 'divoc'],
    ['  HC1:NCF', 'eudcc'],
    ['hello world', null],
    ['', null],
  ])('reads %j as %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });

  it('reads the bytes of a ZIP as a CoWIN certificate and UTF-8 bytes as text', () => {
    expect(detectFormat(zipSync({ 'certificate.json': new Uint8Array([123, 125]) }))).toBe('divoc');
    expect(detectFormat(new TextEncoder().encode('HC1:NCF'))).toBe('eudcc');
    expect(detectFormat(new Uint8Array([0xff, 0xfe, 0x00]))).toBe(null);
  });

  it('rejects what no format matches with UNSUPPORTED_FORMAT and format null', async () => {
    expectRejected(await verifyCredential('https://example.org', {}), null, 'UNSUPPORTED_FORMAT');
    expectRejected(
      await verifyCredential(new Uint8Array([1, 2, 3]), {}),
      null,
      'UNSUPPORTED_FORMAT',
    );
  });

  it('verifies a KYC-VS holder token, numeric or raw, with the registry keys', async () => {
    const token = await signToken(holderClaims());
    const trust = { kycvs: await trustedRegistry() };
    for (const input of [jwsToQrText(token), token]) {
      expect(await verifyCredential(input, trust, { now: NOW })).toEqual({
        ok: true,
        format: 'kycvs',
        status: 2,
        name: 'Aarav Kumar Sharma',
        mob: '3210',
        issuer: ISSUER,
        id: JSON.stringify([ISSUER, 'q3RjZmE4bXdUa0xp']),
        issuedAt: expect.any(Number),
        expiresAt: expect.any(Number),
      });
    }
  });

  it('passes a KYC-VS rejection through with its code', async () => {
    const token = await signToken(holderClaims(), { key: 'registryNext' });
    const trust = { kycvs: await trustedRegistry(['registry']) };
    expectRejected(await verifyCredential(token, trust, { now: NOW }), 'kycvs', 'UNKNOWN_KEY');
    expectRejected(await verifyCredential(token, {}, { now: NOW }), 'kycvs', 'UNTRUSTED_ISSUER');
  });
});

describe('verifyCredential: hostile input gets a verdict, never an exception', () => {
  it.each([
    ['HC1:', 'eudcc'],
    ['shc:/', 'shc'],
    ['kycvs:/', 'kycvs'],
    ['{"a":"', 'divoc'],
  ])('rejects 1 MB of %s text as MALFORMED', async (prefix, format) => {
    const text = prefix + '0'.repeat(MB);
    expectRejected(await verifyCredential(text, {}), format, 'MALFORMED');
  });

  it('rejects 1 MB of bytes behind a ZIP header as MALFORMED', async () => {
    const bytes = new Uint8Array(MB);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    expectRejected(await verifyCredential(bytes, {}), 'divoc', 'MALFORMED');
  });

  it('rejects a ZIP bomb, honest or lying about its size, as MALFORMED', async () => {
    const bomb = zipSync({ 'certificate.json': [new Uint8Array(8 * MB).fill(32), { level: 6 }] });
    expect(bomb.length).toBeLessThan(32 * 1024);
    expectRejected(await verifyCredential(bomb, {}), 'divoc', 'MALFORMED');
    // The same bomb declaring 100 bytes: the inflater stops at its cap.
    const lying = bomb.slice();
    for (let at = 0; at + 4 <= lying.length; at++) {
      const sig =
        lying[at]! | (lying[at + 1]! << 8) | (lying[at + 2]! << 16) | (lying[at + 3]! << 24);
      if (sig === 0x04034b50) new DataView(lying.buffer).setUint32(at + 22, 100, true);
      if (sig === 0x02014b50) new DataView(lying.buffer).setUint32(at + 24, 100, true);
    }
    expectRejected(await verifyCredential(lying, {}), 'divoc', 'MALFORMED');
  });

  it('rejects a zlib bomb in an EU DCC and a DEFLATE bomb in a SMART Health Card', async () => {
    const dcc = `HC1:${encodeBase45(zlibSync(new Uint8Array(8 * MB), { level: 6 }))}`;
    expect(dcc.length).toBeLessThan(32 * 1024);
    expectRejected(await verifyCredential(dcc, {}), 'eudcc', 'MALFORMED');
    const header = Buffer.from('{"zip":"DEF","alg":"ES256","kid":"k"}').toString('base64url');
    const body = Buffer.from(deflateSync(new Uint8Array(8 * MB).fill(32), { level: 6 })).toString(
      'base64url',
    );
    const shc = jwsToShcText(`${header}.${body}.${'A'.repeat(86)}`);
    expectRejected(await verifyCredential(shc, {}), 'shc', 'MALFORMED');
  });

  it('rejects deeply nested JSON as MALFORMED', async () => {
    const deep = `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expectRejected(await verifyCredential(deep, {}), 'divoc', 'MALFORMED');
    const header = Buffer.from('{"zip":"DEF","alg":"ES256","kid":"k"}').toString('base64url');
    const body = Buffer.from(deflateSync(new TextEncoder().encode(deep))).toString('base64url');
    const shc = jwsToShcText(`${header}.${body}.${'A'.repeat(86)}`);
    expectRejected(await verifyCredential(shc, {}), 'shc', 'MALFORMED');
  });

  it('rejects deeply nested CBOR as MALFORMED, unsigned or inside a signed payload', async () => {
    const nested = new Uint8Array(20_001).fill(0x81);
    nested[20_000] = 0x00;
    const unsigned = `HC1:${encodeBase45(zlibSync(nested))}`;
    expectRejected(await verifyCredential(unsigned, {}), 'eudcc', 'MALFORMED');

    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const der = selfSignedCertificate(publicKey, privateKey, {
      commonName: 'test',
      country: 'IN',
      notBefore: new Date(NOW.getTime() - 86400_000),
      notAfter: new Date(NOW.getTime() + 86400_000),
      usages: [],
    });
    const kid = dccKid(der);
    const trust = {
      eudcc: [
        {
          kid: Buffer.from(kid).toString('base64'),
          country: 'IN',
          certificate: Buffer.from(der).toString('base64'),
        },
      ],
    };
    let hcert: unknown = 'leaf';
    for (let i = 0; i < 200; i++) hcert = [hcert];
    const now = Math.floor(NOW.getTime() / 1000);
    const signed = signHcert(
      { deep: hcert },
      { privateKey, kid },
      {
        issuer: 'IN',
        issuedAt: now,
        expiresAt: now + 3600,
      },
    );
    // The signature holds; the payload, too deep to decode, is rejected.
    expect(await verifyCredential(signed, trust, { now: NOW })).toMatchObject({
      ok: false,
      code: 'MALFORMED',
      cause: 'cwt',
    });
  });

  it('rejects invalid Base45 as MALFORMED', async () => {
    expectRejected(await verifyCredential('HC1:NCFTW2BM7YUO:20$Z9HW9U', {}), 'eudcc', 'MALFORMED');
    expectRejected(await verifyCredential('HC1:abc', {}), 'eudcc', 'MALFORMED');
  });

  it('answers arbitrary text and bytes with a known code, never by throwing', async () => {
    const prefixes = fc.constantFrom('', 'HC1:', 'shc:/', 'kycvs:/', '{', 'PK\u0003\u0004');
    await fc.assert(
      fc.asyncProperty(prefixes, fc.string({ maxLength: 200 }), async (prefix, rest) => {
        const verdict = await verifyCredential(prefix + rest, {});
        expect(verdict.ok).toBe(false);
        expect(CREDENTIAL_CODES).toContain((verdict as { code: string }).code);
      }),
      { numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (tail) => {
        const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]);
        const verdict = await verifyCredential(bytes, {});
        expect(verdict).toMatchObject({ ok: false, format: 'divoc' });
      }),
      { numRuns: 200 },
    );
  });

  it('rejects untyped nonsense (null trust, a non-string input) without throwing', async () => {
    expect(await verifyCredential(null as never, null as never)).toMatchObject({ ok: false });
    expect(await verifyCredential('HC1:', null as never, null as never)).toMatchObject({
      ok: false,
      format: 'eudcc',
    });
  });
});
