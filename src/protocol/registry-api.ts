/**
 * The registry's HTTP contract as plain types (SPEC §3): the error codes and the request and
 * response bodies that the simulator, the verifier PWA and the holder page share. No zod, no
 * runtime beyond two constants, so it costs the browser bundles nothing.
 */

/** Every code the registry puts in an error body's `errorCode` (SPEC §3, CoWIN style). */
export const REGISTRY_ERROR_CODES = [
  'USRAUT0014',
  'USRAUT0015',
  'USRAUT0016',
  'APIKEY0001',
  'APIKEY0002',
  'REQVAL0001',
  'AUTH0001',
  'NOTFOUND0001',
  'SERVER0500',
  'SERVER0503',
] as const;

/** A registry error code. */
export type RegistryErrorCode = (typeof REGISTRY_ERROR_CODES)[number];

const CODE_SET: ReadonlySet<string> = new Set(REGISTRY_ERROR_CODES);

/** Whether a value is one of the registry's error codes. */
export function isRegistryErrorCode(value: unknown): value is RegistryErrorCode {
  return typeof value === 'string' && CODE_SET.has(value);
}

/**
 * Every error body: `{"errorCode", "error"}`, plus `triesLeft` with `USRAUT0014` and
 * `retryAfter` (seconds, as the `Retry-After` header says) with `USRAUT0016`.
 */
export interface ApiErrorBody {
  errorCode: RegistryErrorCode;
  error: string;
  triesLeft?: number;
  retryAfter?: number;
}

/** How many wrong OTPs end a transaction (SPEC §3). */
export const OTP_TRIES = 3;

/** `POST /v3/vaccination/generateOTP` (and the holder page's own). */
export interface GenerateOtpRequest {
  mobile_number: string;
  full_name: string;
}

/** 200 answer of generateOTP. */
export interface GenerateOtpResponse {
  txnId: string;
}

/** `POST /v3/vaccination/confirmOTP`: `otp` is the lowercase hex SHA-256 of the six digits. */
export interface ConfirmOtpRequest {
  otp: string;
  txnId: string;
}

/** 200 answer of confirmOTP. */
export interface ConfirmOtpResponse {
  token: string;
}

/** 200 answer of `GET /v3/vaccination/status`. */
export interface StatusResponse {
  vaccination_status: 0 | 1 | 2;
  signed_status: string;
}

/** `GET /.well-known/kycvs-configuration`. */
export interface RegistryConfiguration {
  issuer: string;
  jwks_uri: string;
  api_base: string;
}

/**
 * The header carrying the holder page's single-use token: the registry sets it in the page's
 * config and answers each of the page's POSTs with the next one in this header.
 */
export const PAGE_TOKEN_HEADER = 'X-Page-Token';
