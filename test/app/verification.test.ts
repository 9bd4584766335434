import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  UNKNOWN_KEY_REFRESH_MS,
  checkToken,
  keyIdOf,
  throttleKeyRefresh,
  type CheckContext,
} from '../../src/app/verification.ts';
import type { IssuerRecord } from '../../src/store/db.ts';
import { KEY_STALE_AFTER_MS } from '../../src/store/trust-store.ts';
import { FIXTURE_ISS, forge, makeKey, signToken, type FixtureKey } from './token-fixtures.ts';

const NOW = Date.UTC(2025, 0, 15, 10, 0, 0);
const NOW_S = NOW / 1000;
let key: FixtureKey;
let other: FixtureKey;

beforeAll(async () => {
  key = await makeKey();
  other = await makeKey();
});

function record(keys: JsonWebKey[], fetchedAt = NOW, clockSkewMs: number | null = 0): IssuerRecord {
  return {
    iss: FIXTURE_ISS,
    jwks: { keys },
    fetchedAt,
    etag: null,
    registryUrl: FIXTURE_ISS,
    clockSkewMs,
  };
}

function context(held: IssuerRecord[], overrides: Partial<CheckContext> = {}): CheckContext {
  return {
    issuers: async () => held,
    online: () => false,
    refresh: vi.fn(async () => ({ ok: false as const, reason: 'OFFLINE' as const })),
    now: () => NOW,
    audience: 'gate-1',
    ...overrides,
  };
}

describe('checkToken', () => {
  it('accepts a holder token and reports status, name, mobile digits and issue time', async () => {
    const jws = await signToken(key, NOW_S - 60, { vs: 2 });
    const outcome = await checkToken(jws, context([record([key.publicJwk])]));
    expect(outcome).toEqual({
      kind: 'status',
      status: 2,
      name: 'Asha Verma',
      mob: '4321',
      issuedAt: (NOW_S - 60) * 1000,
      jti: 'AAAAAAAAAAAAAAAAAAAAAA',
      expiresAt: (NOW_S - 60 + 900) * 1000,
      alreadyCheckedAt: null,
      staleKeys: false,
      clockWarning: false,
    });
  });

  it('calls a forged token invalid with BAD_SIGNATURE', async () => {
    const jws = forge(await signToken(key, NOW_S));
    const outcome = await checkToken(jws, context([record([key.publicJwk])]));
    expect(outcome).toMatchObject({ kind: 'invalid', code: 'BAD_SIGNATURE' });
  });

  it('says "cannot verify" for an unknown key while offline, without refreshing', async () => {
    const jws = await signToken(other, NOW_S);
    const ctx = context([record([key.publicJwk])]);
    const outcome = await checkToken(jws, ctx);
    expect(outcome).toMatchObject({ kind: 'cannot', reason: 'UNKNOWN_KEY' });
    expect(ctx.refresh).not.toHaveBeenCalled();
  });

  it('refreshes the keys once for an unknown key while online, then verifies', async () => {
    const jws = await signToken(other, NOW_S);
    let held = [record([key.publicJwk])];
    const refresh = vi.fn(async () => {
      held = [record([key.publicJwk, other.publicJwk])];
      return { ok: true as const, iss: FIXTURE_ISS, changed: true, clockSkewMs: 0 };
    });
    const outcome = await checkToken(
      jws,
      context([], { issuers: async () => held, online: () => true, refresh }),
    );
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(refresh).toHaveBeenCalledWith(other.kid);
    expect(outcome).toMatchObject({ kind: 'status', status: 2 });
  });

  it('still says "cannot verify" when the refresh does not bring the key', async () => {
    const jws = await signToken(other, NOW_S);
    const refresh = vi.fn(async () => ({
      ok: true as const,
      iss: FIXTURE_ISS,
      changed: false,
      clockSkewMs: 0,
    }));
    const outcome = await checkToken(
      jws,
      context([record([key.publicJwk])], { online: () => true, refresh }),
    );
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(outcome).toMatchObject({ kind: 'cannot', reason: 'UNKNOWN_KEY' });
  });

  it('says "cannot verify" with NO_KEYS when no keys are held at all', async () => {
    const jws = await signToken(key, NOW_S);
    const outcome = await checkToken(jws, context([]));
    expect(outcome).toMatchObject({ kind: 'cannot', reason: 'NO_KEYS' });
  });

  it('refuses a token issued for another verifier with WRONG_AUDIENCE', async () => {
    const jws = await signToken(key, NOW_S, { aud: 'someone-else' });
    const outcome = await checkToken(jws, context([record([key.publicJwk])]));
    expect(outcome).toMatchObject({ kind: 'invalid', code: 'WRONG_AUDIENCE' });
  });

  it('accepts a desk token for this verifier and nonce, and refuses another nonce', async () => {
    const jws = await signToken(key, NOW_S, { aud: 'gate-1', nonce: 'n0nce' });
    const held = [record([key.publicJwk])];
    expect(await checkToken(jws, context(held, { nonce: 'n0nce' }))).toMatchObject({
      kind: 'status',
    });
    expect(await checkToken(jws, context(held, { nonce: 'other' }))).toMatchObject({
      kind: 'invalid',
      code: 'NONCE_MISMATCH',
    });
  });

  it('calls an expired token invalid with EXPIRED', async () => {
    const jws = await signToken(key, NOW_S - 7200, { exp: NOW_S - 3600 });
    const outcome = await checkToken(jws, context([record([key.publicJwk])]));
    expect(outcome).toMatchObject({ kind: 'invalid', code: 'EXPIRED' });
  });

  it('flags a verdict made with keys older than 7 days and with a skewed clock', async () => {
    const jws = await signToken(key, NOW_S);
    const old = record([key.publicJwk], NOW - KEY_STALE_AFTER_MS - 1, 10 * 60 * 1000);
    const outcome = await checkToken(jws, context([old]));
    expect(outcome).toMatchObject({ kind: 'status', staleKeys: true, clockWarning: true });
  });
});

describe('unknown-key refreshes', () => {
  const done = { ok: false as const, reason: 'OFFLINE' as const };

  it('reads the kid from a token header, and null from text that has none', async () => {
    expect(keyIdOf(await signToken(key, NOW_S))).toBe(key.kid);
    expect(keyIdOf('not a token')).toBeNull();
    expect(keyIdOf('e30.e30.sig')).toBeNull();
  });

  it('refreshes at most once per key in the interval, and again after it', async () => {
    let clock = NOW;
    const refresh = vi.fn(async () => done);
    const throttled = throttleKeyRefresh(refresh, () => clock);
    expect(await throttled('kid-1')).toEqual(done);
    clock += UNKNOWN_KEY_REFRESH_MS - 1;
    expect(await throttled('kid-1')).toBeNull();
    expect(refresh).toHaveBeenCalledTimes(1);
    // Another key is another question for the registry.
    expect(await throttled('kid-2')).toEqual(done);
    clock += 1;
    expect(await throttled('kid-1')).toEqual(done);
    expect(refresh).toHaveBeenCalledTimes(3);
  });

  it('makes a code signed by an unknown key wait on the registry only the first time', async () => {
    const jws = await signToken(other, NOW_S);
    const refresh = vi.fn(async () => done);
    const ctx = context([record([key.publicJwk])], {
      online: () => true,
      refresh: throttleKeyRefresh(refresh, () => NOW),
    });
    for (let i = 0; i < 3; i++) {
      expect(await checkToken(jws, ctx)).toMatchObject({ kind: 'cannot', reason: 'UNKNOWN_KEY' });
    }
    expect(refresh).toHaveBeenCalledTimes(1);
  });
});
