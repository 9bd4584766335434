/**
 * Attacks on the compact serialisation: oversized input, base64url that is not canonical
 * (base64 characters, padding, spare bits, impossible lengths) and the wrong number of segments.
 */
import { holderClaims } from '../fixtures/tokens.ts';
import { b64u, segmentsOf, signSegments } from './attack-kit.ts';
import { registrySigned, type AttackCase } from './token-attacks-helpers.ts';

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

export const ENCODING_CASES: AttackCase[] = [
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
];
