/**
 * Attacks on the claims under a real registry signature (SPEC §4): the issuer, the clock, each
 * required claim missing, the audience and nonce of a desk request, and bad vs, name and mob.
 */
import { ISSUER, NOW_S } from '../fixtures/tokens.ts';
import { signRaw } from './attack-kit.ts';
import {
  DESK,
  EVIL,
  claimsJsonWith,
  registrySigned,
  type AttackCase,
} from './token-attacks-helpers.ts';

export const CLAIMS_CASES: AttackCase[] = [
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
];
