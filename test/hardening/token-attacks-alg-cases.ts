/**
 * Attacks on the algorithm and on key selection (RFC 8725 §2.1, §3.1): alg none and its variants,
 * HMAC keyed with the registry's public key, foreign algorithms, and kids that are missing,
 * malformed, unknown, of another registry or of another key.
 */
import { holderClaims, publicJwk } from '../fixtures/tokens.ts';
import {
  PARTNER_ISSUER,
  b64u,
  bytesOf,
  rawPoint,
  segmentsOf,
  signHmac,
  signJson,
  signWithAlg,
} from './attack-kit.ts';
import { headerWith, registrySigned, type AttackCase } from './token-attacks-helpers.ts';

export const ALG_AND_KID_CASES: AttackCase[] = [
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
];
