/**
 * The stores under change: a database connection yields to an upgrade by a newer version, and
 * a refresh never replaces usable keys with keys that can verify nothing.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkScanned } from '../../src/core/check.ts';
import { DB_VERSION, DatabaseBlockedError, openVerifierDb } from '../../src/store/db.ts';
import { parseJwks, refreshKeys, trustedIssuers } from '../../src/store/trust-store.ts';
import { fakeFetch, json } from './fake-registry.ts';
import { FIXTURE_ISS, makeKey, signToken, type FixtureKey } from '../app/token-fixtures.ts';

const NOW = Date.UTC(2025, 0, 15, 10, 0, 0);
const REGISTRY = FIXTURE_ISS;

let key: FixtureKey;
beforeAll(async () => {
  key = await makeKey();
});

describe('database upgrades', () => {
  it('lets a newer version of the app upgrade the database while this one has it open', async () => {
    const name = 'upgrade-versionchange';
    const db = await openVerifierDb(name);
    const outcome = await new Promise<'upgraded' | 'blocked'>((resolve) => {
      openDB(name, DB_VERSION + 1, { blocked: () => resolve('blocked') }).then((next) => {
        next.close();
        resolve('upgraded');
      });
    });
    db.close();
    expect(outcome).toBe('upgraded');
  });

  it('fails with DatabaseBlockedError while an older version will not let go of the database', async () => {
    const name = 'upgrade-blocked';
    // An old tab on version 1 that ignores the request to close.
    const old = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('settings');
      },
    });
    await expect(openVerifierDb(name)).rejects.toBeInstanceOf(DatabaseBlockedError);
    old.close();
  });
});

describe('key refresh', () => {
  const unusable: [string, (jwk: JsonWebKey & { kid: string }) => JsonWebKey][] = [
    ['a key for another algorithm', (jwk) => ({ ...jwk, alg: 'RS256' })],
    ['a key for encryption', (jwk) => ({ ...jwk, use: 'enc' })],
    ['a truncated public point', (jwk) => ({ ...jwk, x: 'AAAA', y: 'AAAA' })],
  ];
  for (const [what, damage] of unusable) {
    it(`keeps the held keys when the registry sends only ${what}`, async () => {
      const db = await openVerifierDb(`jwks-unusable-${what}`);
      const good = fakeFetch({ '/.well-known/jwks.json': [json({ keys: [key.publicJwk] })] });
      expect((await refreshKeys(db, REGISTRY, { fetch: good.fetch, now: () => NOW })).ok).toBe(
        true,
      );
      const bad = fakeFetch({
        '/.well-known/jwks.json': [json({ keys: [damage(key.publicJwk)] })],
      });
      await refreshKeys(db, REGISTRY, { fetch: bad.fetch, now: () => NOW });

      const token = await signToken(key, NOW / 1000);
      const issuers = await trustedIssuers(db, REGISTRY);
      const outcome = await checkScanned(token, {
        issuers: async () => issuers,
        online: () => false,
        refresh: async () => ({ ok: false, reason: 'OFFLINE' }),
        now: () => NOW,
      });
      expect(outcome.kind).toBe('status');
      db.close();
    });
  }
});

describe('usable keys', () => {
  it('keeps the usable keys of a mixed set and drops the others', () => {
    const parsed = parseJwks({
      keys: [
        { ...key.publicJwk, kid: 'rsa', alg: 'RS256' },
        { ...key.publicJwk, kid: 'enc', use: 'enc' },
        { ...key.publicJwk, kid: 'ops', key_ops: ['encrypt'] },
        { ...key.publicJwk, kid: 'short', x: key.publicJwk.x!.slice(0, 42) },
        { ...key.publicJwk, kid: 'long', y: `${key.publicJwk.y!}AAAA` },
        key.publicJwk,
      ],
    });
    expect(parsed?.keys.map((jwk) => (jwk as { kid: string }).kid)).toEqual([key.kid]);
  });

  it('calls a refresh that brings no usable key GARBLED', async () => {
    const db = await openVerifierDb('jwks-garbled');
    const bad = fakeFetch({
      '/.well-known/jwks.json': [json({ keys: [{ ...key.publicJwk, alg: 'RS256' }] })],
    });
    expect(await refreshKeys(db, REGISTRY, { fetch: bad.fetch, now: () => NOW })).toEqual({
      ok: false,
      reason: 'GARBLED',
    });
    db.close();
  });
});
