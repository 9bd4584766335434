import { describe, expect, it } from 'vitest';
import {
  Beneficiaries,
  DEMO_PERSONS,
  VACCINE_SCHEDULE,
  canonicalVaccine,
  statusFromDoses,
  syntheticPerson,
} from '../../simulator/beneficiaries.ts';
import { normaliseName } from '../../src/protocol/rules.ts';

const dose = (vaccine: string, date: string) => ({ vaccine, date });

describe('status from doses', () => {
  it('is 0 with no dose', () => {
    expect(statusFromDoses([])).toBe(0);
  });

  it.each(Object.entries(VACCINE_SCHEDULE))('follows the %s schedule of %i doses', (vaccine, n) => {
    const doses = Array.from({ length: n }, (_, i) => dose(vaccine, `2021-0${i + 1}-01`));
    expect(statusFromDoses(doses)).toBe(2);
    if (n > 1) expect(statusFromDoses(doses.slice(0, n - 1))).toBe(1);
  });

  it('uses the schedule of the first vaccine given, by date', () => {
    // Covishield first (2 doses): one Covishield then one Janssen completes it.
    expect(statusFromDoses([dose('Janssen', '2021-06-01'), dose('Covishield', '2021-03-01')])).toBe(
      2,
    );
    // ZyCoV-D first (3 doses): two doses are not enough, whatever came second.
    expect(statusFromDoses([dose('ZyCoV-D', '2021-03-01'), dose('Janssen', '2021-06-01')])).toBe(1);
  });

  it('knows vaccines written loosely and nothing else', () => {
    expect(canonicalVaccine('sputnik light')).toBe('Sputnik Light');
    expect(canonicalVaccine('ZYCOV D')).toBe('ZyCoV-D');
    expect(canonicalVaccine('Pfizer')).toBeNull();
  });
});

describe('names', () => {
  it('ignore case, dots and repeated spaces', () => {
    expect(normaliseName('  A.  K.   Sharma ')).toBe(normaliseName('a k sharma'));
    expect(normaliseName('A.K.Sharma')).toBe(normaliseName('AK SHARMA'));
    expect(normaliseName('Asha Verma')).not.toBe(normaliseName('Asha Varma'));
  });
});

describe('the registry of beneficiaries', () => {
  it('seeds statuses 0, 1 and 2, two persons on one mobile and a single-dose vaccine', () => {
    const registry = new Beneficiaries(null);
    const statuses = new Set(DEMO_PERSONS.map((p) => statusFromDoses(p.doses)));
    expect([...statuses].sort()).toEqual([0, 1, 2]);
    expect(registry.onMobile('9000000001')).toHaveLength(2);
    expect(DEMO_PERSONS.some((p) => p.doses.some((d) => VACCINE_SCHEDULE[d.vaccine] === 1))).toBe(
      true,
    );
    expect(registry.match('9000000001', 'rohan verma')).toMatchObject({ status: 1 });
    expect(registry.match('9000000001', 'Nobody')).toBeNull();
  });

  it('holds synthetic beneficiaries the load test can predict', () => {
    const registry = new Beneficiaries(null, 1000);
    for (const i of [0, 1, 2, 500, 999]) {
      const expected = syntheticPerson(i);
      expect(registry.match(expected.mobile, expected.fullName)).toEqual({
        mobile: String(7_000_000_000 + i),
        fullName: expected.fullName,
        status: i % 3,
      });
    }
    expect(registry.onMobile('7000001000')).toEqual([]);
  });

  it('fits a million synthetic beneficiaries in about a megabyte', () => {
    const before = process.memoryUsage().arrayBuffers;
    const registry = new Beneficiaries(null, 1_000_000);
    const grown = process.memoryUsage().arrayBuffers - before;
    expect(registry.syntheticCount).toBe(1_000_000);
    expect(grown).toBeLessThan(4 * 1024 * 1024);
    const last = syntheticPerson(999_999);
    expect(registry.match(last.mobile, last.fullName)?.status).toBe(999_999 % 3);
  });
});
