/**
 * The trust list of SPEC §9 in IndexedDB: fetched, checked entry by entry, refreshed with its
 * ETag, never replaced by a failed or garbled fetch, and kept through the v3 to v4 upgrade.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDB } from 'idb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CredentialIssuers } from '../../simulator/issuers/index.ts';
import { openVerifierDb, type TrustListEntries } from '../../src/store/db.ts';
import {
  loadTrustList,
  parseTrustList,
  refreshTrustList,
  trustListUrlFor,
} from '../../src/store/trust-list.ts';
import { fakeFetch, json } from './fake-registry.ts';

const NOW = Date.UTC(2026, 4, 1, 12, 0, 0);
const URL_A = 'http://localhost:8123/.well-known/kycvs-trust-list.json';
const PATH = '/.well-known/kycvs-trust-list.json';
let dataDir: string;
let good: TrustListEntries;
let dbCount = 0;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kycvs-trust-list-'));
  good = (await CredentialIssuers.open(dataDir, 'http://localhost:8123')).trustList();
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const freshDb = () => openVerifierDb(`trust-list-${++dbCount}`);

describe('parseTrustList', () => {
  it('keeps every entry of the simulator’s list as it is', () => {
    expect(parseTrustList(good)).toEqual(good);
  });

  it('drops entries of the wrong shape and keeps the good ones', () => {
    const list = parseTrustList({
      divoc: [
        ...good.divoc,
        { id: 'x', type: 'RsaVerificationKey2018' },
        { id: 'y', type: 'Ed25519VerificationKey2018', publicKeyBase58: '0OIl' },
        { id: 'z', type: 'JsonWebKey2020', publicKeyPem: good.divoc[0]!.publicKeyPem },
      ],
      eudcc: [
        ...good.eudcc,
        { kid: 'AAAA', country: 'IN', certificate: good.eudcc[0]!.certificate },
        { kid: good.eudcc[0]!.kid, country: 'india', certificate: 'MII' },
      ],
      shc: [
        ...good.shc,
        { iss: 'ftp://x', name: 'x', jwks: good.shc[0]!.jwks },
        { iss: 'https://x', name: 'x', jwks: { keys: [{ ...good.shc[0]!.jwks.keys[0], d: 'x' }] } },
      ],
    });
    expect(list).toEqual(good);
  });

  it('rejects a document that is no trust list or holds no usable entry', () => {
    for (const document of [null, [], 'x', {}, { divoc: 'x' }, { shc: [{ iss: 1 }] }]) {
      expect(parseTrustList(document), JSON.stringify(document)).toBeNull();
    }
  });
});

describe('refreshTrustList', () => {
  it('defaults to the registry’s well-known path, and takes the Settings URL over it', () => {
    expect(trustListUrlFor({ registryUrl: 'https://reg.example', trustListUrl: '' })).toBe(
      'https://reg.example/.well-known/kycvs-trust-list.json',
    );
    expect(
      trustListUrlFor({ registryUrl: 'https://reg.example', trustListUrl: 'https://t.example/l' }),
    ).toBe('https://t.example/l');
  });

  it('stores a good list, then confirms it with a 304 for its ETag', async () => {
    const db = await freshDb();
    const server = fakeFetch({
      [PATH]: [json(good, 200, { ETag: '"v1"' }), new Response(null, { status: 304 })],
    });
    expect(await refreshTrustList(db, URL_A, { fetch: server.fetch, now: () => NOW })).toEqual({
      ok: true,
      changed: true,
      entries: 4,
    });
    const later = NOW + 60_000;
    expect(await refreshTrustList(db, URL_A, { fetch: server.fetch, now: () => later })).toEqual({
      ok: true,
      changed: false,
      entries: 4,
    });
    expect(server.requests[1]!.headers.get('If-None-Match')).toBe('"v1"');
    const held = await loadTrustList(db, URL_A);
    expect(held).toMatchObject({ url: URL_A, list: good, fetchedAt: later, etag: '"v1"' });
  });

  it('keeps the list held through a garbled, rejected or failed fetch', async () => {
    const db = await freshDb();
    await refreshTrustList(db, URL_A, {
      fetch: fakeFetch({ [PATH]: [json(good)] }).fetch,
      now: () => NOW,
    });
    const answers: [Response | Error, string][] = [
      [json({ divoc: [{ id: 'x' }] }), 'GARBLED'],
      [new Response('<html>', { status: 200 }), 'GARBLED'],
      [json({ error: 'x' }, 500), 'HTTP_ERROR'],
      [new TypeError('Failed to fetch'), 'OFFLINE'],
    ];
    for (const [answer, reason] of answers) {
      const server = fakeFetch({ [PATH]: [answer] });
      const result = await refreshTrustList(db, URL_A, { fetch: server.fetch, now: () => NOW + 1 });
      expect(result).toEqual({ ok: false, reason });
      expect(await loadTrustList(db, URL_A)).toMatchObject({ list: good, fetchedAt: NOW });
    }
  });

  it('does not trust a list fetched from another URL than the one in force', async () => {
    const db = await freshDb();
    await refreshTrustList(db, URL_A, { fetch: fakeFetch({ [PATH]: [json(good)] }).fetch });
    expect(await loadTrustList(db, 'https://other.example/list.json')).toBeNull();
  });

  it('reads a damaged record as no list, never as a crash', async () => {
    const db = await freshDb();
    await db.put('trustList', { url: URL_A, list: 'x', fetchedAt: 'never' } as never, 'current');
    expect(await loadTrustList(db, URL_A)).toBeNull();
  });
});

describe('the version 4 upgrade', () => {
  it('adds the trust list store and keeps the settings and keys a v3 device holds', async () => {
    const name = 'trust-list-upgrade';
    const old = await openDB(name, 3, {
      upgrade(db) {
        db.createObjectStore('settings');
        db.createObjectStore('issuers', { keyPath: 'iss' });
        const log = db.createObjectStore('log', { keyPath: 'id', autoIncrement: true });
        log.createIndex('by-time', 'time');
        const seen = db.createObjectStore('seen', { keyPath: 'hash' });
        seen.createIndex('by-expiry', 'expiresAt');
        db.createObjectStore('preferences');
        db.createObjectStore('gate');
      },
    });
    const settings = {
      registryUrl: 'https://reg.example',
      verifierId: 'g',
      apiKey: 'k',
      trustListUrl: '',
    };
    await old.put('settings', settings, 'current');
    old.close();
    const db = await openVerifierDb(name);
    expect(db.objectStoreNames.contains('trustList')).toBe(true);
    expect(await db.get('settings', 'current')).toEqual(settings);
    expect(await db.get('trustList', 'current')).toBeUndefined();
    db.close();
  });
});
