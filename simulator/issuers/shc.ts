/**
 * The simulator's SMART Health Card issuer: a FHIR bundle in a VC, raw-DEFLATE JWS payload
 * (`zip: DEF`), ES256, as `shc:/` numeric text (spec.smarthealth.cards).
 */
import { sign, type KeyObject } from 'node:crypto';
import { deflateSync } from 'fflate';

/** The CVX code the simulator gives a series of `totalDoses` (SPEC §9's table). */
export function cvxFor(totalDoses: number): string {
  return totalDoses === 1 ? '212' : '207';
}

/** `shc:/` numeric text of a compact JWS: each character as its code minus 45, two digits. */
export function jwsToShcText(jws: string): string {
  let digits = '';
  for (const ch of jws) digits += String(ch.charCodeAt(0) - 45).padStart(2, '0');
  return `shc:/${digits}`;
}

/** Signs a card's payload (`iss`, `nbf`, `vc`) as a compact JWS. */
export function signCardPayload(
  payload: object,
  signer: { privateKey: KeyObject; kid: string },
): string {
  const header = Buffer.from(
    JSON.stringify({ zip: 'DEF', alg: 'ES256', kid: signer.kid }),
  ).toString('base64url');
  const body = Buffer.from(deflateSync(Buffer.from(JSON.stringify(payload)))).toString('base64url');
  const input = `${header}.${body}`;
  const signature = sign('sha256', Buffer.from(input), {
    key: signer.privateKey,
    dsaEncoding: 'ieee-p1363',
  });
  return `${input}.${signature.toString('base64url')}`;
}

/** One immunization of a card. */
export interface CardDose {
  cvx: string;
  date: string;
  status?: string;
}

/** A card's payload for a person and their immunizations. */
export function cardPayload(options: {
  iss: string;
  nbf: number;
  fullName: string;
  birthDate: string;
  doses: CardDose[];
  exp?: number;
  /** The card's revocation id (SHC §Revocation), listed in a CRL to revoke it. */
  rid?: string;
}): object {
  const parts = options.fullName.trim().split(/\s+/);
  const family = parts.length > 1 ? parts.pop()! : undefined;
  const entry: object[] = [
    {
      fullUrl: 'resource:0',
      resource: {
        resourceType: 'Patient',
        name: [family ? { family, given: parts } : { given: parts }],
        birthDate: options.birthDate,
      },
    },
    ...options.doses.map((dose, i) => ({
      fullUrl: `resource:${i + 1}`,
      resource: {
        resourceType: 'Immunization',
        status: dose.status ?? 'completed',
        vaccineCode: { coding: [{ system: 'http://hl7.org/fhir/sid/cvx', code: dose.cvx }] },
        patient: { reference: 'resource:0' },
        occurrenceDateTime: dose.date,
        performer: [{ actor: { display: 'KYC-VS registry simulator' } }],
      },
    })),
  ];
  const payload: Record<string, unknown> = {
    iss: options.iss,
    nbf: options.nbf,
    vc: {
      type: ['https://smarthealth.cards#health-card', 'https://smarthealth.cards#immunization'],
      credentialSubject: {
        fhirVersion: '4.0.1',
        fhirBundle: { resourceType: 'Bundle', type: 'collection', entry },
      },
      ...(options.rid === undefined ? {} : { rid: options.rid }),
    },
  };
  if (options.exp !== undefined) payload.exp = options.exp;
  return payload;
}
