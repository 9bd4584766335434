/** Key ids: the first 8 bytes of the RFC 7638 SHA-256 thumbprint, base64url (SPEC §4). */
import { calculateJwkThumbprint } from 'jose';
import { decodeBase64url, encodeBase64url } from './base64url.ts';

/** The 11-character `kid` of a public EC key. */
export async function keyIdFor(jwk: JsonWebKey): Promise<string> {
  const thumbprint = await calculateJwkThumbprint(
    { kty: jwk.kty!, crv: jwk.crv!, x: jwk.x!, y: jwk.y! },
    'sha256',
  );
  return encodeBase64url(decodeBase64url(thumbprint)!.subarray(0, 8));
}
