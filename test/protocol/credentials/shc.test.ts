import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  verifyCredential,
  type CredentialVerdict,
  type TrustStore,
} from '../../../src/protocol/index.ts';
import {
  cardPayload,
  jwsToShcText,
  signCardPayload,
  type CardDose,
} from '../../../simulator/issuers/shc.ts';

const DATA = new URL('../../../../shared/testdata/shc/', import.meta.url);
const EXAMPLE_ISS = 'https://spec.smarthealth.cards/examples/issuer';
const ISS = 'https://issuer.example.org';
const NOW = new Date('2026-03-01T10:00:00Z');
const NOW_S = Math.floor(NOW.getTime() / 1000);

interface Signer {
  privateKey: KeyObject;
  kid: string;
  jwk: JWK;
}

async function newSigner(): Promise<Signer> {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const { x, y } = publicKey.export({ format: 'jwk' });
  const jwk: JWK = { kty: 'EC', crv: 'P-256', x, y };
  const kid = await calculateJwkThumbprint(jwk, 'sha256');
  return { privateKey, kid, jwk: { ...jwk, kid, alg: 'ES256', use: 'sig' } };
}

let issuer: Signer;
let stranger: Signer;
let trust: TrustStore;

beforeAll(async () => {
  issuer = await newSigner();
  stranger = await newSigner();
  trust = {
    shc: [{ iss: ISS, name: 'Example issuer', jwks: { keys: [issuer.jwk as JsonWebKey] } }],
  };
});

function card(
  doses: CardDose[],
  overrides: { nbf?: number; exp?: number; iss?: string; signer?: Signer } = {},
): string {
  const payload = cardPayload({
    iss: overrides.iss ?? ISS,
    nbf: overrides.nbf ?? NOW_S - 3600,
    fullName: 'Meera Iyer',
    birthDate: '1985-02-03',
    doses,
    ...(overrides.exp === undefined ? {} : { exp: overrides.exp }),
  });
  return jwsToShcText(signCardPayload(payload, overrides.signer ?? issuer));
}

function codeOf(verdict: CredentialVerdict): string {
  return verdict.ok ? `OK ${verdict.status}` : verdict.code;
}

const MODERNA = (date: string): CardDose => ({ cvx: '207', date });

describe('SMART Health Cards: the specification example', () => {
  it('reads the example card as fully vaccinated John B. Anyperson, with its issuer trusted', async () => {
    const text = readFileSync(new URL('example-00-qr-numeric.txt', DATA), 'utf8');
    const jwks = JSON.parse(readFileSync(new URL('example-issuer-jwks.json', DATA), 'utf8'));
    const verdict = await verifyCredential(text, {
      shc: [{ iss: EXAMPLE_ISS, name: 'SMART example issuer', jwks }],
    });
    expect(verdict).toEqual({
      ok: true,
      format: 'shc',
      status: 2,
      name: 'John B. Anyperson',
      birthDate: '1951-01-20',
      issuer: EXAMPLE_ISS,
      id: expect.stringMatching(/^[0-9a-f]{64}$/),
      // nbf 1630616666.128, in whole seconds.
      issuedAt: 1630616666,
    });
  });

  it('rejects the example card when its issuer is not trusted', async () => {
    const text = readFileSync(new URL('example-00-qr-numeric.txt', DATA), 'utf8');
    expect(await verifyCredential(text, { shc: [] })).toMatchObject({
      ok: false,
      format: 'shc',
      code: 'UNTRUSTED_ISSUER',
    });
  });
});

