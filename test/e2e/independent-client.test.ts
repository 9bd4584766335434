/**
 * The simulator as a client that knows only SPEC.md sees it: plain fetch and jose, none of this
 * project's code. It registers its own verifier and beneficiaries through /dev, runs the OTP flow
 * for each, and checks every signed_status against the JWKS with the claims of SPEC §4.
 */
import { createHash } from 'node:crypto';
import {
  base64url,
  calculateJwkThumbprint,
  createLocalJWKSet,
  decodeProtectedHeader,
  jwtVerify,
  type JSONWebKeySet,
} from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../helpers/simulator-process.ts';

let sim: RunningSimulator;
let apiKey: string;
const VERIFIER = 'independent-gate';

async function call(path: string, init: RequestInit = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(`${sim.url}${path}`, init);
  return { status: response.status, body: await response.json() };
}

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return call(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** Beneficiaries, one mobile each, with the status SPEC §3's schedule table gives them. */
const PEOPLE = [
  { mobile: '8100000001', name: 'Kavya Nair', doses: [], vs: 0 },
  { mobile: '8100000002', name: 'Dev Malhotra', doses: ['Covishield'], vs: 1 },
  { mobile: '8100000003', name: 'Sara Thomas', doses: ['Covishield', 'Covishield'], vs: 2 },
  { mobile: '8100000004', name: 'Imran Qureshi', doses: ['Covaxin', 'Covaxin'], vs: 2 },
  { mobile: '8100000005', name: 'Lata Joshi', doses: ['Sputnik Light'], vs: 2 },
  { mobile: '8100000006', name: 'Nikhil Rao', doses: ['Janssen'], vs: 2 },
  { mobile: '8100000007', name: 'Anil Bose', doses: ['ZyCoV-D', 'ZyCoV-D'], vs: 1 },
  { mobile: '8100000008', name: 'Ritu Sen', doses: ['ZyCoV-D', 'ZyCoV-D', 'ZyCoV-D'], vs: 2 },
  { mobile: '8100000009', name: 'Omar Farooq', doses: ['Sputnik V'], vs: 1 },
  { mobile: '8100000010', name: 'Gita Pillai', doses: ['Corbevax', 'Corbevax'], vs: 2 },
  { mobile: '8100000011', name: 'Hari Menon', doses: ['Covovax', 'Covovax'], vs: 2 },
  { mobile: '8100000012', name: 'Zoya Ali', doses: ['Spikevax'], vs: 1 },
];

describe('the simulator, seen by an independent client (fetch + jose only)', () => {
  beforeAll(async () => {
    sim = await startSimulator({ args: ['--otp-resend-gap', '0'] });
    const registered = await post('/dev/verifiers', {
      verifier_id: VERIFIER,
      name: 'Independent Gate',
      origins: ['http://127.0.0.1:9'],
    });
    expect(registered.status).toBe(201);
    apiKey = registered.body.api_key;
    for (const person of PEOPLE) {
      const added = await post('/dev/persons', {
        mobile_number: person.mobile,
        full_name: person.name,
        birth_year: 1990,
        doses: person.doses.map((vaccine, i) => ({ vaccine, date: `2021-0${i + 3}-15` })),
      });
      expect(added.status, person.name).toBe(201);
    }
  });

  afterAll(async () => {
    await sim?.stop();
  });

  it('completes the OTP flow for each and every signed_status verifies with SPEC §4 claims', async () => {
    const { body: jwks } = await call('/.well-known/jwks.json');
    const keySet = createLocalJWKSet(jwks as JSONWebKeySet);
    for (const key of (jwks as JSONWebKeySet).keys) {
      expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
      expect(key).not.toHaveProperty('d');
      const thumbprint = base64url.decode(await calculateJwkThumbprint(key, 'sha256'));
      expect(key.kid).toBe(base64url.encode(thumbprint.subarray(0, 8)));
    }
    const keyed = { 'X-Api-Key': apiKey };
    for (const person of PEOPLE) {
      const generated = await post(
        '/v3/vaccination/generateOTP',
        { mobile_number: person.mobile, full_name: person.name },
        keyed,
      );
      expect(generated.status).toBe(200);
      const { body: sms } = await call(`/dev/sms?mobile_number=${person.mobile}`);
      const otp = /\b(\d{6})\b/.exec(sms[0].text)![1]!;
      const confirmed = await post(
        '/v3/vaccination/confirmOTP',
        { otp: createHash('sha256').update(otp).digest('hex'), txnId: generated.body.txnId },
        keyed,
      );
      expect(confirmed.status).toBe(200);
      const nonce = `n${person.mobile}`;
      const status = await call(`/v3/vaccination/status?nonce=${nonce}`, {
        headers: { ...keyed, Authorization: `Bearer ${confirmed.body.token}` },
      });
      expect(status.status).toBe(200);
      expect(status.body.vaccination_status, person.name).toBe(person.vs);

      const token: string = status.body.signed_status;
      expect(decodeProtectedHeader(token)).toEqual({
        alg: 'ES256',
        kid: expect.stringMatching(/^[A-Za-z0-9_-]{11}$/),
        typ: 'kycvs+jwt',
      });
      const { payload } = await jwtVerify(token, keySet, {
        algorithms: ['ES256'],
        typ: 'kycvs+jwt',
        issuer: sim.url,
        audience: VERIFIER,
        requiredClaims: ['iat', 'exp', 'jti'],
      });
      expect(payload).toMatchObject({
        vs: person.vs,
        name: person.name,
        mob: person.mobile.slice(-4),
        aud: VERIFIER,
        nonce,
      });
      expect(payload.exp! - payload.iat!).toBe(15 * 60);
      expect(base64url.decode(payload.jti!).length).toBeGreaterThanOrEqual(12);
    }
  }, 60_000);
});
