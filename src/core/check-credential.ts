/**
 * Turns a CoWIN certificate, an EU DCC or a SMART Health Card into an outcome (SPEC §9): the
 * protocol's `verifyCredential` with the trust list held, one refresh (throttled like the
 * registry's keys) when the signer is not on it and the device is online, and only the fields
 * SPEC §9 lets a gate see.
 */
import { verifyCredential, type RevocationLookup } from '../protocol/index.ts';
import type { CredentialFormat, CredentialVerdict } from '../protocol/credentials/types.ts';
import type { TrustListRecord } from '../store/db.ts';
import { KEY_STALE_AFTER_MS, type RefreshResult } from '../store/trust-store.ts';
import type { Outcome } from './outcome.ts';

/** What a credential check needs: the trust list held, the network and the clock. */
export interface CredentialContext {
  /** The trust list held for the trust list URL in force; null when none is held. */
  trustList: () => Promise<TrustListRecord | null>;
  online: () => boolean;
  /** A refresh of the keys and the trust list; null when one was made too recently. */
  refresh: () => Promise<RefreshResult | null>;
  /** The current time, ms since the epoch. */
  now: () => number;
  /** The clock warning of the registry's keys (the trust list has no clock of its own). */
  clockWarning: () => Promise<boolean>;
  /** The revocation index of a held list (SPEC §10); its `revoked` lists when absent. */
  revocation?: (record: TrustListRecord) => RevocationLookup;
}

/** True when the verdict means "not signed by a key held", which a refresh may cure. */
function signerMissing(verdict: CredentialVerdict): boolean {
  // A chunk that could not load (offline) is not cured by a refresh of the list.
  return (
    !verdict.ok &&
    (verdict.code === 'UNKNOWN_KEY' || verdict.code === 'UNTRUSTED_ISSUER') &&
    verdict.cause !== 'load'
  );
}

async function verifyWith(
  input: string | Uint8Array,
  record: TrustListRecord | null,
  now: number,
  context: CredentialContext,
): Promise<CredentialVerdict> {
  const trust = record ? record.list : {};
  const isRevoked = record && context.revocation ? context.revocation(record) : undefined;
  return verifyCredential(input, trust, {
    now: new Date(now),
    ...(isRevoked ? { isRevoked } : {}),
  });
}

/** Verifies a code of one of SPEC §9's credential formats (not KYC-VS) and reads the verdict. */
export async function checkCredential(
  input: string | Uint8Array,
  format: Exclude<CredentialFormat, 'kycvs'>,
  context: CredentialContext,
): Promise<Outcome> {
  let record = await context.trustList();
  let verdict = await verifyWith(input, record, context.now(), context);
  if (signerMissing(verdict) && context.online()) {
    const refreshed = await context.refresh();
    if (refreshed !== null) {
      record = await context.trustList();
      verdict = await verifyWith(input, record, context.now(), context);
    }
  }
  const at = context.now();
  const warnings = {
    // SPEC §10: a list past its exp is still used, and flagged.
    staleKeys:
      record !== null && (at - record.fetchedAt > KEY_STALE_AFTER_MS || at > record.exp * 1000),
    clockWarning: await context.clockWarning(),
  };
  const kind = verdict.format ?? format;
  if (verdict.ok) {
    return {
      kind: 'status',
      format: kind,
      status: verdict.status,
      name: verdict.name,
      ...(verdict.birthDate === undefined ? {} : { birthDate: verdict.birthDate }),
      issuedAt: verdict.issuedAt === undefined ? at : verdict.issuedAt * 1000,
      // SPEC §9: each format's own id, kept apart from the other formats' ids.
      id: JSON.stringify([kind, verdict.id]),
      ...(verdict.expiresAt === undefined ? {} : { expiresAt: verdict.expiresAt * 1000 }),
      alreadyCheckedAt: null,
      ...warnings,
    };
  }
  if (verdict.code === 'NOT_VACCINATION') {
    return { kind: 'not-vaccination', format: kind, ...warnings };
  }
  // Not signed by a key held: "cannot verify", never called forged (SPEC §6, §9).
  if (verdict.code === 'UNKNOWN_KEY' || verdict.code === 'UNTRUSTED_ISSUER') {
    return {
      kind: 'cannot',
      format: kind,
      reason: record ? 'UNKNOWN_KEY' : 'NO_KEYS',
      ...warnings,
    };
  }
  return { kind: 'invalid', format: kind, code: verdict.code, ...warnings };
}
