/**
 * The simulator's CoWIN (DIVOC) certificate issuer: a W3C VC of type
 * ProofOfVaccinationCredential signed as jsonld-signatures' legacy suites sign
 * (RsaSignature2018 with PS256, or Ed25519Signature2018), zipped as the QR carries it.
 */
import { createHash, constants, sign, type KeyObject } from 'node:crypto';
import { zipSync } from 'fflate';
import * as jsonldModule from 'jsonld';
import { bundledDocumentLoader } from '../../src/protocol/credentials/divoc/contexts.ts';

const jsonld = ((jsonldModule as unknown as { default?: typeof jsonldModule }).default ??
  jsonldModule) as typeof jsonldModule;

/** A DIVOC signing key: the suite it signs with and its verification method id. */
export interface DivocSigner {
  suite: 'RsaSignature2018' | 'Ed25519Signature2018';
  verificationMethod: string;
  privateKey: KeyObject;
}

async function canonicalHash(input: object): Promise<Buffer> {
  const nquads = await jsonld.canonize(
    input as jsonldModule.JsonLdDocument,
    {
      algorithm: 'URDNA2015',
      format: 'application/n-quads',
      documentLoader: bundledDocumentLoader,
      safe: true,
    } as unknown as jsonldModule.Options.Normalize,
  );
  return createHash('sha256').update(nquads).digest();
}

/** Adds a proof to an unsigned credential and returns the signed credential. */
export async function signCredential(
  credential: Record<string, unknown>,
  signer: DivocSigner,
  created: Date,
): Promise<Record<string, unknown>> {
  const proof: Record<string, unknown> = {
    type: signer.suite,
    created: created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    verificationMethod: signer.verificationMethod,
    proofPurpose: 'assertionMethod',
  };
  // The signing input: SHA-256 of the canonical proof options (security v2 context), then of
  // the canonical document, after ASCII(base64url(header)) and '.' (RFC 7797, b64 false).
  const proofHash = await canonicalHash({ '@context': 'https://w3id.org/security/v2', ...proof });
  const documentHash = await canonicalHash(credential);
  const alg = signer.suite === 'RsaSignature2018' ? 'PS256' : 'EdDSA';
  const header = Buffer.from(JSON.stringify({ alg, b64: false, crit: ['b64'] })).toString(
    'base64url',
  );
  const input = Buffer.concat([Buffer.from(`${header}.`), proofHash, documentHash]);
  const signature =
    signer.suite === 'RsaSignature2018'
      ? sign('sha256', input, {
          key: signer.privateKey,
          padding: constants.RSA_PKCS1_PSS_PADDING,
          saltLength: 32,
        })
      : sign(null, input, signer.privateKey);
  return {
    ...credential,
    proof: { ...proof, jws: `${header}..${signature.toString('base64url')}` },
  };
}

/** The unsigned CoWIN certificate of a vaccination (DIVOC's v2 layout). */
export function vaccinationCredential(options: {
  issuer: string;
  fullName: string;
  birthDate: string;
  doses: number;
  totalDoses: number;
  certificateId: string;
  issuedAt: Date;
}): Record<string, unknown> {
  const date = options.issuedAt.toISOString();
  return {
    '@context': [
      'https://www.w3.org/2018/credentials/v1',
      'https://cowin.gov.in/credentials/vaccination/v2',
    ],
    type: ['VerifiableCredential', 'ProofOfVaccinationCredential'],
    credentialSubject: {
      type: 'Person',
      id: `did:in.gov.kycvs-simulator:${options.certificateId}`,
      refId: options.certificateId,
      name: options.fullName,
      gender: 'Other',
      age: '',
      nationality: 'Indian',
      dob: options.birthDate,
      address: { streetAddress: '', district: '', addressRegion: '', addressCountry: 'IN' },
    },
    issuer: options.issuer,
    issuanceDate: date,
    evidence: [
      {
        id: `${options.issuer.replace(/\/$/, '')}/vaccine/${options.certificateId}`,
        infoUrl: `${options.issuer.replace(/\/$/, '')}/?${options.certificateId}`,
        certificateId: options.certificateId,
        type: ['Vaccination'],
        batch: 'SIM0001',
        vaccine: 'COVISHIELD',
        manufacturer: 'Serum Institute of India',
        date,
        effectiveStart: date.slice(0, 10),
        effectiveUntil: date.slice(0, 10),
        dose: options.doses,
        totalDoses: options.totalDoses,
        verifier: { name: 'KYC-VS registry simulator' },
        facility: {
          name: 'KYC-VS registry simulator',
          address: { streetAddress: '', district: '', addressRegion: '', addressCountry: 'IN' },
        },
      },
    ],
    nonTransferable: 'true',
  };
}

/** The ZIP a CoWIN certificate's QR holds: `certificate.json`, DEFLATE. */
export function zipCertificate(credential: object): Uint8Array {
  return zipSync({ 'certificate.json': [Buffer.from(JSON.stringify(credential)), { level: 9 }] });
}
