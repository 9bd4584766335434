/**
 * verify_ops_per_s, webcrypto_verify_ops_per_s, verify_ratio: in Chromium, `verifyStatusToken`
 * (keys cached after the first call) against raw `crypto.subtle.verify` of the same signature.
 * Method: bench/README.md.
 */
import { randomBytes } from 'node:crypto';
import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import { keyIdFor } from '../src/protocol/index.ts';
import type { StatusClaims, TrustedIssuer } from '../src/protocol/index.ts';
import { launchChromium } from '../test/helpers/browser.ts';
import { bundlePage, pageHtml, serveSite } from './lib/pages.ts';
import type { BenchModule } from './lib/module.ts';
import { median, round } from './lib/stats.ts';

/** The medians of the rounds, and every round. */
export interface VerifyResult {
  verifyOpsPerS: number;
  webcryptoOpsPerS: number;
  ratio: number;
  rounds: { protocol: number; webcrypto: number }[];
}

const ISSUER = 'http://localhost:8080';
/** A fixed instant inside the token's lifetime: the bench never depends on the wall clock. */
const NOW_MS = Date.UTC(2025, 0, 15, 12, 0, 0);

/** A holder token shaped as the simulator signs them, with a fresh P-256 key. */
async function holderToken(): Promise<{ token: string; trusted: TrustedIssuer[] }> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(publicKey);
  const kid = await keyIdFor(jwk);
  const iat = Math.floor(NOW_MS / 1000) - 60;
  const claims: StatusClaims = {
    iss: ISSUER,
    iat,
    exp: iat + 7 * 24 * 3600,
    jti: randomBytes(12).toString('base64url'),
    vs: 2,
    name: 'Asha Kumari Verma Rao',
    mob: '0001',
  };
  const token = await new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
    .setProtectedHeader({ alg: 'ES256', kid, typ: 'kycvs+jwt' })
    .sign(privateKey);
  const publicJwk = { ...jwk, kid, alg: 'ES256', use: 'sig' } as JsonWebKey;
  return { token, trusted: [{ iss: ISSUER, jwks: { keys: [publicJwk] } }] };
}

/** Runs `rounds` rounds of `ms` milliseconds per contender in one page. */
export async function benchVerify(rounds = 5, ms = 1000): Promise<VerifyResult> {
  const site = await bundlePage('bench/browser/verify-page.ts');
  site.set('/index.html', pageHtml('verify bench'));
  const server = await serveSite(site);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => 'verifyBench' in window);
    const { token, trusted } = await holderToken();
    const results: VerifyResult['rounds'] = [];
    for (let i = 0; i < rounds; i++) {
      const result = await page.evaluate(
        ([t, tr, now, span]) =>
          (
            window as unknown as {
              verifyBench: {
                round(...a: unknown[]): Promise<{ protocol: number; webcrypto: number }>;
              };
            }
          ).verifyBench.round(t, tr, now, span),
        [token, trusted, NOW_MS, ms] as const,
      );
      results.push(result);
      process.stdout.write(
        `  round ${i + 1}/${rounds}: verifyStatusToken ${result.protocol.toFixed(0)}/s, ` +
          `crypto.subtle.verify ${result.webcrypto.toFixed(0)}/s\n`,
      );
    }
    const verifyOpsPerS = median(results.map((r) => r.protocol));
    const webcryptoOpsPerS = median(results.map((r) => r.webcrypto));
    return {
      verifyOpsPerS,
      webcryptoOpsPerS,
      ratio: median(results.map((r) => r.protocol / r.webcrypto)),
      rounds: results,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The `verify` bench module: 5 rounds of 1 s per contender. */
export const bench: BenchModule = {
  name: 'verify',
  title: 'verifyStatusToken vs crypto.subtle.verify in Chromium',
  keys: [
    { key: 'verify_ops_per_s', unit: 'ops/s' },
    { key: 'webcrypto_verify_ops_per_s', unit: 'ops/s' },
    { key: 'verify_ratio', unit: '', goal: { op: '>=', limit: 0.5 } },
  ],
  async run() {
    const result = await benchVerify(5, 1000);
    return {
      values: {
        verify_ops_per_s: round(result.verifyOpsPerS, 0),
        webcrypto_verify_ops_per_s: round(result.webcryptoOpsPerS, 0),
        verify_ratio: round(result.ratio, 2),
      },
      notes: {
        rounds: result.rounds.map((r) => ({
          protocol: round(r.protocol, 0),
          webcrypto: round(r.webcrypto, 0),
        })),
      },
    };
  },
};
