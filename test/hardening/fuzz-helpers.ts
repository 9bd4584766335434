/**
 * The oracle and the shared inputs of the fuzzing suites of the verifier's two entry points for
 * untrusted text.
 *
 * `checkVerdict` asks of every verification that `verifyStatusToken` not throw, answer with a
 * verdict of a known code, and accept a token only when a trusted key really signed exactly that
 * text: every token a trusted key signs goes through `signTrusted` and is recorded, and any other
 * acceptance fails the run. The base tokens, the seed, the run counts and the arbitraries of
 * plausible and junk claims are common to every suite.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import {
  MAX_TOKEN_LENGTH,
  VERDICT_CODES,
  verifyStatusToken,
  type TrustedIssuer,
  type Verdict,
  type VerifyOptions,
} from '../../src/protocol/index.ts';
import { ISSUER, NOW, NOW_S, holderClaims } from '../fixtures/tokens.ts';
import {
  PARTNER_ISSUER,
  hardeningTrust,
  kidOf,
  segmentsOf,
  signRaw,
  type SignerName,
} from './attack-kit.ts';

/** One seed for every property, so that a failure replays exactly. */
export const SEED = 0x6b7963;
export const RUNS = {
  arbitraryStrings: 2_000,
  arbitraryJson: 2_000,
  mutations: 3_000,
  reEncodedClaims: 2_000,
  untrustedSigner: 1_000,
  qrArbitraryText: 3_000,
  qrRoundTrip: 2_000,
  qrMutatedThenVerified: 1_000,
} as const;

export const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const B64URL_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const EVIL = 'https://evil.example';
export const TRUSTED_SIGNERS = ['registry', 'registryNext', 'other'] as const;
export const ISSUER_OF: Record<(typeof TRUSTED_SIGNERS)[number], string> = {
  registry: ISSUER,
  registryNext: ISSUER,
  other: PARTNER_ISSUER,
};
export const DESK = { audience: 'gate-7', nonce: 'n-7Qa_x' };

export let trusted: TrustedIssuer[];
export let kids: Record<SignerName, string>;
/** Base tokens a trusted key signed, for mutation: holder, desk, next key, partner. */
export let bases: string[];
/**
 * Every token text that a trusted key signed in the running suite, with that key's issuer: the
 * only texts that may pass.
 */
export const signedByTrusted = new Map<string, string>();
export const tally = { verifyRuns: 0, accepted: 0, rejected: 0, qrRuns: 0 };
/** SPEC §6: the codes of step 5 (the claims), the only ones a genuine signature can earn. */
const CLAIM_CODES = ['EXPIRED', 'NOT_YET_VALID', 'WRONG_AUDIENCE', 'NONCE_MISMATCH', 'BAD_CLAIMS'];

export async function signTrusted(
  signer: (typeof TRUSTED_SIGNERS)[number],
  header: string | Uint8Array,
  payload: string | Uint8Array,
): Promise<string> {
  const token = await signRaw(header, payload, signer);
  signedByTrusted.set(token, ISSUER_OF[signer]);
  return token;
}

export function headerFor(signer: SignerName, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ alg: 'ES256', kid: kids[signer], typ: 'kycvs+jwt', ...extra });
}

/**
 * The oracle every verification goes through: no throw, a well-formed verdict, and acceptance
 * only of a text a trusted key signed, whose verdict repeats the signed claims.
 */
export async function checkVerdict(token: unknown, options: Omit<VerifyOptions, 'now'> = {}) {
  tally.verifyRuns++;
  const verdict: Verdict = await verifyStatusToken(token as string, trusted, {
    now: NOW,
    ...options,
  });
  expect(typeof verdict).toBe('object');
  if (!verdict.ok) {
    tally.rejected++;
    expect(VERDICT_CODES).toContain(verdict.code);
    for (const member of Object.keys(verdict)) expect(['ok', 'code', 'cause']).toContain(member);
    const allowed = codesFor(token);
    if (allowed) expect(allowed, 'the rejection code for this text').toContain(verdict.code);
    return verdict;
  }
  tally.accepted++;
  expect(typeof token === 'string' && signedByTrusted.has(token)).toBe(true);
  const claims = JSON.parse(Buffer.from(segmentsOf(token as string)[1], 'base64url').toString());
  expect(verdict.status).toBe(claims.vs);
  expect(verdict.name).toBe(claims.name);
  expect(verdict.iss).toBe(claims.iss);
  expect([ISSUER, PARTNER_ISSUER]).toContain(verdict.iss);
  expect(verdict.exp).toBeGreaterThan(NOW_S - 60);
  expect(verdict.iat).toBeLessThanOrEqual(NOW_S + 60);
  return verdict;
}

/**
 * The codes a rejection of `token` may carry, where its shape settles them (null where any code
 * may): a text that is not a compact JWS of at most 4096 characters is `MALFORMED` (SPEC §4), and
 * a text a trusted key signed, naming that key's issuer, fails only on its claims (SPEC §6).
 */
