/**
 * Turns a scanned code or a desk token into an outcome, through the protocol's one entry point
 * `verifyCredential` (SPEC §9): the code goes there unchanged (a `ScannedCode` keeps its bytes,
 * which a CoWIN certificate's binary QR needs), with the registry's keys and the trust list held.
 * When the code's signer is not held and the device is online the keys are refreshed once. The
 * QR path rejects a KYC-VS token that carries a `nonce` (SPEC §5).
 */
import { prepareVerificationKeys, verifyCredential } from '../protocol/index.ts';
import type {
  CredentialFormat,
  CredentialOptions,
  CredentialVerdict,
  ScannedCode,
} from '../protocol/credentials/types.ts';
import type { IssuerRecord, TrustListRecord } from '../store/db.ts';
import type { RevocationLookup } from '../protocol/index.ts';
import { KEY_STALE_AFTER_MS } from '../protocol/rules.ts';
import { keyHealth, type RefreshResult } from '../store/trust-store.ts';
import type { KeyWarnings, Outcome } from './outcome.ts';

/** Where a code came from: a QR (holder token or certificate) or the desk's own request (SPEC §2). */
export type CheckPath = 'qr' | 'desk';

/** What a check needs: the held keys, the network state and the clock. */
export interface CheckContext {
  /** The issuers currently trusted (read fresh for each check). */
  issuers: () => Promise<IssuerRecord[]>;
  /** The trust list held for the other credential formats (SPEC §9); null when none is held. */
  trustList?: () => Promise<TrustListRecord | null>;
  /** The revocation index of a held trust list (SPEC §10). */
  revocation?: (record: TrustListRecord) => RevocationLookup;
  /** True when the device believes it is online. */
  online: () => boolean;
  /** Refreshes the keys and the trust list; null when no refresh was made. */
  refresh: () => Promise<RefreshResult | null>;
  /** The current time, ms since the epoch. */
  now: () => number;
  /** This verifier's id, checked against `aud` when the token has one. */
  audience?: string;
}

/** Imports the issuers' keys ahead of the first check, so its verification does not wait on it. */
export function prepareIssuerKeys(issuers: readonly IssuerRecord[]): void {
  prepareVerificationKeys(issuers.map((issuer) => issuer.jwks));
}

interface Held {
  issuers: IssuerRecord[];
  list: TrustListRecord | null;
}

async function held(context: CheckContext): Promise<Held> {
  const [issuers, list] = await Promise.all([
    context.issuers(),
    context.trustList ? context.trustList() : Promise.resolve(null),
  ]);
  return { issuers, list };
}

function verifyWith(
  code: ScannedCode | string,
  keys: Held,
  context: CheckContext,
  extra: CredentialOptions,
): Promise<CredentialVerdict> {
  const options: CredentialOptions = { now: new Date(context.now()), ...extra };
  if (context.audience) options.audience = context.audience;
  // SPEC §10: the held list's revocation index answers; its `revoked` lists when none is given.
  if (keys.list && context.revocation) options.isRevoked = context.revocation(keys.list);
  const trust = {
    ...(keys.list ? keys.list.list : {}),
    kycvs: keys.issuers.map(({ iss, jwks }) => ({ iss, jwks })),
  };
  return verifyCredential(code, trust, options);
}

/**
 * True when the verdict means "not signed by a key held", which a refresh may cure. A KYC-VS
 * token from an issuer not trusted is invalid unless no keys are held at all; a format chunk
 * that could not load (offline) is not cured by a refresh.
 */
function signerMissing(verdict: CredentialVerdict, keys: Held): boolean {
  if (verdict.ok || verdict.cause === 'load') return false;
  if (verdict.code === 'UNKNOWN_KEY') return true;
  if (verdict.code !== 'UNTRUSTED_ISSUER') return false;
  return verdict.format !== 'kycvs' || keys.issuers.length === 0;
}

