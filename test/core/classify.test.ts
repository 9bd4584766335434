/** One reading of an outcome: tone, headline, cue, log verdict and count group agree. */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/classify.ts';
import { VERDICT_GROUPS, groupOf } from '../../src/store/verdicts.ts';
import type { Outcome } from '../../src/core/outcome.ts';

const base = { staleKeys: false, clockWarning: false };
const status = (value: 0 | 1 | 2, alreadyCheckedAt: number | null = null): Outcome => ({
  kind: 'status',
  format: 'kycvs',
  status: value,
  name: 'A',
  mob: '0000',
  issuedAt: 0,
  alreadyCheckedAt,
  ...base,
});

describe('classify', () => {
  it('reads each status, fresh and repeated', () => {
    expect(classify(status(2))).toEqual({
      tone: 'pass',
      headline: 'full',
      cue: 'pass',
      verdict: 'pass',
      group: 'full',
    });
    expect(classify(status(1))).toEqual({
      tone: 'partial',
      headline: 'partial',
      cue: 'warning',
      verdict: 'pass',
      group: 'partial',
    });
    expect(classify(status(0))).toEqual({
      tone: 'fail',
      headline: 'none',
      cue: 'fail',
      verdict: 'pass',
      group: 'none',
    });
    // A code shown twice keeps its headline but warns, whatever its status.
    for (const value of [0, 1, 2] as const) {
      expect(classify(status(value, 1000))).toMatchObject({
        tone: 'repeat',
        cue: 'warning',
        verdict: 'repeat',
        group: 'repeat',
      });
    }
  });

  it('reads rejections, uncheckable codes and test or recovery certificates', () => {
    expect(classify({ kind: 'invalid', format: 'kycvs', code: 'BAD_SIGNATURE', ...base })).toEqual({
      tone: 'fail',
      headline: 'invalid',
      cue: 'fail',
      verdict: 'BAD_SIGNATURE',
      group: 'invalid',
    });
    expect(
      classify({ kind: 'cannot-verify', format: 'kycvs', reason: 'UNKNOWN_KEY', ...base }),
    ).toEqual({
      tone: 'unknown',
      headline: 'cannot-verify',
      cue: 'warning',
      verdict: 'UNKNOWN_KEY',
      group: 'cannot-verify',
    });
    expect(classify({ kind: 'not-vaccination', format: 'eudcc', name: 'A', ...base })).toEqual({
      tone: 'unknown',
      headline: 'notVaccination',
      cue: 'warning',
      verdict: 'NOT_VACCINATION',
      group: 'other',
    });
  });

  it('counts a stored log line in the same group as the fresh check that wrote it', () => {
    const outcomes: Outcome[] = [
      status(0),
      status(1),
      status(2),
      status(2, 5),
      { kind: 'invalid', format: 'kycvs', code: 'EXPIRED', ...base },
      { kind: 'invalid', format: null, code: 'UNSUPPORTED_FORMAT', ...base },
      { kind: 'cannot-verify', format: 'kycvs', reason: 'NO_KEYS', ...base },
      { kind: 'not-vaccination', format: 'shc', name: 'A', ...base },
    ];
    const groups = new Set<string>();
    for (const outcome of outcomes) {
      const { verdict, group } = classify(outcome);
      const stored = { verdict, status: outcome.kind === 'status' ? outcome.status : null };
      expect(groupOf(stored)).toBe(group);
      groups.add(group);
    }
    // Every group the home screen shows is reachable.
    expect([...groups].sort()).toEqual([...VERDICT_GROUPS].sort());
  });
});
