/**
 * Turns a scanned or received token into what the result screen shows: the protocol's verdict
 * made with the held keys, one key refresh when an unknown key is met online, and the warnings
 * that go with the keys used.
 */
import { decodeBase64url, verifyStatusToken } from '../protocol/index.ts';
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
      /** When this check was made, ms since the epoch (to tell "today" from an earlier day). */
      checkedAt?: number;
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
  /**
   * Refreshes the keys from the registry for a token signed by key `kid` (null when the token
   * names none); null when no refresh was made (one for that key was made a moment ago).
   */
  refresh: (kid: string | null) => Promise<RefreshResult | null>;
  /** The current time, ms since the epoch. */
  now: () => number;
  /** This verifier's id, checked against `aud` when the token has one. */
  audience?: string;
  /** The nonce sent with this check, for desk tokens. */
  nonce?: string;
}

/** The `kid` in the header of a compact JWS, or null when there is none to read. */
export function keyIdOf(jws: string): string | null {
  const bytes = decodeBase64url(jws.slice(0, jws.indexOf('.')));
  if (!bytes) return null;
  try {
    const header: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const kid =
      typeof header === 'object' && header !== null && 'kid' in header ? header.kid : null;
    return typeof kid === 'string' && kid.length <= 64 ? kid : null;
  } catch {
    return null;
  }
}

/** How long after a refresh for an unknown key another one for the same key is not made. */
export const UNKNOWN_KEY_REFRESH_MS = 5 * 60 * 1000;

/** The most keys whose last refresh is remembered; older ones are forgotten first. */
const MAX_REMEMBERED_KEYS = 100;

/**
 * Wraps `refresh` so that a token signed by a key not held causes at most one refresh per key
 * per `everyMs`: a code shown again and again (or crafted) does not make each scan wait on the
 * registry. The wrapped `refresh` is expected to join a refresh already under way.
 */
export function throttleKeyRefresh(
  refresh: () => Promise<RefreshResult>,
  now: () => number,
  everyMs: number = UNKNOWN_KEY_REFRESH_MS,
): (kid: string | null) => Promise<RefreshResult | null> {
  const lastAsked = new Map<string, number>();
  return async (kid) => {
    const at = now();
    const key = kid ?? '';
    const last = lastAsked.get(key);
    if (last !== undefined && at - last < everyMs && at >= last) return null;
    lastAsked.delete(key);
    lastAsked.set(key, at);
    if (lastAsked.size > MAX_REMEMBERED_KEYS) lastAsked.delete(lastAsked.keys().next().value!);
    return refresh();
  };
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
    const refreshed = await context.refresh(keyIdOf(jws));
    if (refreshed?.ok) {
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
