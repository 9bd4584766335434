/**
 * The version 5 upgrade of the verifier database: a tablet that kept its log under version 4
 * (`tokenHash`, and no `format` on lines older than the other formats) keeps every line, now
 * read as `idHash` and `kycvs`, and counts them as before.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openVerifierDb } from '../../src/store/db.ts';
import { logToCsv, readLog, todayCounts } from '../../src/store/log.ts';

const NOW = new Date(2025, 5, 15, 12, 0, 0).getTime();
const HASH = 'b'.repeat(64);

/** A version 4 database as a tablet of that version left it, with three log lines. */
async function version4(name: string): Promise<void> {
  const db = await openDB(name, 4, {
    upgrade(db) {
      db.createObjectStore('settings');
      db.createObjectStore('issuers', { keyPath: 'iss' });
      const log = db.createObjectStore('log', { keyPath: 'id', autoIncrement: true });
      log.createIndex('by-time', 'time');
      const seen = db.createObjectStore('seen', { keyPath: 'hash' });
      seen.createIndex('by-expiry', 'expiresAt');
      db.createObjectStore('preferences');
      db.createObjectStore('gate');
      db.createObjectStore('trustList');
    },
  });
  // A line from before formats were logged, one with a format, and a rejected code.
  await db.add('log', {
    time: NOW,
    method: 'qr',
    verdict: 'pass',
    status: 2,
    tokenHash: HASH,
    initials: 'A.V.',
  });
  await db.add('log', {
    time: NOW + 1,
    method: 'qr',
    format: 'eudcc',
    verdict: 'repeat',
    status: 1,
    tokenHash: HASH,
    initials: 'K.N.',
  });
  await db.add('log', {
    time: NOW + 2,
    method: 'otp',
    format: 'kycvs',
    verdict: 'UNKNOWN_KEY',
    status: null,
    tokenHash: null,
    initials: null,
  });
  await db.put('seen', { hash: HASH, firstSeenAt: NOW, expiresAt: NOW + 1000 });
  db.close();
}

describe('the version 5 log migration', () => {
  it('keeps every log line of a version 4 tablet, renamed to idHash and with its format', async () => {
    const name = 'migrate-v4-log';
    await version4(name);
    const db = await openVerifierDb(name);
    const log = await readLog(db);
    expect(log).toEqual([
      {
        id: 1,
        time: NOW,
        method: 'qr',
        format: 'kycvs',
        verdict: 'pass',
        status: 2,
        idHash: HASH,
        initials: 'A.V.',
      },
      {
        id: 2,
        time: NOW + 1,
        method: 'qr',
        format: 'eudcc',
        verdict: 'repeat',
        status: 1,
        idHash: HASH,
        initials: 'K.N.',
      },
      {
        id: 3,
        time: NOW + 2,
        method: 'otp',
        format: 'kycvs',
        verdict: 'UNKNOWN_KEY',
        status: null,
        idHash: null,
        initials: null,
      },
    ]);
    for (const line of log) expect(line).not.toHaveProperty('tokenHash');
    const counts = await todayCounts(db, NOW + 3);
    expect(counts).toMatchObject({ full: 1, repeat: 1, 'cannot-verify': 1 });
    expect(logToCsv(log).split('\r\n')[1]).toContain(`,${HASH},A.V.,kycvs`);
    // The other stores are untouched.
    expect(await db.get('seen', HASH)).toEqual({
      hash: HASH,
      firstSeenAt: NOW,
      expiresAt: NOW + 1000,
    });
    db.close();
  });

  it('leaves a damaged record as it was, still skipped, and upgrades the rest', async () => {
    const name = 'migrate-v4-damaged';
    await version4(name);
    const old = await openDB(name, 4);
    await old.add('log', { time: 'yesterday', verdict: 7 } as never);
    old.close();
    const db = await openVerifierDb(name);
    expect((await readLog(db)).map((line) => line.id)).toEqual([1, 2, 3]);
    expect(await db.count('log')).toBe(4);
    db.close();
  });

  it('upgrades a version 1 database (no log yet) without a migration to run', async () => {
    const name = 'migrate-v1';
    const old = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('settings');
        db.createObjectStore('issuers', { keyPath: 'iss' });
      },
    });
    old.close();
    const db = await openVerifierDb(name);
    expect(await readLog(db)).toEqual([]);
    db.close();
  });
});
