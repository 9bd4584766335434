import { beforeAll, describe, expect, it, vi } from 'vitest';
import { checkDeskToken, checkScanned, type CheckContext } from '../../src/core/check.ts';
import { jwsToQrText } from '../../src/protocol/index.ts';
import type { IssuerRecord } from '../../src/store/db.ts';
import { KEY_STALE_AFTER_MS } from '../../src/protocol/rules.ts';
import { FIXTURE_ISS, forge, makeKey, signToken, type FixtureKey } from '../app/token-fixtures.ts';

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

/** A check's context, and the path the code came by (a QR, or the desk with its nonce). */
type PathContext = CheckContext & { path: 'qr' | 'desk'; nonce?: string };

function checkJws(jws: string, context: PathContext) {
  return context.path === 'desk'
    ? checkDeskToken(jws, context.nonce ?? '', context)
    : checkScanned(jws, context);
}

function scanText(
  text: string,
  context: CheckContext,
  code?: { bytes: Uint8Array; exact: boolean },
) {
  return checkScanned(code ? { text, ...code } : text, context);
}

function context(held: IssuerRecord[], overrides: Partial<PathContext> = {}): PathContext {
  return {
    issuers: async () => held,
    online: () => false,
    refresh: vi.fn(async () => ({ ok: false as const, reason: 'OFFLINE' as const })),
    now: () => NOW,
    audience: 'gate-1',
    path: 'qr',
    ...overrides,
  };
}

describe('a KYC-VS token, by QR or desk (checkScanned, checkDeskToken)', () => {
  it('accepts a holder token and reports status, name, mobile digits and issue time', async () => {
    const jws = await signToken(key, NOW_S - 60, { vs: 2 });
    const outcome = await checkJws(jws, context([record([key.publicJwk])]));
    expect(outcome).toEqual({
      kind: 'status',
      format: 'kycvs',
      status: 2,
      name: 'Asha Verma',
      mob: '4321',
      issuedAt: (NOW_S - 60) * 1000,
      id: JSON.stringify([FIXTURE_ISS, 'AAAAAAAAAAAAAAAAAAAAAA']),
      expiresAt: (NOW_S - 60 + 900) * 1000,
      alreadyCheckedAt: null,
      staleKeys: false,
      clockWarning: false,
    });
  });

  it('calls a forged token invalid with BAD_SIGNATURE', async () => {
    const jws = forge(await signToken(key, NOW_S));
    const outcome = await checkJws(jws, context([record([key.publicJwk])]));
    expect(outcome).toMatchObject({ kind: 'invalid', format: 'kycvs', code: 'BAD_SIGNATURE' });
  });

  it('says "cannot verify" for an unknown key while offline, without refreshing', async () => {
    const jws = await signToken(other, NOW_S);
    const ctx = context([record([key.publicJwk])]);
    const outcome = await checkJws(jws, ctx);
    expect(outcome).toMatchObject({
      kind: 'cannot-verify',
      format: 'kycvs',
      reason: 'UNKNOWN_KEY',
    });
    expect(ctx.refresh).not.toHaveBeenCalled();
  });

  it('refreshes the keys once for an unknown key while online, then verifies', async () => {
    const jws = await signToken(other, NOW_S);
    let held = [record([key.publicJwk])];
    const refresh = vi.fn(async () => {
      held = [record([key.publicJwk, other.publicJwk])];
      return { ok: true as const, iss: FIXTURE_ISS, changed: true, clockSkewMs: 0 };
    });
    const outcome = await checkJws(
      jws,
      context([], { issuers: async () => held, online: () => true, refresh }),
    );
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(outcome).toMatchObject({ kind: 'status', format: 'kycvs', status: 2 });
  });

  it('still says "cannot verify" when the refresh does not bring the key', async () => {
    const jws = await signToken(other, NOW_S);
    const refresh = vi.fn(async () => ({
      ok: true as const,
      iss: FIXTURE_ISS,
      changed: false,
      clockSkewMs: 0,
    }));
    const outcome = await checkJws(
      jws,
      context([record([key.publicJwk])], { online: () => true, refresh }),
    );
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(outcome).toMatchObject({
      kind: 'cannot-verify',
      format: 'kycvs',
      reason: 'UNKNOWN_KEY',
    });
  });

  it('says "cannot verify" with NO_KEYS when no keys are held at all', async () => {
    const jws = await signToken(key, NOW_S);
    const outcome = await checkJws(jws, context([]));
    expect(outcome).toMatchObject({ kind: 'cannot-verify', format: 'kycvs', reason: 'NO_KEYS' });
  });

  it('rejects a token issued for another verifier with WRONG_AUDIENCE', async () => {
    const jws = await signToken(key, NOW_S, { aud: 'someone-else' });
    const outcome = await checkJws(jws, context([record([key.publicJwk])]));
    expect(outcome).toMatchObject({ kind: 'invalid', format: 'kycvs', code: 'WRONG_AUDIENCE' });
  });

  it('accepts a desk token for this verifier and nonce, and rejects another nonce', async () => {
    const jws = await signToken(key, NOW_S, { aud: 'gate-1', nonce: 'n0nce' });
    const held = [record([key.publicJwk])];
    expect(await checkJws(jws, context(held, { nonce: 'n0nce', path: 'desk' }))).toMatchObject({
      kind: 'status',
      format: 'kycvs',
    });
    expect(await checkJws(jws, context(held, { nonce: 'other', path: 'desk' }))).toMatchObject({
      kind: 'invalid',
      format: 'kycvs',
      code: 'NONCE_MISMATCH',
    });
  });

  it('rejects a genuine desk token read from a QR with NONCE_MISMATCH (SPEC 5)', async () => {
    const jws = await signToken(key, NOW_S, { aud: 'gate-1', nonce: 'n0nce' });
    const held = [record([key.publicJwk])];
    // The same token is accepted on the desk path, so only the path decides.
    expect(await checkJws(jws, context(held, { nonce: 'n0nce', path: 'desk' }))).toMatchObject({
      kind: 'status',
      format: 'kycvs',
    });
    expect(await checkJws(jws, context(held))).toMatchObject({
      kind: 'invalid',
      format: 'kycvs',
      code: 'NONCE_MISMATCH',
    });
    const empty = await signToken(key, NOW_S, { nonce: '' });
    expect(await checkJws(empty, context(held))).toMatchObject({ code: 'NONCE_MISMATCH' });
    expect(jwsToQrText(jws).startsWith('kycvs:/')).toBe(true);
  });

  it('calls an expired token invalid with EXPIRED', async () => {
    const jws = await signToken(key, NOW_S - 7200, { exp: NOW_S - 3600 });
    const outcome = await checkJws(jws, context([record([key.publicJwk])]));
    expect(outcome).toMatchObject({ kind: 'invalid', format: 'kycvs', code: 'EXPIRED' });
  });

  it('flags a verdict made with keys older than 7 days and with a skewed clock', async () => {
    const jws = await signToken(key, NOW_S);
    const old = record([key.publicJwk], NOW - KEY_STALE_AFTER_MS - 1, 10 * 60 * 1000);
    const outcome = await checkJws(jws, context([old]));
    expect(outcome).toMatchObject({
      kind: 'status',
      format: 'kycvs',
      staleKeys: true,
      clockWarning: true,
    });
  });
});

