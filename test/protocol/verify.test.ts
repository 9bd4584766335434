import { describe, expect, it } from 'vitest';
import { verifyStatusToken, type Verdict } from '../../src/protocol/index.ts';
import {
  ISSUER,
  NOW,
  NOW_S,
  b64json,
  holderClaims,
  publicJwk,
  signToken,
  trustedRegistry,
} from '../fixtures/tokens.ts';

async function verify(token: string, options: { audience?: string; nonce?: string } = {}) {
  return verifyStatusToken(token, await trustedRegistry(), { now: NOW, ...options });
}

function codeOf(verdict: Verdict): string {
  return verdict.ok ? 'OK' : verdict.code;
}

describe('verifyStatusToken: accepted tokens', () => {
  it('accepts a holder token and returns what the registry asserts', async () => {
    const verdict = await verify(await signToken(holderClaims()));
    const registryKid = (await publicJwk('registry')).kid;
    expect(verdict).toEqual({
      ok: true,
      status: 2,
      name: 'Aarav Kumar Sharma',
      mob: '3210',
      iss: ISSUER,
      kid: registryKid,
      jti: 'q3RjZmE4bXdUa0xp',
      iat: NOW_S - 60,
      exp: NOW_S - 60 + 7 * 24 * 3600,
    });
  });

  it.each([0, 1, 2])('accepts status %i', async (vs) => {
    const verdict = await verify(await signToken(holderClaims({ vs })));
    expect(verdict.ok && verdict.status).toBe(vs);
  });

  it('accepts a desk token for this verifier with its nonce', async () => {
    const token = await signToken(holderClaims({ aud: 'gate-7', nonce: 'n-123_abc' }));
    const verdict = await verify(token, { audience: 'gate-7', nonce: 'n-123_abc' });
    expect(verdict.ok && verdict.aud).toBe('gate-7');
  });

  it('accepts a token signed by the next key after a rotation', async () => {
    const verdict = await verify(await signToken(holderClaims(), { key: 'registryNext' }));
    expect(codeOf(verdict)).toBe('OK');
  });

  it('tolerates 60 s of clock skew on exp and iat', async () => {
    const late = await signToken(holderClaims({ exp: NOW_S - 59 }));
    const early = await signToken(holderClaims({ iat: NOW_S + 60 }));
    expect(codeOf(await verify(late))).toBe('OK');
    expect(codeOf(await verify(early))).toBe('OK');
  });
});

