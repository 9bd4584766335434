/** The bench's own arithmetic: medians, goals, the order flows walk a registry, QR capacity. */
import { describe, expect, it } from 'vitest';
import { personIndex } from '../../bench/lib/load.ts';
import {
  failsRun,
  formatTable,
  median,
  meetsGoal,
  percentile,
  verdictOf,
} from '../../bench/lib/stats.ts';
import { measureQr } from '../../bench/qr-size.ts';

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the middle two, ignoring non-finite values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([Number.NaN, 7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('takes percentiles by nearest rank', () => {
    const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(percentile(values, 90)).toBe(90);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile(values, 1)).toBe(10);
  });

  it('judges goals in both directions and exactly, and never passes a missing value', () => {
    expect(meetsGoal(0.5, { op: '>=', limit: 0.5 })).toBe(true);
    expect(meetsGoal(0.49, { op: '>=', limit: 0.5 })).toBe(false);
    expect(meetsGoal(151, { op: '<=', limit: 150 })).toBe(false);
    expect(meetsGoal(392, { op: '==', limit: 392 })).toBe(true);
    expect(meetsGoal(391, { op: '==', limit: 392 })).toBe(false);
    expect(meetsGoal(null, { op: '<=', limit: 1 })).toBe(false);
  });

  it('prints a missed goal as MISSED with its reason, never as ok', () => {
    const row = {
      key: 'qr',
      value: 13,
      unit: '',
      goal: { op: '<=' as const, limit: 12 },
      reason: 'too long',
    };
    expect(verdictOf(row)).toBe('MISSED: too long');
    expect(verdictOf({ key: 'x', value: null, unit: '' })).toMatch(/^MISSED/);
    expect(formatTable([row])).toContain('MISSED: too long');
  });

  it('shows a parked goal as PARKED with its value and goal, and only it spares the run', () => {
    const goal = { op: '<=' as const, limit: 500 };
    const missed = { key: 'first', value: 620, unit: 'ms', goal };
    const parked = { ...missed, parked: 'waits for a faster decoder' };
    expect(failsRun(missed)).toBe(true);
    expect(failsRun({ ...missed, value: 480 })).toBe(false);
    expect(failsRun({ ...missed, value: null })).toBe(true);
    expect(failsRun(parked)).toBe(false);
    expect(verdictOf(parked)).toBe('PARKED (missed): waits for a faster decoder');
    expect(verdictOf({ ...parked, value: 480 })).toBe('PARKED (ok): waits for a faster decoder');
    const table = formatTable([parked]);
    expect(table).toContain('620 ms');
    expect(table).toContain('<= 500');
    expect(table).toContain('PARKED (missed)');
  });
});

describe('flow order over a registry', () => {
  it('visits every beneficiary once before any repeats, for both registry sizes', () => {
    for (const size of [1000, 1_000_000]) {
      const count = Math.min(size, 20_000);
      const seen = new Set<number>();
      for (let k = 0; k < count; k++) seen.add(personIndex(k, size));
      expect(seen.size).toBe(count);
      for (const index of seen) expect(index >= 0 && index < size).toBe(true);
    }
  });
});

describe('QR size of a holder token', () => {
  const jwsOf = (length: number) => {
    const header = Buffer.from('{"alg":"ES256","kid":"AAAAAAAAAAA","typ":"kycvs+jwt"}').toString(
      'base64url',
    );
    const signature = 'A'.repeat(86);
    const payloadLength = length - header.length - signature.length - 2;
    const claims = { name: 'x'.repeat(Math.floor((payloadLength * 3) / 4) - 11) };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${header}.${payload}.${signature}`;
  };

  it('finds 387 JWS characters of room at version 13-M, as SPEC §5 says', () => {
    expect(measureQr(jwsOf(200)).v13Capacity).toBe(387);
  });

  it('puts a JWS of the capacity in version 13 and one more character in version 14', () => {
    const fits = jwsOf(387);
    expect(fits.length).toBe(387);
    expect(measureQr(fits).version).toBe(13);
    const over = jwsOf(391);
    expect(over.length).toBeGreaterThan(387);
    expect(measureQr(over).version).toBe(14);
  });
});
