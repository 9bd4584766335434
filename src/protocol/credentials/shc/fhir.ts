/**
 * The FHIR bundle of a SMART Health Card: the Patient (name, birth date) and the Immunization
 * resources, reduced to a status by SPEC §9's CVX table.
 */
import type { VaccinationStatus } from '../../claims.ts';
import { isObject, isText, type JsonObject } from '../common.ts';

/** Doses in the series of each COVID-19 vaccine by CVX code (SPEC §9). */
export const CVX_SERIES: Record<string, number> = {
  '207': 2,
  '208': 2,
  '210': 2,
  '211': 2,
  '212': 1,
  '213': 2,
  '217': 2,
  '218': 2,
  '219': 2,
  '300': 2,
  '301': 2,
  '302': 2,
};

const CVX_SYSTEM = 'http://hl7.org/fhir/sid/cvx';
const MAX_ENTRIES = 64;
const BIRTH_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** What the verdict takes from a card's bundle. */
export interface BundleSummary {
  name: string;
  birthDate: string;
  /** null when the bundle holds no Immunization resource (a lab result card). */
  status: VaccinationStatus | null;
}

function patientName(patient: JsonObject): string | null {
  if (!Array.isArray(patient.name) || !isObject(patient.name[0])) return null;
  const name = patient.name[0];
  if (isText(name.text)) return name.text;
  const given = name.given === undefined ? [] : name.given;
  if (!Array.isArray(given) || !given.every((part) => isText(part, 100))) return null;
  if (name.family !== undefined && !isText(name.family, 100)) return null;
  const full = [...(given as string[]), ...(name.family ? [name.family as string] : [])].join(' ');
  return full.length > 0 && full.length <= 200 ? full : null;
}

function cvxCode(immunization: JsonObject): string | null {
  const concept = immunization.vaccineCode;
  if (!isObject(concept) || !Array.isArray(concept.coding)) return null;
  for (const coding of concept.coding) {
    if (isObject(coding) && coding.system === CVX_SYSTEM && isText(coding.code, 16)) {
      return coding.code;
    }
  }
  return null;
}

function occurrence(immunization: JsonObject): string {
  return typeof immunization.occurrenceDateTime === 'string' ? immunization.occurrenceDateTime : '';
}

/**
 * The summary of a card's `fhirBundle`, or null when the Patient or a field the verdict needs
 * is missing or mistyped. Status 2 when the completed Immunizations reach the series of the
 * first vaccine given; fewer, or a vaccine the table does not know, is 1; none completed is 0.
 */
export function summariseBundle(bundle: unknown): BundleSummary | null {
  if (!isObject(bundle) || bundle.resourceType !== 'Bundle' || !Array.isArray(bundle.entry)) {
    return null;
  }
  if (bundle.entry.length > MAX_ENTRIES) return null;
  const resources = bundle.entry.map((entry) => (isObject(entry) ? entry.resource : undefined));
  if (!resources.every(isObject)) return null;
  const patients = resources.filter((resource) => resource.resourceType === 'Patient');
  if (patients.length !== 1) return null;
  const patient = patients[0]!;
  const name = patientName(patient);
  if (name === null || typeof patient.birthDate !== 'string') return null;
  if (!BIRTH_DATE.test(patient.birthDate)) return null;

  const immunizations = resources.filter((resource) => resource.resourceType === 'Immunization');
  if (immunizations.length === 0) return { name, birthDate: patient.birthDate, status: null };
  if (!immunizations.every((immunization) => typeof immunization.status === 'string')) return null;
  const completed = immunizations
    .filter((immunization) => immunization.status === 'completed')
    .sort((a, b) => occurrence(a).localeCompare(occurrence(b)));
  let status: VaccinationStatus = 0;
  if (completed.length > 0) {
    const series = CVX_SERIES[cvxCode(completed[0]!) ?? ''];
    status = series !== undefined && completed.length >= series ? 2 : 1;
  }
  return { name, birthDate: patient.birthDate, status };
}
