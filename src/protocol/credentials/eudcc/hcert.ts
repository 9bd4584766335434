/**
 * The hcert payload (eu-dcc-schema 1.3): the fields the verdict needs, checked for presence and
 * type only. Value sets (vaccine products, countries) are not checked: a genuine certificate
 * is never rejected over a value-set detail.
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
// eu-dcc-schema: dob is YYYY, YYYY-MM or YYYY-MM-DD, or empty; early issuers add a time or
// write unknown parts as XX. Only the type is checked; a time is cut off for display.
const MAX_DOB = 32;
const MAX_TEXT = 100;

function optionalText(value: unknown, max: number): value is string | undefined {
  return value === undefined || (typeof value === 'string' && value.length <= max);
}

function isDoseNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 99;
}

function fullName(nam: Record<string, unknown>): string | null {
  const { fn, gn, fnt, gnt } = nam;
  // eu-dcc-schema requires fnt; a name of any of the four parts is enough for the verdict.
  if (![fn, gn, fnt, gnt].every((part) => optionalText(part, MAX_TEXT))) return null;
  // The name as printed (fn, gn) when there is one, else its ICAO 9303 transliteration.
  const printed = typeof fn === 'string' && fn.trim().length > 0;
  const parts = (printed ? [gn, fn] : [gnt, fnt]) as (string | undefined)[];
  const name = parts
    .filter((part): part is string => typeof part === 'string' && part.trim().length > 0)
    .map((part) => part.trim())
    .join(' ');
  return name.length > 0 ? name : null;
}

/** The summary of an hcert, or null when a field the verdict needs is missing or mistyped. */
export function summariseHcert(hcert: unknown): HcertSummary | null {
  if (!isObject(hcert) || !isText(hcert.ver, 16) || !isObject(hcert.nam)) return null;
  const name = fullName(hcert.nam);
  if (name === null || typeof hcert.dob !== 'string' || hcert.dob.length > MAX_DOB) return null;
  const present = (Object.keys(ENTRY_KEYS) as HcertType[]).filter(
    (type) => hcert[ENTRY_KEYS[type]] !== undefined && hcert[ENTRY_KEYS[type]] !== null,
  );
  // A DCC holds exactly one kind of entry (some issuers write the others as null).
  if (present.length !== 1) return null;
  const type = present[0]!;
  const entries = hcert[ENTRY_KEYS[type]];
  if (!Array.isArray(entries) || entries.length === 0 || entries.length > 8) return null;
  if (!entries.every((entry) => isObject(entry) && isText(entry.ci, MAX_TEXT))) return null;
  const first = entries[0] as Record<string, unknown>;
  let status: VaccinationStatus = 1;
  if (type === 'vaccination') {
    for (const entry of entries as Record<string, unknown>[]) {
      if (!isDoseNumber(entry.dn) || !isDoseNumber(entry.sd)) return null;
      if (entry.dn >= entry.sd) status = 2;
    }
  }
  const birthDate = hcert.dob.split(/[T ]/)[0]!;
  return { type, name, birthDate, id: first.ci as string, status };
}
