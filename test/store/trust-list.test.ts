/**
 * The signed trust list of SPEC §10 in IndexedDB: pinned on first use from the registry's
 * configuration (or by Settings' key), refused on a wrong signer, a rollback, a swapped or
 * malformed payload, always keeping the last good list; its revoked codes in a bucketed index.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { SignedTrustList } from '../../src/protocol/index.ts';
import { openVerifierDb, type VerifierDatabase } from '../../src/store/db.ts';
import { isRevokedIn } from '../../src/store/revocation-index.ts';
import {
  loadTrustList,
  refreshTrustList,
  revocationLookup,
  trustListUrlFor,
} from '../../src/store/trust-list.ts';
import {
  generateTrustKeyJwk,
  signTrustList,
  trustKeyFromJwk,
  trustKeyThumbprint,
} from '../../trust/sign.ts';
import { fakeFetch, json, type Answer } from './fake-registry.ts';

const NOW = Date.UTC(2026, 4, 1, 12, 0, 0);
const T = Math.floor(NOW / 1000);
const REGISTRY = 'http://localhost:8123';
const URL_A = `${REGISTRY}/.well-known/kycvs-trust-list.jws`;
const PATH = '/.well-known/kycvs-trust-list.jws';
const CONFIG = '/.well-known/kycvs-configuration';
const key = trustKeyFromJwk(generateTrustKeyJwk());
const other = trustKeyFromJwk(generateTrustKeyJwk());
let dbCount = 0;

const freshDb = () => openVerifierDb(`trust-list-${++dbCount}`);

const hex = (n: number) => n.toString(16).padStart(64, '0');

function list(seq: number, overrides: Partial<SignedTrustList> = {}): SignedTrustList {
  return {
    iss: REGISTRY,
    seq,
    iat: T - 60,
    exp: T + 86_400,
    divoc: [],
    eudcc: [],
    shc: [{ iss: 'https://issuer.example.org', name: 'Example', jwks: { keys: [] } }],
    revoked: { divoc: [hex(1), hex(2)], eudcc: [], shc: [] },
    sources: [{ name: 'test', kind: 'add', fetchedAt: T, count: 1 }],
    ...overrides,
  };
}

function jose(body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { headers: { 'Content-Type': 'application/jose', ...headers } });
}

async function refresh(db: VerifierDatabase, answers: Answer[], pin = '') {
  const thumbprint = await trustKeyThumbprint(key);
  const server = fakeFetch({ [PATH]: answers, [CONFIG]: [json({ trust_list_key: thumbprint })] });
  const result = await refreshTrustList(db, URL_A, {
    fetch: server.fetch,
    now: () => NOW,
    pin,
    registryUrl: REGISTRY,
  });
  return { result, server };
}

describe('refreshTrustList (SPEC §10)', () => {
  it('defaults to the registry’s signed list', () => {
    expect(trustListUrlFor({ registryUrl: REGISTRY, trustListUrl: '' })).toBe(URL_A);
  });

  it('pins on first use the key the registry’s configuration names, and keeps the list', async () => {
    const db = await freshDb();
    const { result } = await refresh(db, [jose(signTrustList(list(5), key))]);
    expect(result).toEqual({ ok: true, changed: true, entries: 1 });
    const held = await loadTrustList(db, URL_A);
    expect(held).toMatchObject({
      thumbprint: await trustKeyThumbprint(key),
      seq: 5,
      iss: REGISTRY,
      revokedCounts: { divoc: 2, eudcc: 0, shc: 0 },
    });
    expect(await revocationLookup(db, held!)('divoc', hex(1), undefined)).toBe(true);
    expect(await revocationLookup(db, held!)('divoc', hex(3), undefined)).toBe(false);
  });

  it('refuses, keeping the last good list: wrong key, lower seq, same seq other content, swapped payload, bad shape', async () => {
    const db = await freshDb();
    await refresh(db, [jose(signTrustList(list(5), key))]);
    const good = signTrustList(list(6), key);
    const [header, , signature] = good.split('.');
    const swapped = `${header}.${Buffer.from(JSON.stringify(list(7))).toString('base64url')}.${signature}`;
    const cases: [string, string][] = [
      [signTrustList(list(9), other), 'WRONG_KEY'],
      [signTrustList(list(4), key), 'ROLLBACK'],
      [signTrustList(list(5, { iss: 'https://elsewhere.example' }), key), 'ROLLBACK'],
      [swapped, 'BAD_SIGNATURE'],
      [signTrustList({ ...list(8), eudcc: 'none' } as never, key), 'MALFORMED'],
    ];
    for (const [body, reason] of cases) {
      const { result } = await refresh(db, [jose(body)]);
      expect(result).toEqual({ ok: false, reason });
      const held = await loadTrustList(db, URL_A);
      expect(held?.seq).toBe(5);
      expect(await revocationLookup(db, held!)('divoc', hex(2), undefined)).toBe(true);
    }
    // A newer list by the pinned key replaces it, and the old index goes.
    const old = (await loadTrustList(db, URL_A))!;
    const { result } = await refresh(db, [
      jose(signTrustList(list(6, { revoked: { divoc: [hex(3)], eudcc: [], shc: [] } }), key)),
    ]);
    expect(result.ok).toBe(true);
    const held = (await loadTrustList(db, URL_A))!;
    expect(held.seq).toBe(6);
    expect(await revocationLookup(db, held)('divoc', hex(3), undefined)).toBe(true);
    expect(await revocationLookup(db, held)('divoc', hex(1), undefined)).toBe(false);
    expect(await isRevokedIn(db, old.generation, 'divoc', hex(1), undefined)).toBe(false);
  });

  it('follows the key pinned in Settings over the registry’s', async () => {
    const db = await freshDb();
    const pin = await trustKeyThumbprint(other);
    const { result } = await refresh(db, [jose(signTrustList(list(5), key))], pin);
    expect(result).toEqual({ ok: false, reason: 'WRONG_KEY' });
    expect((await refresh(db, [jose(signTrustList(list(5), other))], pin)).result.ok).toBe(true);
    expect(await loadTrustList(db, URL_A, pin)).not.toBeNull();
    // A list held from another signer than the pin in force is not used.
    expect(await loadTrustList(db, URL_A, await trustKeyThumbprint(key))).toBeNull();
  });

  it('fetches nothing without any pin', async () => {
    const db = await freshDb();
    const server = fakeFetch({ [PATH]: [jose(signTrustList(list(5), key))], [CONFIG]: [json({})] });
    const result = await refreshTrustList(db, URL_A, {
      fetch: server.fetch,
      registryUrl: REGISTRY,
    });
    expect(result).toEqual({ ok: false, reason: 'NO_PIN' });
    expect(server.requests.map((r) => new URL(r.url).pathname)).toEqual([CONFIG]);
  });

  it('sends the ETag, and a 304 or the same list keeps what is held', async () => {
    const db = await freshDb();
    const body = signTrustList(list(5), key);
    await refresh(db, [jose(body, { ETag: '"v5"' })]);
    const { result, server } = await refresh(db, [new Response(null, { status: 304 })]);
    expect(server.requests[0]!.headers.get('If-None-Match')).toBe('"v5"');
    expect(result).toEqual({ ok: true, changed: false, entries: 1 });
    expect((await refresh(db, [jose(body)])).result).toEqual({
      ok: true,
      changed: false,
      entries: 1,
    });
  });

  it('keeps the list on a network failure, an HTTP error or a garbled body', async () => {
    const db = await freshDb();
    await refresh(db, [jose(signTrustList(list(5), key))]);
    for (const [answer, reason] of [
      [new TypeError('offline'), 'OFFLINE'],
      [new Response('no', { status: 500 }), 'HTTP_ERROR'],
      [jose('{"divoc":[]}'), 'MALFORMED'],
      [jose(''), 'GARBLED'],
    ] as const) {
      const { result } = await refresh(db, [answer]);
      expect(result).toEqual({ ok: false, reason });
      expect((await loadTrustList(db, URL_A))?.seq).toBe(5);
    }
  });

  it('holds 200,000 revoked codes and answers a lookup from one bucket', async () => {
    const db = await freshDb();
    const divoc = Array.from({ length: 200_000 }, (_, i) => hex(i + 10));
    await refresh(db, [
      jose(signTrustList(list(5, { revoked: { divoc, eudcc: [], shc: [] } }), key)),
    ]);
    const held = (await loadTrustList(db, URL_A))!;
    expect(held.revokedCounts.divoc).toBe(200_000);
    const lookup = revocationLookup(db, held);
    for (const i of [0, 1, 99_999, 199_999])
      expect(await lookup('divoc', divoc[i]!, undefined)).toBe(true);
    expect(await lookup('divoc', hex(5), undefined)).toBe(false);
    expect(await lookup('eudcc', divoc[0]!, undefined)).toBe(false);
    expect(await db.count('revoked')).toBeLessThanOrEqual(4096);
  });

  it('reads a stored index again on a new connection, and follows a new list', async () => {
    const name = `trust-list-${++dbCount}`;
    const first = await openVerifierDb(name);
    const divoc = Array.from({ length: 5_000 }, (_, i) => hex(i + 10));
    await refresh(first, [
      jose(signTrustList(list(5, { revoked: { divoc, eudcc: [], shc: [] } }), key)),
    ]);
    first.close();
    // A restarted app holds nothing in memory: the index is read from IndexedDB.
    const db = await openVerifierDb(name);
    const stored = await loadTrustList(db, URL_A);
    expect(stored?.revokedCounts.divoc).toBe(5_000);
    const lookup = revocationLookup(db, stored!);
    expect(await lookup('divoc', divoc[0]!, undefined)).toBe(true);
    expect(await lookup('divoc', divoc[4_999]!, undefined)).toBe(true);
    expect(await lookup('divoc', hex(5), undefined)).toBe(false);
    // A new list (seq 6) revokes another code and no longer lists the old ones.
    await refresh(db, [
      jose(signTrustList(list(6, { revoked: { divoc: [hex(5)], eudcc: [], shc: [] } }), key)),
    ]);
    const next = revocationLookup(db, (await loadTrustList(db, URL_A))!);
    expect(await next('divoc', hex(5), undefined)).toBe(true);
    expect(await next('divoc', divoc[0]!, undefined)).toBe(false);
  });

  it('never uses an unsigned list a previous version kept', async () => {
    const name = `trust-list-${++dbCount}`;
    const v4 = await openDB(name, 4, {
      upgrade(db) {
        for (const store of [
          'settings',
          'issuers',
          'log',
          'seen',
          'preferences',
          'gate',
          'trustList',
        ]) {
          db.createObjectStore(store, store === 'log' ? { autoIncrement: true } : undefined);
        }
      },
    });
    await v4.put(
      'trustList',
      { url: URL_A, list: { divoc: [], eudcc: [], shc: [] }, fetchedAt: NOW, etag: null },
      'current',
    );
    v4.close();
    const db = await openVerifierDb(name);
    expect(await loadTrustList(db, URL_A)).toBeNull();
    expect(db.objectStoreNames.contains('revoked')).toBe(true);
  });
});
