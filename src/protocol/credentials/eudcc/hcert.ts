/**
 * The hcert payload (eu-dcc-schema 1.3): the fields the verdict needs, checked for presence and
 * type only. Value sets (vaccine products, countries) are not checked: a genuine certificate
 * is never refused over a value-set detail.
 */
import type { VaccinationStatus } from '../../claims.ts';
import { isObject, isText } from '../common.ts';
import type { HcertType } from './signer.ts';

/** What the verdict takes from an hcert. */
export interface HcertSummary {
  type: HcertType;
  name: string;
  birthDate: string;
  /** The unique certificate identifier (`ci`) of the entry. */
  id: string;
  /** For vaccinations: 2 when an entry's dose number reaches the series, else 1. */
  status: VaccinationStatus;
}

const ENTRY_KEYS: Record<HcertType, string> = { vaccination: 'v', test: 't', recovery: 'r' };
// eu-dcc-schema: dob is YYYY, YYYY-MM or YYYY-MM-DD (some issuers add a time), or empty.
const DOB = /^(\d{4}(-\d{2}(-\d{2}([T ].*)?)?)?)?$/;

function optionalText(value: unknown, max: number): value is string | undefined {
  return value === undefined || (typeof value === 'string' && value.length <= max);
}

function isDoseNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 99;
}

function fullName(nam: Record<string, unknown>): string | null {
  const { fn, gn, fnt, gnt } = nam;
  // eu-dcc-schema: fnt is required; fn, gn, gnt are optional.
  if (!isText(fnt, 80) || !optionalText(fn, 80) || !optionalText(gn, 80)) return null;
  if (!optionalText(gnt, 80)) return null;
  // The name as printed (fn, gn) when there is one, else its ICAO 9303 transliteration.
  const parts = typeof fn === 'string' && fn.length > 0 ? [gn, fn] : [gnt, fnt];
  return parts.filter((part) => typeof part === 'string' && part.length > 0).join(' ');
}

/** The summary of an hcert, or null when a field the verdict needs is missing or mistyped. */
export function summariseHcert(hcert: unknown): HcertSummary | null {
  if (!isObject(hcert) || !isText(hcert.ver, 16) || !isObject(hcert.nam)) return null;
  const name = fullName(hcert.nam);
  if (name === null || typeof hcert.dob !== 'string' || !DOB.test(hcert.dob)) return null;
  const present = (Object.keys(ENTRY_KEYS) as HcertType[]).filter(
    (type) => hcert[ENTRY_KEYS[type]] !== undefined && hcert[ENTRY_KEYS[type]] !== null,
  );
  // A DCC holds exactly one kind of entry (some issuers write the others as null).
  if (present.length !== 1) return null;
  const type = present[0]!;
  const entries = hcert[ENTRY_KEYS[type]];
  if (!Array.isArray(entries) || entries.length === 0 || entries.length > 8) return null;
  if (!entries.every((entry) => isObject(entry) && isText(entry.ci, 80))) return null;
  const first = entries[0] as Record<string, unknown>;
  let status: VaccinationStatus = 1;
  if (type === 'vaccination') {
    for (const entry of entries as Record<string, unknown>[]) {
      if (!isDoseNumber(entry.dn) || !isDoseNumber(entry.sd)) return null;
      if (entry.dn >= entry.sd) status = 2;
    }
  }
  return { type, name, birthDate: hcert.dob, id: first.ci as string, status };
}
