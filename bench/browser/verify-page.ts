/**
 * In-page verification throughput: `verifyStatusToken` with its cached keys against the
 * platform's own `crypto.subtle.verify` on the same signature, one after the other.
 */
import { decodeBase64url, verifyStatusToken } from '../../src/protocol/index.ts';
import type { TrustedIssuer } from '../../src/protocol/index.ts';

/** Operations per second of each contender in one round. */
export interface VerifyRound {
  protocol: number;
  webcrypto: number;
}

const BATCH = 20;

async function protocolRate(
  token: string,
  trusted: TrustedIssuer[],
  now: Date,
  ms: number,
): Promise<number> {
  const started = performance.now();
  let ops = 0;
  while (performance.now() - started < ms) {
    for (let i = 0; i < BATCH; i++) {
      const verdict = await verifyStatusToken(token, trusted, { now });
      // A benchmark of a failing path would measure the wrong thing.
      if (!verdict.ok) throw new Error(`token rejected: ${verdict.code}`);
    }
    ops += BATCH;
  }
  return ops / ((performance.now() - started) / 1000);
}

async function webcryptoRate(token: string, jwk: JsonWebKey, ms: number): Promise<number> {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const key = await crypto.subtle.importKey(
    'jwk',
    { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y },
    { name: 'ECDSA', namedCurve: 'P-256' },
    false,
    ['verify'],
  );
  const data = new TextEncoder().encode(`${header}.${payload}`);
  const signatureBytes = new Uint8Array(decodeBase64url(signature)!);
  const algorithm = { name: 'ECDSA', hash: 'SHA-256' };
  const started = performance.now();
  let ops = 0;
  while (performance.now() - started < ms) {
    for (let i = 0; i < BATCH; i++) {
      if (!(await crypto.subtle.verify(algorithm, key, signatureBytes, data))) {
        throw new Error('signature rejected by WebCrypto');
      }
    }
    ops += BATCH;
  }
  return ops / ((performance.now() - started) / 1000);
}

/** Slices per round: the contenders take turns, so a busy moment of the machine hits both. */
const SLICES = 5;

/** One round: protocol and WebCrypto in turns of `ms / SLICES`, after a short warm-up. */
async function round(
  token: string,
  trusted: TrustedIssuer[],
  nowMs: number,
  ms: number,
): Promise<VerifyRound> {
  const now = new Date(nowMs);
  const jwk = trusted[0]!.jwks.keys[0]!;
  await protocolRate(token, trusted, now, 100);
  await webcryptoRate(token, jwk, 100);
  let protocol = 0;
  let webcrypto = 0;
  for (let i = 0; i < SLICES; i++) {
    protocol += await protocolRate(token, trusted, now, ms / SLICES);
    webcrypto += await webcryptoRate(token, jwk, ms / SLICES);
  }
  return { protocol: protocol / SLICES, webcrypto: webcrypto / SLICES };
}

(window as unknown as { verifyBench: { round: typeof round } }).verifyBench = { round };
