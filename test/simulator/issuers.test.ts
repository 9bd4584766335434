import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCredential, type CredentialVerdict } from '../../src/protocol/index.ts';
import {
  CREDENTIAL_KEYS_FILE,
  CredentialIssuers,
  CredentialRequestError,
  type CredentialRequest,
  type IssuedCredential,
} from '../../simulator/issuers/index.ts';
import { signHcert } from '../../simulator/issuers/eudcc.ts';

const ISSUER_URL = 'http://localhost:8123';
const NOW = new Date('2026-05-01T12:00:00Z');
let dataDir: string;
let issuers: CredentialIssuers;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kycvs-issuers-'));
  issuers = await CredentialIssuers.open(dataDir, ISSUER_URL, NOW);
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function inputOf(issued: IssuedCredential): string | Uint8Array {
  return 'qr_text' in issued
    ? issued.qr_text
    : new Uint8Array(Buffer.from(issued.qr_bytes, 'base64'));
}

function request(format: CredentialRequest['format'], doses: number, total = 2): CredentialRequest {
  return { format, full_name: 'Kavya Nair', birth_date: '1992-08-17', doses, total_doses: total };
}

async function issueAndVerify(req: CredentialRequest, options = {}): Promise<CredentialVerdict> {
  const issued = await issuers.issueCredential(req, { now: NOW, ...options });
  return verifyCredential(inputOf(issued), issuers.trustList(), { now: NOW });
}

describe('simulator credential issuers', () => {
  it.each(['divoc', 'eudcc', 'shc'] as const)(
    'issues %s codes that verify with its trust list',
    async (format) => {
      const partial = await issueAndVerify(request(format, 1));
      const full = await issueAndVerify(request(format, 2));
      expect(partial).toMatchObject({
        ok: true,
        format,
        status: 1,
        name: 'Kavya Nair',
        birthDate: '1992-08-17',
      });
      expect(full).toMatchObject({ ok: true, format, status: 2 });
    },
  );

  it('answers CoWIN certificates as base64 ZIP bytes and the others as text', async () => {
    const divoc = await issuers.issueCredential(request('divoc', 1), { now: NOW });
    const eudcc = await issuers.issueCredential(request('eudcc', 1), { now: NOW });
    const shc = await issuers.issueCredential(request('shc', 1), { now: NOW });
    expect('qr_bytes' in divoc && Buffer.from(divoc.qr_bytes, 'base64').subarray(0, 4)).toEqual(
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
    );
    expect('qr_text' in eudcc && eudcc.qr_text.startsWith('HC1:')).toBe(true);
    expect('qr_text' in shc && /^shc:\/\d+$/.test(shc.qr_text)).toBe(true);
  });

  it('signs CoWIN certificates with Ed25519 on request', async () => {
    expect(
      await issueAndVerify(request('divoc', 2), { suite: 'Ed25519Signature2018' }),
    ).toMatchObject({
      ok: true,
      status: 2,
    });
  });

  it('gives a one-dose SHC series its own vaccine code', async () => {
    expect(await issueAndVerify(request('shc', 1, 1))).toMatchObject({ ok: true, status: 2 });
  });

  it('publishes a trust list of the shape SPEC 9 gives, public halves only', () => {
    const list = issuers.trustList();
    expect(list.divoc.map((entry) => entry.type)).toEqual([
      'RsaVerificationKey2018',
      'Ed25519VerificationKey2018',
    ]);
    expect(list.divoc[0]!.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(list.eudcc).toEqual([
      { kid: expect.any(String), country: 'IN', certificate: expect.any(String) },
    ]);
    expect(list.shc).toEqual([
      {
        iss: ISSUER_URL,
        name: expect.any(String),
        jwks: { keys: [expect.objectContaining({ kty: 'EC', kid: expect.any(String) })] },
      },
    ]);
    expect(JSON.stringify(list)).not.toMatch(/PRIVATE|"d":/);
  });

  it('makes its EU DCC signer a self-signed P-256 certificate for vaccinations', () => {
    const { certificate, kid } = issuers.trustList().eudcc[0]!;
    const x509 = new X509Certificate(Buffer.from(certificate, 'base64'));
    expect(x509.verify(x509.publicKey)).toBe(true);
    expect(x509.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    expect(x509.keyUsage).toEqual(['1.3.6.1.4.1.1847.2021.1.2']);
    expect(new Date(x509.validFrom).getTime()).toBeLessThanOrEqual(NOW.getTime());
    expect(kid).toHaveLength(12);
  });

  it('rejects a test certificate signed by its vaccination-only signer with WRONG_KEY_USAGE', async () => {
    const signer = issuers.eudccSigner();
    const seconds = Math.floor(NOW.getTime() / 1000);
    const text = signHcert(
      {
        ver: '1.3.0',
        nam: { fnt: 'NAIR', fn: 'Nair' },
        dob: '1992-08-17',
        t: [{ ci: 'URN:UVCI:01:IN:T1', tg: '840539006' }],
      },
      signer,
      { issuer: 'IN', issuedAt: seconds, expiresAt: seconds + 3600 },
    );
    expect(await verifyCredential(text, issuers.trustList(), { now: NOW })).toMatchObject({
      ok: false,
      code: 'WRONG_KEY_USAGE',
    });
  });

  it('rejects its EU DCC after the signer certificate has expired', async () => {
    const issued = await issuers.issueCredential(request('eudcc', 2), { now: NOW });
    const late = new Date(NOW.getTime() + 11 * 365 * 86400_000);
    expect(
      await verifyCredential(inputOf(issued), issuers.trustList(), { now: late }),
    ).toMatchObject({
      ok: false,
      code: 'EXPIRED',
    });
  });

  it('keeps its keys in the data dir, private, across restarts', async () => {
    const path = join(dataDir, CREDENTIAL_KEYS_FILE);
    expect(statSync(path).mode & 0o077).toBe(0);
    const reopened = await CredentialIssuers.open(dataDir, ISSUER_URL, NOW);
    expect(reopened.trustList()).toEqual(issuers.trustList());
    const issued = await issuers.issueCredential(request('shc', 2), { now: NOW });
    expect(
      await verifyCredential(inputOf(issued), reopened.trustList(), { now: NOW }),
    ).toMatchObject({ ok: true });
    expect(readFileSync(path, 'utf8')).toContain('privatePem');
  });

  it('rejects a key file it did not write', async () => {
    const other = mkdtempSync(join(tmpdir(), 'kycvs-issuers-bad-'));
    try {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(other, CREDENTIAL_KEYS_FILE), '{"divocRsa":1}');
      await expect(CredentialIssuers.open(other, ISSUER_URL)).rejects.toThrow(/not a key file/);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it.each([
    [{ format: 'pdf' }],
    [{ full_name: '' }],
    [{ birth_date: '17-08-1992' }],
    [{ doses: 0 }],
    [{ total_doses: 1.5 }],
  ])('rejects a request it cannot serve: %j', async (change) => {
    const bad = { ...request('shc', 1), ...change } as CredentialRequest;
    await expect(issuers.issueCredential(bad)).rejects.toBeInstanceOf(CredentialRequestError);
  });
});
