/**
 * `verifyStatusToken`: the checks of SPEC §4, in an order that never lets an unsigned part of
 * the token decide more than which key to try.
 */
import { compactVerify } from 'jose';
import { decodeBase64url } from './base64url.ts';
import {
  CLOCK_TOLERANCE_S,
  MAX_NAME_LENGTH,
  MAX_TOKEN_LENGTH,
  TOKEN_ALG,
  TOKEN_TYPE,
  isVaccinationStatus,
} from './claims.ts';
import { verdictCodeForError } from './jose-errors.ts';
import { importVerificationKey, usableEs256Key } from './key-cache.ts';
import {
  reject,
  type AcceptedVerdict,
  type TrustedIssuer,
  type Verdict,
  type VerifyOptions,
} from './verdict.ts';

// The signature may be empty here so that an unsecured JWS (alg none) is named for its algorithm.
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const HEADER_MEMBERS = new Set(['alg', 'kid', 'typ']);
const KID_MAX_LENGTH = 128;
const ES256_SIGNATURE_BYTES = 64;
const JTI = /^[A-Za-z0-9_-]{16,128}$/;
const MOB = /^[0-9]{4}$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

type JsonObject = Record<string, unknown>;

function decodeJsonObject(segment: string): JsonObject | null {
  const bytes = decodeBase64url(segment);
  if (!bytes) return null;
  try {
    const value: unknown = JSON.parse(utf8.decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as JsonObject)
      : null;
  } catch {
    return null;
  }
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function keysOf(trusted: unknown, iss: string): JsonWebKey[] | null {
  if (!Array.isArray(trusted)) return null;
  let found: JsonWebKey[] | null = null;
  for (const issuer of trusted as TrustedIssuer[]) {
    if (typeof issuer !== 'object' || issuer === null || issuer.iss !== iss) continue;
    found ??= [];
    const keys: unknown = issuer.jwks?.keys;
    if (Array.isArray(keys)) found.push(...(keys as JsonWebKey[]));
  }
  return found;
}

/**
 * Verifies a compact-JWS status token against the trusted registries' keys.
 *
 * Never throws: every rejection is `{ ok: false, code }`. The checks, in order:
 * 1. shape: a string of at most 4096 characters, three canonical base64url segments, a JSON
 *    header of exactly `alg`, `kid`, `typ` (`MALFORMED`); RFC 8725 §2.1: embedded keys and key
 *    URLs (`jwk`, `jku`, `x5u`, `x5c`) and `crit`/`b64` are rejected, not ignored;
 * 2. `alg` is ES256 (`UNSUPPORTED_ALG`), `typ` is `kycvs+jwt` (RFC 8725 §3.11, `MALFORMED`);
 * 3. `iss` names a trusted issuer (`UNTRUSTED_ISSUER`) whose JWKS holds a usable key with this
 *    `kid` (`UNKNOWN_KEY`): the key comes from the issuer the token names, never from elsewhere;
 * 4. the signature holds (`BAD_SIGNATURE`);
 * 5. only then the claims: `exp`/`iat` present, not expired and not issued in the future with
 *    60 s tolerance; `aud` names this verifier when present; `nonce` matches when one was sent;
 *    `vs` is 0, 1 or 2; `name`, `mob` and `jti` well formed.
 */
export async function verifyStatusToken(
  token: string,
  trusted: TrustedIssuer[],
  options: VerifyOptions = {},
): Promise<Verdict> {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH || !COMPACT_JWS.test(token)) {
    return reject('MALFORMED');
  }
  const [headerPart, payloadPart, signaturePart] = token.split('.') as [string, string, string];
  const header = decodeJsonObject(headerPart);
  if (!header) return reject('MALFORMED');
  if (header.alg !== TOKEN_ALG) return reject('UNSUPPORTED_ALG');
  for (const member of Object.keys(header)) {
    if (!HEADER_MEMBERS.has(member)) return reject('MALFORMED');
  }
  const kid = header.kid;
  if (header.typ !== TOKEN_TYPE) return reject('MALFORMED');
  if (typeof kid !== 'string' || kid.length === 0 || kid.length > KID_MAX_LENGTH) {
    return reject('MALFORMED');
  }

  const claims = decodeJsonObject(payloadPart);
  if (!claims) return reject('MALFORMED');
  // SPEC §5: on the QR path a token with a nonce answers a desk or embedded check, never a QR.
  if (options?.rejectNonce === true && 'nonce' in claims) return reject('NONCE_MISMATCH');
  const iss = claims.iss;
  if (typeof iss !== 'string') return reject('UNTRUSTED_ISSUER');
  const keys = keysOf(trusted, iss);
  if (!keys) return reject('UNTRUSTED_ISSUER');
  const jwk = keys.find((candidate) => (candidate as { kid?: unknown } | null)?.kid === kid);
  const point = jwk ? usableEs256Key(jwk) : null;
  if (!point) return reject('UNKNOWN_KEY');

  // ES256 signatures are 64 bytes, r || s (RFC 7518 §3.4): a DER, truncated or non-canonical
  // encoding is rejected here, so that a signature has one encoding. (ECDSA still allows s and
  // n - s for the same message: replay checks key on iss + jti, never on the token text.)
  if (decodeBase64url(signaturePart)?.length !== ES256_SIGNATURE_BYTES)
    return reject('BAD_SIGNATURE');

  let key: CryptoKey;
  try {
    key = await importVerificationKey(point);
  } catch (error) {
    return reject('UNKNOWN_KEY', error);
  }
  try {
    await compactVerify(token, key, { algorithms: [TOKEN_ALG] });
  } catch (error) {
    return reject(verdictCodeForError(error), error);
  }

  // Untyped callers (options read from storage) may pass null: reject or accept, never throw.
  return checkClaims(claims, iss, kid, options ?? {});
}

