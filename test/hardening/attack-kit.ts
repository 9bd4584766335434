/**
 * Tools to forge status tokens for the hardening suites: raw ES256 signing of any bytes,
 * HMAC and foreign-algorithm signing, and ECDSA signature surgery on P-256 (r, s, DER).
 */
import { CompactSign, generateKeyPair } from 'jose';
import { decodeBase64url, keyIdFor, type TrustedIssuer } from '../../src/protocol/index.ts';
import {
  FIXTURE_PRIVATE_JWKS,
  publicJwk,
  trustedRegistry,
  type FixtureKeyName,
} from '../fixtures/tokens.ts';

/** A fixed ES256 key that no trust list in these suites holds: the attacker's own key. */
export const ATTACKER_PRIVATE_JWK = {
  kty: 'EC',
  x: '1N_gb9QXLD-Qlx9BYxSFjkKpRtqkUrr2QzpeLCbYFrI',
  y: 'gRY4EFrpRPjOks54H5MXUNrdBKk1VabQbVwwmjBzvcE',
  crv: 'P-256',
  d: 'YPMyp97MyQ5g8Cn7FrNQ5HcqfIzHktR4-7sZecEcNPs',
} as const;

/** A second trusted registry; its key is the fixture key `other`. */
export const PARTNER_ISSUER = 'https://partner.example';

/** The order n of the P-256 group (FIPS 186-4 §D.1.2.3). */
export const P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

/** Every key that signs in these suites: the fixture keys and the attacker's. */
export type SignerName = FixtureKeyName | 'attacker';

const privateKeys = new Map<SignerName, Promise<CryptoKey>>();

function privateJwkOf(signer: SignerName): JsonWebKey {
  return signer === 'attacker' ? { ...ATTACKER_PRIVATE_JWK } : { ...FIXTURE_PRIVATE_JWKS[signer] };
}

function signingKey(signer: SignerName): Promise<CryptoKey> {
  let key = privateKeys.get(signer);
  if (!key) {
    key = crypto.subtle.importKey(
      'jwk',
      privateJwkOf(signer),
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['sign'],
    );
    privateKeys.set(signer, key);
  }
  return key;
}

/** The public JWK (with kid, alg, use) of any signer. */
export async function signerJwk(signer: SignerName): Promise<JsonWebKey & { kid: string }> {
  if (signer !== 'attacker') return publicJwk(signer);
  const { kty, crv, x, y } = ATTACKER_PRIVATE_JWK;
  return { kty, crv, x, y, kid: await keyIdFor({ kty, crv, x, y }), alg: 'ES256', use: 'sig' };
}

/** The 11-character kid of any signer. */
export async function kidOf(signer: SignerName): Promise<string> {
  return (await signerJwk(signer)).kid;
}

/** The trust list of the suites: the registry (current and next key) and the partner registry. */
export async function hardeningTrust(): Promise<TrustedIssuer[]> {
  return [
    ...(await trustedRegistry(['registry', 'registryNext'])),
    { iss: PARTNER_ISSUER, jwks: { keys: [await publicJwk('other')] } },
  ];
}

const encoder = new TextEncoder();

/** Bytes of a string (UTF-8) or the bytes themselves. */
export function bytesOf(value: string | Uint8Array): Uint8Array {
  return typeof value === 'string' ? encoder.encode(value) : value;
}

/** Base64url without padding of bytes or of a string's UTF-8. */
export function b64u(value: string | Uint8Array): string {
  return Buffer.from(bytesOf(value)).toString('base64url');
}

/** The raw 64-byte ES256 signature (r || s) of an ASCII signing input. */
export async function es256Signature(
  signingInput: string,
  signer: SignerName,
): Promise<Uint8Array> {
  const signature = await crypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    await signingKey(signer),
    encoder.encode(signingInput),
  );
  return new Uint8Array(signature);
}

/** A token over already-encoded segments, with a real ES256 signature by `signer`. */
export async function signSegments(
  headerSegment: string,
  payloadSegment: string,
  signer: SignerName,
): Promise<string> {
  const input = `${headerSegment}.${payloadSegment}`;
  return `${input}.${b64u(await es256Signature(input, signer))}`;
}

/** A token whose header and payload are exactly these JSON texts (or bytes), signed by `signer`. */
export function signRaw(
  header: string | Uint8Array,
  payload: string | Uint8Array,
  signer: SignerName,
): Promise<string> {
  return signSegments(b64u(header), b64u(payload), signer);
}

