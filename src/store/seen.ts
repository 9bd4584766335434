/**
 * Credential ids already checked on this device (SPEC §5: `iss` + `jti` for KYC-VS), kept as
 * SHA-256 hashes until each credential expires, so that a code shown twice is flagged ("Already
 * checked at …") and never passes twice unnoticed.
 */
import { CLOCK_TOLERANCE_S } from '../protocol/claims.ts';
import { sha256Hex } from '../protocol/sha256.ts';
import type { VerifierDatabase } from './db.ts';

/** How long after `exp` the protocol still accepts a token (SPEC §4): the id is kept as long. */
const ACCEPTED_AFTER_EXP_MS = CLOCK_TOLERANCE_S * 1000;

/** Lowercase hex SHA-256 of a credential id: what the log and this store keep instead of it. */
export function hashCredentialId(id: string): Promise<string> {
  return sha256Hex(id);
}

/**
 * Records that the credential with id hash `hash` (expiring at `expiresAt`) was checked at `now`.
 * Returns when it was first checked here if it already was (and is still accepted), else null.
 */
export async function markSeen(
  db: VerifierDatabase,
  hash: string,
  expiresAt: number,
  now: number,
): Promise<number | null> {
  const tx = db.transaction('seen', 'readwrite');
  const held = await tx.store.get(hash);
  let firstSeenAt: number | null = null;
  if (held && typeof held.firstSeenAt === 'number' && held.expiresAt > now) {
    firstSeenAt = held.firstSeenAt;
  } else {
    // Kept until no verifier would accept the token any more, not merely until `exp`.
    await tx.store.put({ hash, firstSeenAt: now, expiresAt: expiresAt + ACCEPTED_AFTER_EXP_MS });
  }
  await tx.done;
  return firstSeenAt;
}

/** Forgets the ids of tokens that have expired; returns how many went. */
export async function purgeSeen(db: VerifierDatabase, now: number): Promise<number> {
  const tx = db.transaction('seen', 'readwrite');
  let removed = 0;
  const expired = IDBKeyRange.upperBound(now);
  for (
    let cursor = await tx.store.index('by-expiry').openCursor(expired);
    cursor;
    cursor = await cursor.continue()
  ) {
    await cursor.delete();
    removed += 1;
  }
  await tx.done;
  return removed;
}
