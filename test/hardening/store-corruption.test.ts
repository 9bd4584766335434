/**
 * Corrupted IndexedDB records at the store layer, on fake-indexeddb: a damaged
 * record of one store is recovered from (defaults, or the record skipped) and never costs the
 * good records beside it. The browser suite (test/e2e/faults-registry.test.ts) shows the same
 * through the running app.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openVerifierDb, type VerifierDatabase } from '../../src/store/db.ts';
import { addLogEntry, readLog, todayCounts } from '../../src/store/log.ts';
import { DEFAULT_PREFERENCES, loadPreferences } from '../../src/store/preferences.ts';
import { defaultSettings, loadSettings, saveSettings } from '../../src/store/settings.ts';
import { keyHealth, refreshKeys, trustedIssuers } from '../../src/store/trust-store.ts';

const ORIGIN = 'http://127.0.0.1:4020';
const ISSUER = 'http://localhost:4020';
const NOW = Date.UTC(2026, 2, 1, 10, 0, 0);
const KEY = {
  kty: 'EC',
  crv: 'P-256',
  x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
  y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
  kid: 'kidAAAAAAAA',
  alg: 'ES256',
  use: 'sig',
};

let db: VerifierDatabase;
let counter = 0;

beforeEach(async () => {
  db = await openVerifierDb(`corruption-test-${++counter}`);
});

/** Writes straight into a store, bypassing every check, as a damaged disk or old build might. */
async function writeRaw(
  store: 'settings' | 'issuers' | 'log' | 'preferences',
  value: unknown,
  key?: string,
) {
  const raw = db as unknown as {
    put(store: string, value: unknown, key?: string): Promise<unknown>;
  };
  await raw.put(store, value, key);
}

/** Holds the registry's keys, as a refresh from a healthy registry leaves them. */
async function holdKeys(): Promise<void> {
  const fetch = (async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url.endsWith('/.well-known/kycvs-configuration')) {
      return Response.json({ issuer: ISSUER, jwks_uri: `${ORIGIN}/.well-known/jwks.json` });
    }
    return Response.json(
      { keys: [KEY] },
      { headers: { ETag: '"v1"', Date: new Date(NOW).toUTCString() } },
    );
  }) as typeof globalThis.fetch;
  expect((await refreshKeys(db, ORIGIN, { fetch, now: () => NOW })).ok).toBe(true);
}

describe('a damaged settings record', () => {
  const garbage: Record<string, unknown> = {
    'a string': 'garbage',
    'a number': 42,
    'an array': ['http://x', 'id', 'key'],
    'fields of the wrong types': { registryUrl: 42, verifierId: null, apiKey: {} },
    'a registry URL that is not http(s)': {
      registryUrl: 'javascript:alert(1)',
      verifierId: 'gate',
      apiKey: 'key',
    },
  };

  for (const [name, value] of Object.entries(garbage)) {
    it(`loads the default settings when the record is ${name}`, async () => {
      await writeRaw('settings', value, 'current');
      expect(await loadSettings(db, ORIGIN)).toEqual(defaultSettings(ORIGIN));
    });
  }

  it('loads a whole good record as stored, not the defaults', async () => {
    const good = {
      registryUrl: 'https://registry.example',
      verifierId: 'gate',
      apiKey: 'k-1',
      trustListUrl: 'https://registry.example/trust.json',
      trustListKey: 'A'.repeat(43),
    };
    await writeRaw('settings', good, 'current');
    expect(await loadSettings(db, ORIGIN)).toEqual(good);
  });

  it('loads a record saved before the trust list URL existed, with the default list', async () => {
    const older = { registryUrl: 'https://registry.example', verifierId: 'gate', apiKey: 'k-1' };
    await writeRaw('settings', older, 'current');
    expect(await loadSettings(db, ORIGIN)).toEqual({
      ...older,
      trustListUrl: '',
      trustListKey: '',
    });
  });

  it('keeps trusting the held keys when the settings fall back to the defaults', async () => {
    await holdKeys();
    await writeRaw('settings', 'garbage', 'current');
    const settings = await loadSettings(db, ORIGIN);
    const issuers = await trustedIssuers(db, settings.registryUrl);
    expect(issuers.map((record) => record.iss)).toEqual([ISSUER]);
  });

  it('is replaced whole by the next save', async () => {
    await writeRaw('settings', 'garbage', 'current');
    const saved = await saveSettings(db, { registryUrl: ORIGIN, verifierId: 'gate', apiKey: 'k' });
    expect(await loadSettings(db, ORIGIN)).toEqual(saved);
  });
});

describe('a damaged issuer record', () => {
  const base = {
    iss: 'https://corrupt.invalid',
    jwks: { keys: [KEY] },
    fetchedAt: NOW,
    etag: null,
    registryUrl: ORIGIN,
    clockSkewMs: null,
  };
  const garbage: Record<string, Record<string, unknown>> = {
    'a jwks that is a string': { ...base, jwks: 'garbage' },
    'a jwks without keys': { ...base, jwks: { keys: 'none' } },
    'a fetchedAt that is not a time': { ...base, fetchedAt: 'not a time' },
    'a clock skew that is an object': { ...base, clockSkewMs: {} },
  };

  for (const [name, record] of Object.entries(garbage)) {
    it(`skips ${name} and leaves the good keys and their key health as they were`, async () => {
      await holdKeys();
      const before = await trustedIssuers(db, ORIGIN);
      expect(before.map((entry) => entry.iss)).toEqual([ISSUER]);
      await writeRaw('issuers', record);
      const issuers = await trustedIssuers(db, ORIGIN);
      expect(issuers).toEqual(before);
      const health = keyHealth(issuers, NOW);
      expect(health).toEqual(keyHealth(before, NOW));
      expect(health.hasKeys).toBe(true);
      // The home screen formats this time: it must be a real one.
      expect(new Date(health.fetchedAt!).toISOString()).toBe(
        new Date(before[0]!.fetchedAt).toISOString(),
      );
    });
  }
});

describe('damaged log and preferences records', () => {
  it('skips a damaged log entry and keeps the good ones', async () => {
    const entry = {
      time: NOW,
      method: 'qr' as const,
      format: 'kycvs' as const,
      verdict: 'pass' as const,
      status: 2 as const,
      idHash: 'a'.repeat(64),
      initials: 'A.V.',
    };
    await addLogEntry(db, entry);
    await writeRaw('log', { time: NOW + 1, verdict: 5, method: null });
    await addLogEntry(db, { ...entry, time: NOW + 2 });
    const log = await readLog(db);
    expect(log.map((line) => line.time)).toEqual([NOW, NOW + 2]);
    expect((await todayCounts(db, NOW + 3)).full).toBe(2);
  });

  it('loads the default preferences over a damaged record', async () => {
    await writeRaw('preferences', 'garbage', 'current');
    expect(await loadPreferences(db)).toEqual(DEFAULT_PREFERENCES);
  });

  it('gives each damaged preference its default and keeps the good ones', async () => {
    await writeRaw(
      'preferences',
      { language: 'hi', sound: 'loud', vibration: false, kiosk: 1, retentionDays: -3 },
      'current',
    );
    expect(await loadPreferences(db)).toEqual({
      ...DEFAULT_PREFERENCES,
      language: 'hi',
      vibration: false,
    });
  });
});
