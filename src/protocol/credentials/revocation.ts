/**
 * Offline revocation (SPEC §10): the keys under which each format's codes are listed, and a
 * lookup over a trust list's `revoked` lists held in memory. The PWA passes its own lookup over
 * an index in IndexedDB instead (`CredentialOptions.isRevoked`).
 */
import { sha256Hex } from '../sha256.ts';
import { encodeBase64 } from './common.ts';
import type { RevocableFormat, RevocationLookup, RevokedLists } from './types.ts';

/** A SMART Health Card `rid`: the base64url alphabet, at most 24 characters (SHC §Revocation). */
export const SHC_RID = /^[A-Za-z0-9_-]{1,24}$/;

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
}

/** The CoWIN key: hex SHA-256 of the certificateId. */
export function divocRevocationKey(certificateId: string): Promise<string> {
  return sha256Hex(certificateId);
}

/**
 * The EU DCC keys (DGCA revocation hash types): base64 of the first 16 bytes of the SHA-256 of
 * the UCI (type UCI) and of the COSE signature (type SIGNATURE; for ECDSA both the whole
 * `r || s` and, as the EU revocation lists compute it, `r` alone).
 */
export async function eudccRevocationKeys(
  uci: string,
  signature: Uint8Array,
  ecdsa: boolean,
): Promise<string[]> {
  const parts = [new TextEncoder().encode(uci), signature];
  if (ecdsa) parts.push(signature.subarray(0, signature.length / 2));
  const keys: string[] = [];
  for (const part of parts) keys.push(encodeBase64((await sha256(part)).subarray(0, 16)));
  return keys;
}

/** The SHC key of a card: its issuer, its key's kid and its `rid`. */
export function shcRevocationKey(iss: string, kid: string, rid: string): string {
  return `${iss}\n${kid}\n${rid}`;
}

/**
 * Reads a CRL `rid` (`rid` or `rid.timestamp`): the rid and the time before which cards are
 * revoked (Infinity: all of them), or null when it is not one.
 */
export function parseShcRid(value: string): { rid: string; before: number } | null {
  if (typeof value !== 'string') return null;
  const dot = value.indexOf('.');
  const rid = dot < 0 ? value : value.slice(0, dot);
  if (!SHC_RID.test(rid)) return null;
  if (dot < 0) return { rid, before: Infinity };
  const stamp = value.slice(dot + 1);
  if (!/^\d{1,12}$/.test(stamp)) return null;
  return { rid, before: Number(stamp) };
}

/** One revoked entry as an index holds it: the format, its key and the cut-off time. */
export interface RevocationEntry {
  format: RevocableFormat;
  key: string;
  /** Codes issued before this time (seconds) are revoked; Infinity for every one. */
  before: number;
}

/** Every entry of `revoked` as an index holds it; entries of the wrong shape are skipped. */
export function* revocationEntries(revoked: RevokedLists | undefined): Generator<RevocationEntry> {
  if (!revoked) return;
  for (const key of revoked.divoc ?? []) {
    if (typeof key === 'string') yield { format: 'divoc', key, before: Infinity };
  }
  for (const key of revoked.eudcc ?? []) {
    if (typeof key === 'string') yield { format: 'eudcc', key, before: Infinity };
  }
  for (const entry of revoked.shc ?? []) {
    const parsed = typeof entry === 'object' && entry !== null ? parseShcRid(entry.rid) : null;
    if (!parsed || typeof entry.iss !== 'string' || typeof entry.kid !== 'string') continue;
    yield {
      format: 'shc',
      key: shcRevocationKey(entry.iss, entry.kid, parsed.rid),
      before: parsed.before,
    };
  }
}

/** True when a code issued at `issuedAt` falls under a cut-off `before`. */
export function revokedAt(before: number | undefined, issuedAt: number | undefined): boolean {
  if (before === undefined) return false;
  if (before === Infinity) return true;
  // A card of unknown issue time under a timed entry is taken as revoked.
  return issuedAt === undefined || issuedAt < before;
}

const lookups = new WeakMap<RevokedLists, RevocationLookup>();

/** A lookup over `revoked` held in memory: one hash map, built on first use and kept. */
export function memoryRevocationLookup(revoked: RevokedLists): RevocationLookup {
  const cached = lookups.get(revoked);
  if (cached) return cached;
  const index = new Map<string, number>();
  for (const { format, key, before } of revocationEntries(revoked)) {
    const id = `${format} ${key}`;
    index.set(id, Math.max(index.get(id) ?? 0, before));
  }
  const lookup: RevocationLookup = (format, key, issuedAt) =>
    revokedAt(index.get(`${format} ${key}`), issuedAt);
  lookups.set(revoked, lookup);
  return lookup;
}
