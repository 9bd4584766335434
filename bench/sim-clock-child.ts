/**
 * The simulator's own app and registry on a clock the bench can move (over IPC), for the
 * memory-after-purge figure: the CLI has no way to expire 15-minute bearer tokens in a bench.
 * Same routes, same request log to stdout as `bin/kycvs-simulator.js` (unless --quiet); run
 * with --expose-gc.
 */
import { createPrivateKey, sign } from 'node:crypto';
import { CompactSign, importJWK, type JWK } from 'jose';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { StatusClaims } from '../src/protocol/index.ts';
import { createApp } from '../simulator/app.ts';
import { Registry } from '../simulator/registry.ts';
import { listen } from '../simulator/server.ts';

/** A message from the bench: move the clock and sweep, or just report memory. */
export type ClockRequest = { type: 'advance'; ms: number } | { type: 'memory' };

/** The answer: the live heap after a full collection, and the process's RSS. */
export interface MemoryReport {
  heapUsedMb: number;
  rssMb: number;
  transactions: number;
  bearers: number;
  mobilesTracked: number;
}

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    persons: { type: 'string', default: '0' },
    'rate-limit': { type: 'string', default: '0' },
    quiet: { type: 'boolean', default: false },
    // The signing path to swap in: 'jose' (WebCrypto) or 'sync' (node:crypto on the main thread).
    sign: { type: 'string' },
  },
});

let offsetMs = 0;
const registry = await Registry.create({
  dataDir: values['data-dir']!,
  persons: Number(values.persons),
  rateLimit: Number(values['rate-limit']),
  otpResendGapS: 0,
  now: () => Date.now() + offsetMs,
  // --quiet drops the request log, to measure what the log lines cost under load.
  ...(values.quiet ? { log: () => undefined } : {}),
});
if (values.sign === 'jose' || values.sign === 'sync') {
  await swapSigner(values['data-dir']!, values.sign);
}
const listening = await listen(createApp(registry), 0);
registry.setBaseUrl(`http://localhost:${listening.port}`);

/**
 * --sign jose|sync: the experiment behind a note in the results. The same key and the same
 * token, signed by jose over WebCrypto or by node:crypto's synchronous ECDSA instead of the
 * simulator's own path (node:crypto with a callback, on the libuv pool), to measure what the
 * signing path costs the status endpoint.
 */
async function swapSigner(dataDir: string, variant: 'jose' | 'sync'): Promise<void> {
  const file = JSON.parse(readFileSync(join(dataDir, 'keys.json'), 'utf8')) as {
    current: string;
    keys: { kid: string; privateJwk: import('node:crypto').JsonWebKey }[];
  };
  const current = file.keys.find((key) => key.kid === file.current)!;
  const headerJson = { alg: 'ES256', kid: current.kid, typ: 'kycvs+jwt' };
  if (variant === 'jose') {
    const key = await importJWK(current.privateJwk as JWK, 'ES256');
    registry.keys.sign = (claims: StatusClaims) =>
      new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
        .setProtectedHeader(headerJson)
        .sign(key);
    return;
  }
  const privateKey = createPrivateKey({ key: current.privateJwk, format: 'jwk' });
  const header = Buffer.from(JSON.stringify(headerJson)).toString('base64url');
  registry.keys.sign = async (claims: StatusClaims) => {
    const input = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    const signature = sign('sha256', Buffer.from(input), {
      key: privateKey,
      dsaEncoding: 'ieee-p1363',
    });
    return `${input}.${signature.toString('base64url')}`;
  };
}

const collect = (globalThis as { gc?: () => void }).gc;
const report = (): MemoryReport => {
  collect?.();
  const memory = process.memoryUsage();
  const held = registry.otp.inspect();
  return {
    heapUsedMb: memory.heapUsed / 2 ** 20,
    rssMb: memory.rss / 2 ** 20,
    transactions: held.transactions.length,
    bearers: held.bearers.length,
    mobilesTracked: held.mobilesTracked,
  };
};

process.on('message', (request: ClockRequest) => {
  if (request.type === 'advance') {
    offsetMs += request.ms;
    registry.sweep();
  }
  process.send!(report());
});
process.on('SIGTERM', () => {
  registry.close();
  void listening.close().then(() => process.exit(0));
});
console.log(`KYCVS_READY http://localhost:${listening.port}`);
