/** Nonces for requests whose answer must be bound to them (SPEC §4 `nonce`). */
import { encodeBase64url } from '../protocol/base64url.ts';

/** A fresh nonce: 128 random bits in base64url (22 characters, within SPEC §3's 1-64). */
export function newNonce(): string {
  return encodeBase64url(crypto.getRandomValues(new Uint8Array(16)));
}
