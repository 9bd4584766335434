/**
 * The KYC-VS status token: its header, its claims and the limits a verifier holds it to
 * (SPEC §4). Shared by the verifier PWA and the registry simulator.
 */

/** The only signing algorithm a status token may use (RFC 8725 §3.1: one algorithm, pinned). */
export const TOKEN_ALG = 'ES256';

/** The explicit `typ` of a status token (RFC 8725 §3.11: explicit typing). */
export const TOKEN_TYPE = 'kycvs+jwt';

/** The longest compact JWS a verifier will look at, in characters. */
export const MAX_TOKEN_LENGTH = 4096;

/** The longest `name` claim accepted, in characters. */
export const MAX_NAME_LENGTH = 200;

/** Clock skew tolerated on `exp` and `iat`, in seconds. */
export const CLOCK_TOLERANCE_S = 60;

/** Lifetime of a desk token (online OTP check), in seconds. */
export const DESK_TOKEN_TTL_S = 15 * 60;

/** Default lifetime of a holder token (the registry's own page), in seconds. */
export const HOLDER_TOKEN_TTL_S = 7 * 24 * 60 * 60;

/** Vaccination status: 0 not vaccinated, 1 partially, 2 fully. */
export type VaccinationStatus = 0 | 1 | 2;

/** The protected header of a status token. */
export interface StatusHeader {
  alg: typeof TOKEN_ALG;
  kid: string;
  typ: typeof TOKEN_TYPE;
}

/** The claims of a status token. `aud` is absent on holder tokens; `nonce` only when asked. */
export interface StatusClaims {
  iss: string;
  iat: number;
  exp: number;
  jti: string;
  vs: VaccinationStatus;
  name: string;
  /** The last 4 digits of the holder's mobile number. */
  mob: string;
  aud?: string;
  nonce?: string;
}

/** A nonce a verifier may send: 1 to 64 characters of `[A-Za-z0-9_-]` (SPEC §3). */
export const NONCE_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** True when `value` is a vaccination status: the integer 0, 1 or 2. */
export function isVaccinationStatus(value: unknown): value is VaccinationStatus {
  return value === 0 || value === 1 || value === 2;
}
