/**
 * A corpus of forged and malformed status tokens, each rejected with its exact verdict code.
 * Every forgery that needs a signature carries a real one (by the registry, by a trusted partner
 * registry or by an attacker's key), so a rejection proves the check, not a broken signature.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  verifyStatusToken,
  type TrustedIssuer,
  type Verdict,
  type VerdictCode,
  type VerifyOptions,
} from '../../src/protocol/index.ts';
import { ISSUER, NOW, NOW_S, holderClaims, publicJwk } from '../fixtures/tokens.ts';
import {
  P256_N,
  PARTNER_ISSUER,
  b64u,
  bytesOf,
  carriesSignatureOf,
  hardeningTrust,
  joinSignature,
  kidOf,
  rawPoint,
  rawToDer,
  segmentsOf,
  signHmac,
  signJson,
  signRaw,
  signSegments,
  signWithAlg,
  signatureOf,
  signerJwk,
  splitSignature,
  withSignature,
  type SignerName,
} from './attack-kit.ts';

interface Kit {
  kids: Record<SignerName, string>;
  /** A holder token the registry really issued: every attack departs from it. */
  genuine: string;
  /** The header the registry writes, with its current kid. */
  header: Record<string, unknown>;
}

interface AttackCase {
  label: string;
  code: VerdictCode;
  /** The key whose real ES256 signature the token carries over its exact signing input. */
  signer?: SignerName;
  build: (kit: Kit) => Promise<string> | string;
  options?: Omit<VerifyOptions, 'now'>;
}

const EVIL = 'https://evil.example';
const DESK = { audience: 'gate-7', nonce: 'n-7Qa_x' };

/** Signed by the registry's current key with its kid, with header and claims overridden. */
function registrySigned(
  kit: Kit,
  claims: Record<string, unknown> = {},
  header: Record<string, unknown> = {},
): Promise<string> {
  return signJson({ ...kit.header, ...header }, holderClaims(claims), 'registry');
}

/** A header of the registry's form with another kid. */
function headerWith(kid: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { alg: 'ES256', kid, typ: 'kycvs+jwt', ...extra };
}

/** The JSON text of holder claims with one more member appended verbatim (a duplicate key). */
function claimsJsonWith(tail: string, claims: Record<string, unknown> = {}): string {
  return `${JSON.stringify(holderClaims(claims)).slice(0, -1)},${tail}}`;
}

/** Holder claims as UTF-8 bytes with these raw bytes spliced into the name. */
function claimsWithNameBytes(bytes: number[]): Uint8Array {
  const [before, after] = JSON.stringify(holderClaims({ name: 'Aarav ~' })).split('~') as [
    string,
    string,
  ];
  return new Uint8Array([...bytesOf(before), ...bytes, ...bytesOf(after)]);
}

/**
 * Base64url of `json` (padded with JSON white space until the text ends in a partial group)
 * whose last character has a spare bit set: it decodes to the same bytes only under a lax decoder.
 */
