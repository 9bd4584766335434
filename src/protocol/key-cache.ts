/**
 * Imported verification keys, cached by their public point: importing a JWK on every
 * verification would halve throughput at a busy gate.
 */

const MAX_CACHED_KEYS = 64;
const cache = new Map<string, Promise<CryptoKey>>();

/** The parts of a JWK that make an ES256 public key usable for status tokens, or null. */
export function usableEs256Key(jwk: JsonWebKey): { x: string; y: string } | null {
  if (typeof jwk !== 'object' || jwk === null) return null;
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256') return null;
  if (typeof jwk.x !== 'string' || typeof jwk.y !== 'string') return null;
  if (jwk.alg !== undefined && jwk.alg !== 'ES256') return null;
  if (jwk.use !== undefined && jwk.use !== 'sig') return null;
  if (
    jwk.key_ops !== undefined &&
    !(Array.isArray(jwk.key_ops) && jwk.key_ops.includes('verify'))
  ) {
    return null;
  }
  return { x: jwk.x, y: jwk.y };
}

/**
 * The verification `CryptoKey` for an ES256 public point, imported once. Only the public
 * coordinates are imported, so a JWK that carries a private part cannot sign through us.
 */
export function importVerificationKey(point: { x: string; y: string }): Promise<CryptoKey> {
  const id = `${point.x}.${point.y}`;
  const held = cache.get(id);
  if (held) return held;
  const imported = crypto.subtle.importKey(
    'jwk',
    { kty: 'EC', crv: 'P-256', x: point.x, y: point.y, ext: true },
    { name: 'ECDSA', namedCurve: 'P-256' },
    false,
    ['verify'],
  );
  // A failed import must not stay cached: the next attempt gets a fresh try.
  imported.catch(() => cache.delete(id));
  if (cache.size >= MAX_CACHED_KEYS) cache.delete(cache.keys().next().value!);
  cache.set(id, imported);
  return imported;
}

/**
 * Imports the usable ES256 keys of these key sets ahead of a verification (while the app is idle),
 * so the first check after opening finds them imported. Never rejects.
 */
export function prepareVerificationKeys(sets: readonly { keys?: readonly JsonWebKey[] }[]): void {
  for (const set of sets) {
    for (const jwk of Array.isArray(set.keys) ? set.keys : []) {
      const point = usableEs256Key(jwk);
      if (point) importVerificationKey(point).catch(() => undefined);
    }
  }
}

/** Forgets every imported key (tests, and a trust store that was cleared). */
export function clearKeyCache(): void {
  cache.clear();
}
