import { generateKeyPairSync } from 'node:crypto';
import { zipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  verifyCredential,
  type CredentialVerdict,
  type TrustStore,
} from '../../../src/protocol/index.ts';
import { signCredential, vaccinationCredential } from '../../../simulator/issuers/divoc.ts';
import { jsigsSign, newEd25519Key, newRsaKey, vcIssue, type JsigsKey } from './jsigs-signer.ts';

const NOW = new Date('2026-02-01T09:00:00Z');
const ISSUED = new Date('2026-01-15T09:00:00Z');

function unsigned(overrides: { doses?: number; totalDoses?: number } = {}) {
  return vaccinationCredential({
    issuer: 'https://cowin.gov.in/',
    fullName: 'Ravi Shankar Prasad',
    birthDate: '1980-06-15',
    doses: overrides.doses ?? 2,
    totalDoses: overrides.totalDoses ?? 2,
    certificateId: '987654321012',
    issuedAt: ISSUED,
  });
}

function zip(credential: object): Uint8Array {
  return zipSync({
    'certificate.json': [new TextEncoder().encode(JSON.stringify(credential)), { level: 9 }],
  });
}

function codeOf(verdict: CredentialVerdict): string {
  return verdict.ok ? `OK ${verdict.status}` : verdict.code;
}

let rsa: JsigsKey;
let ed: JsigsKey;
let trust: TrustStore;

beforeAll(async () => {
  rsa = newRsaKey('did:india:cowin-rsa-test');
  ed = await newEd25519Key('did:india:cowin-ed25519-test');
  trust = { divoc: [rsa.entry, ed.entry] };
});

afterEach(() => vi.restoreAllMocks());

async function verify(input: string | Uint8Array, store: TrustStore = trust) {
  return verifyCredential(input, store, { now: NOW });
}

