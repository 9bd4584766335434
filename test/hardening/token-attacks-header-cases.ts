/**
 * Attacks through the protected header: embedded keys and key URLs (RFC 8725 §2.1), which are
 * rejected and never followed, crit and b64 (RFC 7797), extra members, and explicit typing
 * (RFC 8725 §3.11). Every one of these tokens carries a real signature.
 */
import { NOW_S, holderClaims, publicJwk } from '../fixtures/tokens.ts';
import { b64u, signJson, signRaw, signSegments, signerJwk } from './attack-kit.ts';
import { EVIL, headerWith, registrySigned, type AttackCase } from './token-attacks-helpers.ts';

export const HEADER_CASES: AttackCase[] = [
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
];
