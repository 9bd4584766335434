/** The Settings PIN (SPEC 8): a salted slow hash, five wrong tries then a minute's wait. */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import {
  PIN_ITERATIONS,
  PIN_TRIES,
  PIN_WAIT_MS,
  loadPin,
  setPin,
  tryPin,
} from '../../src/core/gate.ts';
import { createVerifier } from '../../src/core/verifier.ts';
import { decodeBase64url } from '../../src/protocol/index.ts';
import { openVerifierDb } from '../../src/store/db.ts';

const NOW = Date.UTC(2025, 0, 15, 10, 0, 0);
let count = 0;
const freshDb = () => openVerifierDb(`gate-${++count}`);
const offline = { isOnline: () => false, subscribe: () => () => undefined };

describe('the Settings PIN', () => {
  it('keeps only a salted PBKDF2 hash, a new salt each time', async () => {
    const db = await freshDb();
    await setPin(db, '482913');
    const first = (await loadPin(db))!;
    expect(first.iterations).toBe(PIN_ITERATIONS);
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(310_000);
    expect(decodeBase64url(first.salt)).toHaveLength(16);
    expect(decodeBase64url(first.hash)).toHaveLength(32);
    const stored = JSON.stringify(await db.get('gate', 'pin'));
    expect(stored).not.toContain('482913');
    await setPin(db, '482913');
    const second = (await loadPin(db))!;
    expect(second.salt).not.toBe(first.salt);
    expect(second.hash).not.toBe(first.hash);
  });

  it('rejects a PIN that is not 4 to 12 digits', async () => {
    const db = await freshDb();
    for (const pin of ['123', '12a4', '1234567890123', '']) {
      await expect(setPin(db, pin)).rejects.toBeInstanceOf(TypeError);
    }
    expect(await loadPin(db)).toBeNull();
  });

  it('accepts the right PIN and counts wrong ones down to a minute of waiting', async () => {
    const db = await freshDb();
    await setPin(db, '2468');
    expect(await tryPin(db, '2468', NOW)).toEqual({ ok: true });
    for (let tries = PIN_TRIES - 1; tries > 0; tries--) {
      expect(await tryPin(db, '1357', NOW)).toEqual({
        ok: false,
        reason: 'WRONG',
        triesLeft: tries,
      });
    }
    const wait = { ok: false, reason: 'WAIT', until: NOW + PIN_WAIT_MS };
    expect(await tryPin(db, '1357', NOW)).toEqual(wait);
    // While it waits, even the right PIN is not tried; the count survives a reopened database.
    const reopened = await openVerifierDb(db.name);
    expect(await tryPin(reopened, '2468', NOW + PIN_WAIT_MS - 1)).toEqual(wait);
    expect(await tryPin(reopened, '2468', NOW + PIN_WAIT_MS)).toEqual({ ok: true });
    expect(await tryPin(reopened, '0000', NOW + PIN_WAIT_MS)).toMatchObject({
      reason: 'WRONG',
      triesLeft: PIN_TRIES - 1,
    });
  });

  it('guards the verifier settings once set, until the PIN is given, and again after lock', async () => {
    const db = await freshDb();
    const open = await createVerifier({
      db,
      origin: 'http://127.0.0.1:1',
      network: offline,
      now: () => NOW,
    });
    expect(open.getState()).toMatchObject({ pinSet: false, unlocked: true });
    await open.setPin('9090');
    expect(open.getState()).toMatchObject({ pinSet: true, unlocked: true });
    open.dispose();

    const verifier = await createVerifier({
      db,
      origin: 'http://127.0.0.1:1',
      network: offline,
      now: () => NOW,
    });
    expect(verifier.getState()).toMatchObject({ pinSet: true, unlocked: false });
    const settings = { registryUrl: 'https://reg.example', verifierId: 'v', apiKey: 'k' };
    await expect(verifier.saveSettings(settings)).rejects.toMatchObject({ code: 'LOCKED' });
    await expect(verifier.setPin(null)).rejects.toMatchObject({ code: 'LOCKED' });
    expect(await verifier.unlock('1111')).toMatchObject({ ok: false, reason: 'WRONG' });
    expect(verifier.getState().unlocked).toBe(false);
    expect(await verifier.unlock('9090')).toEqual({ ok: true });
    expect(verifier.getState().unlocked).toBe(true);
    await verifier.saveSettings(settings);
    verifier.lock();
    expect(verifier.getState().unlocked).toBe(false);
    await verifier.unlock('9090');
    await verifier.setPin(null);
    expect(verifier.getState()).toMatchObject({ pinSet: false, unlocked: true });
    verifier.lock();
    expect(verifier.getState().unlocked).toBe(true);
    verifier.dispose();
  });

  it('checks a PIN by PBKDF2-SHA-256 at the stored iteration count', async () => {
    const db = await freshDb();
    await setPin(db, '5555');
    const spy = vi.spyOn(crypto.subtle, 'deriveBits');
    expect(await tryPin(db, '5556', NOW)).toMatchObject({ ok: false });
    expect(spy).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'PBKDF2', hash: 'SHA-256', iterations: PIN_ITERATIONS }),
      expect.anything(),
      256,
    );
    spy.mockRestore();
  });
});
