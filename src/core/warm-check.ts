/**
 * A throwaway KYC-VS token, made and signed here with a key made for it, for one check while
 * the home screen is idle: the first real check then runs code the engine has already compiled
 * (the QR text, the JWS, the claims, the signature, the outcome) instead of compiling it on its
 * way to the verdict (measured: ~60 ms between the decoded code and its signature check at 6x
 * CPU throttling). Its key is trusted by that check alone, and nothing of it is recorded.
 * This module imports nothing, so that loading it lazily splits no shared code off the app.
 */
import type { IssuerRecord } from '../store/db.ts';
import type { CheckContext } from './check.ts';
import type { Outcome } from './outcome.ts';

/** An issuer that cannot exist (RFC 2606 `.invalid`), so the throwaway key names no real one. */
const WARM_ISSUER = 'https://warm-up.invalid';

/** The warm-up token as a QR holds it, and the one issuer that trusts its key. */
export interface WarmToken {
  text: string;
  issuer: IssuerRecord;
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const part = (value: object) => base64url(utf8(JSON.stringify(value)));

/** SPEC §5: each character of the JWS as two digits, its code minus 45. */
function qrText(jws: string): string {
  let digits = '';
  for (let i = 0; i < jws.length; i++) digits += String(jws.charCodeAt(i) - 45).padStart(2, '0');
  return `kycvs:/${digits}`;
}

/** Checks the warm-up token once with `check` (the app's own `checkScanned`), offline. */
export async function warmCheck(
  check: (text: string, context: CheckContext) => Promise<Outcome>,
  now: () => number,
): Promise<void> {
  const warm = await makeWarmToken(now());
  if (!warm) return;
  // Offline and with nothing to refresh: this check touches neither network nor log.
  await check(warm.text, {
    issuers: async () => [warm.issuer],
    online: () => false,
    refresh: async () => null,
    now,
  }).catch(() => undefined);
}

/** A freshly signed holder token (SPEC §4) and its issuer; null where WebCrypto cannot sign. */
export async function makeWarmToken(now: number): Promise<WarmToken | null> {
  try {
    const { privateKey, publicKey } = await crypto.subtle.generateKey(
      { name: 'ECDSA', namedCurve: 'P-256' },
      true,
      ['sign', 'verify'],
    );
    const jwk = { ...(await crypto.subtle.exportKey('jwk', publicKey)), kid: 'warm-up' };
    const seconds = Math.floor(now / 1000);
    const signingInput = `${part({ alg: 'ES256', kid: jwk.kid, typ: 'kycvs+jwt' })}.${part({
      iss: WARM_ISSUER,
      iat: seconds,
      exp: seconds + 60,
      jti: base64url(crypto.getRandomValues(new Uint8Array(12))),
      vs: 2,
      name: 'Warm Up',
      mob: '0000',
    })}`;
    const signature = await crypto.subtle.sign(
      { name: 'ECDSA', hash: 'SHA-256' },
      privateKey,
      utf8(signingInput),
    );
    return {
      text: qrText(`${signingInput}.${base64url(new Uint8Array(signature))}`),
      issuer: {
        iss: WARM_ISSUER,
        jwks: { keys: [jwk] },
        fetchedAt: now,
        etag: null,
        registryUrl: WARM_ISSUER,
        clockSkewMs: null,
      },
    };
  } catch {
    // A browser without WebCrypto's ECDSA: the first check compiles as it goes.
    return null;
  }
}
