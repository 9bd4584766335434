/**
 * The verifier core without a screen: state and subscribe, coalesced and throttled key
 * refreshes, timers, the check-then-record pipeline, and a change of registry.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { UNKNOWN_KEY_REFRESH_MS } from '../../src/core/key-refresh.ts';
import type { Outcome } from '../../src/core/outcome.ts';
import type { Network } from '../../src/core/platform.ts';
import { recordCheck } from '../../src/core/record.ts';
import { createVerifier, type Verifier, type VerifierState } from '../../src/core/verifier.ts';
import { jwsToQrText } from '../../src/protocol/index.ts';
import { openDB } from 'idb';
import { DB_VERSION, openVerifierDb } from '../../src/store/db.ts';
import { readLog } from '../../src/store/log.ts';
import { REFRESH_INTERVAL_MS, trustedIssuers } from '../../src/store/trust-store.ts';
import { FIXTURE_ISS, makeKey, signWithKey, type FixtureKey } from '../fixtures/tokens.ts';
import { fakeFetch, json } from '../store/fake-registry.ts';

const NOW = Date.UTC(2025, 0, 15, 10, 0, 0);
const NOW_S = NOW / 1000;
let key: FixtureKey;
let stranger: FixtureKey;
let dbCount = 0;
const running: Verifier[] = [];

beforeAll(async () => {
  key = await makeKey();
  stranger = await makeKey();
});

afterEach(() => {
  running.splice(0).forEach((verifier) => verifier.dispose());
  vi.useRealTimers();
});

function fakeNetwork(online = true) {
  const listeners = new Set<(online: boolean) => void>();
  const network: Network = {
    isOnline: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const set = (next: boolean) => {
    online = next;
    listeners.forEach((listener) => listener(next));
  };
  return { network, set };
}

async function start(
  options: {
    fetch?: typeof fetch;
    online?: boolean;
    now?: () => number;
    network?: Network;
    afterPaint?: (task: () => void) => void;
  } = {},
) {
  const name = `core-${++dbCount}`;
  const db = await openVerifierDb(name);
  const play = vi.fn();
  const verifier = await createVerifier({
    db,
    origin: FIXTURE_ISS,
    fetch:
      options.fetch ??
      fakeFetch({ '/.well-known/jwks.json': [json({ keys: [key.publicJwk] })] }).fetch,
    now: options.now ?? (() => NOW),
    feedback: { prime: vi.fn(), play },
    network: options.network ?? fakeNetwork(options.online ?? true).network,
    ...(options.afterPaint ? { afterPaint: options.afterPaint } : {}),
  });
  running.push(verifier);
  const states: VerifierState[] = [];
  verifier.subscribe((state) => states.push(state));
  return { db, name, verifier, play, states };
}

const jwksCalls = (registry: ReturnType<typeof fakeFetch>) =>
  registry.requests.filter((request) => request.url.endsWith('/jwks.json')).length;

async function settle(verifier: Verifier) {
  await vi.waitFor(() => expect(verifier.getState().refresh.running).toBe(false));
}

describe('createVerifier', () => {
  it('loads the defaults, refreshes the keys on start and tells its subscribers', async () => {
    const { verifier, states } = await start();
    expect(verifier.getState().settings.registryUrl).toBe(FIXTURE_ISS);
    await vi.waitFor(() => expect(verifier.getState().health.hasKeys).toBe(true));
    expect(verifier.getState().refresh.last).toMatchObject({ ok: true, iss: FIXTURE_ISS });
    expect(states.some((state) => state.refresh.running)).toBe(true);
    expect(verifier.getState().issuers.map((record) => record.iss)).toEqual([FIXTURE_ISS]);
  });

  it('joins refreshes asked for at once into one request', async () => {
    const registry = fakeFetch({ '/.well-known/jwks.json': [json({ keys: [key.publicJwk] })] });
    const { verifier } = await start({ fetch: registry.fetch, online: false });
    const results = await Promise.all([verifier.refreshKeys(), verifier.refreshKeys()]);
    expect(results[0]).toBe(results[1]);
    expect(jwksCalls(registry)).toBe(1);
  });

  it('refreshes when the device comes back online, and every 12 hours', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const registry = fakeFetch({ '/.well-known/jwks.json': [json({ keys: [key.publicJwk] })] });
    const net = fakeNetwork(false);
    const { verifier } = await start({ fetch: registry.fetch, network: net.network });
    expect(jwksCalls(registry)).toBe(0);
    expect(verifier.getState().online).toBe(false);
    net.set(true);
    expect(verifier.getState().online).toBe(true);
    await vi.waitFor(() => expect(jwksCalls(registry)).toBe(1));
    await settle(verifier);
    vi.advanceTimersByTime(REFRESH_INTERVAL_MS);
    await vi.waitFor(() => expect(jwksCalls(registry)).toBe(2));
  });

  it('writes the log line and plays the cue only after the verdict is painted', async () => {
    const painted: (() => void)[] = [];
    const { db, verifier, play } = await start({ afterPaint: (task) => painted.push(task) });
    await settle(verifier);
    const qr = jwsToQrText(await signWithKey(key, NOW_S - 60));
    expect(await verifier.checkCode(qr)).toMatchObject({ kind: 'status', alreadyCheckedAt: null });
    expect(await readLog(db)).toEqual([]);
    // The repeat flag does not wait for the paint: it is part of the verdict.
    expect(await verifier.checkCode(qr)).toMatchObject({ alreadyCheckedAt: NOW });
    // Per check: the log line and the cue.
    expect(painted).toHaveLength(4);
    expect(play).not.toHaveBeenCalled();
    painted.forEach((task) => task());
    expect(play.mock.calls.map(([cue]) => cue)).toEqual(['pass', 'warning']);
    await vi.waitFor(async () =>
      expect((await readLog(db)).map((entry) => entry.verdict).sort()).toEqual(['pass', 'repeat']),
    );
    await vi.waitFor(() =>
      expect(verifier.getState().todayCounts).toMatchObject({ full: 1, repeat: 1 }),
    );
  });

  it('checks a QR, records it in the log, plays its cue and flags it when shown again', async () => {
    const { db, verifier, play } = await start();
    await settle(verifier);
    const qr = jwsToQrText(await signWithKey(key, NOW_S - 60));
    const first = await verifier.checkCode(qr);
    expect(first).toMatchObject({ kind: 'status', status: 2, alreadyCheckedAt: null });
    expect(play).toHaveBeenLastCalledWith('pass', { sound: true, vibration: true });
    const again = await verifier.checkCode(qr);
    expect(again).toMatchObject({ kind: 'status', alreadyCheckedAt: NOW });
    expect(play).toHaveBeenLastCalledWith('warning', { sound: true, vibration: true });
    const log = await readLog(db);
    expect(log.map((entry) => entry.verdict)).toEqual(['pass', 'repeat']);
    expect(log[0]!.idHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(log)).not.toContain('Asha');
    await vi.waitFor(() =>
      expect(verifier.getState().todayCounts).toMatchObject({ full: 1, repeat: 1 }),
    );
  });

  it('recognises repeats by iss + jti: another jti from the same issuer is a new code', async () => {
    const { verifier } = await start();
    await settle(verifier);
    await verifier.checkCode(await signWithKey(key, NOW_S, { jti: 'AAAAAAAAAAAAAAAAAAAAAA' }));
    const other = await verifier.checkCode(
      await signWithKey(key, NOW_S, { jti: 'BBBBBBBBBBBBBBBBBBBBBB' }),
    );
    expect(other).toMatchObject({ kind: 'status', alreadyCheckedAt: null });
  });

  it('keeps the same jti from two issuers apart (the id is iss + jti)', async () => {
    const { db } = await start({ online: false });
    const outcome = (iss: string): Outcome => ({
      kind: 'status',
      format: 'kycvs',
      status: 2,
      name: 'Asha Verma',
      mob: '4321',
      issuedAt: NOW,
      id: JSON.stringify([iss, 'same-jti']),
      expiresAt: NOW + 60_000,
      staleKeys: false,
      clockWarning: false,
    });
    expect(await recordCheck(db, outcome('https://a.example'), 'qr', NOW)).toMatchObject({
      alreadyCheckedAt: null,
    });
    expect(await recordCheck(db, outcome('https://b.example'), 'qr', NOW + 1)).toMatchObject({
      alreadyCheckedAt: null,
    });
    expect(await recordCheck(db, outcome('https://a.example'), 'qr', NOW + 2)).toMatchObject({
      alreadyCheckedAt: NOW,
    });
  });

  it('calls a desk token shown as a QR Invalid with NONCE_MISMATCH, and logs that code', async () => {
    const { db, verifier, play } = await start();
    await settle(verifier);
    const desk = await signWithKey(key, NOW_S, { nonce: 'n0nce-1' });
    expect(await verifier.checkDeskToken(desk, 'n0nce-1')).toMatchObject({ kind: 'status' });
    const outcome = await verifier.checkCode(jwsToQrText(desk));
    expect(outcome).toMatchObject({ kind: 'invalid', code: 'NONCE_MISMATCH' });
    expect(play).toHaveBeenLastCalledWith('fail', expect.anything());
    expect((await readLog(db)).map((entry) => [entry.method, entry.verdict])).toEqual([
      ['otp', 'pass'],
      ['qr', 'NONCE_MISMATCH'],
    ]);
  });

  it('makes at most one refresh in 5 minutes for QR codes with unknown keys, whatever kid', async () => {
    let clock = NOW;
    const registry = fakeFetch({ '/.well-known/jwks.json': [json({ keys: [key.publicJwk] })] });
    const { verifier } = await start({ fetch: registry.fetch, now: () => clock });
    await settle(verifier);
    expect(jwksCalls(registry)).toBe(1);
    const kids = ['kid-one', 'kid-two', 'kid-three'];
    for (const kid of kids) {
      const code = await signWithKey({ ...stranger, kid }, NOW_S);
      expect(await verifier.checkCode(code)).toMatchObject({
        kind: 'cannot-verify',
        reason: 'UNKNOWN_KEY',
      });
    }
    expect(jwksCalls(registry)).toBe(2);
    clock += UNKNOWN_KEY_REFRESH_MS - 1;
    await verifier.checkCode(await signWithKey({ ...stranger, kid: 'kid-four' }, NOW_S));
    expect(jwksCalls(registry)).toBe(2);
    clock += 1;
    await verifier.checkCode(await signWithKey({ ...stranger, kid: 'kid-five' }, NOW_S));
    expect(jwksCalls(registry)).toBe(3);
  });

  it('refreshes for an unknown key on the desk path even right after a QR refresh', async () => {
    const registry = fakeFetch({ '/.well-known/jwks.json': [json({ keys: [key.publicJwk] })] });
    const { verifier } = await start({ fetch: registry.fetch });
    await settle(verifier);
    await verifier.checkCode(await signWithKey(stranger, NOW_S));
    expect(jwksCalls(registry)).toBe(2);
    await verifier.checkDeskToken(await signWithKey(stranger, NOW_S, { nonce: 'n' }), 'n');
    expect(jwksCalls(registry)).toBe(3);
  });

  it('drops the old registry keys when the settings name another registry', async () => {
    const registry = fakeFetch({ '/.well-known/jwks.json': [json({ keys: [key.publicJwk] })] });
    const { db, verifier } = await start({ fetch: registry.fetch });
    await settle(verifier);
    expect(await trustedIssuers(db, FIXTURE_ISS)).toHaveLength(1);
    await verifier.saveSettings({ registryUrl: 'https://reg.example', verifierId: '', apiKey: '' });
    expect(await trustedIssuers(db, FIXTURE_ISS)).toEqual([]);
    expect(await db.getAll('issuers')).not.toContainEqual(
      expect.objectContaining({ registryUrl: FIXTURE_ISS }),
    );
    expect(verifier.getState().settings.registryUrl).toBe('https://reg.example');
    await vi.waitFor(() =>
      expect(registry.requests.map((request) => request.url)).toContain(
        'https://reg.example/.well-known/jwks.json',
      ),
    );
  });

  it('keeps the keys when the settings keep the registry', async () => {
    const { db, verifier } = await start();
    await settle(verifier);
    await verifier.saveSettings({ registryUrl: FIXTURE_ISS, verifierId: 'gate-1', apiKey: 'k' });
    expect(await trustedIssuers(db, FIXTURE_ISS)).toHaveLength(1);
  });

  it('stores preferences and plays cues as they say', async () => {
    const { verifier, play } = await start({ online: false });
    await verifier.savePreferences({
      ...verifier.getState().preferences,
      sound: false,
      vibration: true,
    });
    await verifier.checkCode('not a code');
    expect(play).toHaveBeenLastCalledWith('fail', { sound: false, vibration: true });
  });

  it('says when the database was closed under it', async () => {
    const { name, verifier } = await start({ online: false });
    expect(verifier.getState().closed).toBe(false);
    const newer = await openDB(name, DB_VERSION + 1);
    newer.close();
    expect(verifier.getState().closed).toBe(true);
  });
});