function codesFor(token: unknown): string[] | null {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH || !COMPACT_JWS.test(token)) {
    return ['MALFORMED'];
  }
  const issuer = signedByTrusted.get(token);
  if (issuer === undefined) return null;
  const claims = parseJson(Buffer.from(segmentsOf(token)[1], 'base64url').toString());
  const isObject = typeof claims === 'object' && claims !== null && !Array.isArray(claims);
  if (!isObject) return ['MALFORMED'];
  return (claims as Record<string, unknown>).iss === issuer ? CLAIM_CODES : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// --- arbitraries ---

const b64urlChar = fc.constantFrom(...B64URL_CHARS);
export const tokenChar = fc.constantFrom(...B64URL_CHARS, '.');
export const strayChar = fc.constantFrom(
  '=',
  '+',
  '/',
  ' ',
  '\n',
  '\t',
  '\u0000',
  '\u00e9',
  '\u200b',
  '\ud800',
  '\u{1f600}',
);
export const b64urlText = (maxLength: number) =>
  fc.string({ unit: b64urlChar, minLength: 1, maxLength });

export const options = fc.constantFrom<Omit<VerifyOptions, 'now'>>(
  {},
  { audience: DESK.audience },
  DESK,
  {
    nonce: DESK.nonce,
  },
);

export const claimJunk = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, 1, 2, 3, -1, 1.5, '2', null, true, [], {}),
  fc.string({ maxLength: 40 }),
);
/** Claims a registry could issue, around NOW (some just outside the clock tolerance). */
const plausibleClaims = fc.record({
  iss: fc.constantFrom(ISSUER, PARTNER_ISSUER),
  iat: fc.integer({ min: NOW_S - 8 * 24 * 3600, max: NOW_S + 120 }),
  exp: fc.integer({ min: NOW_S - 120, max: NOW_S + 8 * 24 * 3600 }),
  nbf: fc.option(fc.integer({ min: NOW_S - 3600, max: NOW_S + 120 }), { nil: undefined, freq: 2 }),
  jti: b64urlText(24).map((text) => text.padEnd(16, 'A')),
  vs: fc.constantFrom(0, 1, 2),
  name: fc.oneof(
    { weight: 5, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ minLength: 195, maxLength: 205 }) },
  ),
  mob: fc.stringMatching(/^[0-9]{4}$/),
  aud: fc.option(fc.constantFrom(DESK.audience, 'gate-8', [DESK.audience, 'gate-8']), {
    nil: undefined,
    freq: 2,
  }),
  nonce: fc.option(fc.constantFrom(DESK.nonce, 'n-other'), { nil: undefined, freq: 2 }),
});

/** Plausible claims with, half of the time, one or two claims replaced or added as junk. */
export const claimsArbitrary = fc
  .tuple(
    plausibleClaims,
    fc.oneof(
      fc.constant({}),
      fc.dictionary(
        fc.constantFrom(
          'iss',
          'iat',
          'exp',
          'nbf',
          'jti',
          'vs',
          'name',
          'mob',
          'aud',
          'nonce',
          'x',
        ),
        fc.oneof(claimJunk, fc.constantFrom(EVIL, `${ISSUER}/`, '__proto__')),
        { minKeys: 1, maxKeys: 2 },
      ),
    ),
  )
  .map(([claims, junk]) => ({ ...claims, ...junk }));

/** Runs an async property with the fixed seed and an explicit run count. */
export async function assertProperty<T>(
  arbitrary: fc.Arbitrary<T>,
  numRuns: number,
  predicate: (value: T) => Promise<void>,
): Promise<void> {
  await fc.assert(fc.asyncProperty(arbitrary, predicate), { seed: SEED, numRuns });
}

/** Signs the base tokens every suite starts from, after the trust list and the kids. */
export async function signBases(): Promise<void> {
  trusted = await hardeningTrust();
  kids = {
    registry: await kidOf('registry'),
    registryNext: await kidOf('registryNext'),
    other: await kidOf('other'),
    attacker: await kidOf('attacker'),
  };
  const holder = JSON.stringify(holderClaims());
  bases = [
    await signTrusted('registry', headerFor('registry'), holder),
    await signTrusted(
      'registry',
      headerFor('registry'),
      JSON.stringify(holderClaims({ aud: DESK.audience, nonce: DESK.nonce, vs: 1 })),
    ),
    await signTrusted(
      'registryNext',
      headerFor('registryNext'),
      JSON.stringify(holderClaims({ vs: 0 })),
    ),
    await signTrusted(
      'other',
      headerFor('other'),
      JSON.stringify(holderClaims({ iss: PARTNER_ISSUER })),
    ),
  ];
}

/** Logs how many verifications and QR decodings the suite ran, and under which seed. */
export function reportTally(): void {
  console.log(
    `fuzz verifyStatusToken: ${tally.verifyRuns} runs, ${tally.rejected} rejected, ${tally.accepted} accepted; fuzz qrTextToJws: ${tally.qrRuns} runs (seed ${SEED})`,
  );
}
