/**
 * SMART Health Cards (spec.smarthealth.cards): `shc:/` numeric text of a compact JWS, ES256,
 * payload raw DEFLATE (`zip: DEF`), from an issuer of the trust list.
 */
import { sha256Hex } from '../../sha256.ts';
import { decodeBase64url } from '../../base64url.ts';
import { importVerificationKey, usableEs256Key } from '../../key-cache.ts';
import type {
  CredentialOptions,
  FormatAccepted,
  CredentialVerdict,
  ShcTrustEntry,
} from '../types.ts';
import {
  checkWindow,
  decodeUtf8,
  isObject,
  nowSeconds,
  parseJsonObject,
  reject,
} from '../common.ts';
import { inflateCapped } from '../inflate.ts';
import { summariseBundle } from './fhir.ts';
import { SHC_RID, shcRevocationKey } from '../revocation.ts';

const PREFIX = 'shc:/';
const OFFSET = 45;
// A single-chunk card fits one version 22 QR (1195 characters of JWS); chunks at most 40 QRs.
const MAX_JWS = 8 * 1195;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

function numericToJws(digits: string): string | null {
  if (digits.length === 0 || digits.length % 2 !== 0 || digits.length > 2 * MAX_JWS) return null;
  if (!/^[0-9]+$/.test(digits)) return null;
  let jws = '';
  for (let i = 0; i < digits.length; i += 2) {
    const value = Number(digits.slice(i, i + 2));
    // SHC §Encoding: each pair is a character code minus 45; a JWS uses codes 45 to 122.
    if (value > 77) return null;
    jws += String.fromCharCode(value + OFFSET);
  }
  return COMPACT_JWS.test(jws) ? jws : null;
}

function keysOf(trusted: ShcTrustEntry[], iss: string): JsonWebKey[] | null {
  if (!Array.isArray(trusted)) return null;
  const entry = trusted.find((candidate) => isObject(candidate) && candidate.iss === iss);
  if (!entry) return null;
  const keys: unknown = entry.jwks?.keys;
  return Array.isArray(keys) ? (keys as JsonWebKey[]) : [];
}

/**
 * Verifies a SMART Health Card's `shc:/` text. A card split over several QR codes
 * (`shc:/1/2/…`) is `UNSUPPORTED_FORMAT`: its chunks must be joined before it can be read.
 * Then: the JWS shape and header (`MALFORMED`, `UNSUPPORTED_ALG`); the payload inflated
 * (capped) and parsed (`MALFORMED`); `iss` a trusted issuer (`UNTRUSTED_ISSUER`) whose JWKS has
 * the `kid` (`UNKNOWN_KEY`); the signature (`BAD_SIGNATURE`); `nbf`/`exp` (`NOT_YET_VALID`,
 * `EXPIRED`); the FHIR bundle (`BAD_CLAIMS`); a card without immunizations (`NOT_VACCINATION`).
 */
export async function verifyShc(
  text: string,
  trusted: ShcTrustEntry[],
  options: CredentialOptions,
): Promise<CredentialVerdict> {
  if (text.slice(0, PREFIX.length).toLowerCase() !== PREFIX) {
    return reject('shc', 'UNSUPPORTED_FORMAT', 'prefix');
  }
  const body = text.slice(PREFIX.length);
  if (/^\d+\/\d+\//.test(body)) return reject('shc', 'UNSUPPORTED_FORMAT', 'chunked');
  const jws = numericToJws(body);
  if (!jws) return reject('shc', 'MALFORMED', 'numeric');
  const [headerPart, payloadPart, signaturePart] = jws.split('.') as [string, string, string];
  const headerBytes = decodeBase64url(headerPart);
  const header = headerBytes ? parseJsonObject(decodeUtf8(headerBytes) ?? '') : null;
  if (!header) return reject('shc', 'MALFORMED', 'header');
  if (header.alg !== 'ES256') return reject('shc', 'UNSUPPORTED_ALG', 'alg');
  if (header.zip !== 'DEF' || typeof header.kid !== 'string') {
    return reject('shc', 'MALFORMED', 'header');
  }
  const compressed = decodeBase64url(payloadPart);
  const inflated = compressed ? inflateCapped(compressed, 'raw') : null;
  const payload = inflated ? parseJsonObject(decodeUtf8(inflated) ?? '') : null;
  if (!payload) return reject('shc', 'MALFORMED', 'payload');

  const iss = payload.iss;
  if (typeof iss !== 'string') return reject('shc', 'UNTRUSTED_ISSUER');
  const keys = keysOf(trusted, iss);
  if (!keys) return reject('shc', 'UNTRUSTED_ISSUER');
  const jwk = keys.find((key) => isObject(key) && (key as { kid?: unknown }).kid === header.kid);
  const point = jwk ? usableEs256Key(jwk) : null;
  if (!point) return reject('shc', 'UNKNOWN_KEY');
  const signature = decodeBase64url(signaturePart);
  if (!signature || signature.length !== 64) return reject('shc', 'BAD_SIGNATURE');
  const key = await importVerificationKey(point);
  const signed = new TextEncoder().encode(`${headerPart}.${payloadPart}`);
  const holds = await crypto.subtle.verify(
    { name: 'ECDSA', hash: 'SHA-256' },
    key,
    signature as BufferSource,
    signed,
  );
  if (!holds) return reject('shc', 'BAD_SIGNATURE');

  const now = nowSeconds(options.now);
  if (now === null) return reject('shc', 'MALFORMED', 'clock');
  const { nbf, exp } = payload;
  if (typeof nbf !== 'number' || !Number.isFinite(nbf)) return reject('shc', 'BAD_CLAIMS', 'nbf');
  if (exp !== undefined && (typeof exp !== 'number' || !Number.isFinite(exp))) {
    return reject('shc', 'BAD_CLAIMS', 'exp');
  }
  const window = checkWindow(now, nbf, exp as number | undefined);
  if (window) return reject('shc', window);

  const vc = payload.vc;
  const subject = isObject(vc) ? vc.credentialSubject : undefined;
  const summary = isObject(subject) ? summariseBundle(subject.fhirBundle) : null;
  if (!summary) return reject('shc', 'BAD_CLAIMS', 'bundle');
  if (summary.status === null) return reject('shc', 'NOT_VACCINATION');

  const verdict: FormatAccepted = {
    ok: true,
    format: 'shc',
    status: summary.status,
    name: summary.name,
    birthDate: summary.birthDate,
    issuer: iss,
    id: await sha256Hex(jws),
    issuedAt: Math.floor(nbf),
  };
  if (typeof exp === 'number') verdict.expiresAt = Math.floor(exp);
  // SHC §Revocation: a card carries its revocation id as `vc.rid`; one without is not listed.
  const rid = isObject(vc) ? vc.rid : undefined;
  if (typeof rid === 'string' && SHC_RID.test(rid)) {
    verdict.revocationKeys = [shcRevocationKey(iss, header.kid, rid)];
  }
  return verdict;
}