function segmentWithSpareBits(json: string): string {
  let segment = b64u(json);
  for (let pad = 1; segment.length % 4 === 0; pad++) segment = b64u(json + ' '.repeat(pad));
  return flipLowBit(segment);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function flipLowBit(segment: string): string {
  const last = segment.at(-1)!;
  return segment.slice(0, -1) + ALPHABET[ALPHABET.indexOf(last) ^ 1]!;
}

/** Replaces the character at `index` of a segment by `ch`. */
function replaceAt(text: string, index: number, ch: string): string {
  return text.slice(0, index) + ch + text.slice(index + 1);
}

/** The genuine token's signature with r and s changed. */
function reSigned(kit: Kit, change: (r: bigint, s: bigint) => [bigint, bigint]): string {
  const { r, s } = splitSignature(signatureOf(kit.genuine));
  const [r2, s2] = change(r, s);
  return withSignature(kit.genuine, joinSignature(r2, s2));
}

const CASES: AttackCase[] = [
  // --- algorithm confusion (RFC 8725 §2.1, §3.1) ---
  {
    label: 'alg none with a real registry signature',
    signer: 'registry',
    code: 'UNSUPPORTED_ALG',
    build: (kit) => registrySigned(kit, {}, { alg: 'none' }),
  },
  {
    label: 'alg none with an empty signature segment (unsecured JWS)',
    code: 'UNSUPPORTED_ALG',
    build: (kit) => {
      const [, payload] = segmentsOf(kit.genuine);
      return `${b64u(JSON.stringify(headerWith(kit.kids.registry, { alg: 'none' })))}.${payload}.`;
    },
  },
  {
    label: 'alg "None" (case variant) with a real registry signature',
    signer: 'registry',
    code: 'UNSUPPORTED_ALG',
    build: (kit) => registrySigned(kit, {}, { alg: 'None' }),
  },
  {
    label: 'alg "es256" (lower case) with a real registry signature',
    signer: 'registry',
    code: 'UNSUPPORTED_ALG',
    build: (kit) => registrySigned(kit, {}, { alg: 'es256' }),
  },
  {
    label: 'alg missing, real registry signature',
    signer: 'registry',
    code: 'UNSUPPORTED_ALG',
    build: (kit) => registrySigned(kit, {}, { alg: undefined }),
  },
  {
    label: 'alg as an array ["ES256"]',
    signer: 'registry',
    code: 'UNSUPPORTED_ALG',
    build: (kit) => registrySigned(kit, {}, { alg: ['ES256'] }),
  },
  {
    label: 'HS256 signed with the registry public JWK JSON as the HMAC secret',
    code: 'UNSUPPORTED_ALG',
    build: async (kit) => {
      const secret = bytesOf(JSON.stringify(await publicJwk('registry')));
      return signHmac(headerWith(kit.kids.registry, { alg: 'HS256' }), holderClaims(), secret);
    },
  },
  {
    label: 'HS256 signed with the registry raw public point (04 || x || y) as the secret',
    code: 'UNSUPPORTED_ALG',
    build: async (kit) => {
      const secret = rawPoint(await publicJwk('registry'));
      return signHmac(headerWith(kit.kids.registry, { alg: 'HS256' }), holderClaims(), secret);
    },
  },
  {
    label: 'HS256 signed with the registry x coordinate text as the secret',
    code: 'UNSUPPORTED_ALG',
    build: async (kit) => {
      const secret = bytesOf((await publicJwk('registry')).x ?? '');
      return signHmac(headerWith(kit.kids.registry, { alg: 'HS256' }), holderClaims(), secret);
    },
  },
  {
    label: 'ES384 signed by a P-384 key',
    code: 'UNSUPPORTED_ALG',
    build: (kit) => signWithAlg('ES384', headerWith(kit.kids.registry), holderClaims()),
  },
  {
    label: 'RS256 signed by an RSA key',
    code: 'UNSUPPORTED_ALG',
    build: (kit) => signWithAlg('RS256', headerWith(kit.kids.registry), holderClaims()),
  },
  {
    label: 'EdDSA signed by an Ed25519 key',
    code: 'UNSUPPORTED_ALG',
    build: (kit) => signWithAlg('EdDSA', headerWith(kit.kids.registry), holderClaims()),
  },

  // --- key selection ---
  {
    label: 'unknown kid: the attacker key and kid',
    signer: 'attacker',
    code: 'UNKNOWN_KEY',
    build: (kit) => signJson(headerWith(kit.kids.attacker), holderClaims(), 'attacker'),
  },
  {
    label: 'missing kid, real registry signature',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) => registrySigned(kit, {}, { kid: undefined }),
  },
  {
    label: 'empty kid',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) => registrySigned(kit, {}, { kid: '' }),
  },
  {
    label: 'kid as a number',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) => registrySigned(kit, {}, { kid: 7 }),
  },
  {
    label: 'kid of 129 characters',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) => registrySigned(kit, {}, { kid: 'k'.repeat(129) }),
  },
  {
    label: 'kid "__proto__"',
    signer: 'registry',
    code: 'UNKNOWN_KEY',
    build: (kit) => registrySigned(kit, {}, { kid: '__proto__' }),
  },
  {
    label: "a kid from the partner registry's JWKS, signed by the partner, claiming the registry",
    signer: 'other',
    code: 'UNKNOWN_KEY',
    build: (kit) => signJson(headerWith(kit.kids.other), holderClaims(), 'other'),
  },
  {
    label: "the registry's kid on a token claiming the partner issuer, signed by the registry",
    signer: 'registry',
    code: 'UNKNOWN_KEY',
    build: (kit) => registrySigned(kit, { iss: PARTNER_ISSUER }),
  },
  {
    label: "the registry's kid, signed by the attacker",
    signer: 'attacker',
    code: 'BAD_SIGNATURE',
    build: (kit) => signJson(headerWith(kit.kids.registry), holderClaims(), 'attacker'),
  },
  {
    label: "the registry's next kid, signed by the registry's current key",
    signer: 'registry',
    code: 'BAD_SIGNATURE',
    build: (kit) => signJson(headerWith(kit.kids.registryNext), holderClaims(), 'registry'),
  },

  // --- embedded keys and key URLs (RFC 8725 §2.1): rejected, never followed ---
  {
    label: 'embedded jwk (attacker key), attacker kid, signed by the attacker',
    signer: 'attacker',
    code: 'MALFORMED',
    build: async (kit) =>
      signJson(
        headerWith(kit.kids.attacker, { jwk: await signerJwk('attacker') }),
        holderClaims(),
        'attacker',
      ),
  },
  {
    label: "embedded jwk (attacker key), the registry's kid, signed by the attacker",
    signer: 'attacker',
    code: 'MALFORMED',
    build: async (kit) =>
      signJson(
        headerWith(kit.kids.registry, { jwk: await signerJwk('attacker') }),
        holderClaims(),
        'attacker',
      ),
  },
  {
    label: 'embedded jwk of the registry itself, signed by the registry',
    signer: 'registry',
    code: 'MALFORMED',
    build: async (kit) => registrySigned(kit, {}, { jwk: await publicJwk('registry') }),
  },
  {
    label: 'jku to an attacker JWKS, attacker kid',
    signer: 'attacker',
    code: 'MALFORMED',
    build: (kit) =>
      signJson(
        headerWith(kit.kids.attacker, { jku: `${EVIL}/jwks.json` }),
        holderClaims(),
        'attacker',
      ),
  },
  {
    label: "jku to an attacker JWKS, the registry's kid",
    signer: 'attacker',
    code: 'MALFORMED',
    build: (kit) =>
      signJson(
        headerWith(kit.kids.registry, { jku: `${EVIL}/jwks.json` }),
        holderClaims(),
        'attacker',
      ),
  },
  {
    label: 'x5u to an attacker certificate, attacker kid',
    signer: 'attacker',
    code: 'MALFORMED',
    build: (kit) =>
      signJson(
        headerWith(kit.kids.attacker, { x5u: `${EVIL}/cert.pem` }),
        holderClaims(),
        'attacker',
      ),
  },
  {
    label: "x5u to an attacker certificate, the registry's kid",
    signer: 'attacker',
    code: 'MALFORMED',
    build: (kit) =>
      signJson(
        headerWith(kit.kids.registry, { x5u: `${EVIL}/cert.pem` }),
        holderClaims(),
        'attacker',
      ),
  },
  {
    label: 'x5c with an attacker certificate chain, attacker kid',
    signer: 'attacker',
    code: 'MALFORMED',
    build: (kit) =>
      signJson(
        headerWith(kit.kids.attacker, { x5c: [Buffer.from('not a cert').toString('base64')] }),
        holderClaims(),
        'attacker',
      ),
  },
  {
    label: "x5c with an attacker certificate chain, the registry's kid",
    signer: 'attacker',
    code: 'MALFORMED',
    build: (kit) =>
      signJson(
        headerWith(kit.kids.registry, { x5c: [Buffer.from('not a cert').toString('base64')] }),
        holderClaims(),
        'attacker',
      ),
  },
  {
    label: 'crit naming an unknown extension, signed by the registry',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) => registrySigned(kit, {}, { crit: ['exp'], exp: NOW_S }),
  },
  {
    label: 'b64 false with crit, payload still encoded, signed by the registry',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) => registrySigned(kit, {}, { b64: false, crit: ['b64'] }),
  },
  {
    label: 'b64 false with crit, unencoded JSON payload (RFC 7797), signed by the registry',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) =>
      signSegments(
        b64u(JSON.stringify({ ...kit.header, b64: false, crit: ['b64'] })),
        JSON.stringify(holderClaims()),
        'registry',
      ),
  },
  {
    label: 'b64 false without crit, signed by the registry',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) => registrySigned(kit, {}, { b64: false }),
  },
  {
    label: 'an extra header member (zip), signed by the registry',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) => registrySigned(kit, {}, { zip: 'DEF' }),
  },
  {
    label: 'a "__proto__" header member, signed by the registry',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) =>
      signRaw(
        `${JSON.stringify(kit.header).slice(0, -1)},"__proto__":{}}`,
        JSON.stringify(holderClaims()),
        'registry',
      ),
  },

  // --- explicit typing (RFC 8725 §3.11); every one carries the registry's real signature ---
  {
    label: 'typ JWT',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) => registrySigned(kit, {}, { typ: 'JWT' }),
  },
  {
    label: 'typ missing',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) => registrySigned(kit, {}, { typ: undefined }),
  },
  {
    label: 'typ "KYCVS+JWT" (upper case)',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) => registrySigned(kit, {}, { typ: 'KYCVS+JWT' }),
  },
  {
    label: 'typ "Kycvs+Jwt" (mixed case)',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) => registrySigned(kit, {}, { typ: 'Kycvs+Jwt' }),
  },
  {
    label: 'typ "application/kycvs+jwt"',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) => registrySigned(kit, {}, { typ: 'application/kycvs+jwt' }),
  },
  {
    label: 'typ "kycvs+jwt " (trailing space)',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) => registrySigned(kit, {}, { typ: 'kycvs+jwt ' }),
  },
  {
    label: 'typ " kycvs+jwt" (leading space)',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) => registrySigned(kit, {}, { typ: ' kycvs+jwt' }),
  },
  {
    label: 'typ null',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) => registrySigned(kit, {}, { typ: null }),
  },

  // --- issuer ---
  {
    label: 'iss of an untrusted registry, signed by the registry',
    signer: 'registry',
    code: 'UNTRUSTED_ISSUER',
    build: (kit) => registrySigned(kit, { iss: EVIL }),
  },
  {
    label: 'iss missing',
    signer: 'registry',
    code: 'UNTRUSTED_ISSUER',
    build: (kit) => registrySigned(kit, { iss: undefined }),
  },
  {
    label: 'iss with a trailing slash',
    signer: 'registry',
    code: 'UNTRUSTED_ISSUER',
    build: (kit) => registrySigned(kit, { iss: `${ISSUER}/` }),
  },
  {
    label: 'iss as an array holding the trusted issuer',
    signer: 'registry',
    code: 'UNTRUSTED_ISSUER',
    build: (kit) => registrySigned(kit, { iss: [ISSUER] }),
  },
  {
    label: 'iss "__proto__"',
    signer: 'registry',
    code: 'UNTRUSTED_ISSUER',
    build: (kit) => registrySigned(kit, { iss: '__proto__' }),
  },

  // --- time ---
  {
    label: 'expired (exp 61 s ago)',
    signer: 'registry',
    code: 'EXPIRED',
    build: (kit) => registrySigned(kit, { exp: NOW_S - 61 }),
  },
  {
    label: 'expired exactly at the edge of the tolerance (exp 60 s ago)',
    signer: 'registry',
    code: 'EXPIRED',
    build: (kit) => registrySigned(kit, { exp: NOW_S - 60 }),
  },
  {
    label: 'future iat (61 s ahead)',
    signer: 'registry',
    code: 'NOT_YET_VALID',
    build: (kit) => registrySigned(kit, { iat: NOW_S + 61 }),
  },
  {
    label: 'future nbf (1 hour ahead)',
    signer: 'registry',
    code: 'NOT_YET_VALID',
    build: (kit) => registrySigned(kit, { nbf: NOW_S + 3600 }),
  },
  {
    label: 'exp as a string',
    signer: 'registry',
    code: 'BAD_CLAIMS',
    build: (kit) => registrySigned(kit, { exp: String(NOW_S + 3600) }),
  },
  {
    label: 'exp 1e400 (parses to Infinity)',
    signer: 'registry',
    code: 'BAD_CLAIMS',
    build: (kit) =>
      signRaw(
        JSON.stringify(kit.header),
        claimsJsonWith('"exp":1e400', { exp: undefined }),
        'registry',
      ),
  },

  // --- required claims, each missing ---
  ...(['iat', 'exp', 'jti', 'vs', 'name', 'mob'] as const).map((claim): AttackCase => ({
    label: `claim ${claim} missing`,
    code: 'BAD_CLAIMS',
    build: (kit) => registrySigned(kit, { [claim]: undefined }),
  })),

  // --- audience and nonce ---
  {
    label: 'aud of another verifier',
    signer: 'registry',
    code: 'WRONG_AUDIENCE',
    build: (kit) => registrySigned(kit, { aud: 'gate-8', nonce: DESK.nonce }),
    options: DESK,
  },
  {
    label: 'aud in another case',
    signer: 'registry',
    code: 'WRONG_AUDIENCE',
    build: (kit) => registrySigned(kit, { aud: 'GATE-7', nonce: DESK.nonce }),
    options: DESK,
  },
  {
    label: 'aud as a list of other verifiers',
    signer: 'registry',
    code: 'WRONG_AUDIENCE',
    build: (kit) => registrySigned(kit, { aud: ['gate-8', 'gate-9'], nonce: DESK.nonce }),
    options: DESK,
  },
  {
    label: 'aud present when the verifier has none (desk token shown as a holder QR)',
    signer: 'registry',
    code: 'WRONG_AUDIENCE',
    build: (kit) => registrySigned(kit, { aud: 'gate-7' }),
  },
  {
    label: 'aud not a string',
    signer: 'registry',
    code: 'BAD_CLAIMS',
    build: (kit) => registrySigned(kit, { aud: 7, nonce: DESK.nonce }),
    options: DESK,
  },
  {
    label: 'wrong nonce (a replayed answer to another request)',
    signer: 'registry',
    code: 'NONCE_MISMATCH',
    build: (kit) => registrySigned(kit, { aud: DESK.audience, nonce: 'n-other' }),
    options: DESK,
  },
  {
    label: 'nonce missing when the verifier sent one',
    signer: 'registry',
    code: 'NONCE_MISMATCH',
    build: (kit) => registrySigned(kit, { aud: DESK.audience }),
    options: DESK,
  },
  {
    label: 'nonce as a number equal to the text sent',
    signer: 'registry',
    code: 'NONCE_MISMATCH',
    build: (kit) => registrySigned(kit, { aud: DESK.audience, nonce: 123 }),
    options: { audience: DESK.audience, nonce: '123' },
  },

  // --- vs and name ---
  ...(
    [
      ['3', 3],
      ['-1', -1],
      ['1.5', 1.5],
      ['the string "2"', '2'],
      ['null', null],
      ['true', true],
      ['[2]', [2]],
    ] as const
  ).map(([text, vs]): AttackCase => ({
    label: `vs ${text}`,
    code: 'BAD_CLAIMS',
    build: (kit) => registrySigned(kit, { vs }),
  })),
  {
    label: 'name of 201 characters',
    signer: 'registry',
    code: 'BAD_CLAIMS',
    build: (kit) => registrySigned(kit, { name: 'n'.repeat(201) }),
  },
  {
    label: 'name a number',
    signer: 'registry',
    code: 'BAD_CLAIMS',
    build: (kit) => registrySigned(kit, { name: 42 }),
  },
  {
    label: 'name an array of strings',
    signer: 'registry',
    code: 'BAD_CLAIMS',
    build: (kit) => registrySigned(kit, { name: ['Aarav', 'Sharma'] }),
  },
  {
    label: 'name empty',
    signer: 'registry',
    code: 'BAD_CLAIMS',
    build: (kit) => registrySigned(kit, { name: '' }),
  },
  {
    label: 'mob of the full mobile number',
    signer: 'registry',
    code: 'BAD_CLAIMS',
    build: (kit) => registrySigned(kit, { mob: '9876543210' }),
  },

  // --- size ---
  {
    label: 'a 1 MB input around a genuine header and signature',
    code: 'MALFORMED',
    build: (kit) => {
      const [header, , signature] = segmentsOf(kit.genuine);
      return `${header}.${'A'.repeat(1 << 20)}.${signature}`;
    },
  },
  {
    label: 'a genuine registry signature on a token of 4097+ characters',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) => registrySigned(kit, { pad: 'p'.repeat(3000) }),
  },

  // --- encoding ---
  {
    label: "header with a '+' (base64, not base64url)",
    code: 'MALFORMED',
    build: (kit) => replaceAt(kit.genuine, 3, '+'),
  },
  {
    label: "header with padding '='",
    code: 'MALFORMED',
    build: (kit) => {
      const [header, payload, signature] = segmentsOf(kit.genuine);
      return `${header}=.${payload}.${signature}`;
    },
  },
  {
    label: 'header whose last character has spare bits set, signed as is',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) =>
      signSegments(
        segmentWithSpareBits(JSON.stringify(kit.header)),
        b64u(JSON.stringify(holderClaims())),
        'registry',
      ),
  },
  {
    label: "payload with a '/'",
    code: 'MALFORMED',
    build: (kit) => {
      const [header, payload, signature] = segmentsOf(kit.genuine);
      return `${header}.${replaceAt(payload, 5, '/')}.${signature}`;
    },
  },
  {
    label: "payload with padding '='",
    code: 'MALFORMED',
    build: (kit) => {
      const [header, payload, signature] = segmentsOf(kit.genuine);
      return `${header}.${payload}==.${signature}`;
    },
  },
  {
    label: 'payload whose last character has spare bits set, signed as is',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) =>
      signSegments(
        b64u(JSON.stringify(kit.header)),
        segmentWithSpareBits(JSON.stringify(holderClaims())),
        'registry',
      ),
  },
  {
    label: 'payload of an impossible base64 length (4k+1), signed as is',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) => {
      let payload = b64u(JSON.stringify(holderClaims()));
      while (payload.length % 4 !== 1) payload += 'A';
      return signSegments(b64u(JSON.stringify(kit.header)), payload, 'registry');
    },
  },
  {
    label: "signature with padding '=='",
    code: 'MALFORMED',
    build: (kit) => `${kit.genuine}==`,
  },
  {
    label: "signature with a '+'",
    code: 'MALFORMED',
    build: (kit) => replaceAt(kit.genuine, kit.genuine.length - 10, '+'),
  },
  {
    label: 'signature whose last character has spare bits set',
    code: 'BAD_SIGNATURE',
    build: (kit) => flipLowBit(kit.genuine),
  },

  // --- segments ---
  {
    label: 'two segments (signature dropped)',
    code: 'MALFORMED',
    build: (kit) => kit.genuine.slice(0, kit.genuine.lastIndexOf('.')),
  },
  {
    label: 'four segments (a second signature appended)',
    code: 'MALFORMED',
    build: (kit) => `${kit.genuine}.${segmentsOf(kit.genuine)[2]}`,
  },
  {
    label: 'five segments, JWE-like (RSA-OAEP / A256GCM)',
    code: 'MALFORMED',
    build: () =>
      [
        b64u(JSON.stringify({ alg: 'RSA-OAEP', enc: 'A256GCM', typ: 'kycvs+jwt' })),
        b64u(new Uint8Array(256).fill(7)),
        b64u(new Uint8Array(12).fill(1)),
        b64u(JSON.stringify(holderClaims())),
        b64u(new Uint8Array(16).fill(9)),
      ].join('.'),
  },
  {
    label: 'five segments, JWE-like with alg dir and an empty key',
    code: 'MALFORMED',
    build: () =>
      [
        b64u(JSON.stringify({ alg: 'dir', enc: 'A128GCM' })),
        '',
        b64u(new Uint8Array(12)),
        b64u(JSON.stringify(holderClaims())),
        b64u(new Uint8Array(16)),
      ].join('.'),
  },
  {
    label: 'empty header segment',
    code: 'MALFORMED',
    build: (kit) => kit.genuine.slice(kit.genuine.indexOf('.')),
  },
  {
    label: 'empty payload segment',
    code: 'MALFORMED',
    build: (kit) => {
      const [header, , signature] = segmentsOf(kit.genuine);
      return `${header}..${signature}`;
    },
  },
  {
    label: 'empty signature segment with an ES256 header',
    code: 'BAD_SIGNATURE',
    build: (kit) => kit.genuine.slice(0, kit.genuine.lastIndexOf('.') + 1),
  },
  {
    label: 'only dots',
    code: 'MALFORMED',
    build: () => '..',
  },

  // --- signature surgery on the registry's own signature ---
  {
    label: 'signature re-encoded as ASN.1 DER',
    code: 'BAD_SIGNATURE',
    build: (kit) => withSignature(kit.genuine, rawToDer(signatureOf(kit.genuine))),
  },
  {
    label: 'signature truncated to 63 bytes',
    code: 'BAD_SIGNATURE',
    build: (kit) => withSignature(kit.genuine, signatureOf(kit.genuine).subarray(0, 63)),
  },
  {
    label: 'signature truncated to r alone (32 bytes)',
    code: 'BAD_SIGNATURE',
    build: (kit) => withSignature(kit.genuine, signatureOf(kit.genuine).subarray(0, 32)),
  },
  {
    label: 'signature with a zero byte appended (65 bytes)',
    code: 'BAD_SIGNATURE',
    build: (kit) => withSignature(kit.genuine, new Uint8Array([...signatureOf(kit.genuine), 0])),
  },
  {
    label: 'signature of 64 zero bytes',
    code: 'BAD_SIGNATURE',
    build: (kit) => withSignature(kit.genuine, new Uint8Array(64)),
  },
  {
    label: 'signature of 64 0xff bytes',
    code: 'BAD_SIGNATURE',
    build: (kit) => withSignature(kit.genuine, new Uint8Array(64).fill(0xff)),
  },
  {
    label: 'r equal to the curve order n',
    code: 'BAD_SIGNATURE',
    build: (kit) => reSigned(kit, (_r, s) => [P256_N, s]),
  },
  {
    label: 's equal to the curve order n',
    code: 'BAD_SIGNATURE',
    build: (kit) => reSigned(kit, (r) => [r, P256_N]),
  },
  {
    label: 'r zero',
    code: 'BAD_SIGNATURE',
    build: (kit) => reSigned(kit, (_r, s) => [0n, s]),
  },
  {
    label: 's zero',
    code: 'BAD_SIGNATURE',
    build: (kit) => reSigned(kit, (r) => [r, 0n]),
  },
  {
    label: 'r and s swapped',
    code: 'BAD_SIGNATURE',
    build: (kit) => reSigned(kit, (r, s) => [s, r]),
  },
  {
    label: 'n - r (the negated r)',
    code: 'BAD_SIGNATURE',
    build: (kit) => reSigned(kit, (r, s) => [P256_N - r, s]),
  },
  {
    label: "another genuine token's signature spliced on",
    code: 'BAD_SIGNATURE',
    build: async (kit) => {
      const other = await registrySigned(kit, { jti: 'Zm9yZ2VkLWp0aS0wMDE' });
      return withSignature(kit.genuine, signatureOf(other));
    },
  },

  // --- tampering with signed parts ---
  {
    label: 'tampered payload: vs 0 flipped to 2 under the original signature',
    code: 'BAD_SIGNATURE',
    build: async (kit) => {
      const [header, , signature] = segmentsOf(await registrySigned(kit, { vs: 0 }));
      return `${header}.${b64u(JSON.stringify(holderClaims({ vs: 2 })))}.${signature}`;
    },
  },
  {
    label: 'tampered payload: the same claims re-encoded in another member order',
    code: 'BAD_SIGNATURE',
    build: (kit) => {
      const [header, , signature] = segmentsOf(kit.genuine);
      const reordered = Object.fromEntries(Object.entries(holderClaims()).reverse());
      return `${header}.${b64u(JSON.stringify(reordered))}.${signature}`;
    },
  },
  {
    label: "tampered header: the registry's next kid under the original signature",
    code: 'BAD_SIGNATURE',
    build: (kit) => {
      const [, payload, signature] = segmentsOf(kit.genuine);
      return `${b64u(JSON.stringify(headerWith(kit.kids.registryNext)))}.${payload}.${signature}`;
    },
  },
  {
    label: 'tampered header: the same header re-encoded with white space',
    code: 'BAD_SIGNATURE',
    build: (kit) => {
      const [, payload, signature] = segmentsOf(kit.genuine);
      return `${b64u(JSON.stringify(kit.header, null, 1))}.${payload}.${signature}`;
    },
  },

  // --- JSON parsing differentials ---
  {
    label: 'header with duplicate alg, ES256 then none, signed by the registry',
    signer: 'registry',
    code: 'UNSUPPORTED_ALG',
    build: (kit) =>
      signRaw(
        `${JSON.stringify(kit.header).slice(0, -1)},"alg":"none"}`,
        JSON.stringify(holderClaims()),
        'registry',
      ),
  },
  {
    label: 'header with duplicate alg, none then ES256, signed by the attacker',
    signer: 'attacker',
    code: 'BAD_SIGNATURE',
    build: (kit) =>
      signRaw(
        `{"alg":"none","kid":"${kit.kids.registry}","typ":"kycvs+jwt","alg":"ES256"}`,
        JSON.stringify(holderClaims()),
        'attacker',
      ),
  },
  {
    label: "header with duplicate kid, attacker's then registry's, signed by the attacker",
    signer: 'attacker',
    code: 'BAD_SIGNATURE',
    build: (kit) =>
      signRaw(
        `{"alg":"ES256","kid":"${kit.kids.attacker}","typ":"kycvs+jwt","kid":"${kit.kids.registry}"}`,
        JSON.stringify(holderClaims()),
        'attacker',
      ),
  },
  {
    label: 'header with duplicate typ, kycvs+jwt then JWT, signed by the registry',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) =>
      signRaw(
        `${JSON.stringify(kit.header).slice(0, -1)},"typ":"JWT"}`,
        JSON.stringify(holderClaims()),
        'registry',
      ),
  },
  {
    label: 'payload with duplicate iss, trusted then untrusted, signed by the registry',
    signer: 'registry',
    code: 'UNTRUSTED_ISSUER',
    build: (kit) =>
      signRaw(JSON.stringify(kit.header), claimsJsonWith(`"iss":"${EVIL}"`), 'registry'),
  },
  {
    label: 'payload with duplicate iss, untrusted then trusted, attacker key and kid',
    signer: 'attacker',
    code: 'UNKNOWN_KEY',
    build: (kit) =>
      signRaw(
        JSON.stringify(headerWith(kit.kids.attacker)),
        `{"iss":"${EVIL}",${claimsJsonWith(`"iss":"${ISSUER}"`, { iss: undefined }).slice(1)}`,
        'attacker',
      ),
  },
  {
    label: "payload with duplicate iss, partner then registry, the registry's kid, attacker key",
    signer: 'attacker',
    code: 'BAD_SIGNATURE',
    build: (kit) =>
      signRaw(
        JSON.stringify(kit.header),
        `{"iss":"${PARTNER_ISSUER}",${claimsJsonWith(`"iss":"${ISSUER}"`, { iss: undefined }).slice(1)}`,
        'attacker',
      ),
  },
  {
    label: 'payload with duplicate iss, registry then partner, signed by the registry',
    signer: 'registry',
    code: 'UNKNOWN_KEY',
    build: (kit) =>
      signRaw(JSON.stringify(kit.header), claimsJsonWith(`"iss":"${PARTNER_ISSUER}"`), 'registry'),
  },
  {
    label: 'payload with duplicate vs, 2 then 7, signed by the registry',
    signer: 'registry',
    code: 'BAD_CLAIMS',
    build: (kit) => signRaw(JSON.stringify(kit.header), claimsJsonWith('"vs":7'), 'registry'),
  },
  ...(
    [
      ['an array', '["ES256","kycvs+jwt"]'],
      ['a number', '42'],
      ['a string', '"ES256"'],
      ['null', 'null'],
      ['invalid JSON (trailing comma)', '{"alg":"ES256","typ":"kycvs+jwt",}'],
    ] as const
  ).map(([text, json]): AttackCase => ({
    label: `header JSON is ${text}, signed by the registry`,
    code: 'MALFORMED',
    build: () => signRaw(json, JSON.stringify(holderClaims()), 'registry'),
  })),
  ...(
    [
      ['an array', JSON.stringify([holderClaims()])],
      ['a number', '2'],
      ['a string', JSON.stringify(JSON.stringify(holderClaims()))],
      ['invalid JSON (single quotes)', "{'vs':2}"],
    ] as const
  ).map(([text, json]): AttackCase => ({
    label: `payload JSON is ${text}, signed by the registry`,
    code: 'MALFORMED',
    build: (kit) => signRaw(JSON.stringify(kit.header), json, 'registry'),
  })),
  {
    label: 'invalid UTF-8 (0xff) inside the header kid, signed by the registry',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) => {
      const [before, after] = JSON.stringify(kit.header).split(kit.kids.registry) as [
        string,
        string,
      ];
      const header = new Uint8Array([
        ...bytesOf(before + kit.kids.registry),
        0xff,
        ...bytesOf(after),
      ]);
      return signRaw(header, JSON.stringify(holderClaims()), 'registry');
    },
  },
  {
    label: 'invalid UTF-8 (0xc3 0x28) inside the name, signed by the registry',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) =>
      signRaw(JSON.stringify(kit.header), claimsWithNameBytes([0xc3, 0x28]), 'registry'),
  },
  {
    label: "an overlong UTF-8 '/' (0xc0 0xaf) inside the name, signed by the registry",
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) =>
      signRaw(JSON.stringify(kit.header), claimsWithNameBytes([0xc0, 0xaf]), 'registry'),
  },
  {
    label:
      'a UTF-8 encoded lone surrogate (0xed 0xa0 0x80) inside the name, signed by the registry',
    signer: 'registry',
    code: 'MALFORMED',
    build: (kit) =>
      signRaw(JSON.stringify(kit.header), claimsWithNameBytes([0xed, 0xa0, 0x80]), 'registry'),
  },

  // --- white space and invisible characters around a genuine token ---
  { label: 'a leading space', code: 'MALFORMED', build: (kit) => ` ${kit.genuine}` },
  { label: 'a trailing newline', code: 'MALFORMED', build: (kit) => `${kit.genuine}\n` },
  {
    label: 'a tab after the header',
    code: 'MALFORMED',
    build: (kit) => kit.genuine.replace('.', '\t.'),
  },
  {
    label: 'a zero-width space inside the payload',
    code: 'MALFORMED',
    build: (kit) => {
      const [header, payload, signature] = segmentsOf(kit.genuine);
      return `${header}.${payload.slice(0, 10)}\u200b${payload.slice(10)}.${signature}`;
    },
  },
  {
    label: 'the kycvs:/ QR text itself, not decoded',
    code: 'MALFORMED',
    build: (kit) => `kycvs:/${kit.genuine}`,
  },
];

