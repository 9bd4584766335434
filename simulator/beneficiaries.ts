/** The mock registry of beneficiaries, grouped by mobile number as CoWIN allows (SPEC §3). */
import { normaliseName } from '../src/protocol/rules.ts';
import type { VaccinationStatus } from '../src/protocol/claims.ts';
import { readDataFile, writeDataFile } from './storage.ts';

/** The file in the data dir that holds beneficiaries added through /dev/persons. */
export const PERSONS_FILE = 'persons.json';

/** Doses that complete each vaccine's schedule (SPEC §3). */
export const VACCINE_SCHEDULE: Readonly<Record<string, number>> = {
  Covishield: 2,
  Covaxin: 2,
  'Sputnik V': 2,
  'Sputnik Light': 1,
  'ZyCoV-D': 3,
  Corbevax: 2,
  Covovax: 2,
  Spikevax: 2,
  Janssen: 1,
};

const VACCINES = Object.keys(VACCINE_SCHEDULE);
const VACCINE_BY_KEY = new Map(VACCINES.map((name) => [vaccineKey(name), name]));

function vaccineKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The canonical name of a vaccine written loosely ("sputnik light", "ZYCOV D"), or null. */
export function canonicalVaccine(name: string): string | null {
  return VACCINE_BY_KEY.get(vaccineKey(name)) ?? null;
}

/** One dose record. `date` is YYYY-MM-DD; without one, list order says which came first. */
export interface Dose {
  vaccine: string;
  date?: string;
}

/** A beneficiary as registered. */
export interface Person {
  mobile: string;
  fullName: string;
  birthYear?: number;
  doses: Dose[];
}

/** What a name match yields: only what a status token needs. */
export interface Beneficiary {
  mobile: string;
  fullName: string;
  status: VaccinationStatus;
}

/** 0 with no dose; 2 once the doses reach the schedule of the first vaccine given; else 1. */
export function statusFromDoses(doses: readonly Dose[]): VaccinationStatus {
  if (doses.length === 0) return 0;
  const dated = doses.filter((dose) => dose.date !== undefined);
  const first =
    dated.length === 0
      ? doses[0]!
      : dated.reduce((earliest, dose) => (dose.date! < earliest.date! ? dose : earliest));
  const needed = VACCINE_SCHEDULE[canonicalVaccine(first.vaccine) ?? ''] ?? Infinity;
  return doses.length >= needed ? 2 : 1;
}

/** First mobile number of the synthetic beneficiaries made by `--persons N`. */
export const SYNTHETIC_MOBILE_BASE = 7_000_000_000;

const FIRST_NAMES = [
  'Aarav',
  'Aditi',
  'Anil',
  'Divya',
  'Farhan',
  'Gauri',
  'Harish',
  'Isha',
  'Jaya',
  'Kiran',
  'Lakshmi',
  'Manoj',
  'Neha',
  'Omkar',
  'Pooja',
  'Rahul',
  'Sana',
  'Tanvi',
  'Uday',
  'Vikram',
];
const LAST_NAMES = [
  'Bose',
  'Chopra',
  'Das',
  'Gill',
  'Iyer',
  'Joshi',
  'Kapoor',
  'Menon',
  'Nair',
  'Pillai',
  'Rao',
  'Reddy',
  'Sen',
  'Shah',
  'Sharma',
  'Singh',
  'Thomas',
  'Varma',
  'Yadav',
  'Zaidi',
];
const MULTI_DOSE = VACCINES.filter((name) => VACCINE_SCHEDULE[name]! > 1);

