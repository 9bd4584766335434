/**
 * What the log keeps of a check and how a stored line is counted. The log's words are the
 * store's own; the core's `classify` (src/core/classify.ts) reads a fresh outcome into them.
 */
import type { CredentialCode } from '../protocol/credentials/types.ts';

/** How a check was made: a scanned or typed QR text, or the online OTP desk check. */
export type CheckMethod = 'qr' | 'otp';

/** Why a code could not be checked: no key for it, or no keys at all. */
export type CannotVerifyReason = 'UNKNOWN_KEY' | 'NO_KEYS';

/**
 * The log's word for a check: `pass` for a verified status, `repeat` for a verified credential
 * already checked here, else the rejection code (`NOT_VACCINATION` for SPEC §9's test and
 * recovery certificates, `NO_KEYS` when no keys were held at all).
 */
export type LogVerdict = 'pass' | 'repeat' | CredentialCode | CannotVerifyReason;

/** Every log verdict, to read stored lines and for exhaustive tables. */
export const LOG_VERDICTS: readonly LogVerdict[] = [
  'pass',
  'repeat',
  'MALFORMED',
  'UNSUPPORTED_ALG',
  'UNTRUSTED_ISSUER',
  'UNKNOWN_KEY',
  'BAD_SIGNATURE',
  'EXPIRED',
  'NOT_YET_VALID',
  'WRONG_AUDIENCE',
  'NONCE_MISMATCH',
  'BAD_CLAIMS',
  'NOT_VACCINATION',
  'WRONG_KEY_USAGE',
  'UNSUPPORTED_FORMAT',
  'NO_KEYS',
];

const VERDICT_SET: ReadonlySet<string> = new Set(LOG_VERDICTS);

/** True when `value` is one of the log's verdicts. */
export function isLogVerdict(value: unknown): value is LogVerdict {
  return typeof value === 'string' && VERDICT_SET.has(value);
}

/** The groups the home screen counts. */
export type VerdictGroup =
  'full' | 'partial' | 'none' | 'repeat' | 'invalid' | 'cannot-verify' | 'other';

/** Every group, in the order the home screen shows them. */
export const VERDICT_GROUPS: readonly VerdictGroup[] = [
  'full',
  'partial',
  'none',
  'repeat',
  'invalid',
  'cannot-verify',
  'other',
];

const STATUS_GROUPS = ['none', 'partial', 'full'] as const;

/**
 * The group a log line counts in, from what the log keeps (its verdict and status); `classify`
 * uses it too, so a fresh check and the stored line always agree.
 */
export function groupOf(entry: { verdict: LogVerdict; status: 0 | 1 | 2 | null }): VerdictGroup {
  switch (entry.verdict) {
    case 'pass':
      return entry.status === null ? 'invalid' : STATUS_GROUPS[entry.status];
    case 'repeat':
      return 'repeat';
    case 'NOT_VACCINATION':
      return 'other';
    // "Cannot check with the keys held", never "forged" (SPEC §6).
    case 'UNKNOWN_KEY':
    case 'NO_KEYS':
      return 'cannot-verify';
    default:
      return 'invalid';
  }
}