type Outcome = { token: string; verdict: Verdict } | { thrown: unknown };

async function runCase(kit: Kit, trusted: TrustedIssuer[], attack: AttackCase): Promise<Outcome> {
  try {
    const token = await attack.build(kit);
    const verdict = await verifyStatusToken(token, trusted, { now: NOW, ...attack.options });
    return { token, verdict };
  } catch (thrown) {
    return { thrown };
  }
}

function codeOf(outcome: Outcome | undefined): string {
  if (!outcome) return 'NOT RUN';
  if ('thrown' in outcome) return `THREW ${String(outcome.thrown)}`;
  return outcome.verdict.ok ? 'ACCEPTED' : outcome.verdict.code;
}

let kit: Kit;
let trusted: TrustedIssuer[];
const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  const kids = {
    registry: await kidOf('registry'),
    registryNext: await kidOf('registryNext'),
    other: await kidOf('other'),
    attacker: await kidOf('attacker'),
  };
  const header = headerWith(kids.registry);
  kit = { kids, header, genuine: await signJson(header, holderClaims(), 'registry') };
  trusted = await hardeningTrust();
  for (const attack of CASES) outcomes.set(attack.label, await runCase(kit, trusted, attack));
});

describe('token attacks: controls (the corpus departs from tokens that are accepted)', () => {
  it('accepts the genuine holder token every attack starts from', async () => {
    const verdict = await verifyStatusToken(kit.genuine, trusted, { now: NOW });
    expect(verdict.ok && verdict.kid).toBe(kit.kids.registry);
  });

  it('accepts a genuine desk token with the verifier id and nonce the corpus uses', async () => {
    const token = await registrySigned(kit, { aud: DESK.audience, nonce: DESK.nonce });
    const verdict = await verifyStatusToken(token, trusted, { now: NOW, ...DESK });
    expect(verdict.ok && verdict.aud).toBe(DESK.audience);
  });

  it('accepts a name of exactly 200 characters and a token of the partner registry', async () => {
    const long = await registrySigned(kit, { name: 'n'.repeat(200) });
    expect((await verifyStatusToken(long, trusted, { now: NOW })).ok).toBe(true);
    const partner = await signJson(
      headerWith(kit.kids.other),
      holderClaims({ iss: PARTNER_ISSUER }),
      'other',
    );
    const verdict = await verifyStatusToken(partner, trusted, { now: NOW });
    expect(verdict.ok && verdict.iss).toBe(PARTNER_ISSUER);
  });

  it('builds every case that claims a real signature with one, over its exact bytes', async () => {
    const claimed = CASES.filter((attack) => attack.signer !== undefined);
    const unsigned: string[] = [];
    for (const attack of claimed) {
      const outcome = outcomes.get(attack.label);
      const token = outcome && 'token' in outcome ? outcome.token : '';
      if (!(await carriesSignatureOf(token, attack.signer!))) unsigned.push(attack.label);
    }
    console.log(`token attacks: ${claimed.length} cases carry a real ES256 signature`);
    expect(unsigned).toEqual([]);
    expect(claimed.length).toBeGreaterThanOrEqual(40);
  });

  it('keeps every label unique, so that each case is reported on its own', () => {
    expect(new Set(CASES.map((attack) => attack.label)).size).toBe(CASES.length);
  });
});