/** Synthetic beneficiary `i`: deterministic, so a load test can pick people it knows. */
export function syntheticPerson(
  i: number,
): Beneficiary & { vaccine: string | null; doses: number } {
  const status = (i % 3) as VaccinationStatus;
  const mix = Math.imul(i ^ (i >>> 7), 0x9e3779b1) >>> 0;
  const vaccine =
    status === 0
      ? null
      : status === 1
        ? MULTI_DOSE[mix % MULTI_DOSE.length]!
        : VACCINES[mix % VACCINES.length]!;
  const doses = vaccine === null ? 0 : status === 2 ? VACCINE_SCHEDULE[vaccine]! : 1;
  return {
    mobile: String(SYNTHETIC_MOBILE_BASE + i),
    fullName: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]}`,
    status,
    vaccine,
    doses,
  };
}

/** The demo beneficiaries seeded in every simulator: statuses 0, 1 and 2, two on one mobile. */
export const DEMO_PERSONS: readonly Person[] = [
  {
    mobile: '9000000001',
    fullName: 'Asha Verma',
    birthYear: 1984,
    doses: [
      { vaccine: 'Covishield', date: '2021-05-03' },
      { vaccine: 'Covishield', date: '2021-08-02' },
    ],
  },
  {
    mobile: '9000000001',
    fullName: 'Rohan Verma',
    birthYear: 2006,
    doses: [{ vaccine: 'Covaxin', date: '2022-01-10' }],
  },
  { mobile: '9000000002', fullName: 'Meera Iyer', birthYear: 1990, doses: [] },
  {
    mobile: '9000000003',
    fullName: 'Arjun Singh',
    birthYear: 1975,
    doses: [{ vaccine: 'Janssen', date: '2021-09-15' }],
  },
  {
    mobile: '9000000004',
    fullName: 'Fatima Khan',
    birthYear: 1968,
    doses: [
      { vaccine: 'ZyCoV-D', date: '2021-10-01' },
      { vaccine: 'ZyCoV-D', date: '2021-10-29' },
    ],
  },
];

interface StoredPerson {
  mobile_number: string;
  full_name: string;
  birth_year?: number;
  doses: Dose[];
}

/**
 * Every beneficiary: the demo ones, those added through /dev/persons (persisted), and `--persons`
 * synthetic ones held as one byte each (vaccine and dose count), their names derived from the
 * index, so a million fit in a megabyte and a look-up is an array index.
 */
export class Beneficiaries {
  private readonly byMobile = new Map<string, Person[]>();
  private readonly synthetic: Uint8Array;
  private readonly added: Person[] = [];

  constructor(
    private readonly dataDir: string | null,
    syntheticCount = 0,
  ) {
    for (const person of DEMO_PERSONS) this.insert(person);
    const stored = dataDir === null ? null : readDataFile(dataDir, PERSONS_FILE);
    if (Array.isArray(stored)) {
      for (const entry of stored as StoredPerson[]) {
        const person: Person = {
          mobile: entry.mobile_number,
          fullName: entry.full_name,
          birthYear: entry.birth_year,
          doses: entry.doses,
        };
        this.added.push(person);
        this.insert(person);
      }
    }
    this.synthetic = new Uint8Array(syntheticCount);
    for (let i = 0; i < syntheticCount; i++) {
      const { vaccine, doses } = syntheticPerson(i);
      this.synthetic[i] = vaccine === null ? 0 : ((VACCINES.indexOf(vaccine) + 1) << 2) | doses;
    }
  }

  /** How many synthetic beneficiaries are held. */
  get syntheticCount(): number {
    return this.synthetic.length;
  }

  /** Adds a beneficiary and saves the /dev additions so a restart keeps them. */
  add(person: Person): Beneficiary {
    this.added.push(person);
    this.insert(person);
    if (this.dataDir !== null) {
      const stored: StoredPerson[] = this.added.map((p) => ({
        mobile_number: p.mobile,
        full_name: p.fullName,
        ...(p.birthYear === undefined ? {} : { birth_year: p.birthYear }),
        doses: p.doses,
      }));
      writeDataFile(this.dataDir, PERSONS_FILE, stored);
    }
    return {
      mobile: person.mobile,
      fullName: person.fullName,
      status: statusFromDoses(person.doses),
    };
  }

  /** Every beneficiary on a mobile number. */
  onMobile(mobile: string): Beneficiary[] {
    const found = (this.byMobile.get(mobile) ?? []).map((person) => ({
      mobile,
      fullName: person.fullName,
      status: statusFromDoses(person.doses),
    }));
    const index = Number(mobile) - SYNTHETIC_MOBILE_BASE;
    if (Number.isInteger(index) && index >= 0 && index < this.synthetic.length) {
      const packed = this.synthetic[index]!;
      const doses = packed & 3;
      const needed = packed === 0 ? 1 : VACCINE_SCHEDULE[VACCINES[(packed >> 2) - 1]!]!;
      const status: VaccinationStatus = doses === 0 ? 0 : doses >= needed ? 2 : 1;
      found.push({ mobile, fullName: syntheticPerson(index).fullName, status });
    }
    return found;
  }

  /** The beneficiary on `mobile` whose name matches `fullName`, or null. */
  match(mobile: string, fullName: string): Beneficiary | null {
    const wanted = normaliseName(fullName);
    let matched: Beneficiary | null = null;
    // Every candidate is compared, match or not, so the work does not depend on where it is.
    for (const candidate of this.onMobile(mobile)) {
      if (normaliseName(candidate.fullName) === wanted && matched === null) matched = candidate;
    }
    return matched;
  }

  private insert(person: Person): void {
    const list = this.byMobile.get(person.mobile);
    if (list) list.push(person);
    else this.byMobile.set(person.mobile, [person]);
  }
}
