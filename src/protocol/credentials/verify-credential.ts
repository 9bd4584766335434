/**
 * `verifyCredential` (SPEC §9): recognises the format of a scanned code from its content and
 * hands it to that format's verifier, each loaded on first use as its own chunk.
 */
import { qrTextToJws } from '../qr-text.ts';
import { verifyStatusToken } from '../verify.ts';
import { reject, decodeUtf8 } from './common.ts';
import { divocRevocationKey, memoryRevocationLookup } from './revocation.ts';
import type {
  CredentialFormat,
  CredentialOptions,
  CredentialVerdict,
  FormatAccepted,
  RevocationLookup,
  ScannedCode,
  TrustStore,
} from './types.ts';

/**
 * The largest input looked at, in bytes or characters. A QR code holds at most 7089 digits or
 * 2953 bytes; a CoWIN certificate's JSON as text is a few kilobytes.
 */
export const MAX_CREDENTIAL_INPUT = 32 * 1024;

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];

const ZIP_MAGIC = 'PK\u0003\u0004';

function isScannedCode(input: unknown): input is ScannedCode {
  return (
    typeof input === 'object' &&
    input !== null &&
    !(input instanceof Uint8Array) &&
    typeof (input as ScannedCode).text === 'string' &&
    (input as ScannedCode).bytes instanceof Uint8Array
  );
}

/**
 * What to verify from a scanned code: its bytes when they are binary (a CoWIN certificate's ZIP,
 * SPEC §9), else its text. A decoder that gave text only may still have read the ZIP one byte a
 * character (ISO-8859-1), which gives the bytes back.
 */
export function inputOf(code: ScannedCode): string | Uint8Array {
  const { text, bytes, exact } = code;
  if (exact && bytes.length > 0) {
    const zip = ZIP_LOCAL_HEADER.every((byte, i) => bytes[i] === byte);
    if (zip || decodeUtf8(bytes) === null) return bytes;
  }
  if (text.startsWith(ZIP_MAGIC) && /^[\u0000-\u00ff]*$/.test(text)) {
    return Uint8Array.from(text, (c) => c.charCodeAt(0));
  }
  return text;
}

/** Which verifier a code goes to, from its first bytes or characters alone. */
export function detectFormat(input: string | Uint8Array): CredentialFormat | null {
  if (input instanceof Uint8Array) {
    if (ZIP_LOCAL_HEADER.every((byte, i) => input[i] === byte)) return 'divoc';
    const text = decodeUtf8(input.subarray(0, 64));
    return text === null ? null : detectFormat(text);
  }
  if (typeof input !== 'string') return null;
  const text = input.trimStart();
  if (text.startsWith('HC1:')) return 'eudcc';
  if (text.slice(0, 5).toLowerCase() === 'shc:/') return 'shc';
  if (text.slice(0, 7).toLowerCase() === 'kycvs:/') return 'kycvs';
  if (text.startsWith('{')) return 'divoc';
  if (/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\s*$/.test(text.slice(0, 4200))) {
    return 'kycvs';
  }
  return null;
}

async function verifyKycvs(
  text: string,
  trust: TrustStore,
  options: CredentialOptions,
): Promise<CredentialVerdict> {
  const jws = qrTextToJws(text);
  if (jws === null) return reject('kycvs', 'MALFORMED');
  const verdict = await verifyStatusToken(jws, trust.kycvs ?? [], options);
  if (!verdict.ok) return reject('kycvs', verdict.code, verdict.cause);
  return {
    ok: true,
    format: 'kycvs',
    status: verdict.status,
    name: verdict.name,
    mob: verdict.mob,
    issuer: verdict.iss,
    // SPEC §5: repeats are recognised by iss + jti (as JSON: neither part can blur the other).
    id: JSON.stringify([verdict.iss, verdict.jti]),
    issuedAt: verdict.iat,
    expiresAt: verdict.exp,
  };
}

// A format's chunk that cannot be loaded (offline before it was ever cached) leaves the code
// unchecked, not forged: the verdict is UNKNOWN_KEY ("cannot verify"), never MALFORMED.
async function load<T>(importer: () => Promise<T>): Promise<T | null> {
  try {
    return await importer();
  } catch {
    return null;
  }
}

