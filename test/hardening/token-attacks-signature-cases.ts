/**
 * Attacks on the registry's own signature and on the parts it signs: ECDSA surgery on r and s,
 * other encodings and lengths, a signature spliced from another token, and signed parts altered
 * or re-encoded under the original signature.
 */
import { holderClaims } from '../fixtures/tokens.ts';
import { P256_N, b64u, rawToDer, segmentsOf, signatureOf, withSignature } from './attack-kit.ts';
import { headerWith, reSigned, registrySigned, type AttackCase } from './token-attacks-helpers.ts';

export const SIGNATURE_CASES: AttackCase[] = [
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
];
