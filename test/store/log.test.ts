import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openVerifierDb, type LogEntry } from '../../src/store/db.ts';
import {
  CSV_COLUMNS,
  addLogEntry,
  clearLog,
  countByGroup,
  initialsOf,
  logToCsv,
  purgeLog,
  readLog,
  todayCounts,
  type NewLogEntry,
} from '../../src/store/log.ts';
import { hashCredentialId as hashTokenId, markSeen, purgeSeen } from '../../src/store/seen.ts';
import {
  DEFAULT_PREFERENCES,
  loadPreferences,
  normalisePreferences,
  savePreferences,
} from '../../src/store/preferences.ts';

let counter = 0;
const freshDb = () => openVerifierDb(`log-test-${++counter}`);

const DAY = 24 * 60 * 60 * 1000;
/** Noon, 15 June 2025, on this machine's clock. */
const NOON = new Date(2025, 5, 15, 12, 0, 0).getTime();
const HASH = 'a'.repeat(64);

function entry(overrides: Partial<NewLogEntry> = {}): NewLogEntry {
  return {
    time: NOON,
    method: 'qr',
    format: 'kycvs',
    verdict: 'pass',
    status: 2,
    idHash: HASH,
    initials: 'A.V.',
    ...overrides,
  };
}

describe('verification log', () => {
  it('upgrades a version-1 database, keeping its settings and keys', async () => {
    const name = `log-upgrade-${++counter}`;
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('settings');
        db.createObjectStore('issuers', { keyPath: 'iss' });
      },
    });
    await v1.put('settings', { registryUrl: 'http://r', verifierId: 'v', apiKey: 'k' }, 'current');
    v1.close();
    const db = await openVerifierDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('settings', 'current')).toEqual({
      registryUrl: 'http://r',
      verifierId: 'v',
      apiKey: 'k',
    });
    await addLogEntry(db, entry());
    expect(await readLog(db)).toHaveLength(1);
  });

  it('stores entries and reads them back oldest first', async () => {
    const db = await freshDb();
    await addLogEntry(db, entry({ time: NOON + 1000, verdict: 'BAD_SIGNATURE', status: null }));
    await addLogEntry(db, entry({ time: NOON }));
    const entries = await readLog(db);
    expect(entries.map((e) => e.verdict)).toEqual(['pass', 'BAD_SIGNATURE']);
    expect(entries[0]).toMatchObject({
      method: 'qr',
      status: 2,
      idHash: HASH,
      initials: 'A.V.',
    });
  });

  it('rejects an entry that would not read back, and writes nothing', async () => {
    const db = await freshDb();
    await expect(addLogEntry(db, entry({ idHash: 'not-a-hash' }))).rejects.toThrow(TypeError);
    await expect(addLogEntry(db, entry({ initials: 'Asha Kumari Verma' }))).rejects.toThrow(
      TypeError,
    );
    expect(await db.count('log')).toBe(0);
  });

  it('skips a damaged record and still reads the rest', async () => {
    const db = await freshDb();
    await addLogEntry(db, entry({ time: NOON - 1000 }));
    await db.add('log', { time: NOON, method: 'fax', verdict: 42 } as unknown as LogEntry);
    await db.add('log', { time: NOON + 1, method: 'qr' } as unknown as LogEntry);
    await addLogEntry(db, entry({ time: NOON + 1000, method: 'otp' }));
    const entries = await readLog(db);
    expect(entries.map((e) => e.method)).toEqual(['qr', 'otp']);
    expect((await todayCounts(db, NOON)).full).toBe(2);
  });

  it("counts today's checks by verdict and leaves out yesterday's", async () => {
    const db = await freshDb();
    const today = [
      entry(),
      entry({ status: 1 }),
      entry({ status: 0 }),
      entry({ verdict: 'repeat' }),
      entry({ verdict: 'EXPIRED', status: null, idHash: null, initials: null }),
      entry({ verdict: 'BAD_SIGNATURE', status: null, idHash: null, initials: null }),
      entry({ verdict: 'UNKNOWN_KEY', status: null, idHash: null, initials: null }),
      entry({ verdict: 'NO_KEYS', status: null, idHash: null, initials: null }),
    ];
    for (const item of today) await addLogEntry(db, item);
    await addLogEntry(db, entry({ time: NOON - DAY }));
    expect(await todayCounts(db, NOON)).toEqual({
      full: 1,
      partial: 1,
      none: 1,
      repeat: 1,
      invalid: 2,
      'cannot-verify': 2,
      other: 0,
    });
    expect(countByGroup([])).toEqual({
      full: 0,
      partial: 0,
      none: 0,
      repeat: 0,
      invalid: 0,
      'cannot-verify': 0,
      other: 0,
    });
  });

  it('purges entries older than the retention, and damaged records', async () => {
    const db = await freshDb();
    await addLogEntry(db, entry({ time: NOON - 31 * DAY }));
    await addLogEntry(db, entry({ time: NOON - 29 * DAY }));
    await addLogEntry(db, entry({ time: NOON - 2 * DAY }));
    await db.add('log', { garbage: true } as unknown as LogEntry);
    expect(await purgeLog(db, NOON, 30)).toBe(2);
    expect((await readLog(db)).map((e) => e.time)).toEqual([NOON - 29 * DAY, NOON - 2 * DAY]);
    expect(await purgeLog(db, NOON, 7)).toBe(1);
    expect(await db.count('log')).toBe(1);
  });

  it('clears every entry', async () => {
    const db = await freshDb();
    await addLogEntry(db, entry());
    await addLogEntry(db, entry());
    await clearLog(db);
    expect(await readLog(db)).toEqual([]);
  });

  it('exports CSV with the agreed columns and nothing but initials of the holder', () => {
    const csv = logToCsv([
      {
        id: 1,
        format: 'kycvs',
        time: Date.UTC(2025, 5, 15, 6, 30),
        method: 'qr',
        verdict: 'pass',
        status: 2,
        idHash: HASH,
        initials: 'A.V.',
      },
      {
        id: 2,
        format: 'eudcc',
        time: Date.UTC(2025, 5, 15, 6, 31),
        method: 'otp',
        verdict: 'EXPIRED',
        status: null,
        idHash: null,
        initials: null,
      },
    ]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('time,method,verdict,status,id hash,initials,format');
    expect(CSV_COLUMNS).toHaveLength(7);
    expect(lines[1]).toBe(`2025-06-15T06:30:00.000Z,qr,pass,2,${HASH},A.V.,kycvs`);
    expect(lines[2]).toBe('2025-06-15T06:31:00.000Z,otp,EXPIRED,,,,eudcc');
    expect(lines[3]).toBe('');
  });

  it('defuses a cell a spreadsheet would run as a formula, and quotes commas', () => {
    const csv = logToCsv([
      {
        time: 0,
        method: 'qr',
        format: 'kycvs',
        verdict: 'pass',
        status: 2,
        idHash: null,
        initials: '=1,2',
      },
    ]);
    expect(csv.split('\r\n')[1]).toBe(`1970-01-01T00:00:00.000Z,qr,pass,2,,"'=1,2",kycvs`);
  });

  it('takes at most three initials, letters only', () => {
    expect(initialsOf('Asha Verma')).toBe('A.V.');
    expect(initialsOf('  mohan  lal  gupta sharma ')).toBe('M.L.G.');
    expect(initialsOf('राम प्रसाद')).toBe('र.प.');
    expect(initialsOf('(Dr.) 1234')).toBe('D.');
    expect(initialsOf('   ')).toBeNull();
  });
});