describe('token attacks: every forged or malformed token is rejected with its code', () => {
  it.each(CASES.map((attack) => [attack.label, attack] as const))('%s', (_label, attack) => {
    expect(codeOf(outcomes.get(attack.label))).toBe(attack.code);
  });

  it('rejects the whole corpus again in reverse order against a fresh trust list', async () => {
    // Its own run, not a tally of the cases above: no verification may lean on a key cache or
    // state another one left behind.
    const fresh = await hardeningTrust();
    const codes: Record<string, string> = {};
    for (const attack of [...CASES].reverse()) {
      codes[attack.label] = codeOf(await runCase(kit, fresh, attack));
    }
    expect(codes).toEqual(Object.fromEntries(CASES.map((attack) => [attack.label, attack.code])));
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });
});

describe('token attacks: documented behaviour of signatures the registry did make', () => {
  it('a malleated signature (r, n - s) asserts nothing new: same claims, same jti', async () => {
    const original = await verifyStatusToken(kit.genuine, trusted, { now: NOW });
    // ECDSA: (r, s) and (r, n - s) both verify (SEC 1 §4.1.4); WebCrypto signers do not
    // normalise s, so rejecting high s would reject genuine tokens. Replay checks key on jti.
    const twin = reSigned(kit, (r, s) => [r, P256_N - s]);
    expect(twin).not.toBe(kit.genuine);
    expect(await verifyStatusToken(twin, trusted, { now: NOW })).toEqual(original);
  });

  it('a duplicated iss resolves to the last member, and the verdict names that issuer', async () => {
    // RFC 7515 §5.2 / RFC 7519 §4 allow a parser that keeps the lexically last member; the
    // signature check and the claims use the same parse, so both agree on the partner.
    const token = await signRaw(
      JSON.stringify(headerWith(kit.kids.other)),
      claimsJsonWith(`"iss":"${PARTNER_ISSUER}"`),
      'other',
    );
    const verdict = await verifyStatusToken(token, trusted, { now: NOW });
    expect(verdict.ok && verdict.iss).toBe(PARTNER_ISSUER);
  });
});

describe('token attacks: regressions', () => {
  it('answers, never throws, when an untyped caller passes null options', async () => {
    const nullOptions = null as unknown as VerifyOptions;
    // Null options mean the real clock: these tokens span 2001 to 2096, so the answer is fixed.
    const span = { iat: 1_000_000_000, exp: 4_000_000_000 };
    const holder = await registrySigned(kit, span);
    const verdict = await verifyStatusToken(holder, trusted, nullOptions);
    expect(verdict.ok && verdict.jti).toBe(holderClaims().jti);
    const desk = await registrySigned(kit, { ...span, aud: DESK.audience });
    expect(await verifyStatusToken(desk, trusted, nullOptions)).toEqual({
      ok: false,
      code: 'WRONG_AUDIENCE',
    });
  });
});
