/**
 * A throwaway KYC-VS token, made and signed here with a key made for it, for one check while
 * the home screen is idle: the first real check then runs code the engine has already compiled
 * (the QR text, the JWS, the claims, the signature, the outcome) instead of compiling it on its
 * way to the verdict (measured: ~60 ms between the decoded code and its signature check at 6x
 * CPU throttling). Its key is trusted by that check alone, and nothing of it is recorded.
 * This module imports nothing, so that loading it lazily splits no shared code off the app: the
 * check and the protocol's encoders are handed in.
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

/** The protocol's encoders, handed in (src/protocol: `encodeBase64url`, `jwsToQrText`). */
export interface WarmEncoders {
  encodeBase64url: (bytes: Uint8Array) => string;
  jwsToQrText: (jws: string) => string;
}

/** What the warm-up check runs with: the app's own `checkScanned`, and the encoders. */
export interface WarmCheckParts extends WarmEncoders {
  check: (text: string, context: CheckContext) => Promise<Outcome>;
}

/** Checks the warm-up token once with the app's own check, offline. */
export async function warmCheck(parts: WarmCheckParts, now: () => number): Promise<void> {
  const { check } = parts;
  const warm = await makeWarmToken(parts, now());
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
export async function makeWarmToken(
  { encodeBase64url, jwsToQrText }: WarmEncoders,
  now: number,
): Promise<WarmToken | null> {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const part = (value: object) => encodeBase64url(utf8(JSON.stringify(value)));
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
      jti: encodeBase64url(crypto.getRandomValues(new Uint8Array(12))),
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
      // SPEC §5: the numeric QR text a holder's code carries.
      text: jwsToQrText(`${signingInput}.${encodeBase64url(new Uint8Array(signature))}`),
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