function checkClaims(
  claims: JsonObject,
  iss: string,
  kid: string,
  options: VerifyOptions,
): Verdict {
  const { exp, iat, nbf, aud, nonce, vs, name, mob, jti } = claims;
  if (!isFiniteNumber(exp) || !isFiniteNumber(iat)) return reject('BAD_CLAIMS');
  if (nbf !== undefined && !isFiniteNumber(nbf)) return reject('BAD_CLAIMS');
  const nowDate = options.now instanceof Date ? options.now : new Date();
  const now = Math.floor(nowDate.getTime() / 1000);
  if (!Number.isFinite(now)) return reject('MALFORMED');
  if (now - CLOCK_TOLERANCE_S >= exp) return reject('EXPIRED');
  if (iat > now + CLOCK_TOLERANCE_S) return reject('NOT_YET_VALID');
  if (nbf !== undefined && nbf > now + CLOCK_TOLERANCE_S) return reject('NOT_YET_VALID');

  if (aud !== undefined) {
    const audiences = Array.isArray(aud) ? aud : [aud];
    if (!audiences.every((entry) => typeof entry === 'string')) return reject('BAD_CLAIMS');
    if (options.audience === undefined || !audiences.includes(options.audience)) {
      return reject('WRONG_AUDIENCE');
    }
  }
  if (options.nonce !== undefined && nonce !== options.nonce) return reject('NONCE_MISMATCH');

  if (!isVaccinationStatus(vs)) return reject('BAD_CLAIMS');
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_NAME_LENGTH) {
    return reject('BAD_CLAIMS');
  }
  if (typeof mob !== 'string' || !MOB.test(mob)) return reject('BAD_CLAIMS');
  if (typeof jti !== 'string' || !JTI.test(jti)) return reject('BAD_CLAIMS');

  const verdict: AcceptedVerdict = { ok: true, status: vs, name, mob, iss, kid, jti, iat, exp };
  if (aud !== undefined) verdict.aud = Array.isArray(aud) ? options.audience! : (aud as string);
  return verdict;
}