/** A token with this header object and these claims, signed by `signer`. */
export function signJson(header: unknown, claims: unknown, signer: SignerName): Promise<string> {
  return signRaw(JSON.stringify(header), JSON.stringify(claims), signer);
}

/** A token with an HMAC-SHA-256 signature under `secret`, whatever its header says. */
export async function signHmac(
  header: unknown,
  claims: unknown,
  secret: Uint8Array,
): Promise<string> {
  const input = `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(claims))}`;
  const key = await crypto.subtle.importKey(
    'raw',
    new Uint8Array(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return `${input}.${b64u(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(input))))}`;
}

/** A token signed with a fresh key of another JOSE algorithm (ES384, RS256, EdDSA, …). */
export async function signWithAlg(alg: string, header: object, claims: unknown): Promise<string> {
  const { privateKey } = await generateKeyPair(alg);
  return new CompactSign(encoder.encode(JSON.stringify(claims)))
    .setProtectedHeader({ ...header, alg })
    .sign(privateKey);
}

/** The uncompressed SEC 1 point (0x04 || x || y) of a fixture public key. */
export function rawPoint(jwk: JsonWebKey): Uint8Array {
  return new Uint8Array([
    4,
    ...Buffer.from(jwk.x ?? '', 'base64url'),
    ...Buffer.from(jwk.y ?? '', 'base64url'),
  ]);
}

function toBigInt(bytes: Uint8Array): bigint {
  return BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
}

function toBytes32(value: bigint): Uint8Array {
  if (value < 0n || value >= 1n << 256n) throw new RangeError('does not fit in 32 bytes');
  return Uint8Array.from(Buffer.from(value.toString(16).padStart(64, '0'), 'hex'));
}

/** The (r, s) integers of a raw 64-byte ES256 signature. */
export function splitSignature(signature: Uint8Array): { r: bigint; s: bigint } {
  return { r: toBigInt(signature.subarray(0, 32)), s: toBigInt(signature.subarray(32, 64)) };
}

/** The raw 64-byte ES256 signature of (r, s). */
export function joinSignature(r: bigint, s: bigint): Uint8Array {
  return new Uint8Array([...toBytes32(r), ...toBytes32(s)]);
}

function derInteger(value: Uint8Array): Uint8Array {
  let start = 0;
  while (start < value.length - 1 && value[start] === 0) start++;
  const body = value.subarray(start);
  // A set top bit would read as negative: DER prefixes a zero byte (X.690 §8.3).
  const padded = body[0]! & 0x80 ? new Uint8Array([0, ...body]) : body;
  return new Uint8Array([0x02, padded.length, ...padded]);
}

/** The ASN.1 DER `ECDSA-Sig-Value` of a raw 64-byte signature, as OpenSSL and Java emit it. */
export function rawToDer(signature: Uint8Array): Uint8Array {
  const body = new Uint8Array([
    ...derInteger(signature.subarray(0, 32)),
    ...derInteger(signature.subarray(32, 64)),
  ]);
  return new Uint8Array([0x30, body.length, ...body]);
}

/** The three segments of a compact JWS. */
export function segmentsOf(token: string): [string, string, string] {
  const parts = token.split('.');
  if (parts.length !== 3) throw new TypeError('not a compact JWS');
  return parts as [string, string, string];
}

/** The decoded signature bytes of a compact JWS. */
export function signatureOf(token: string): Uint8Array {
  return Uint8Array.from(Buffer.from(segmentsOf(token)[2], 'base64url'));
}

/** `token` with its signature segment replaced by these bytes. */
export function withSignature(token: string, signature: Uint8Array): string {
  const [header, payload] = segmentsOf(token);
  return `${header}.${payload}.${b64u(signature)}`;
}

/**
 * True when `token` is three segments whose third is the canonical base64url of a valid ES256
 * signature by `signer` over the first two, exactly as written.
 */
export async function carriesSignatureOf(token: string, signer: SignerName): Promise<boolean> {
  const parts = token.split('.');
  if (parts.length !== 3) return false;
  const signature = decodeBase64url(parts[2]!);
  if (!signature || signature.length !== 64) return false;
  const { kty, crv, x, y } = await signerJwk(signer);
  const key = await crypto.subtle.importKey(
    'jwk',
    { kty, crv, x, y },
    { name: 'ECDSA', namedCurve: 'P-256' },
    false,
    ['verify'],
  );
  return crypto.subtle.verify(
    { name: 'ECDSA', hash: 'SHA-256' },
    key,
    new Uint8Array(signature),
    encoder.encode(`${parts[0]}.${parts[1]}`),
  );
}