describe('verifyStatusToken: rejections', () => {
  it('rejects input that is not a compact JWS as MALFORMED', async () => {
    for (const input of [
      '',
      'abc',
      'a.b',
      'a.b.c.d',
      'a..c',
      'a.b.c=',
      ' a.b.c',
      'x'.repeat(5000),
    ]) {
      expect(codeOf(await verify(input)), input.slice(0, 20)).toBe('MALFORMED');
    }
  });

  it('rejects a token longer than 4096 characters as MALFORMED', async () => {
    const token = await signToken(holderClaims({ pad: 'p'.repeat(3000) }));
    expect(token.length).toBeGreaterThan(4096);
    expect(codeOf(await verify(token))).toBe('MALFORMED');
  });

  it('rejects non-string input without throwing', async () => {
    const trusted = await trustedRegistry();
    for (const input of [null, undefined, 42, {}, ['a.b.c']]) {
      const verdict = await verifyStatusToken(input as unknown as string, trusted, { now: NOW });
      expect(codeOf(verdict)).toBe('MALFORMED');
    }
  });

  it('rejects alg none and HS256 as UNSUPPORTED_ALG', async () => {
    const kid = (await publicJwk('registry')).kid;
    const payload = b64json(holderClaims());
    const none = `${b64json({ alg: 'none', kid, typ: 'kycvs+jwt' })}.${payload}.AAAA`;
    const hs = `${b64json({ alg: 'HS256', kid, typ: 'kycvs+jwt' })}.${payload}.AAAA`;
    expect(codeOf(await verify(none))).toBe('UNSUPPORTED_ALG');
    expect(codeOf(await verify(hs))).toBe('UNSUPPORTED_ALG');
  });

  it('rejects a wrong typ and embedded key headers as MALFORMED', async () => {
    const claims = holderClaims();
    const jwk = await publicJwk('other');
    for (const header of [
      { typ: 'JWT' },
      { jwk },
      { jku: 'https://evil.example/jwks' },
      { crit: ['b64'], b64: false },
    ]) {
      expect(
        codeOf(await verify(await signToken(claims, { header }))),
        JSON.stringify(header).slice(0, 30),
      ).toBe('MALFORMED');
    }
  });

  it('rejects an issuer that is not trusted', async () => {
    const token = await signToken(holderClaims({ iss: 'https://evil.example' }));
    expect(codeOf(await verify(token))).toBe('UNTRUSTED_ISSUER');
    const noIss = await signToken(holderClaims({ iss: undefined }));
    expect(codeOf(await verify(noIss))).toBe('UNTRUSTED_ISSUER');
  });

  it('says UNKNOWN_KEY, not forged, for a kid the issuer has not published', async () => {
    const token = await signToken(holderClaims(), { key: 'other' });
    expect(codeOf(await verify(token))).toBe('UNKNOWN_KEY');
  });

  it('rejects a key listed under another issuer (no cross-issuer keys)', async () => {
    const trusted = [
      ...(await trustedRegistry(['registry'])),
      { iss: 'https://other.example', jwks: { keys: [await publicJwk('other')] } },
    ];
    const token = await signToken(holderClaims(), { key: 'other' });
    expect(codeOf(await verifyStatusToken(token, trusted, { now: NOW }))).toBe('UNKNOWN_KEY');
  });

  it('rejects a signature by another key under a published kid as BAD_SIGNATURE', async () => {
    const kid = (await publicJwk('registry')).kid;
    const token = await signToken(holderClaims(), { key: 'other', kid });
    expect(codeOf(await verify(token))).toBe('BAD_SIGNATURE');
  });

  it('rejects a tampered payload as BAD_SIGNATURE', async () => {
    const [header, , signature] = (await signToken(holderClaims({ vs: 0 }))).split('.');
    const tampered = `${header}.${b64json(holderClaims({ vs: 2 }))}.${signature}`;
    expect(codeOf(await verify(tampered))).toBe('BAD_SIGNATURE');
  });

  it('rejects truncated and non-canonical signatures', async () => {
    const token = await signToken(holderClaims());
    expect(codeOf(await verify(token.slice(0, -4)))).toBe('BAD_SIGNATURE');
    const last = token.at(-1)!;
    // 64 bytes = 85⅓ characters: the last character carries 4 spare bits that must be zero.
    const sibling = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const twin = sibling[sibling.indexOf(last) ^ 1]!;
    expect(codeOf(await verify(token.slice(0, -1) + twin))).toBe('BAD_SIGNATURE');
    expect(codeOf(await verify(token.slice(0, -1)))).toBe('BAD_SIGNATURE');
  });

  it('rejects an expired token and one issued in the future', async () => {
    expect(codeOf(await verify(await signToken(holderClaims({ exp: NOW_S - 61 }))))).toBe(
      'EXPIRED',
    );
    expect(codeOf(await verify(await signToken(holderClaims({ iat: NOW_S + 61 }))))).toBe(
      'NOT_YET_VALID',
    );
  });

  it('rejects a token for another verifier, or with an audience when none is set', async () => {
    const token = await signToken(holderClaims({ aud: 'gate-7' }));
    expect(codeOf(await verify(token, { audience: 'gate-8' }))).toBe('WRONG_AUDIENCE');
    expect(codeOf(await verify(token))).toBe('WRONG_AUDIENCE');
  });

  it('rejects a token whose nonce is not the one sent', async () => {
    const token = await signToken(holderClaims({ aud: 'gate-7', nonce: 'abc' }));
    expect(codeOf(await verify(token, { audience: 'gate-7', nonce: 'abd' }))).toBe(
      'NONCE_MISMATCH',
    );
    const without = await signToken(holderClaims({ aud: 'gate-7' }));
    expect(codeOf(await verify(without, { audience: 'gate-7', nonce: 'abc' }))).toBe(
      'NONCE_MISMATCH',
    );
  });

  it.each([
    ['vs 3', { vs: 3 }],
    ['vs 1.5', { vs: 1.5 }],
    ['vs "2"', { vs: '2' }],
    ['no vs', { vs: undefined }],
    ['no exp', { exp: undefined }],
    ['no iat', { iat: undefined }],
    ['exp as text', { exp: String(NOW_S + 100) }],
    ['name of 201 characters', { name: 'n'.repeat(201) }],
    ['name not a string', { name: 42 }],
    ['no mob', { mob: undefined }],
    ['mob of 5 digits', { mob: '12345' }],
    ['no jti', { jti: undefined }],
  ])('rejects claims with %s as BAD_CLAIMS', async (_label, overrides) => {
    expect(codeOf(await verify(await signToken(holderClaims(overrides))))).toBe('BAD_CLAIMS');
  });

  it('checks the signature before any claim', async () => {
    const kid = (await publicJwk('registry')).kid;
    const forgedExpired = await signToken(holderClaims({ exp: NOW_S - 1000, vs: 7 }), {
      key: 'other',
      kid,
    });
    expect(codeOf(await verify(forgedExpired))).toBe('BAD_SIGNATURE');
  });

  it('ignores unusable keys in a JWKS: private-only, other curves, other algs', async () => {
    const good = await publicJwk('registry');
    const trusted = [
      {
        iss: ISSUER,
        jwks: {
          keys: [
            { ...good, crv: 'P-384' },
            null as unknown as JsonWebKey,
            { kid: 'x' } as JsonWebKey,
          ],
        },
      },
    ];
    const token = await signToken(holderClaims());
    expect(codeOf(await verifyStatusToken(token, trusted, { now: NOW }))).toBe('UNKNOWN_KEY');
    const withAlg = [{ iss: ISSUER, jwks: { keys: [{ ...good, alg: 'ES384' }] } }];
    expect(codeOf(await verifyStatusToken(token, withAlg, { now: NOW }))).toBe('UNKNOWN_KEY');
  });
});