function warningsFor(format: CredentialFormat | null, keys: Held, now: number): KeyWarnings {
  if (format === null) return { staleKeys: false, clockWarning: false };
  const health = keyHealth(keys.issuers, now);
  if (format === 'kycvs') return { staleKeys: health.stale, clockWarning: health.clockWarning };
  // SPEC §10: a list past its exp is still used, and flagged.
  const list = keys.list;
  const staleKeys =
    list !== null && (now - list.fetchedAt > KEY_STALE_AFTER_MS || now > list.exp * 1000);
  return { staleKeys, clockWarning: health.clockWarning };
}

/** The outcome of a verdict: only the fields SPEC §9 lets a gate see. */
function outcomeOf(verdict: CredentialVerdict, keys: Held, at: number): Outcome {
  const warnings = warningsFor(verdict.format, keys, at);
  if (verdict.ok) {
    const { format } = verdict;
    return {
      kind: 'status',
      format,
      status: verdict.status,
      name: verdict.name,
      ...(verdict.mob === undefined ? {} : { mob: verdict.mob }),
      ...(verdict.birthDate === undefined ? {} : { birthDate: verdict.birthDate }),
      issuedAt: verdict.issuedAt === undefined ? at : verdict.issuedAt * 1000,
      // SPEC §5, §9: each format's own id (KYC-VS: iss + jti), kept apart from the others' ids.
      id: format === 'kycvs' ? verdict.id : JSON.stringify([format, verdict.id]),
      ...(format === 'kycvs' ? {} : { credentialId: verdict.id }),
      ...(verdict.expiresAt === undefined ? {} : { expiresAt: verdict.expiresAt * 1000 }),
      alreadyCheckedAt: null,
      ...warnings,
    };
  }
  const { format, code } = verdict;
  if (code === 'NOT_VACCINATION') {
    // Only a format's own verifier says so; a code of no format is never one.
    if (format !== null) return { kind: 'not-vaccination', format, ...warnings };
    return { kind: 'invalid', format, code: 'MALFORMED', ...warnings };
  }
  if (format === null) return { kind: 'invalid', format, code, ...warnings };
  // Not signed by a key held: "cannot verify", never called forged (SPEC §6, §9).
  if (format === 'kycvs') {
    if (code === 'UNKNOWN_KEY') {
      return { kind: 'cannot-verify', format, reason: 'UNKNOWN_KEY', ...warnings };
    }
    if (code === 'UNTRUSTED_ISSUER' && keys.issuers.length === 0) {
      return { kind: 'cannot-verify', format, reason: 'NO_KEYS', ...warnings };
    }
  } else if (code === 'UNKNOWN_KEY' || code === 'UNTRUSTED_ISSUER') {
    const reason = keys.list ? 'UNKNOWN_KEY' : 'NO_KEYS';
    return { kind: 'cannot-verify', format, reason, ...warnings };
  }
  return { kind: 'invalid', format, code, ...warnings };
}

async function check(
  code: ScannedCode | string,
  context: CheckContext,
  extra: CredentialOptions,
): Promise<Outcome> {
  let keys = await held(context);
  let verdict = await verifyWith(code, keys, context, extra);
  if (signerMissing(verdict, keys) && context.online()) {
    const refreshed = await context.refresh();
    // A KYC-VS token waits for the registry's keys; the other formats for the trust list.
    const retry = verdict.format === 'kycvs' ? refreshed?.ok === true : refreshed !== null;
    if (retry) {
      keys = await held(context);
      verdict = await verifyWith(code, keys, context, extra);
    }
  }
  return outcomeOf(verdict, keys, context.now());
}

/**
 * Reads a QR (scanned or from an image, as a `ScannedCode`; typed by a hand-held scanner or
 * pasted, as text) of any format SPEC §9 names. A KYC-VS token with a `nonce` is rejected here (SPEC §5).
 */
export function checkScanned(code: ScannedCode | string, context: CheckContext): Promise<Outcome> {
  return check(code, context, { rejectNonce: true });
}

/** Verifies a desk token (SPEC §2): a KYC-VS token that must answer the nonce sent with it. */
export function checkDeskToken(
  jws: string,
  nonce: string,
  context: CheckContext,
): Promise<Outcome> {
  return check(jws, context, { nonce, format: 'kycvs' });
}
