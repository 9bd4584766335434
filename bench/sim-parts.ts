/**
 * Where the time of GET status goes, for the notes (Hono's hello and the simulator without its
 * request log run in the throughput rounds): the ES256 signing rate of one thread, as jose
 * signs and as node:crypto signs, and status with each of those signing paths swapped in for
 * the simulator's own (node:crypto with a callback, on the libuv pool).
 */
import { createPrivateKey, sign } from 'node:crypto';
import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import { registerVerifier } from '../test/helpers/registry-client.ts';
import { loadGet, type LoadShape } from './lib/load.ts';
import { startClockSimulator } from './lib/processes.ts';
import { bearerFor } from './lib/verifier-client.ts';

/** Rates that locate the cost of a status answer (the framework and log runs are in the rounds). */
export interface StatusParts {
  /** Status without the log, signed by jose over WebCrypto (same key, same token). */
  statusJoseSignRps: number | null;
  /** Status without the log, signed by node:crypto synchronously on the main thread. */
  statusSyncSignRps: number | null;
  joseSignPerS: number;
  nodeSignPerS: number;
}
async function rate(fn: () => unknown, ms: number): Promise<number> {
  const started = performance.now();
  let ops = 0;
  while (performance.now() - started < ms) {
    await fn();
    ops++;
  }
  return ops / ((performance.now() - started) / 1000);
}

/** Signs a desk-token-sized payload for `ms` ms each way on this process's one thread. */
async function signRates(ms: number): Promise<{ jose: number; node: number }> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  const payload = new TextEncoder().encode(
    JSON.stringify({
      iss: 'http://localhost:41234',
      iat: 1_700_000_000,
      exp: 1_700_000_900,
      jti: 'AAAAAAAAAAAAAAAA',
      vs: 2,
      name: 'Priya Ramesh Iyengar',
      mob: '6780',
      aud: 'bench-status',
    }),
  );
  const header = { alg: 'ES256', kid: 'AAAAAAAAAAA', typ: 'kycvs+jwt' };
  const jose = await rate(
    () => new CompactSign(payload).setProtectedHeader(header).sign(privateKey),
    ms,
  );
  const nodeKey = createPrivateKey({ key: jwk as import('node:crypto').JsonWebKey, format: 'jwk' });
  const node = await rate(
    () => sign('sha256', payload, { key: nodeKey, dsaEncoding: 'ieee-p1363' }),
    ms,
  );
  return { jose, node };
}

/** GET status on the fake-clock simulator started with `args`. */
async function quietStatusRps(args: string[], shape: LoadShape): Promise<number> {
  const quiet = await startClockSimulator(args);
  try {
    const apiKey = await registerVerifier(quiet.url, {
      verifier_id: 'bench-quiet',
      name: 'Bench',
      origins: [],
    });
    const bearer = await bearerFor(quiet.url, apiKey);
    const headers = { 'X-Api-Key': apiKey, Authorization: `Bearer ${bearer}` };
    const url = `${quiet.url}/v3/vaccination/status`;
    await loadGet(url, { ...shape, durationS: 1 }, headers);
    const run = await loadGet(url, shape, headers);
    if (run.non2xx > 0 || run.errors > 0) throw new Error('status answered other than 200');
    return run.rps;
  } finally {
    await quiet.stop();
  }
}

/** Measures the parts with the same load shape as the main runs. */
export async function benchStatusParts(shape: LoadShape): Promise<StatusParts> {
  const variant = (name: string) =>
    quietStatusRps(['--quiet', '--sign', name], shape).catch(() => null);
  const statusJoseSignRps = await variant('jose');
  const statusSyncSignRps = await variant('sync');
  const signing = await signRates(1500);
  return {
    statusJoseSignRps,
    statusSyncSignRps,
    joseSignPerS: signing.jose,
    nodeSignPerS: signing.node,
  };
}
