/**
 * Signing trust lists (SPEC §10): an ES256 key as a JWK, and the compact JWS
 * `{"alg":"ES256","typ":"kycvs-trust-list+jws","jwk":…}` over the list's JSON. Node only; the
 * PWA verifies and never signs.
 */
import { createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { TRUST_LIST_TYP, type SignedTrustList } from '../src/protocol/index.ts';

/** A trust list signing key: the private key and its public JWK. */
export interface TrustKey {
  privateKey: KeyObject;
  publicJwk: { kty: 'EC'; crv: 'P-256'; x: string; y: string };
}

/** A new ES256 key, as the private JWK to keep. */
export function generateTrustKeyJwk(): JWK {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = privateKey.export({ format: 'jwk' }) as JWK;
  return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, d: jwk.d };
}

/** Reads a private P-256 JWK; throws an Error naming what is wrong. */
export function trustKeyFromJwk(value: unknown): TrustKey {
  const jwk = value as JWK | null;
  if (
    typeof jwk !== 'object' ||
    jwk === null ||
    jwk.kty !== 'EC' ||
    jwk.crv !== 'P-256' ||
    typeof jwk.x !== 'string' ||
    typeof jwk.y !== 'string' ||
    typeof jwk.d !== 'string'
  ) {
    throw new Error('not a private P-256 JWK (kty EC, crv P-256, x, y, d)');
  }
  const privateKey = createPrivateKey({
    key: { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, d: jwk.d },
    format: 'jwk',
  });
  return { privateKey, publicJwk: { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y } };
}

/** The RFC 7638 SHA-256 thumbprint of the key (base64url, 43 characters). */
export function trustKeyThumbprint(key: TrustKey): Promise<string> {
  return calculateJwkThumbprint(key.publicJwk, 'sha256');
}

/** Signs a list as a compact JWS. */
export function signTrustList(list: SignedTrustList, key: TrustKey): string {
  const header = { alg: 'ES256', typ: TRUST_LIST_TYP, jwk: key.publicJwk };
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${encode(header)}.${encode(list)}`;
  const signature = sign('sha256', Buffer.from(input, 'ascii'), {
    key: key.privateKey,
    dsaEncoding: 'ieee-p1363',
  });
  return `${input}.${signature.toString('base64url')}`;
}
