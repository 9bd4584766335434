/**
 * `verifyCredential` (SPEC §9): recognises the format of a scanned code from its content and
 * hands it to that format's verifier, each loaded on first use as its own chunk.
 */
import { qrTextToJws } from '../qr-text.ts';
import { verifyStatusToken } from '../verify.ts';
import { refuse, decodeUtf8 } from './common.ts';
import { divocRevocationKey, memoryRevocationLookup } from './revocation.ts';
import type {
  CredentialFormat,
  CredentialOptions,
  CredentialVerdict,
  FormatAccepted,
  RevocationLookup,
  TrustStore,
} from './types.ts';

/**
 * The largest input looked at, in bytes or characters. A QR code holds at most 7089 digits or
 * 2953 bytes; a CoWIN certificate's JSON as text is a few kilobytes.
 */
export const MAX_CREDENTIAL_INPUT = 32 * 1024;

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];

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
  if (jws === null) return refuse('kycvs', 'MALFORMED');
  const verdict = await verifyStatusToken(jws, trust.kycvs ?? [], options);
  if (!verdict.ok) return refuse('kycvs', verdict.code, verdict.cause);
  return {
    ok: true,
    format: 'kycvs',
    status: verdict.status,
    name: verdict.name,
    mob: verdict.mob,
    issuer: verdict.iss,
    // SPEC §5: repeats are recognised by iss + jti.
    id: `${verdict.iss} ${verdict.jti}`,
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
    if (!chunk) return refuse(format, 'UNKNOWN_KEY', 'load');
    return await chunk.verifyDivoc(input, store.divoc ?? [], opts);
  }
  const text = typeof input === 'string' ? input.trim() : decodeUtf8(input)?.trim();
  if (text === undefined) return refuse(format, 'MALFORMED', 'utf8');
  if (format === 'kycvs') return await verifyKycvs(text, store, opts);
  if (format === 'eudcc') {
    const chunk = await load(() => import('./eudcc/index.ts'));
    if (!chunk) return refuse(format, 'UNKNOWN_KEY', 'load');
    return await chunk.verifyEudcc(text, store.eudcc ?? [], opts);
  }
  const chunk = await load(() => import('./shc/index.ts'));
  if (!chunk) return refuse(format, 'UNKNOWN_KEY', 'load');
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
 * Verifies a scanned code of any format SPEC §9 names: a KYC-VS status token (`kycvs:/` text or
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
  input: string | Uint8Array,
  trust: TrustStore,
  options?: CredentialOptions,
): Promise<CredentialVerdict> {
  let format: CredentialFormat | null = null;
  try {
    format = detectFormat(input);
    if (format === null) return refuse(null, 'UNSUPPORTED_FORMAT');
    if (input.length > MAX_CREDENTIAL_INPUT) return refuse(format, 'MALFORMED', 'size');
    const store: TrustStore = typeof trust === 'object' && trust !== null ? trust : {};
    const opts: CredentialOptions = typeof options === 'object' && options !== null ? options : {};
    const verdict = await readFormat(format, input, store, opts);
    if (!verdict.ok) return verdict;
    // SPEC §10: a revoked code is refused, and nothing else of it leaves here.
    if (await isRevoked(verdict, store, opts)) return refuse(format, 'REVOKED');
    const { revocationKeys: _keys, ...accepted } = verdict as FormatAccepted;
    return accepted;
  } catch (error) {
    // A defect in a verifier must still end in a refusal, never in an exception.
    return refuse(format, 'MALFORMED', error);
  }
}