async function readFormat(
  format: CredentialFormat,
  input: string | Uint8Array,
  store: TrustStore,
  opts: CredentialOptions,
): Promise<CredentialVerdict | FormatAccepted> {
  if (format === 'divoc') {
    const chunk = await load(() => import('./divoc/index.ts'));
    if (!chunk) return reject(format, 'UNKNOWN_KEY', 'load');
    return await chunk.verifyDivoc(input, store.divoc ?? [], opts);
  }
  const text = typeof input === 'string' ? input.trim() : decodeUtf8(input)?.trim();
  if (text === undefined) return reject(format, 'MALFORMED', 'utf8');
  if (format === 'kycvs') return await verifyKycvs(text, store, opts);
  if (format === 'eudcc') {
    const chunk = await load(() => import('./eudcc/index.ts'));
    if (!chunk) return reject(format, 'UNKNOWN_KEY', 'load');
    return await chunk.verifyEudcc(text, store.eudcc ?? [], opts);
  }
  const chunk = await load(() => import('./shc/index.ts'));
  if (!chunk) return reject(format, 'UNKNOWN_KEY', 'load');
  return await chunk.verifyShc(text, store.shc ?? [], opts);
}

/** True when a verified code is on the revoked lists (SPEC §10). KYC-VS tokens are not listed. */
async function isRevoked(
  verdict: FormatAccepted,
  store: TrustStore,
  opts: CredentialOptions,
): Promise<boolean> {
  if (verdict.format === 'kycvs') return false;
  const lookup: RevocationLookup | null =
    typeof opts.isRevoked === 'function'
      ? opts.isRevoked
      : typeof store.revoked === 'object' && store.revoked !== null
        ? memoryRevocationLookup(store.revoked)
        : null;
  if (!lookup) return false;
  const keys =
    verdict.format === 'divoc'
      ? [await divocRevocationKey(verdict.id)]
      : (verdict.revocationKeys ?? []);
  for (const key of keys) {
    if (await lookup(verdict.format, key, verdict.issuedAt)) return true;
  }
  return false;
}

/**
 * Verifies a scanned code of any format SPEC §9 names (its text or bytes, or the `ScannedCode` a
 * scanner gave, whose bytes are used when they are binary): a KYC-VS status token (`kycvs:/` text or
 * a raw compact JWS), a CoWIN certificate (the bytes of its ZIP, or its JSON as text), an EU
 * Digital COVID Certificate (`HC1:`) or a SMART Health Card (`shc:/`).
 *
 * Never throws, and answers in bounded time for any input: an oversized input is `MALFORMED`,
 * an unrecognised one `UNSUPPORTED_FORMAT` with `format: null`; when a format's code cannot be
 * loaded (offline, never cached) the verdict is `UNKNOWN_KEY` with `cause: 'load'`: the code
 * could not be checked, which is not the same as forged. The verdict carries only what
 * SPEC §9 lets a gate see; doses, dates and batches stay inside. A code on the revoked lists
 * (`trust.revoked`, or `options.isRevoked`) is `REVOKED` (SPEC §10).
 */
export async function verifyCredential(
  code: string | Uint8Array | ScannedCode,
  trust: TrustStore,
  options?: CredentialOptions,
): Promise<CredentialVerdict> {
  let format: CredentialFormat | null = null;
  try {
    const input = isScannedCode(code) ? inputOf(code) : code;
    format = detectFormat(input);
    const expected = options?.format;
    if (expected !== undefined && format !== expected) return reject(expected, 'MALFORMED');
    if (format === null) return reject(null, 'UNSUPPORTED_FORMAT');
    if (input.length > MAX_CREDENTIAL_INPUT) return reject(format, 'MALFORMED', 'size');
    const store: TrustStore = typeof trust === 'object' && trust !== null ? trust : {};
    const opts: CredentialOptions = typeof options === 'object' && options !== null ? options : {};
    const verdict = await readFormat(format, input, store, opts);
    if (!verdict.ok) return verdict;
    // SPEC §10: a revoked code is rejected, and nothing else of it leaves here.
    if (await isRevoked(verdict, store, opts)) return reject(format, 'REVOKED');
    const { revocationKeys: _keys, ...accepted } = verdict as FormatAccepted;
    return accepted;
  } catch (error) {
    // A defect in a verifier must still end in a rejection, never in an exception.
    return reject(format, 'MALFORMED', error);
  }
}
