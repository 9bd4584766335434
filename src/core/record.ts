/**
 * The second half of every check: flag a credential already checked here (by its id's hash,
 * kept until it expires) or at any gate of the event (by its SPEC §11 tag), add the check to the
 * event, and write one log line, now or after the verdict is painted. The verdict stands when
 * this device cannot write: recording never throws.
 */
import type { SharedChecks } from '../events/controller.ts';
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

/**
 * When the log line is written: `write` never rejects. By default it is awaited before the
 * outcome is returned; the app passes one that writes it after the verdict is painted.
 */
export type LogWriter = (write: () => Promise<void>) => Promise<void>;

const WRITE_NOW: LogWriter = (write) => write();

/**
 * Marks the outcome's credential as seen (the verdict needs it: "already checked"), has its log
 * line written through `writeLog`, and returns the outcome as recorded.
 */
export async function recordCheck(
  db: VerifierDatabase,
  outcome: Outcome,
  method: CheckMethod,
  at: number,
  writeLog: LogWriter = WRITE_NOW,
  shared?: SharedChecks,
): Promise<Outcome> {
  let result = outcome;
  let idHash: string | null = null;
  let tag: string | null = null;
  try {
    if (outcome.kind === 'status' && outcome.id) {
      idHash = await hashCredentialId(outcome.id);
      const expiresAt = outcome.expiresAt ?? at + SEEN_WITHOUT_EXPIRY_MS;
      const [firstSeenAt, event] = await Promise.all([
        markSeen(db, idHash, expiresAt, at),
        shared?.lookup(outcome.credentialId ?? outcome.id).catch(() => null) ?? null,
      ]);
      tag = event?.tag ?? null;
      // The earliest check anywhere: at another gate of the event, or here before the event.
      const first = event?.first ?? null;
      result =
        first !== null && (firstSeenAt === null || first.time <= firstSeenAt)
          ? {
              ...outcome,
              alreadyCheckedAt: first.time,
              alreadyCheckedGate: first.gate,
              checkedAt: at,
            }
          : { ...outcome, alreadyCheckedAt: firstSeenAt, checkedAt: at };
    }
  } catch {
    // The verdict stands even when this device cannot write.
  }
  const { group, verdict } = classify(result);
  try {
    shared?.add({ time: at, method, format: outcome.format, verdict: group, tag });
  } catch {
    // The check stands at this gate even when the event cannot take it.
  }
  const entry = {
    time: at,
    method,
    format: outcome.format,
    verdict,
    status: result.kind === 'status' ? result.status : null,
    idHash,
    initials: result.kind === 'status' ? initialsOf(result.name) : null,
  };
  await writeLog(() =>
    addLogEntry(db, entry).then(
      () => undefined,
      // The verdict stands even when this device cannot write its log.
      () => undefined,
    ),
  );
  return result;
}
