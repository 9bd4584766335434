/**
 * What one check concluded, as every screen, cue and log line reads it. One type for every
 * credential format (SPEC §9); `classify` (classify.ts) is the only place that interprets it.
 */
import type { VaccinationStatus } from '../protocol/claims.ts';
import type { CredentialCode, CredentialFormat } from '../protocol/credentials/types.ts';
import type { CannotVerifyReason } from '../store/verdicts.ts';

/** Why a code was rejected: a SPEC §6 code, or one of SPEC §9's codes for the other formats. */
export type InvalidCode = Exclude<CredentialCode, 'NOT_VACCINATION'>;

/** The warnings that go with the keys used for a check. */
export interface KeyWarnings {
  /** Checked with keys older than the stale limit. */
  staleKeys: boolean;
  /** The device clock differs from the registry's beyond the warning limit. */
  clockWarning: boolean;
}

/** A credential that verified: what its issuer asserts about the holder. */
export interface StatusOutcome extends KeyWarnings {
  kind: 'status';
  /** The kind of code read. */
  format: CredentialFormat;
  status: VaccinationStatus;
  name: string;
  /** The last 4 digits of the holder's mobile number (KYC-VS only). */
  mob?: string;
  /** The holder's birth date, YYYY-MM-DD, for the formats that carry no mobile digits. */
  birthDate?: string;
  /** Issued at, ms since the epoch. */
  issuedAt: number;
  /** The credential's id (SPEC §9: `iss` + `jti` for KYC-VS), kept only as a hash. */
  id?: string;
  /** The id as SPEC §9 names it for the format, unprefixed: what an event tags (SPEC §11). */
  credentialId?: string;
  /** When the credential expires, ms since the epoch. */
  expiresAt?: number;
  /** When this device first checked the same credential, if it already had; ms since the epoch. */
  alreadyCheckedAt?: number | null;
  /** The gate of the event where it was first checked, when the event knew of it (SPEC §11). */
  alreadyCheckedGate?: string;
  /** When this check was made, ms since the epoch (to tell "today" from an earlier day). */
  checkedAt?: number;
}

/** A code that was rejected. */
export interface InvalidOutcome extends KeyWarnings {
  kind: 'invalid';
  /** The kind of code read; null when none was recognised. */
  format: CredentialFormat | null;
  code: InvalidCode;
}

/** A code that cannot be checked with the keys held. */
export interface CannotOutcome extends KeyWarnings {
  kind: 'cannot-verify';
  format: CredentialFormat;
  reason: CannotVerifyReason;
}

/** A genuine test or recovery certificate: "Not a vaccination certificate" (SPEC §8, §9). */
export interface NotVaccinationOutcome extends KeyWarnings {
  kind: 'not-vaccination';
  format: CredentialFormat;
  /** The protocol names no holder for a rejected code: absent here. */
  name?: string;
  birthDate?: string;
}

/** What the result screen shows. */
export type Outcome = StatusOutcome | InvalidOutcome | CannotOutcome | NotVaccinationOutcome;
