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
  // The answer is known once the record is read; the commit is not waited for. A later check of
  // the same id opens its transaction after this one, which IndexedDB runs only once this one
  // has committed, so it still sees the put.
  tx.done.catch(() => undefined);
  const held = await tx.store.get(hash);
  if (held && typeof held.firstSeenAt === 'number' && held.expiresAt > now) {
    return held.firstSeenAt;
  }
  // Kept until no verifier would accept the token any more, not merely until `exp`.
  tx.store
    .put({ hash, firstSeenAt: now, expiresAt: expiresAt + ACCEPTED_AFTER_EXP_MS })
    .catch(() => undefined);
  return null;
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
