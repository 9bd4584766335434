/**
 * The verifier database's upgrade path to version 7: version 6 added the revocation index of the
 * signed trust list (SPEC §10), version 7 the event the tablet is a gate of (SPEC §11). A tablet
 * left at any older version opens at 7, gains both stores and keeps its settings and its log.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openVerifierDb } from '../../src/store/db.ts';
import { readLog } from '../../src/store/log.ts';

const NOW = new Date(2025, 5, 15, 12, 0, 0).getTime();
const HASH = 'c'.repeat(64);
const SETTINGS = {
  registryUrl: 'https://registry.example',
  verifierId: 'gate-1',
  apiKey: 'k',
  trustListUrl: '',
};

/** A database as a tablet of `version` left it: that version's stores, settings and a log line. */
async function olderTablet(name: string, version: number): Promise<void> {
  const db = await openDB(name, version, {
    upgrade(db) {
      db.createObjectStore('settings');
      db.createObjectStore('issuers', { keyPath: 'iss' });
      if (version >= 2) {
        const log = db.createObjectStore('log', { keyPath: 'id', autoIncrement: true });
        log.createIndex('by-time', 'time');
        const seen = db.createObjectStore('seen', { keyPath: 'hash' });
        seen.createIndex('by-expiry', 'expiresAt');
        db.createObjectStore('preferences');
      }
      if (version >= 3) db.createObjectStore('gate');
      if (version >= 4) db.createObjectStore('trustList');
      if (version >= 6) db.createObjectStore('revoked');
    },
  });
  await db.put('settings', SETTINGS, 'current');
  if (version >= 2) {
    // Version 5 named the hash `idHash`; older versions `tokenHash`.
    const hash = version >= 5 ? { idHash: HASH } : { tokenHash: HASH };
    await db.add('log', {
      time: NOW,
      method: 'qr',
      format: 'kycvs',
      verdict: 'pass',
      status: 2,
      initials: 'A.V.',
      ...hash,
    });
  }
  db.close();
}

describe('database version 7', () => {
  it('is the version the app opens', () => {
    expect(DB_VERSION).toBe(7);
  });

  it('creates every store, the revocation index and the event included, on a new tablet', async () => {
    const db = await openVerifierDb('upgrade-new');
    expect([...db.objectStoreNames].sort()).toEqual(
      [
        'event',
        'gate',
        'issuers',
        'log',
        'preferences',
        'revoked',
        'seen',
        'settings',
        'trustList',
      ].sort(),
    );
    db.close();
  });

  for (const version of [1, 2, 3, 4, 5, 6]) {
    it(`upgrades a version ${version} tablet, keeping its settings and its log`, async () => {
      const name = `upgrade-v${version}`;
      await olderTablet(name, version);
      const db = await openVerifierDb(name);
      expect(db.version).toBe(7);
      for (const store of ['event', 'revoked', 'trustList', 'gate', 'log', 'seen']) {
        expect(db.objectStoreNames.contains(store as never), store).toBe(true);
      }
      expect(await db.get('settings', 'current')).toMatchObject(SETTINGS);
      expect(await db.count('revoked')).toBe(0);
      expect(await db.get('event', 'current')).toBeUndefined();
      const log = await readLog(db);
      if (version >= 2) {
        expect(log).toHaveLength(1);
        expect(log[0]).toMatchObject({ verdict: 'pass', idHash: HASH, format: 'kycvs' });
        expect(log[0]).not.toHaveProperty('tokenHash');
      } else {
        expect(log).toEqual([]);
      }
      db.close();
    });
  }
});