describe('checkScanned on QR text', () => {
  it('reads the numeric QR form and the raw token alike, trimmed', async () => {
    const jws = await signToken(key, NOW_S);
    const held = [record([key.publicJwk])];
    for (const text of [jwsToQrText(jws), `  ${jws}\n`]) {
      expect(await scanText(text, context(held))).toMatchObject({
        kind: 'status',
        format: 'kycvs',
      });
    }
  });

  it('calls text of no known format Invalid with UNSUPPORTED_FORMAT and no format (SPEC 9)', async () => {
    for (const text of ['', 'hello']) {
      expect(await scanText(text, context([record([key.publicJwk])]))).toEqual({
        kind: 'invalid',
        format: null,
        code: 'UNSUPPORTED_FORMAT',
        staleKeys: false,
        clockWarning: false,
      });
    }
  });

  it('calls a KYC-VS QR whose digits do not decode Invalid with MALFORMED', async () => {
    expect(await scanText('kycvs:/12ab', context([record([key.publicJwk])]))).toEqual({
      kind: 'invalid',
      format: 'kycvs',
      code: 'MALFORMED',
      staleKeys: false,
      clockWarning: false,
    });
  });

  it('rejects a desk answer that is no KYC-VS token with MALFORMED', async () => {
    const held = [record([key.publicJwk])];
    const outcome = await checkJws('HC1:NOTATOKEN', context(held, { path: 'desk', nonce: 'n' }));
    expect(outcome).toMatchObject({ kind: 'invalid', format: 'kycvs', code: 'MALFORMED' });
  });
});
