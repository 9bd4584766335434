/** Signing keys and status tokens for the app's unit tests (the PWA itself never signs). */
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey } from 'jose';
import { keyIdFor } from '../../src/protocol/index.ts';

/** The issuer the fixtures sign as. */
export const FIXTURE_ISS = 'http://localhost:4010';

/** A P-256 signing key with its public JWK and kid. */
export interface FixtureKey {
  privateKey: CryptoKey;
  publicJwk: JsonWebKey & { kid: string };
  kid: string;
}

/** Makes a fresh ES256 key pair. */
export async function makeKey(): Promise<FixtureKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(publicKey);
  const kid = await keyIdFor(jwk as JsonWebKey);
  return { privateKey, kid, publicJwk: { ...(jwk as JsonWebKey), kid, alg: 'ES256', use: 'sig' } };
}

/** Claims a fixture token may override. */
export interface FixtureClaims {
  iss?: string;
  vs?: number;
  name?: string;
  mob?: string;
  aud?: string;
  nonce?: string;
  iat?: number;
  exp?: number;
  jti?: string;
}

/** Signs a status token with `key`; `nowS` is the issue time in seconds. */
export async function signToken(
  key: FixtureKey,
  nowS: number,
  claims: FixtureClaims = {},
): Promise<string> {
  const payload: Record<string, unknown> = {
    iss: claims.iss ?? FIXTURE_ISS,
    iat: claims.iat ?? nowS,
    exp: claims.exp ?? nowS + 900,
    jti: claims.jti ?? 'AAAAAAAAAAAAAAAAAAAAAA',
    vs: claims.vs ?? 2,
    name: claims.name ?? 'Asha Verma',
    mob: claims.mob ?? '4321',
  };
  if (claims.aud !== undefined) payload.aud = claims.aud;
  if (claims.nonce !== undefined) payload.nonce = claims.nonce;
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'kycvs+jwt' })
    .sign(key.privateKey);
}

/** The same token with one payload character changed: a forgery. */
export function forge(jws: string): string {
  const [header, payload, signature] = jws.split('.') as [string, string, string];
  const middle = Math.floor(payload.length / 2);
  const swapped = payload[middle] === 'A' ? 'B' : 'A';
  return `${header}.${payload.slice(0, middle)}${swapped}${payload.slice(middle + 1)}.${signature}`;
}