describe('SMART Health Cards: cards signed for each path', () => {
  it('gives status 2 for a full series and 1 for a partial one', async () => {
    const full = card([MODERNA('2021-01-01'), MODERNA('2021-01-29')]);
    const partial = card([MODERNA('2021-01-01')]);
    expect(codeOf(await verifyCredential(full, trust, { now: NOW }))).toBe('OK 2');
    expect(codeOf(await verifyCredential(partial, trust, { now: NOW }))).toBe('OK 1');
  });

  it('gives status 2 for one dose of a one-dose vaccine (CVX 212)', async () => {
    const text = card([{ cvx: '212', date: '2021-04-01' }]);
    expect(codeOf(await verifyCredential(text, trust, { now: NOW }))).toBe('OK 2');
  });

  it('counts an unknown vaccine code as status 1, whatever the doses', async () => {
    const text = card([
      { cvx: '999', date: '2021-01-01' },
      { cvx: '999', date: '2021-02-01' },
    ]);
    expect(codeOf(await verifyCredential(text, trust, { now: NOW }))).toBe('OK 1');
  });

  it('follows the first vaccine given (by date, not bundle order), counting completed doses only', async () => {
    const mixed = card([
      { cvx: '999', date: '2021-05-01' },
      { cvx: '207', date: '2021-01-01' },
    ]);
    const notDone = card([MODERNA('2021-01-01'), { ...MODERNA('2021-02-01'), status: 'not-done' }]);
    const noneDone = card([{ ...MODERNA('2021-01-01'), status: 'not-done' }]);
    expect(codeOf(await verifyCredential(mixed, trust, { now: NOW }))).toBe('OK 2');
    expect(codeOf(await verifyCredential(notDone, trust, { now: NOW }))).toBe('OK 1');
    expect(codeOf(await verifyCredential(noneDone, trust, { now: NOW }))).toBe('OK 0');
  });

  it('shows only the verdict fields: no dose, date or vaccine', async () => {
    const verdict = await verifyCredential(card([MODERNA('2021-01-01')]), trust, { now: NOW });
    expect(Object.keys(verdict).sort()).toEqual(
      ['birthDate', 'format', 'id', 'issuedAt', 'issuer', 'name', 'ok', 'status'].sort(),
    );
    expect(verdict).toMatchObject({ name: 'Meera Iyer', birthDate: '1985-02-03', issuer: ISS });
  });

  it('rejects an expired card and one not valid yet', async () => {
    const expired = card([MODERNA('2021-01-01')], { exp: NOW_S - 61 });
    const early = card([MODERNA('2021-01-01')], { nbf: NOW_S + 61 });
    const skew = card([MODERNA('2021-01-01')], { nbf: NOW_S + 59, exp: NOW_S - 59 });
    expect(codeOf(await verifyCredential(expired, trust, { now: NOW }))).toBe('EXPIRED');
    expect(codeOf(await verifyCredential(early, trust, { now: NOW }))).toBe('NOT_YET_VALID');
    expect(codeOf(await verifyCredential(skew, trust, { now: NOW }))).toBe('OK 1');
  });

  it('rejects a card signed by another key under the issuer kid, with BAD_SIGNATURE', async () => {
    const forged = card([MODERNA('2021-01-01')], { signer: { ...stranger, kid: issuer.kid } });
    expect(codeOf(await verifyCredential(forged, trust, { now: NOW }))).toBe('BAD_SIGNATURE');
  });

  it('rejects a card whose kid the issuer does not hold, with UNKNOWN_KEY', async () => {
    const other = card([MODERNA('2021-01-01')], { signer: stranger });
    expect(codeOf(await verifyCredential(other, trust, { now: NOW }))).toBe('UNKNOWN_KEY');
  });

  it('rejects a card from an issuer not in the trust list', async () => {
    const text = card([MODERNA('2021-01-01')], { iss: 'https://elsewhere.example' });
    expect(codeOf(await verifyCredential(text, trust, { now: NOW }))).toBe('UNTRUSTED_ISSUER');
  });

  it('rejects a tampered payload with BAD_SIGNATURE', async () => {
    const jws = signCardPayload(
      cardPayload({
        iss: ISS,
        nbf: NOW_S,
        fullName: 'Meera Iyer',
        birthDate: '1985-02-03',
        doses: [MODERNA('2021-01-01')],
      }),
      issuer,
    );
    const [header, , signature] = jws.split('.');
    const altered = cardPayload({
      iss: ISS,
      nbf: NOW_S,
      fullName: 'Meera Iyer',
      birthDate: '1985-02-03',
      doses: [MODERNA('2021-01-01'), MODERNA('2021-02-01')],
    });
    const body = deflateRawSync(JSON.stringify(altered)).toString('base64url');
    const text = jwsToShcText(`${header}.${body}.${signature}`);
    expect(codeOf(await verifyCredential(text, trust, { now: NOW }))).toBe('BAD_SIGNATURE');
  });

  it('rejects a card whose payload is not DEFLATE, with MALFORMED', async () => {
    const header = Buffer.from(
      JSON.stringify({ zip: 'DEF', alg: 'ES256', kid: issuer.kid }),
    ).toString('base64url');
    const body = Buffer.from(JSON.stringify({ iss: ISS })).toString('base64url');
    const text = jwsToShcText(`${header}.${body}.${'A'.repeat(86)}`);
    expect(await verifyCredential(text, trust, { now: NOW })).toMatchObject({ code: 'MALFORMED' });
  });

  it('rejects a card split over several QR codes with UNSUPPORTED_FORMAT', async () => {
    const digits = card([MODERNA('2021-01-01')]).slice('shc:/'.length);
    const verdict = await verifyCredential(`shc:/1/2/${digits.slice(0, 400)}`, trust, { now: NOW });
    expect(verdict).toMatchObject({ ok: false, format: 'shc', code: 'UNSUPPORTED_FORMAT' });
  });

  it('rejects a card with no Immunization (a lab result) as NOT_VACCINATION', async () => {
    expect(codeOf(await verifyCredential(card([]), trust, { now: NOW }))).toBe('NOT_VACCINATION');
  });

  it('rejects a bundle without a Patient with BAD_CLAIMS', async () => {
    const payload = cardPayload({
      iss: ISS,
      nbf: NOW_S,
      fullName: 'X',
      birthDate: '1985-02-03',
      doses: [MODERNA('2021-01-01')],
    }) as any;
    payload.vc.credentialSubject.fhirBundle.entry.shift();
    const text = jwsToShcText(signCardPayload(payload, issuer));
    expect(codeOf(await verifyCredential(text, trust, { now: NOW }))).toBe('BAD_CLAIMS');
  });

  it('rejects a header with another algorithm as UNSUPPORTED_ALG', async () => {
    const header = Buffer.from(
      JSON.stringify({ zip: 'DEF', alg: 'HS256', kid: issuer.kid }),
    ).toString('base64url');
    const body = deflateRawSync('{}').toString('base64url');
    const text = jwsToShcText(`${header}.${body}.${'A'.repeat(43)}`);
    expect(codeOf(await verifyCredential(text, trust, { now: NOW }))).toBe('UNSUPPORTED_ALG');
  });
});
