/**
 * The second half of every check: flag a credential already checked here (by its id's hash,
 * kept until it expires) and write one log line. The verdict stands when this device cannot
 * write: recording never throws.
 */
import type { VerifierDatabase } from '../store/db.ts';
import type { CheckMethod } from '../store/verdicts.ts';
import { addLogEntry, initialsOf } from '../store/log.ts';
import { hashCredentialId, markSeen } from '../store/seen.ts';
import { classify } from './classify.ts';
import type { Outcome } from './outcome.ts';

/**
 * How long the id of a credential that never expires (a CoWIN certificate) is kept to flag a
 * repeat: as long as the log keeps its line by default.
 */
export const SEEN_WITHOUT_EXPIRY_MS = 30 * 24 * 60 * 60 * 1000;

/** Marks the outcome's credential as seen, logs the check, and returns the outcome as recorded. */
export async function recordCheck(
  db: VerifierDatabase,
  outcome: Outcome,
  method: CheckMethod,
  at: number,
): Promise<Outcome> {
  let result = outcome;
  let idHash: string | null = null;
  try {
    if (outcome.kind === 'status' && outcome.id) {
      idHash = await hashCredentialId(outcome.id);
      const expiresAt = outcome.expiresAt ?? at + SEEN_WITHOUT_EXPIRY_MS;
      const firstSeenAt = await markSeen(db, idHash, expiresAt, at);
      result = { ...outcome, alreadyCheckedAt: firstSeenAt, checkedAt: at };
    }
    await addLogEntry(db, {
      time: at,
      method,
      format: outcome.format,
      verdict: classify(result).verdict,
      status: result.kind === 'status' ? result.status : null,
      idHash,
      initials: result.kind === 'status' ? initialsOf(result.name) : null,
    });
  } catch {
    // The verdict stands even when this device cannot write its log.
  }
  return result;
}
