import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openVerifierDb, type VerifierDatabase } from '../../src/store/db.ts';
import {
  CLOCK_SKEW_WARN_MS,
  keyHealth,
  parseJwks,
  refreshKeys,
  trustedIssuers,
} from '../../src/store/trust-store.ts';
import { KEY_STALE_AFTER_MS } from '../../src/protocol/rules.ts';
import { fakeFetch, json } from './fake-registry.ts';

const REGISTRY = 'http://127.0.0.1:4010';
const ISSUER = 'http://localhost:4010';
const NOW = Date.UTC(2025, 0, 15, 10, 0, 0);
/** A 32-byte P-256 coordinate in base64url (43 characters), distinct per `seed`. */
const coordinate = (seed: string) => `${seed.repeat(21)}A`;
const KEY_A = {
  kty: 'EC',
  crv: 'P-256',
  x: coordinate('xA'),
  y: coordinate('yA'),
  kid: 'kidAAAAAAAA',
  alg: 'ES256',
  use: 'sig',
};
const KEY_B = {
  kty: 'EC',
  crv: 'P-256',
  x: coordinate('xB'),
  y: coordinate('yB'),
  kid: 'kidBBBBBBBB',
  alg: 'ES256',
  use: 'sig',
};
const CONFIG = {
  issuer: ISSUER,
  jwks_uri: `${REGISTRY}/.well-known/jwks.json`,
  api_base: `${REGISTRY}/v3`,
};

let db: VerifierDatabase;
let counter = 0;

beforeEach(async () => {
  db = await openVerifierDb(`trust-test-${++counter}`);
});

function jwksResponse(keys: object[], etag = '"v1"', date = new Date(NOW).toUTCString()) {
  return json({ keys }, 200, { ETag: etag, Date: date });
}

async function seed(keys: object[] = [KEY_A]) {
  const { fetch } = fakeFetch({
    '/.well-known/kycvs-configuration': [json(CONFIG)],
    '/.well-known/jwks.json': [jwksResponse(keys)],
  });
  const result = await refreshKeys(db, REGISTRY, { fetch, now: () => NOW });
  expect(result.ok).toBe(true);
}

describe('refreshKeys', () => {
  it('stores the JWKS under the issuer the registry names, with its ETag and fetch time', async () => {
    await seed();
    const record = await db.get('issuers', ISSUER);
    expect(record).toMatchObject({
      iss: ISSUER,
      etag: '"v1"',
      fetchedAt: NOW,
      registryUrl: REGISTRY,
      clockSkewMs: 0,
    });
    expect(record?.jwks.keys.map((key) => (key as { kid: string }).kid)).toEqual(['kidAAAAAAAA']);
  });

  it('falls back to the registry origin as issuer when there is no discovery document', async () => {
    const { fetch } = fakeFetch({ '/.well-known/jwks.json': [jwksResponse([KEY_A])] });
    const result = await refreshKeys(db, REGISTRY, { fetch, now: () => NOW });
    expect(result).toEqual({ ok: true, iss: REGISTRY, changed: true, clockSkewMs: 0 });
  });

  it('fetches keys only from the configured registry, whatever host its discovery names', async () => {
    const { fetch, requests } = fakeFetch({
      '/.well-known/kycvs-configuration': [
        json({ ...CONFIG, jwks_uri: 'https://keys.elsewhere.example/.well-known/jwks.json' }),
      ],
      '/.well-known/jwks.json': [jwksResponse([KEY_A])],
    });
    const result = await refreshKeys(db, REGISTRY, { fetch, now: () => NOW });
    // The issuer the registry names is kept; its keys are read at the registry's own path.
    expect(result).toEqual({ ok: true, iss: ISSUER, changed: true, clockSkewMs: 0 });
    expect(requests.map((request) => request.url)).toEqual([
      `${REGISTRY}/.well-known/kycvs-configuration`,
      `${REGISTRY}/.well-known/jwks.json`,
    ]);
  });

  it('sends the held ETag and keeps the keys on a 304, renewing their fetch time', async () => {
    await seed();
    const later = NOW + 3 * 24 * 3600 * 1000;
    const { fetch, requests } = fakeFetch({
      '/.well-known/kycvs-configuration': [json(CONFIG)],
      '/.well-known/jwks.json': [
        new Response(null, { status: 304, headers: { Date: new Date(later).toUTCString() } }),
      ],
    });
    const result = await refreshKeys(db, REGISTRY, { fetch, now: () => later });
    expect(result).toEqual({ ok: true, iss: ISSUER, changed: false, clockSkewMs: 0 });
    const jwksRequest = requests.find((request) => request.url.endsWith('jwks.json'));
    expect(jwksRequest?.headers.get('If-None-Match')).toBe('"v1"');
    const record = await db.get('issuers', ISSUER);
    expect(record?.fetchedAt).toBe(later);
    expect(record?.jwks.keys).toHaveLength(1);
  });

  it('replaces the keys when the registry sends a new set (key rotation)', async () => {
    await seed();
    const { fetch } = fakeFetch({
      '/.well-known/kycvs-configuration': [json(CONFIG)],
      '/.well-known/jwks.json': [jwksResponse([KEY_A, KEY_B], '"v2"')],
    });
    const result = await refreshKeys(db, REGISTRY, { fetch, now: () => NOW });
    expect(result).toMatchObject({ ok: true, changed: true });
    const record = await db.get('issuers', ISSUER);
    expect(record?.etag).toBe('"v2"');
    expect(record?.jwks.keys).toHaveLength(2);
  });

  const failures: [string, Record<string, (Response | Error)[]>, string][] = [
    [
      'the network fails',
      { '/.well-known/kycvs-configuration': [new TypeError('Failed to fetch')] },
      'OFFLINE',
    ],
    [
      'the JWKS is not JSON',
      {
        '/.well-known/kycvs-configuration': [json(CONFIG)],
        '/.well-known/jwks.json': [new Response('<html>oops', { status: 200 })],
      },
      'GARBLED',
    ],
    [
      'the JWKS holds no usable key',
      {
        '/.well-known/kycvs-configuration': [json(CONFIG)],
        '/.well-known/jwks.json': [json({ keys: [{ kty: 'RSA', n: 'x', e: 'AQAB', kid: 'r' }] })],
      },
      'GARBLED',
    ],
    [
      'the JWKS holds a private key',
      {
        '/.well-known/kycvs-configuration': [json(CONFIG)],
        '/.well-known/jwks.json': [json({ keys: [{ ...KEY_B, d: 'secret' }] })],
      },
      'GARBLED',
    ],
    [
      'the registry answers 500',
      {
        '/.well-known/kycvs-configuration': [json(CONFIG)],
        '/.well-known/jwks.json': [json({ errorCode: 'X', error: 'down' }, 500)],
      },
      'HTTP_ERROR',
    ],
  ];

  for (const [what, routes, reason] of failures) {
    it(`keeps the held keys when ${what}`, async () => {
      await seed();
      const { fetch } = fakeFetch(routes);
      const result = await refreshKeys(db, REGISTRY, { fetch, now: () => NOW + 1000 });
      expect(result).toEqual({ ok: false, reason });
      const record = await db.get('issuers', ISSUER);
      expect(record?.jwks.keys).toHaveLength(1);
      expect(record?.fetchedAt).toBe(NOW);
      expect(record?.etag).toBe('"v1"');
    });
  }

  it('gives up with TIMEOUT when the registry does not answer, keeping the keys', async () => {
    await seed();
    const hanging = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        );
      });
    const result = await refreshKeys(db, REGISTRY, {
      fetch: hanging as typeof fetch,
      now: () => NOW,
      timeoutMs: 5,
    });
    expect(result).toEqual({ ok: false, reason: 'TIMEOUT' });
    expect((await db.get('issuers', ISSUER))?.jwks.keys).toHaveLength(1);
  });

  it('measures the clock skew from the Date header', async () => {
    const registryTime = new Date(NOW - 7 * 60 * 1000).toUTCString();
    const { fetch } = fakeFetch({
      '/.well-known/kycvs-configuration': [json(CONFIG)],
      '/.well-known/jwks.json': [jwksResponse([KEY_A], '"v1"', registryTime)],
    });
    const result = await refreshKeys(db, REGISTRY, { fetch, now: () => NOW });
    expect(result).toMatchObject({ ok: true, clockSkewMs: 7 * 60 * 1000 });
  });
});

