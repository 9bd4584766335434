/**
 * The outcome of verifying a status token: one typed result, never an exception for bad input.
 */
import type { VaccinationStatus } from './claims.ts';

/**
 * Why a token was rejected.
 * - `MALFORMED`: not a compact JWS of the KYC-VS form (size, encoding, header, JSON).
 * - `UNSUPPORTED_ALG`: an algorithm other than ES256 (including `none` and HMAC).
 * - `UNTRUSTED_ISSUER`: `iss` is missing or not one of the trusted registries.
 * - `UNKNOWN_KEY`: the issuer is trusted but none of its held keys has this `kid`: it cannot be
 *   checked with the keys held. This does not mean forged; refreshing the keys may help.
 * - `BAD_SIGNATURE`: the signature does not hold for the key named: forged or altered.
 * - `EXPIRED` / `NOT_YET_VALID`: `exp` has passed, or `iat` is in the future (60 s tolerance).
 * - `WRONG_AUDIENCE`: issued for another verifier.
 * - `NONCE_MISMATCH`: not the answer to this verifier's request.
 * - `BAD_CLAIMS`: a required claim is missing or of the wrong type or range.
 */
export type VerdictCode =
  | 'MALFORMED'
  | 'UNSUPPORTED_ALG'
  | 'UNTRUSTED_ISSUER'
  | 'UNKNOWN_KEY'
  | 'BAD_SIGNATURE'
  | 'EXPIRED'
  | 'NOT_YET_VALID'
  | 'WRONG_AUDIENCE'
  | 'NONCE_MISMATCH'
  | 'BAD_CLAIMS';

/** Every verdict code, for exhaustive tables (UI words, tests). */
export const VERDICT_CODES: readonly VerdictCode[] = [
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
];

/** A token that verified: what the registry asserts about the holder. */
export interface AcceptedVerdict {
  ok: true;
  status: VaccinationStatus;
  name: string;
  /** The last 4 digits of the holder's mobile number, to compare with an ID. */
  mob: string;
  iss: string;
  kid: string;
  jti: string;
  /** Issued at, seconds since the epoch. */
  iat: number;
  /** Expires at, seconds since the epoch. */
  exp: number;
  /** The verifier the token was issued to; absent on holder tokens. */
  aud?: string;
}

/** A token that was rejected, with the reason. `cause` keeps a library error, if one was raised. */
export interface RejectedVerdict {
  ok: false;
  code: VerdictCode;
  cause?: unknown;
}

/** The result of `verifyStatusToken`. */
export type Verdict = AcceptedVerdict | RejectedVerdict;

/** A registry whose tokens are trusted, with the key set fetched from its JWKS. */
export interface TrustedIssuer {
  iss: string;
  jwks: { keys: JsonWebKey[] };
}

/** Options of `verifyStatusToken`. */
export interface VerifyOptions {
  /** The clock; the current time when absent. */
  now?: Date;
  /** This verifier's id: a token with `aud` must name it. */
  audience?: string;
  /** The nonce this verifier sent: the token must carry it. */
  nonce?: string;
  /** The QR path (SPEC §5): a token that carries any `nonce` is rejected with `NONCE_MISMATCH`. */
  rejectNonce?: boolean;
}

/** A rejection with `code`. */
export function reject(code: VerdictCode, cause?: unknown): RejectedVerdict {
  return cause === undefined ? { ok: false, code } : { ok: false, code, cause };
}