describe('token ids already seen', () => {
  it('hashes a token id with SHA-256, never keeping the id', async () => {
    expect(await hashTokenId('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('reports when a token was first checked, until it expires', async () => {
    const db = await freshDb();
    const hash = await hashTokenId('jti-1');
    expect(await markSeen(db, hash, NOON + 900_000, NOON)).toBeNull();
    expect(await markSeen(db, hash, NOON + 900_000, NOON + 60_000)).toBe(NOON);
    expect(await markSeen(db, hash, NOON + 900_000, NOON + 120_000)).toBe(NOON);
    // After its expiry the id no longer counts as seen.
    expect(await markSeen(db, hash, NOON + 2_000_000, NOON + 1_000_000)).toBeNull();
    const stored = await db.getAll('seen');
    expect(JSON.stringify(stored)).not.toContain('jti-1');
  });

  it('purges ids once their tokens are past exp and the 60 s tolerance', async () => {
    const db = await freshDb();
    await markSeen(db, await hashTokenId('old'), NOON - 60_001, NOON - 70_000);
    await markSeen(db, await hashTokenId('new'), NOON - 59_000, NOON - 70_000);
    expect(await purgeSeen(db, NOON)).toBe(1);
    expect(await db.count('seen')).toBe(1);
  });

  it('still flags a token 30 s past exp, while the protocol accepts it', async () => {
    const db = await freshDb();
    const hash = await hashTokenId('jti-late');
    expect(await markSeen(db, hash, NOON, NOON - 5_000)).toBeNull();
    expect(await markSeen(db, hash, NOON, NOON + 30_000)).toBe(NOON - 5_000);
    // Past the tolerance the token is rejected anyway: a new first check starts.
    expect(await markSeen(db, hash, NOON, NOON + 61_000)).toBeNull();
  });
});

describe('preferences', () => {
  it('defaults to the browser language, sound and vibration on, kiosk off, 30 days', async () => {
    const db = await freshDb();
    expect(await loadPreferences(db)).toEqual(DEFAULT_PREFERENCES);
    expect(DEFAULT_PREFERENCES).toEqual({
      language: 'auto',
      sound: true,
      vibration: true,
      kiosk: false,
      retentionDays: 30,
    });
  });

  it('stores a change and reads it back', async () => {
    const db = await freshDb();
    const wanted = {
      language: 'hi' as const,
      sound: false,
      vibration: true,
      kiosk: true,
      retentionDays: 7,
    };
    expect(await savePreferences(db, wanted)).toEqual(wanted);
    expect(await loadPreferences(db)).toEqual(wanted);
  });

  it('replaces each damaged field with its default', () => {
    expect(
      normalisePreferences({ language: 'fr', sound: 'yes', kiosk: true, retentionDays: 0.5 }),
    ).toEqual({ ...DEFAULT_PREFERENCES, kiosk: true });
    expect(normalisePreferences(null)).toEqual(DEFAULT_PREFERENCES);
    expect(normalisePreferences({ retentionDays: 400 }).retentionDays).toBe(30);
  });
});
