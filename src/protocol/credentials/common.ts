/**
 * Helpers shared by the credential formats: rejections, the clock and bounded JSON. Every bound here exists so that a hostile code gets a verdict in bounded time and memory.
 */
import { CLOCK_TOLERANCE_S } from '../claims.ts';
import type { CredentialCode, CredentialFormat, RejectedCredential } from './types.ts';

/** The deepest nesting of JSON arrays and objects (or CBOR items) a credential may have. */
export const MAX_NESTING = 32;

/** Clock skew tolerated on issue and expiry times, in seconds (SPEC §9). */
export const TOLERANCE_S = CLOCK_TOLERANCE_S;

/** A plain JSON object. */
export type JsonObject = Record<string, unknown>;

/** A rejection of `format` with `code`; `cause` names the step, for diagnostics only. */
export function reject(
  format: CredentialFormat | null,
  code: CredentialCode,
  cause?: unknown,
): RejectedCredential {
  return cause === undefined ? { ok: false, format, code } : { ok: false, format, code, cause };
}

/** The verification time in whole seconds, or null for an invalid `Date`. */
export function nowSeconds(now: Date | undefined): number | null {
  const date = now instanceof Date ? now : new Date();
  const seconds = Math.floor(date.getTime() / 1000);
  return Number.isFinite(seconds) ? seconds : null;
}

/** `EXPIRED` or `NOT_YET_VALID` when the window does not hold at `now` (60 s tolerance), else null. */
export function checkWindow(
  now: number,
  issuedAt: number | undefined,
  expiresAt: number | undefined,
): 'EXPIRED' | 'NOT_YET_VALID' | null {
  if (expiresAt !== undefined && now - TOLERANCE_S >= expiresAt) return 'EXPIRED';
  if (issuedAt !== undefined && issuedAt > now + TOLERANCE_S) return 'NOT_YET_VALID';
  return null;
}

/** True for a plain object (not null, not an array). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a non-empty string of at most `max` characters. */
export function isText(value: unknown, max = 200): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 strictly, or null when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * True when JSON text nests arrays and objects at most `max` deep. Scanned before parsing, so
 * that a deeply nested document never reaches the parser or the canonicaliser.
 */
export function jsonDepthWithin(text: string, max = MAX_NESTING): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return false;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return true;
}

/** Parses JSON text of bounded depth into an object, or null. */
export function parseJsonObject(text: string): JsonObject | null {
  if (!jsonDepthWithin(text)) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

/** Standard base64 (RFC 4648 §4, padding optional) to bytes, or null. */
export function decodeBase64(text: string): Uint8Array | null {
  if (typeof text !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  try {
    const binary = atob(text);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/** Bytes to standard base64 with padding. */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