describe('CoWIN certificates signed by jsonld-signatures (DIVOC signer library)', () => {
  it.each(['rsa', 'ed'] as const)(
    'accepts a %s-signed certificate in its ZIP and as JSON text or bytes',
    async (which) => {
      const signed = await jsigsSign(unsigned(), which === 'rsa' ? rsa : ed, ISSUED);
      const json = JSON.stringify(signed);
      // The ZIP the QR holds, the JSON as text, and the JSON as the bytes a scanner returns.
      for (const input of [zip(signed), json, new TextEncoder().encode(json)]) {
        expect(await verify(input)).toEqual({
          ok: true,
          format: 'divoc',
          status: 2,
          name: 'Ravi Shankar Prasad',
          birthDate: '1980-06-15',
          issuer: 'https://cowin.gov.in/',
          id: '987654321012',
          issuedAt: Math.floor(ISSUED.getTime() / 1000),
        });
      }
    },
  );

  it.each(['rsa', 'ed'] as const)(
    'accepts a %s certificate issued with vc-js, as DIVOC signs, and rejects it altered',
    async (which) => {
      const issued = await vcIssue(unsigned({ doses: 1 }), which === 'rsa' ? rsa : ed, ISSUED);
      expect(codeOf(await verify(zip(issued)))).toBe('OK 1');
      issued.evidence[0].dose = 2;
      expect(codeOf(await verify(zip(issued)))).toBe('BAD_SIGNATURE');
    },
  );

  it('reads a stored (uncompressed) ZIP too', async () => {
    const signed = await jsigsSign(unsigned(), rsa, ISSUED);
    const stored = zipSync({
      'certificate.json': [new TextEncoder().encode(JSON.stringify(signed)), { level: 0 }],
    });
    expect(codeOf(await verify(stored))).toBe('OK 2');
  });

  it('gives status 1 when the dose is short of the total', async () => {
    const signed = await jsigsSign(unsigned({ doses: 1, totalDoses: 2 }), rsa, ISSUED);
    expect(codeOf(await verify(zip(signed)))).toBe('OK 1');
  });

  it.each([
    ['dose', (c: any) => (c.evidence[0].dose = 3)],
    ['totalDoses', (c: any) => (c.evidence[0].totalDoses = 1)],
    ['name', (c: any) => (c.credentialSubject.name = 'Someone Else')],
    ['birth date', (c: any) => (c.credentialSubject.dob = '1990-01-01')],
    ['certificate id', (c: any) => (c.evidence[0].certificateId = '111111111111')],
  ])('rejects a certificate whose %s was altered after signing', async (_what, alter) => {
    const signed = await jsigsSign(unsigned({ doses: 1 }), rsa, ISSUED);
    alter(signed);
    const verdict = await verify(zip(signed));
    expect(verdict.ok).toBe(false);
    expect(codeOf(verdict)).toBe('BAD_SIGNATURE');
  });

  it('rejects a certificate whose contexts were altered after signing', async () => {
    // v1 does not define dob: a v2 certificate read under v1 has a term nothing signs.
    const switched = await jsigsSign(unsigned(), rsa, ISSUED);
    switched['@context'][1] = 'https://cowin.gov.in/credentials/vaccination/v1';
    const dropped = await jsigsSign(unsigned(), rsa, ISSUED);
    dropped['@context'].pop();
    const reordered = await jsigsSign(unsigned(), rsa, ISSUED);
    reordered['@context'].reverse();
    for (const altered of [switched, dropped, reordered]) {
      expect(codeOf(await verify(zip(altered)))).toBe('MALFORMED');
    }
  });

  it('accepts a v1 certificate read under v2: both contexts give it the same signed graph', async () => {
    // "vac" does not end in a delimiter, so "vac:Vaccination" is the same IRI under both.
    const v1 = unsigned();
    v1['@context'] = [
      'https://www.w3.org/2018/credentials/v1',
      'https://cowin.gov.in/credentials/vaccination/v1',
    ];
    delete (v1.credentialSubject as any).dob;
    const signed = await jsigsSign(v1, rsa, ISSUED);
    expect(codeOf(await verify(zip(signed)))).toBe('OK 2');
    signed['@context'][1] = 'https://cowin.gov.in/credentials/vaccination/v2';
    expect(codeOf(await verify(zip(signed)))).toBe('OK 2');
    signed.credentialSubject.name = 'Someone Else';
    expect(codeOf(await verify(zip(signed)))).toBe('BAD_SIGNATURE');
  });

  it('rejects an altered Ed25519-signed certificate', async () => {
    const signed = await jsigsSign(unsigned({ doses: 1 }), ed, ISSUED);
    signed.evidence[0].dose = 2;
    expect(codeOf(await verify(JSON.stringify(signed)))).toBe('BAD_SIGNATURE');
  });

  it('rejects a certificate re-signed by another key under the trusted id', async () => {
    const impostor = newRsaKey(rsa.entry.id);
    const signed = await jsigsSign(unsigned(), impostor, ISSUED);
    expect(codeOf(await verify(zip(signed)))).toBe('BAD_SIGNATURE');
  });

  it('rejects a certificate signed by a key that is not trusted, with UNKNOWN_KEY', async () => {
    const other = newRsaKey('did:example:someone-else');
    const signed = await jsigsSign(unsigned(), other, ISSUED);
    expect(codeOf(await verify(zip(signed)))).toBe('UNKNOWN_KEY');
  });

  it('rejects a proof whose suite does not match the trusted key type', async () => {
    const signed = await jsigsSign(unsigned(), rsa, ISSUED);
    const store: TrustStore = { divoc: [{ ...ed.entry, id: rsa.entry.id }] };
    expect(codeOf(await verify(zip(signed), store))).toBe('UNKNOWN_KEY');
  });

  it('rejects a document naming a context outside the bundled set, never fetching it', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const signed = await jsigsSign(unsigned(), rsa, ISSUED);
    signed['@context'].push('https://attacker.example/context.jsonld');
    expect(await verify(zip(signed))).toMatchObject({
      ok: false,
      format: 'divoc',
      code: 'MALFORMED',
    });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('rejects an inline context or a JSON-LD keyword inside the document', async () => {
    const signed = await jsigsSign(unsigned(), rsa, ISSUED);
    const inline = structuredClone(signed);
    inline['@context'].push({ dose: 'https://schema.org/name' });
    const keyword = structuredClone(signed);
    keyword.evidence[0]['@type'] = 'Vaccination';
    expect(codeOf(await verify(JSON.stringify(inline)))).toBe('MALFORMED');
    expect(codeOf(await verify(JSON.stringify(keyword)))).toBe('MALFORMED');
  });

  it('rejects a term no context defines (it would not be signed)', async () => {
    const signed = await jsigsSign(unsigned(), rsa, ISSUED);
    signed.credentialSubject.extra = 'unsigned';
    expect(codeOf(await verify(JSON.stringify(signed)))).toBe('MALFORMED');
  });

  it('rejects a proof made for another purpose than assertionMethod', async () => {
    const signed = await jsigsSign(unsigned(), rsa, ISSUED);
    signed.proof.proofPurpose = 'authentication';
    expect(await verify(JSON.stringify(signed))).toMatchObject({
      code: 'MALFORMED',
      cause: 'purpose',
    });
  });

  it('rejects an unknown proof type with UNSUPPORTED_ALG', async () => {
    const signed = await jsigsSign(unsigned(), rsa, ISSUED);
    signed.proof.type = 'JsonWebSignature2020';
    expect(codeOf(await verify(JSON.stringify(signed)))).toBe('UNSUPPORTED_ALG');
  });

  it('rejects an expired certificate and one issued in the future', async () => {
    const expiring = { ...unsigned(), expirationDate: '2026-01-31T09:00:00Z' };
    const expired = await jsigsSign(expiring, rsa, ISSUED);
    const future = await jsigsSign(
      { ...unsigned(), issuanceDate: '2026-02-01T09:01:01Z' },
      rsa,
      ISSUED,
    );
    expect(codeOf(await verify(zip(expired)))).toBe('EXPIRED');
    expect(codeOf(await verify(zip(future)))).toBe('NOT_YET_VALID');
  });

  it('rejects a signed credential that is not a vaccination credential with BAD_CLAIMS', async () => {
    const other: Record<string, unknown> = { ...unsigned(), type: ['VerifiableCredential'] };
    // nonTransferable is defined only for ProofOfVaccinationCredential.
    delete other.nonTransferable;
    const signed = await jsigsSign(other, rsa, ISSUED);
    expect(codeOf(await verify(zip(signed)))).toBe('BAD_CLAIMS');
  });

  it('rejects a signed certificate without dose counts with BAD_CLAIMS', async () => {
    const credential = unsigned();
    delete (credential.evidence as any)[0].totalDoses;
    const signed = await jsigsSign(credential, rsa, ISSUED);
    expect(codeOf(await verify(zip(signed)))).toBe('BAD_CLAIMS');
  });

  it('rejects a ZIP without certificate.json', async () => {
    const signed = await jsigsSign(unsigned(), rsa, ISSUED);
    const other = zipSync({ 'cert.json': new TextEncoder().encode(JSON.stringify(signed)) });
    expect(await verify(other)).toMatchObject({ format: 'divoc', code: 'MALFORMED' });
  });
});

describe('CoWIN certificates from the simulator signer', () => {
  it('verifies what the simulator signs with RSA and with Ed25519', async () => {
    const { privateKey: rsaKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const { privateKey: edKey } = generateKeyPairSync('ed25519');
    const store: TrustStore = {
      divoc: [
        { id: 'did:sim:rsa', type: 'RsaVerificationKey2018', publicKeyPem: rsa.entry.publicKeyPem },
      ],
    };
    // Signed by another RSA key under the same id: rejected.
    const forged = await signCredential(
      unsigned(),
      { suite: 'RsaSignature2018', verificationMethod: 'did:sim:rsa', privateKey: rsaKey },
      ISSUED,
    );
    expect(codeOf(await verify(zip(forged), store))).toBe('BAD_SIGNATURE');
    const edSigned = await signCredential(
      unsigned(),
      { suite: 'Ed25519Signature2018', verificationMethod: 'did:sim:ed', privateKey: edKey },
      ISSUED,
    );
    const { x } = edKey.export({ format: 'jwk' }) as { x: string };
    const { base58 } = await import('@scure/base');
    const edStore: TrustStore = {
      divoc: [
        {
          id: 'did:sim:ed',
          type: 'Ed25519VerificationKey2018',
          publicKeyBase58: base58.encode(Buffer.from(x, 'base64url')),
        },
      ],
    };
    expect(codeOf(await verify(zip(edSigned), edStore))).toBe('OK 2');
  });
});
