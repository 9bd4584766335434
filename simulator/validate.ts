/** Input checks shared by the routes: each returns the clean value or throws 400 REQVAL0001. */
import { NONCE_PATTERN } from '../src/protocol/claims.ts';
import { badRequest } from './errors.ts';

const MOBILE_PATTERN = /^[0-9]{10}$/;
const SHA256_HEX_PATTERN = /^[0-9a-f]{64}$/;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_NAME_CHARS = 200;

/** Reads a JSON object body; anything else (bad JSON, an array, too large) is a 400. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await request.text());
  } catch {
    throw badRequest('The request body must be a JSON object.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badRequest('The request body must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}

/** A mobile number: exactly 10 digits. */
export function checkMobile(value: unknown, field = 'mobile_number'): string {
  if (typeof value !== 'string' || !MOBILE_PATTERN.test(value)) {
    throw badRequest(`${field} must be a string of exactly 10 digits.`);
  }
  return value;
}

/** A full name: 1 to 200 characters once trimmed. */
export function checkFullName(value: unknown, field = 'full_name'): string {
  if (typeof value !== 'string') throw badRequest(`${field} must be a string.`);
  const trimmed = value.trim();
  if (trimmed.length < 1 || trimmed.length > MAX_NAME_CHARS) {
    throw badRequest(`${field} must be 1 to ${MAX_NAME_CHARS} characters.`);
  }
  return trimmed;
}

/** The OTP as the client sends it: the lowercase hex SHA-256 of the 6 digits. */
export function checkOtpHash(value: unknown): string {
  if (typeof value !== 'string' || !SHA256_HEX_PATTERN.test(value)) {
    throw badRequest('otp must be the lowercase hex SHA-256 of the 6-digit OTP.');
  }
  return value;
}

/** A transaction id: a lowercase UUID as generateOTP returns it. */
export function checkTxnId(value: unknown): string {
  if (typeof value !== 'string' || !UUID_PATTERN.test(value.toLowerCase())) {
    throw badRequest('txnId must be a UUID.');
  }
  return value.toLowerCase();
}

/** An optional nonce: absent, or 1 to 64 characters of [A-Za-z0-9_-]. */
export function checkNonce(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!NONCE_PATTERN.test(value)) {
    throw badRequest('nonce must be 1 to 64 characters of A-Z, a-z, 0-9, _ and -.');
  }
  return value;
}

/** A string of at most `max` characters, non-empty. */
export function checkText(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string' || value.trim().length === 0 || value.length > max) {
    throw badRequest(`${field} must be a non-empty string of at most ${max} characters.`);
  }
  return value.trim();
}

/** A web origin (scheme, host, optional port; nothing else), normalised as browsers send it. */
export function checkOrigin(value: unknown): string {
  if (typeof value !== 'string' || value.length > 200) {
    throw badRequest('origins must be a list of origins such as "https://example.org".');
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw badRequest('origins must be a list of origins such as "https://example.org".');
  }
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username;
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !bare) {
    throw badRequest('origins must be a list of origins such as "https://example.org".');
  }
  return url.origin;
}
