/**
 * Property-based fuzzing of `qrTextToJws`, the verifier's entry point for the text a QR code
 * holds: it must never throw and must yield null or a compact JWS that re-encodes to its input,
 * and a mutated QR text of a genuine token must decode to nothing the verifier accepts.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TOKEN_LENGTH, jwsToQrText, qrTextToJws } from '../../src/protocol/index.ts';
import {
  COMPACT_JWS,
  DESK,
  RUNS,
  SEED,
  assertProperty,
  b64urlText,
  bases,
  checkVerdict,
  reportTally,
  signBases,
  signedByTrusted,
  strayChar,
  tally,
  tokenChar,
} from './fuzz-helpers.ts';

beforeAll(signBases);

afterAll(reportTally);

describe('fuzz: qrTextToJws', () => {
  /**
   * The oracle of every QR text: no throw; null or a compact JWS the verifier would read; and
   * exact: numeric text decodes to the one JWS that encodes back to it, raw text to itself.
   */
  function checkQr(text: string): string | null {
    tally.qrRuns++;
    const jws = qrTextToJws(text);
    if (jws === null) return null;
    expect(jws).toMatch(COMPACT_JWS);
    expect(jws.length).toBeLessThanOrEqual(MAX_TOKEN_LENGTH);
    const trimmed = text.trim();
    if (trimmed.toLowerCase().startsWith('kycvs:/')) {
      expect(jwsToQrText(jws)).toBe(`kycvs:/${trimmed.slice('kycvs:/'.length)}`);
    } else {
      expect(jws).toBe(trimmed);
    }
    return jws;
  }

  /** Any compact JWS shape, as text the verifier would read (at most 4096 characters). */
  const anyJws = (maxSegment: number) =>
    fc
      .tuple(b64urlText(maxSegment), b64urlText(maxSegment), b64urlText(maxSegment))
      .map((parts) => parts.join('.'));

  const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 400 });
  const qrText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: fc.oneof(tokenChar, strayChar), maxLength: 300 }),
    fc
      .tuple(fc.constantFrom('kycvs:/', 'KYCVS:/', 'kycvs:', 'kycvs:/ ', ' kycvs:/'), digits)
      .map(([prefix, body]) => prefix + body),
    fc
      .string({ unit: fc.constantFrom(...'0123456789'), minLength: 8190, maxLength: 8196 })
      .map((body) => `kycvs:/${body}`),
    // Near misses: the numeric text of a real JWS shape with one digit dropped, doubled or
    // changed, so that odd lengths and out-of-range pairs are reached, not only noise.
    fc
      .tuple(anyJws(60), fc.nat(), fc.constantFrom('drop', 'double', 'change'), fc.nat(9))
      .map(([jws, at, edit, digit]) => {
        const text = jwsToQrText(jws);
        const index = 'kycvs:/'.length + (at % (text.length - 'kycvs:/'.length));
        const replacement =
          edit === 'drop' ? '' : edit === 'double' ? text[index]!.repeat(2) : String(digit);
        return text.slice(0, index) + replacement + text.slice(index + 1);
      }),
  );

  it(
    `never throws and yields null or a compact JWS that re-encodes to its input (${RUNS.qrArbitraryText} runs)`,
    { timeout: 60_000 },
    () => {
      const before = tally.qrRuns;
      fc.assert(
        fc.property(qrText, (text) => {
          checkQr(text);
        }),
        { seed: SEED, numRuns: RUNS.qrArbitraryText },
      );
      expect(tally.qrRuns - before).toBe(RUNS.qrArbitraryText);
    },
  );

  it(
    `round-trips every compact JWS of at most 4096 characters (${RUNS.qrRoundTrip} runs)`,
    { timeout: 60_000 },
    () => {
      const before = tally.qrRuns;
      fc.assert(
        fc.property(anyJws(1364), fc.constantFrom('', ' ', '\n', '\r\n'), (token, space) => {
          const text = jwsToQrText(token);
          expect(text).toMatch(/^kycvs:\/[0-9]+$/);
          expect(checkQr(text)).toBe(token);
          expect(qrTextToJws(`${space}${text}${space}`)).toBe(token);
          expect(qrTextToJws(text.toUpperCase())).toBe(token);
          expect(qrTextToJws(token)).toBe(token);
        }),
        { seed: SEED, numRuns: RUNS.qrRoundTrip },
      );
      expect(tally.qrRuns - before).toBe(RUNS.qrRoundTrip);
    },
  );

  it('rejects the QR text of a JWS longer than the verifier will read', () => {
    const long = `${'a'.repeat(2000)}.${'b'.repeat(2000)}.${'c'.repeat(100)}`;
    expect(long.length).toBeGreaterThan(MAX_TOKEN_LENGTH);
    expect(qrTextToJws(jwsToQrText(long))).toBeNull();
    expect(qrTextToJws(long)).toBeNull();
  });

  it(
    `mutated QR texts of genuine tokens decode to nothing a verifier accepts (${RUNS.qrMutatedThenVerified} runs)`,
    { timeout: 60_000 },
    async () => {
      const before = tally.qrRuns;
      const digitEdit = fc.record({
        at: fc.nat(),
        ch: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...'0123456789') }, strayChar),
        remove: fc.boolean(),
      });
      await assertProperty(
        fc.tuple(fc.nat(bases.length - 1), fc.array(digitEdit, { minLength: 1, maxLength: 3 })),
        RUNS.qrMutatedThenVerified,
        async ([baseIndex, edits]) => {
          let text = jwsToQrText(bases[baseIndex]!);
          for (const { at, ch, remove } of edits) {
            const index = 'kycvs:/'.length + (at % (text.length - 'kycvs:/'.length + 1));
            text = text.slice(0, index) + (remove ? '' : ch) + text.slice(index + (remove ? 1 : 0));
          }
          const jws = checkQr(text);
          if (jws !== null) {
            const verdict = await checkVerdict(jws, baseIndex === 1 ? DESK : {});
            if (!signedByTrusted.has(jws)) expect(verdict.ok).toBe(false);
          }
        },
      );
      expect(tally.qrRuns - before).toBe(RUNS.qrMutatedThenVerified);
    },
  );
});