describe('trustedIssuers', () => {
  it('trusts only the keys fetched from the configured registry', async () => {
    await seed();
    expect(await trustedIssuers(db, REGISTRY)).toHaveLength(1);
    expect(await trustedIssuers(db, 'https://other.example')).toHaveLength(0);
  });
});

describe('keyHealth', () => {
  const record = (fetchedAt: number, clockSkewMs: number | null) => ({
    iss: ISSUER,
    jwks: { keys: [KEY_A] },
    fetchedAt,
    etag: null,
    registryUrl: REGISTRY,
    clockSkewMs,
  });

  it('reports no keys when none are held', () => {
    expect(keyHealth([], NOW)).toMatchObject({ hasKeys: false, stale: false, clockWarning: false });
  });

  it('warns when the keys are older than 7 days, not before', () => {
    expect(keyHealth([record(NOW - KEY_STALE_AFTER_MS, 0)], NOW).stale).toBe(false);
    expect(keyHealth([record(NOW - KEY_STALE_AFTER_MS - 1, 0)], NOW).stale).toBe(true);
  });

  it('warns on a clock skew beyond 5 minutes either way', () => {
    expect(keyHealth([record(NOW, CLOCK_SKEW_WARN_MS)], NOW).clockWarning).toBe(false);
    expect(keyHealth([record(NOW, CLOCK_SKEW_WARN_MS + 1000)], NOW).clockWarning).toBe(true);
    expect(keyHealth([record(NOW, -CLOCK_SKEW_WARN_MS - 1000)], NOW).clockWarning).toBe(true);
    expect(keyHealth([record(NOW, null)], NOW).clockWarning).toBe(false);
  });
});

describe('parseJwks', () => {
  it('keeps only the public members of P-256 keys', () => {
    const parsed = parseJwks({ keys: [{ ...KEY_A, extra: 'x' }] });
    expect(parsed?.keys[0]).toEqual(KEY_A);
  });

  it('rejects what is not a key set', () => {
    expect(parseJwks(null)).toBeNull();
    expect(parseJwks({ keys: 'no' })).toBeNull();
    expect(parseJwks({ keys: [] })).toBeNull();
  });
});
