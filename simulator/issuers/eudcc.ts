/**
 * The simulator's EU DCC issuer: hcert 1.3 payloads as CWTs in COSE_Sign1 (ES256), zlib,
 * Base45 and `HC1:` (eHN hcert spec §2-§3), signed by its own document signer certificate.
 */
import { createHash, sign, type KeyObject } from 'node:crypto';
import { encode } from 'cborg';
import { zlibSync } from 'fflate';

const BASE45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/** Base45 (RFC 9285) of bytes. */
export function encodeBase45(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    let n = bytes[i]! * 256 + bytes[i + 1]!;
    for (let k = 0; k < 3; k++) {
      out += BASE45[n % 45];
      n = Math.floor(n / 45);
    }
  }
  if (bytes.length % 2 === 1) {
    const n = bytes[bytes.length - 1]!;
    out += BASE45[n % 45]! + BASE45[Math.floor(n / 45)]!;
  }
  return out;
}

/** The EU DCC kid of a certificate: the first 8 bytes of the SHA-256 of its DER. */
export function dccKid(der: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(der).digest().subarray(0, 8));
}

/** What goes into a CWT besides the hcert. */
export interface CwtOptions {
  issuer: string;
  issuedAt: number;
  expiresAt: number;
}

/** Signs an hcert (the DCC JSON object) as `HC1:` text with the signer's key and kid. */
export function signHcert(
  hcert: object,
  signer: { privateKey: KeyObject; kid: Uint8Array },
  cwt: CwtOptions,
): string {
  // RFC 8392 claims 1 iss, 4 exp, 6 iat; hcert -260 → 1 (hcert spec §2.6.3).
  const claims = new Map<number, unknown>([
    [1, cwt.issuer],
    [4, cwt.expiresAt],
    [6, cwt.issuedAt],
    [-260, new Map([[1, hcert]])],
  ]);
  const payload = encode(claims);
  // Protected header: alg ES256 (-7), kid (4).
  const protectedBytes = encode(
    new Map<number, unknown>([
      [1, -7],
      [4, signer.kid],
    ]),
  );
  const toBeSigned = encode(['Signature1', protectedBytes, new Uint8Array(0), payload]);
  const signature = sign('sha256', toBeSigned, {
    key: signer.privateKey,
    dsaEncoding: 'ieee-p1363',
  });
  const array = encode([protectedBytes, new Map(), payload, new Uint8Array(signature)]);
  // Tag 18 (COSE_Sign1) is the single byte 0xd2 before the array (RFC 8949 §3.4).
  const cose = new Uint8Array(array.length + 1);
  cose[0] = 0xd2;
  cose.set(array, 1);
  return `HC1:${encodeBase45(zlibSync(cose, { level: 9 }))}`;
}

/** The hcert of a vaccination: `doses` of `totalDoses` of Comirnaty. */
export function vaccinationHcert(person: {
  fullName: string;
  birthDate: string;
  doses: number;
  totalDoses: number;
  certificateId: string;
  date: string;
}): object {
  const parts = person.fullName.trim().split(/\s+/);
  const family = parts.length > 1 ? parts.pop()! : parts[0]!;
  const given = parts.length > 0 && parts[0] !== family ? parts.join(' ') : undefined;
  const icao = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[^A-Za-z ]/g, '')
      .toUpperCase()
      .trim()
      .replace(/\s+/g, '<');
  const nam: Record<string, string> = { fn: family, fnt: icao(family) || 'X' };
  if (given) Object.assign(nam, { gn: given, gnt: icao(given) || 'X' });
  return {
    ver: '1.3.0',
    nam,
    dob: person.birthDate,
    v: [
      {
        tg: '840539006',
        vp: '1119349007',
        mp: 'EU/1/20/1528',
        ma: 'ORG-100030215',
        dn: person.doses,
        sd: person.totalDoses,
        dt: person.date,
        co: 'IN',
        is: 'KYC-VS registry simulator',
        ci: person.certificateId,
      },
    ],
  };
}
