/**
 * Turns a scanned or received token into what the result screen shows: the protocol's verdict
 * made with the held keys, one key refresh when an unknown key is met online, and the warnings
 * that go with the keys used.
 */
import { verifyStatusToken } from '../protocol/index.ts';
import type { VerdictCode } from '../protocol/verdict.ts';
import type { VaccinationStatus } from '../protocol/claims.ts';
import type { IssuerRecord } from '../store/db.ts';
import type { RefreshResult } from '../store/trust-store.ts';
import { keyHealth } from '../store/trust-store.ts';

/** Why a token could not be checked: no key for it, or no keys at all. */
export type CannotVerifyReason = 'UNKNOWN_KEY' | 'NO_KEYS';

/** What the result screen shows. */
export type Outcome =
  | {
      kind: 'status';
      status: VaccinationStatus;
      name: string;
      mob: string;
      /** Issued at, ms since the epoch. */
      issuedAt: number;
      /** The token's id, to spot the same token shown twice (kept only as a hash). */
      jti?: string;
      /** When the token expires, ms since the epoch. */
      expiresAt?: number;
      /** When this device first checked the same token, if it already had; ms since the epoch. */
      alreadyCheckedAt?: number | null;
      staleKeys: boolean;
      clockWarning: boolean;
    }
  | { kind: 'invalid'; code: VerdictCode; staleKeys: boolean; clockWarning: boolean }
  | { kind: 'cannot'; reason: CannotVerifyReason; staleKeys: boolean; clockWarning: boolean };

/** What a check needs: the held keys, the network state and the clock. */
export interface CheckContext {
  /** The issuers currently trusted (read fresh for each check). */
  issuers: () => Promise<IssuerRecord[]>;
  /** True when the device believes it is online. */
  online: () => boolean;
  /** Refreshes the keys from the registry. */
  refresh: () => Promise<RefreshResult>;
  /** The current time, ms since the epoch. */
  now: () => number;
  /** This verifier's id, checked against `aud` when the token has one. */
  audience?: string;
  /** The nonce sent with this check, for desk tokens. */
  nonce?: string;
}

async function verifyWith(jws: string, issuers: IssuerRecord[], context: CheckContext) {
  const options: { now: Date; audience?: string; nonce?: string } = {
    now: new Date(context.now()),
  };
  if (context.audience) options.audience = context.audience;
  if (context.nonce) options.nonce = context.nonce;
  return verifyStatusToken(
    jws,
    issuers.map(({ iss, jwks }) => ({ iss, jwks })),
    options,
  );
}

/** Verifies `jws` with the held keys; refreshes them once when the key is unknown and online. */
export async function checkToken(jws: string, context: CheckContext): Promise<Outcome> {
  let issuers = await context.issuers();
  let verdict = await verifyWith(jws, issuers, context);
  const keyMissing =
    !verdict.ok &&
    (verdict.code === 'UNKNOWN_KEY' ||
      (verdict.code === 'UNTRUSTED_ISSUER' && issuers.length === 0));
  if (keyMissing && context.online()) {
    const refreshed = await context.refresh();
    if (refreshed.ok) {
      issuers = await context.issuers();
      verdict = await verifyWith(jws, issuers, context);
    }
  }
  const health = keyHealth(issuers, context.now());
  const warnings = { staleKeys: health.stale, clockWarning: health.clockWarning };
  if (verdict.ok) {
    return {
      kind: 'status',
      status: verdict.status,
      name: verdict.name,
      mob: verdict.mob,
      issuedAt: verdict.iat * 1000,
      jti: verdict.jti,
      expiresAt: verdict.exp * 1000,
      alreadyCheckedAt: null,
      ...warnings,
    };
  }
  // UNKNOWN_KEY means "cannot check with the keys held", never "forged" (SPEC §6).
  if (verdict.code === 'UNKNOWN_KEY') return { kind: 'cannot', reason: 'UNKNOWN_KEY', ...warnings };
  if (verdict.code === 'UNTRUSTED_ISSUER' && issuers.length === 0) {
    return { kind: 'cannot', reason: 'NO_KEYS', ...warnings };
  }
  return { kind: 'invalid', code: verdict.code, ...warnings };
}
