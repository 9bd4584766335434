/**
 * Property-based fuzzing of `verifyStatusToken` on untrusted text: arbitrary strings, arbitrary
 * JSON headers and payloads in three segments, and mutations of tokens a trusted key signed. Each
 * verification goes through the oracle of fuzz-helpers.ts: no throw, a verdict of a known code,
 * and no acceptance of a text that no trusted key signed.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { b64u, segmentsOf, type SignerName } from './attack-kit.ts';
import {
  DESK,
  RUNS,
  assertProperty,
  b64urlText,
  bases,
  checkVerdict,
  claimJunk,
  claimsArbitrary,
  kids,
  options,
  reportTally,
  signBases,
  signedByTrusted,
  strayChar,
  tally,
  tokenChar,
} from './fuzz-helpers.ts';

const arbitraryInput = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.oneof({ weight: 9, arbitrary: tokenChar }, strayChar), maxLength: 300 }),
  fc.tuple(b64urlText(120), b64urlText(200), b64urlText(100)).map((parts) => parts.join('.')),
  fc.string({ unit: tokenChar, minLength: 4090, maxLength: 4100 }),
);

const headerArbitrary = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.record(
    {
      alg: fc.oneof(
        fc.constant('ES256'),
        fc.constantFrom('none', 'HS256', 'ES384', 'es256'),
        claimJunk,
      ),
      kid: fc.oneof(fc.constantFrom('registry', 'registryNext', 'other', 'attacker'), claimJunk),
      typ: fc.oneof(fc.constant('kycvs+jwt'), fc.constantFrom('JWT', 'KYCVS+JWT'), claimJunk),
      jwk: claimJunk,
      crit: fc.constant(['b64']),
      b64: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
);

type Mutation =
  | { kind: 'replace'; at: number; ch: string }
  | { kind: 'insert'; at: number; ch: string }
  | { kind: 'delete'; at: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'permute'; order: number[] }
  | { kind: 'splice'; segment: number; from: number };

const mutationChar = fc.oneof({ weight: 9, arbitrary: tokenChar }, strayChar);
const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), ch: mutationChar }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), ch: mutationChar }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('permute' as const),
    order: fc.shuffledSubarray([0, 1, 2], { minLength: 1 }),
  }),
  fc.record({ kind: fc.constant('splice' as const), segment: fc.nat(2), from: fc.nat() }),
);

function mutate(token: string, mutation: Mutation): string {
  const at = 'at' in mutation ? mutation.at % (token.length + 1) : 0;
  switch (mutation.kind) {
    case 'replace':
      return token.slice(0, at) + mutation.ch + token.slice(at + 1);
    case 'insert':
      return token.slice(0, at) + mutation.ch + token.slice(at);
    case 'delete':
      return token.slice(0, at) + token.slice(at + 1);
    case 'truncate':
      return token.slice(0, at);
    case 'permute': {
      const parts = token.split('.');
      return mutation.order.map((index) => parts[index] ?? '').join('.');
    }
    case 'splice': {
      // A segment taken from another genuinely signed token: the classic cut-and-paste forgery.
      const donor = bases[mutation.from % bases.length]!.split('.');
      const parts = token.split('.');
      parts[mutation.segment] = donor[mutation.segment] ?? '';
      return parts.join('.');
    }
  }
}

beforeAll(signBases);

afterAll(reportTally);

describe('fuzz: verifyStatusToken never throws and accepts only what a trusted key signed', () => {
  it('accepts every base token the mutations start from (the oracle can see an acceptance)', async () => {
    for (const [index, token] of bases.entries()) {
      const verdict = await checkVerdict(token, index === 1 ? DESK : {});
      expect(verdict.ok).toBe(true);
    }
  });

  it(`arbitrary strings (${RUNS.arbitraryStrings} runs)`, { timeout: 60_000 }, async () => {
    const before = tally.verifyRuns;
    await assertProperty(
      fc.tuple(arbitraryInput, options),
      RUNS.arbitraryStrings,
      async ([input, opts]) => {
        const verdict = await checkVerdict(input, opts);
        expect(verdict.ok).toBe(false);
      },
    );
    expect(tally.verifyRuns - before).toBe(RUNS.arbitraryStrings);
  });

  it(
    `arbitrary JSON headers and payloads in three segments (${RUNS.arbitraryJson} runs)`,
    { timeout: 60_000 },
    async () => {
      const before = tally.verifyRuns;
      const signature = fc.oneof(
        fc.uint8Array({ minLength: 1, maxLength: 80 }),
        fc.uint8Array({ minLength: 64, maxLength: 64 }),
        fc.constant('genuine' as const),
      );
      await assertProperty(
        fc.tuple(
          headerArbitrary,
          fc.oneof(claimsArbitrary, fc.jsonValue({ maxDepth: 2 })),
          signature,
          options,
        ),
        RUNS.arbitraryJson,
        async ([header, claims, sig, opts]) => {
          // Symbolic kids become the real kid of that key, so that lookups can succeed.
          const record = header as Record<string, unknown>;
          const resolved =
            typeof header === 'object' &&
            header !== null &&
            !Array.isArray(header) &&
            typeof record.kid === 'string' &&
            Object.hasOwn(kids, record.kid)
              ? { ...record, kid: kids[record.kid as SignerName] }
              : header;
          const signatureSegment = sig === 'genuine' ? segmentsOf(bases[0]!)[2] : b64u(sig);
          const token = `${b64u(JSON.stringify(resolved))}.${b64u(JSON.stringify(claims))}.${signatureSegment}`;
          await checkVerdict(token, opts);
        },
      );
      expect(tally.verifyRuns - before).toBe(RUNS.arbitraryJson);
    },
  );

  it(
    `mutations of genuinely signed tokens (${RUNS.mutations} runs)`,
    { timeout: 60_000 },
    async () => {
      const before = tally.verifyRuns;
      await assertProperty(
        fc.tuple(
          fc.nat(bases.length - 1),
          fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }),
        ),
        RUNS.mutations,
        async ([baseIndex, mutations]) => {
          const token = mutations.reduce(mutate, bases[baseIndex]!);
          const verdict = await checkVerdict(token, baseIndex === 1 ? DESK : {});
          if (!signedByTrusted.has(token)) expect(verdict.ok).toBe(false);
        },
      );
      expect(tally.verifyRuns - before).toBe(RUNS.mutations);
    },
  );

  it('rejects every one-character change of a signed token, with the code of the part changed', async () => {
    const token = bases[0]!;
    const [header, payload] = segmentsOf(token);
    let runs = 0;
    for (let index = 0; index < token.length; index++) {
      if (token[index] === '.') continue;
      for (const replacement of ['A', 'z', '-', '.']) {
        if (token[index] === replacement) continue;
        const changed = token.slice(0, index) + replacement + token.slice(index + 1);
        const verdict = await checkVerdict(changed);
        runs++;
        expect(verdict.ok, `a change at ${index}`).toBe(false);
        if (replacement === '.' || verdict.ok) continue;
        // A broken header is MALFORMED or a wrong alg; a broken payload cannot reach past the
        // signature; a changed signature is BAD_SIGNATURE whatever the claims say.
        if (index < header.length) {
          expect(['MALFORMED', 'UNSUPPORTED_ALG', 'UNKNOWN_KEY', 'BAD_SIGNATURE']).toContain(
            verdict.code,
          );
        } else if (index > header.length + payload.length + 1) {
          expect(verdict.code).toBe('BAD_SIGNATURE');
        } else {
          expect(['MALFORMED', 'UNTRUSTED_ISSUER', 'BAD_SIGNATURE']).toContain(verdict.code);
        }
      }
    }
    expect(runs).toBeGreaterThan(3 * (token.length - 2));
  });
});
