/**
 * Property-based fuzzing of `verifyStatusToken` on tokens signed over arbitrary claims. Tokens a
 * trusted key signs are checked against a model of SPEC §4, so that a verifier that rejected
 * everything would fail too; tokens signed by a key no one trusts, under any header, must never
 * be accepted.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TOKEN_LENGTH, type VerifyOptions } from '../../src/protocol/index.ts';
import { NOW_S, holderClaims } from '../fixtures/tokens.ts';
import { b64u, segmentsOf, signRaw, type SignerName } from './attack-kit.ts';
import {
  ISSUER_OF,
  RUNS,
  TRUSTED_SIGNERS,
  assertProperty,
  bases,
  checkVerdict,
  claimJunk,
  claimsArbitrary,
  headerFor,
  options,
  reportTally,
  signBases,
  signTrusted,
  tally,
} from './fuzz-helpers.ts';

/** SPEC §4 as a model: would a verifier accept these parsed claims, canonically signed? */
function specAccepts(
  claims: Record<string, unknown>,
  issuerOfKey: string,
  tokenLength: number,
  options: Omit<VerifyOptions, 'now'>,
): boolean {
  const { iss, exp, iat, nbf, aud, nonce, vs, name, mob, jti } = claims;
  const isNumber = (value: unknown): value is number =>
    typeof value === 'number' && Number.isFinite(value);
  if (tokenLength > MAX_TOKEN_LENGTH || iss !== issuerOfKey) return false;
  if (!isNumber(exp) || !isNumber(iat) || exp <= NOW_S - 60 || iat > NOW_S + 60) return false;
  if (nbf !== undefined && !(isNumber(nbf) && nbf <= NOW_S + 60)) return false;
  if (aud !== undefined) {
    const list = Array.isArray(aud) ? aud : [aud];
    if (options.audience === undefined || !list.includes(options.audience)) return false;
    if (!list.every((entry) => typeof entry === 'string')) return false;
  }
  if (options.nonce !== undefined && nonce !== options.nonce) return false;
  if (vs !== 0 && vs !== 1 && vs !== 2) return false;
  if (typeof name !== 'string' || name.length < 1 || name.length > 200) return false;
  if (typeof mob !== 'string' || !/^[0-9]{4}$/.test(mob)) return false;
  return typeof jti === 'string' && /^[A-Za-z0-9_-]{16,128}$/.test(jti);
}

beforeAll(signBases);

afterAll(reportTally);

describe('fuzz: verifyStatusToken never throws and accepts only what a trusted key signed', () => {
  it(
    `re-encoded payloads with arbitrary claims, signed or not (${RUNS.reEncodedClaims} runs)`,
    { timeout: 60_000 },
    async () => {
      const before = tally.verifyRuns;
      let modelled = 0;
      let modelAccepted = 0;
      const how = fc.constantFrom(
        'original signature',
        'attacker, registry kid',
        'attacker, own kid',
        'registry',
        'registryNext',
        'other',
      );
      await assertProperty(
        fc.tuple(claimsArbitrary, how, options),
        RUNS.reEncodedClaims,
        async ([claims, mode, opts]) => {
          const payload = JSON.stringify(claims);
          let token: string;
          if (mode === 'original signature') {
            const [header, , signature] = segmentsOf(bases[0]!);
            token = `${header}.${b64u(payload)}.${signature}`;
          } else if (mode === 'attacker, registry kid') {
            token = await signRaw(headerFor('registry'), payload, 'attacker');
          } else if (mode === 'attacker, own kid') {
            token = await signRaw(headerFor('attacker'), payload, 'attacker');
          } else {
            token = await signTrusted(mode, headerFor(mode), payload);
          }
          const verdict = await checkVerdict(token, opts);
          if (TRUSTED_SIGNERS.includes(mode as (typeof TRUSTED_SIGNERS)[number])) {
            // Independent check against SPEC §4, on the claims as the verifier will parse them.
            const parsed = JSON.parse(payload) as Record<string, unknown>;
            const expected = specAccepts(
              parsed,
              ISSUER_OF[mode as (typeof TRUSTED_SIGNERS)[number]],
              token.length,
              opts,
            );
            modelled++;
            if (expected) modelAccepted++;
            expect(verdict.ok).toBe(expected);
          } else {
            expect(verdict.ok).toBe(false);
          }
        },
      );
      expect(tally.verifyRuns - before).toBe(RUNS.reEncodedClaims);
      // Both outcomes must occur, or the model comparison proves little.
      expect(modelAccepted).toBeGreaterThan(50);
      expect(modelled - modelAccepted).toBeGreaterThan(50);
    },
  );

  it(
    `tokens signed by a key no one trusts, with any header (${RUNS.untrustedSigner} runs)`,
    { timeout: 60_000 },
    async () => {
      const before = tally.verifyRuns;
      await assertProperty(
        fc.tuple(
          fc.constantFrom<SignerName>('registry', 'registryNext', 'other', 'attacker'),
          fc.dictionary(
            fc.constantFrom('jwk', 'jku', 'x5u', 'x5c', 'crit', 'b64', 'cty', 'zip'),
            claimJunk,
            { maxKeys: 2 },
          ),
          fc.oneof(claimsArbitrary, fc.constant(holderClaims())),
          options,
        ),
        RUNS.untrustedSigner,
        async ([kidOfSigner, extra, claims, opts]) => {
          const token = await signRaw(
            headerFor(kidOfSigner, extra),
            JSON.stringify(claims),
            'attacker',
          );
          const verdict = await checkVerdict(token, opts);
          expect(verdict.ok).toBe(false);
        },
      );
      expect(tally.verifyRuns - before).toBe(RUNS.untrustedSigner);
    },
  );
});
