/**
 * Attacks on parsing: duplicate members in the header and the claims, JSON of the wrong kind,
 * invalid UTF-8, and white space or invisible characters around a genuine token.
 */
import { ISSUER, holderClaims } from '../fixtures/tokens.ts';
import { PARTNER_ISSUER, bytesOf, segmentsOf, signRaw } from './attack-kit.ts';
import { EVIL, claimsJsonWith, headerWith, type AttackCase } from './token-attacks-helpers.ts';

/** Holder claims as UTF-8 bytes with these raw bytes spliced into the name. */
function claimsWithNameBytes(bytes: number[]): Uint8Array {
  const [before, after] = JSON.stringify(holderClaims({ name: 'Aarav ~' })).split('~') as [
    string,
    string,
  ];
  return new Uint8Array([...bytesOf(before), ...bytes, ...bytesOf(after)]);
}

export const PARSING_CASES: AttackCase[] = [
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
