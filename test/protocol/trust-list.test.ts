import { describe, expect, it } from 'vitest';
import { verifyTrustList, type SignedTrustList } from '../../src/protocol/index.ts';
import {
  generateTrustKeyJwk,
  signTrustList,
  trustKeyFromJwk,
  trustKeyThumbprint,
} from '../../trust/sign.ts';

const NOW = new Date('2026-05-01T12:00:00Z');
const T = Math.floor(NOW.getTime() / 1000);
const key = trustKeyFromJwk(generateTrustKeyJwk());
const other = trustKeyFromJwk(generateTrustKeyJwk());

function list(overrides: Partial<SignedTrustList> = {}): SignedTrustList {
  return {
    iss: 'https://trust.example.org',
    seq: 10,
    iat: T - 60,
    exp: T + 86_400,
    divoc: [],
    eudcc: [],
    shc: [
      {
        iss: 'https://issuer.example.org',
        name: 'Example',
        jwks: { keys: [{ kty: 'EC', crv: 'P-256', x: 'x', y: 'y' }] },
      },
    ],
    revoked: { divoc: ['a'.repeat(64)], eudcc: ['AAAAAAAAAAAAAAAAAAAAAA=='], shc: [] },
    sources: [{ name: 'test', kind: 'add', fetchedAt: T, count: 1 }],
    ...overrides,
  };
}

function swapPayload(jws: string, payload: object): string {
  const [header, , signature] = jws.split('.');
  return `${header}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
}

describe('verifyTrustList (SPEC §10)', () => {
  it('accepts a list signed by the pinned key and names its signer, hash and seq', async () => {
    const thumbprint = await trustKeyThumbprint(key);
    const verdict = await verifyTrustList(signTrustList(list(), key), { thumbprint, now: NOW });
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.thumbprint).toBe(thumbprint);
    expect(verdict.thumbprint).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(verdict.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(verdict.stale).toBe(false);
    expect(verdict.list.seq).toBe(10);
    expect(verdict.list.shc[0]!.iss).toBe('https://issuer.example.org');
  });

  it('refuses a list signed by another key: WRONG_KEY', async () => {
    const thumbprint = await trustKeyThumbprint(key);
    const verdict = await verifyTrustList(signTrustList(list(), other), { thumbprint, now: NOW });
    expect(verdict).toEqual({ ok: false, code: 'WRONG_KEY' });
  });

  it('refuses a swapped payload: BAD_SIGNATURE', async () => {
    const thumbprint = await trustKeyThumbprint(key);
    const jws = swapPayload(signTrustList(list(), key), list({ seq: 11 }));
    expect(await verifyTrustList(jws, { thumbprint, now: NOW })).toEqual({
      ok: false,
      code: 'BAD_SIGNATURE',
    });
    // One changed character in the signature.
    const good = signTrustList(list(), key);
    const flipped = good.slice(0, -2) + (good.at(-2) === 'A' ? 'B' : 'A') + good.at(-1);
    expect(await verifyTrustList(flipped, { thumbprint })).toMatchObject({ ok: false });
  });

  it('refuses a lower seq, and the same seq with other content: ROLLBACK', async () => {
    const held = await verifyTrustList(signTrustList(list(), key));
    if (!held.ok) throw new Error('setup');
    const lower = await verifyTrustList(signTrustList(list({ seq: 9 }), key), {
      heldSeq: 10,
      heldHash: held.hash,
    });
    expect(lower).toEqual({ ok: false, code: 'ROLLBACK' });
    const sameSeq = await verifyTrustList(
      signTrustList(list({ iss: 'https://trust.example.org/other' }), key),
      { heldSeq: 10, heldHash: held.hash },
    );
    expect(sameSeq).toEqual({ ok: false, code: 'ROLLBACK' });
    const same = await verifyTrustList(signTrustList(list(), key), {
      heldSeq: 10,
      heldHash: held.hash,
    });
    expect(same.ok).toBe(true);
    const newer = await verifyTrustList(signTrustList(list({ seq: 11 }), key), {
      heldSeq: 10,
      heldHash: held.hash,
    });
    expect(newer.ok).toBe(true);
  });

  it('refuses payloads of the wrong shape: MALFORMED', async () => {
    const bad: object[] = [
      { ...list(), seq: -1 },
      { ...list(), seq: '10' },
      { ...list(), eudcc: [{ kid: 'x', country: 'DE', certificate: 'AAAA' }] },
      { ...list(), divoc: 'none' },
      { ...list(), revoked: { divoc: ['not-a-hash'] } },
      { ...list(), revoked: { shc: [{ iss: 'https://a', kid: 'k', rid: 'bad rid!' }] } },
      {
        ...list(),
        shc: [{ iss: 'https://a', name: 'A', jwks: { keys: [{ kty: 'EC', d: 'x' }] } }],
      },
      { ...list(), iss: undefined },
    ];
    for (const payload of bad) {
      const verdict = await verifyTrustList(signTrustList(payload as SignedTrustList, key));
      expect(verdict).toEqual({ ok: false, code: 'MALFORMED' });
    }
  });

  it('refuses what is not a trust list JWS: MALFORMED, never a throw', async () => {
    const good = signTrustList(list(), key);
    const [, payload, signature] = good.split('.');
    const header = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const inputs: unknown[] = [
      '',
      'a.b',
      'not a jws at all',
      `${header({ alg: 'none', typ: 'kycvs-trust-list+jws', jwk: key.publicJwk })}.${payload}.${signature}`,
      `${header({ alg: 'ES256', typ: 'JWT', jwk: key.publicJwk })}.${payload}.${signature}`,
      `${header({ alg: 'ES256', typ: 'kycvs-trust-list+jws' })}.${payload}.${signature}`,
      `${header({ alg: 'ES256', typ: 'kycvs-trust-list+jws', jwk: { ...key.publicJwk, d: 'AA' } })}.${payload}.${signature}`,
      null,
      42,
    ];
    for (const input of inputs) {
      expect(await verifyTrustList(input as string)).toEqual({ ok: false, code: 'MALFORMED' });
    }
  });

  it('keeps a list past its exp usable and flags it stale', async () => {
    const verdict = await verifyTrustList(signTrustList(list({ exp: T - 1 }), key), { now: NOW });
    expect(verdict).toMatchObject({ ok: true, stale: true });
  });
});
