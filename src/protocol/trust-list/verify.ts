/**
 * `verifyTrustList` (SPEC §10): a compact JWS, ES256, `typ` `kycvs-trust-list+jws`, its signer's
 * public key in the header and pinned by its RFC 7638 thumbprint. Nothing of a list is used
 * before every check here has passed.
 */
import { calculateJwkThumbprint } from 'jose';
import { decodeBase64url } from '../base64url.ts';
import { sha256Hex } from '../sha256.ts';
import { readTrustListPayload } from './shape.ts';
import type { TrustListCode, TrustListOptions, TrustListVerdict } from './types.ts';

/** The largest signed list read, in characters (200,000 revoked CoWIN hashes fit). */
export const MAX_TRUST_LIST_CHARS = 32 * 1024 * 1024;

/** The header `typ` of a signed trust list. */
export const TRUST_LIST_TYP = 'kycvs-trust-list+jws';

const B64URL = /^[A-Za-z0-9_-]*$/;
const HEADER_MEMBERS = new Set(['alg', 'typ', 'jwk', 'kid']);

const fail = (code: TrustListCode): TrustListVerdict => ({ ok: false, code });

function parseJson(bytes: Uint8Array | null): unknown {
  if (!bytes) return undefined;
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

/** The header's public P-256 key as the four members RFC 7638 hashes, or null. */
function headerKey(header: unknown): { kty: 'EC'; crv: 'P-256'; x: string; y: string } | null {
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return null;
  const fields = header as Record<string, unknown>;
  if (!Object.keys(fields).every((name) => HEADER_MEMBERS.has(name))) return null;
  if (fields.alg !== 'ES256' || fields.typ !== TRUST_LIST_TYP) return null;
  const jwk = fields.jwk as Record<string, unknown> | null;
  if (typeof jwk !== 'object' || jwk === null || 'd' in jwk) return null;
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256') return null;
  const { x, y } = jwk;
  if (typeof x !== 'string' || typeof y !== 'string') return null;
  if (decodeBase64url(x)?.length !== 32 || decodeBase64url(y)?.length !== 32) return null;
  return { kty: 'EC', crv: 'P-256', x, y };
}

async function signatureHolds(
  jwk: { kty: 'EC'; crv: 'P-256'; x: string; y: string },
  signingInput: string,
  signature: Uint8Array,
): Promise<boolean> {
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, [
      'verify',
    ]);
  } catch {
    return false;
  }
  // The signing input is ASCII (base64url and a dot): its bytes are its character codes.
  const input = new Uint8Array(signingInput.length);
  for (let i = 0; i < signingInput.length; i++) input[i] = signingInput.charCodeAt(i);
  return crypto.subtle.verify(
    { name: 'ECDSA', hash: 'SHA-256' },
    key,
    signature as BufferSource,
    input as BufferSource,
  );
}

/**
 * Verifies a signed trust list. In order: the JWS form and header (`MALFORMED`), the signer
 * against the pinned thumbprint (`WRONG_KEY`), the signature (`BAD_SIGNATURE`), the payload's
 * shape (`MALFORMED`), and its `seq` against the list held (`ROLLBACK`: lower, or equal with
 * another hash). A list past its `exp` verifies with `stale: true`. Never throws.
 */
export async function verifyTrustList(
  jws: string,
  options: TrustListOptions = {},
): Promise<TrustListVerdict> {
  try {
    if (typeof jws !== 'string' || jws.length > MAX_TRUST_LIST_CHARS) return fail('MALFORMED');
    const text = jws.trim();
    const parts = text.split('.');
    if (parts.length !== 3 || !parts.every((part) => B64URL.test(part))) return fail('MALFORMED');
    const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
    if (headerPart.length > 4096) return fail('MALFORMED');
    const jwk = headerKey(parseJson(decodeBase64url(headerPart)));
    if (!jwk) return fail('MALFORMED');
    const opts = typeof options === 'object' && options !== null ? options : {};
    const thumbprint = await calculateJwkThumbprint(jwk, 'sha256');
    if (typeof opts.thumbprint === 'string' && opts.thumbprint !== thumbprint) {
      return fail('WRONG_KEY');
    }
    const signature = decodeBase64url(signaturePart);
    if (!signature || signature.length !== 64) return fail('BAD_SIGNATURE');
    if (!(await signatureHolds(jwk, `${headerPart}.${payloadPart}`, signature))) {
      return fail('BAD_SIGNATURE');
    }
    const payloadBytes = decodeBase64url(payloadPart);
    if (!payloadBytes) return fail('MALFORMED');
    const list = readTrustListPayload(parseJson(payloadBytes));
    if (!list) return fail('MALFORMED');
    const hash = await sha256Hex(payloadBytes);
    if (typeof opts.heldSeq === 'number') {
      if (list.seq < opts.heldSeq) return fail('ROLLBACK');
      if (list.seq === opts.heldSeq && opts.heldHash !== undefined && hash !== opts.heldHash) {
        return fail('ROLLBACK');
      }
    }
    const now = opts.now instanceof Date ? opts.now.getTime() : Date.now();
    const stale = !(now / 1000 <= list.exp);
    return { ok: true, list, thumbprint, hash, stale };
  } catch {
    return fail('MALFORMED');
  }
}
