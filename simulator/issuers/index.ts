/**
 * The simulator as a test issuer of the codes people carry (SPEC §9): its own CoWIN (DIVOC) keys,
 * EU DCC document signer certificate and SMART Health Card key, generated on first start and
 * kept in DATA_DIR/credential-keys.json; `issueCredential` answers `POST /dev/credentials`
 * (SPEC §3) and `trustList` is `GET /.well-known/kycvs-trust-list.json`.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { base58 } from '@scure/base';
import { calculateJwkThumbprint, type JWK } from 'jose';
import type { TrustStore } from '../../src/protocol/index.ts';
import { readDataFile, writeDataFile } from '../storage.ts';
import { HCERT_USAGE, selfSignedCertificate } from './certificate.ts';
import {
  signCredential,
  vaccinationCredential,
  zipCertificate,
  type DivocSigner,
} from './divoc.ts';
import { dccKid, signHcert, vaccinationHcert } from './eudcc.ts';
import { cardPayload, cvxFor, jwsToShcText, signCardPayload } from './shc.ts';

/** The file in the data dir that holds the issuers' keys. */
export const CREDENTIAL_KEYS_FILE = 'credential-keys.json';

/** The request of `POST /dev/credentials` (SPEC §3). */
export interface CredentialRequest {
  format: 'divoc' | 'eudcc' | 'shc';
  full_name: string;
  birth_date: string;
  doses: number;
  total_doses: number;
}

/** The answer: text for EU DCC and SHC, base64 of the ZIP for a CoWIN certificate. */
export type IssuedCredential = { qr_text: string } | { qr_bytes: string };

/** A request `issueCredential` cannot serve (the route answers 400 `REQVAL0001`). */
export class CredentialRequestError extends Error {
  override readonly name = 'CredentialRequestError';
}

interface StoredKeys {
  divocRsa: { id: string; privatePem: string };
  divocEd25519: { id: string; privatePem: string };
  eudcc: { privatePem: string; certificate: string };
  shc: { privatePem: string };
}

const COUNTRY = 'IN';
const DSC_VALIDITY_DAYS = 3650;
const DCC_VALIDITY_S = 365 * 24 * 3600;

function pem(key: KeyObject): string {
  return key.export({ type: 'pkcs8', format: 'pem' }).toString();
}

function newKeys(now: Date): StoredKeys {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ed = generateKeyPairSync('ed25519');
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const shc = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const tag = randomBytes(6).toString('hex');
  const certificate = selfSignedCertificate(ec.publicKey, ec.privateKey, {
    commonName: 'KYC-VS simulator DSC',
    country: COUNTRY,
    notBefore: new Date(now.getTime() - 24 * 3600 * 1000),
    notAfter: new Date(now.getTime() + DSC_VALIDITY_DAYS * 24 * 3600 * 1000),
    usages: [HCERT_USAGE.vaccination],
  });
  return {
    divocRsa: { id: `did:kycvs-simulator:divoc:rsa-${tag}`, privatePem: pem(rsa.privateKey) },
    divocEd25519: {
      id: `did:kycvs-simulator:divoc:ed25519-${tag}`,
      privatePem: pem(ed.privateKey),
    },
    eudcc: {
      privatePem: pem(ec.privateKey),
      certificate: Buffer.from(certificate).toString('base64'),
    },
    shc: { privatePem: pem(shc.privateKey) },
  };
}

function isStoredKeys(value: unknown): value is StoredKeys {
  const keys = value as StoredKeys | null;
  return (
    typeof keys?.divocRsa?.privatePem === 'string' &&
    typeof keys.divocEd25519?.privatePem === 'string' &&
    typeof keys.eudcc?.certificate === 'string' &&
    typeof keys.shc?.privatePem === 'string'
  );
}

function checkRequest(request: CredentialRequest): void {
  const { format, full_name, birth_date, doses, total_doses } =
    request ?? ({} as CredentialRequest);
  if (format !== 'divoc' && format !== 'eudcc' && format !== 'shc') {
    throw new CredentialRequestError('format must be divoc, eudcc or shc');
  }
  if (typeof full_name !== 'string' || full_name.trim().length === 0 || full_name.length > 100) {
    throw new CredentialRequestError('full_name must be 1 to 100 characters');
  }
  if (typeof birth_date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(birth_date)) {
    throw new CredentialRequestError('birth_date must be YYYY-MM-DD');
  }
  for (const [field, value] of [
    ['doses', doses],
    ['total_doses', total_doses],
  ] as const) {
    if (!Number.isInteger(value) || value < 1 || value > 9) {
      throw new CredentialRequestError(`${field} must be an integer from 1 to 9`);
    }
  }
}

/** A SMART Health Card just issued: its SPEC §9 id and what a CRL lists it by. */
export interface IssuedShc {
  id: string;
  iss: string;
  kid: string;
  rid: string;
}

/** The simulator's credential issuers, their keys loaded from or saved to the data dir. */
export class CredentialIssuers {
  /** Told of every SMART Health Card issued, so that it can be revoked by its id. */
  onShcIssued: ((card: IssuedShc) => void) | undefined;

  private constructor(
    private issuerUrl: string,
    private readonly stored: StoredKeys,
    private readonly shcKid: string,
    private readonly shcJwk: JWK,
  ) {}

  /** Loads the keys from the data dir, or generates and saves them. */
  static async open(
    dataDir: string,
    issuerUrl: string,
    now = new Date(),
  ): Promise<CredentialIssuers> {
    let stored = readDataFile(dataDir, CREDENTIAL_KEYS_FILE);
    if (stored === null) {
      stored = newKeys(now);
      writeDataFile(dataDir, CREDENTIAL_KEYS_FILE, stored);
    } else if (!isStoredKeys(stored)) {
      throw new Error(
        `${CREDENTIAL_KEYS_FILE} in ${dataDir} is not a key file this simulator wrote.`,
      );
    }
    const keys = stored as StoredKeys;
    const jwk = createPublicKey(keys.shc.privatePem).export({ format: 'jwk' }) as JWK;
    const publicJwk: JWK = { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
    // SHC §Keys: the kid is the RFC 7638 thumbprint of the key.
    const kid = await calculateJwkThumbprint(publicJwk, 'sha256');
    return new CredentialIssuers(issuerUrl.replace(/\/$/, ''), keys, kid, publicJwk);
  }

  /** Sets the issuer URL the codes and the trust list name (once the simulator's port is known). */
  setIssuerUrl(issuerUrl: string): void {
    this.issuerUrl = issuerUrl.replace(/\/$/, '');
  }

  /** The DIVOC signer of a suite (RsaSignature2018 unless Ed25519 is asked for). */
  divocSigner(suite: DivocSigner['suite'] = 'RsaSignature2018'): DivocSigner {
    const key = suite === 'RsaSignature2018' ? this.stored.divocRsa : this.stored.divocEd25519;
    return { suite, verificationMethod: key.id, privateKey: createPrivateKey(key.privatePem) };
  }

  /**
   * Issues a code of `format` for a person, signed by the simulator's own key for that format.
   * Throws `CredentialRequestError` on a request it cannot serve.
   */
  async issueCredential(
    request: CredentialRequest,
    options: { now?: Date; suite?: DivocSigner['suite'] } = {},
  ): Promise<IssuedCredential> {
    checkRequest(request);
    const now = options.now ?? new Date();
    const seconds = Math.floor(now.getTime() / 1000);
    const certificateId = String(10_000_000_000 + (randomBytes(4).readUInt32BE() % 89_999_999_999));
    const person = { fullName: request.full_name.trim(), birthDate: request.birth_date };
    if (request.format === 'divoc') {
      const unsigned = vaccinationCredential({
        ...person,
        issuer: this.issuerUrl,
        doses: request.doses,
        totalDoses: request.total_doses,
        certificateId,
        issuedAt: now,
      });
      const signed = await signCredential(unsigned, this.divocSigner(options.suite), now);
      return { qr_bytes: Buffer.from(zipCertificate(signed)).toString('base64') };
    }
    if (request.format === 'eudcc') {
      const hcert = vaccinationHcert({
        ...person,
        doses: request.doses,
        totalDoses: request.total_doses,
        certificateId: `URN:UVCI:01:IN:KYCVS${certificateId}`,
        date: now.toISOString().slice(0, 10),
      });
      const der = Buffer.from(this.stored.eudcc.certificate, 'base64');
      const signer = {
        privateKey: createPrivateKey(this.stored.eudcc.privatePem),
        kid: dccKid(der),
      };
      const text = signHcert(hcert, signer, {
        issuer: COUNTRY,
        issuedAt: seconds,
        expiresAt: seconds + DCC_VALIDITY_S,
      });
      return { qr_text: text };
    }
    const cvx = cvxFor(request.total_doses);
    const doses = Array.from({ length: request.doses }, (_, i) => ({
      cvx,
      date: new Date(now.getTime() - (request.doses - 1 - i) * 28 * 86400_000)
        .toISOString()
        .slice(0, 10),
    }));
    // SHC §Revocation: a random rid, meaningless to anyone but the issuer.
    const rid = randomBytes(8).toString('base64url');
    const payload = cardPayload({ iss: this.issuerUrl, nbf: seconds, ...person, doses, rid });
    const jws = signCardPayload(payload, this.shcSigner());
    const id = createHash('sha256').update(jws).digest('hex');
    this.onShcIssued?.({ id, iss: this.issuerUrl, kid: this.shcKid, rid });
    return { qr_text: jwsToShcText(jws) };
  }

  /** The SHC signer: its private key and kid. */
  shcSigner(): { privateKey: KeyObject; kid: string } {
    return { privateKey: createPrivateKey(this.stored.shc.privatePem), kid: this.shcKid };
  }

  /** The EU DCC signer: its private key, certificate DER and kid bytes. */
  eudccSigner(): { privateKey: KeyObject; certificate: Uint8Array; kid: Uint8Array } {
    const der = new Uint8Array(Buffer.from(this.stored.eudcc.certificate, 'base64'));
    return {
      privateKey: createPrivateKey(this.stored.eudcc.privatePem),
      certificate: der,
      kid: dccKid(der),
    };
  }

  /** The trust list (SPEC §9): the public halves of every key the issuers sign with. */
  trustList(): Required<Pick<TrustStore, 'divoc' | 'eudcc' | 'shc'>> {
    const rsaPublic = createPublicKey(this.stored.divocRsa.privatePem);
    const edPublic = createPublicKey(this.stored.divocEd25519.privatePem);
    const edRaw = Buffer.from(edPublic.export({ format: 'jwk' }).x as string, 'base64url');
    const der = Buffer.from(this.stored.eudcc.certificate, 'base64');
    return {
      divoc: [
        {
          id: this.stored.divocRsa.id,
          type: 'RsaVerificationKey2018',
          publicKeyPem: rsaPublic.export({ type: 'spki', format: 'pem' }).toString(),
        },
        {
          id: this.stored.divocEd25519.id,
          type: 'Ed25519VerificationKey2018',
          publicKeyBase58: base58.encode(edRaw),
        },
      ],
      eudcc: [
        {
          kid: Buffer.from(dccKid(der)).toString('base64'),
          country: COUNTRY,
          certificate: this.stored.eudcc.certificate,
        },
      ],
      shc: [
        {
          iss: this.issuerUrl,
          name: 'KYC-VS registry simulator',
          jwks: {
            keys: [{ ...this.shcJwk, kid: this.shcKid, use: 'sig', alg: 'ES256' } as JsonWebKey],
          },
        },
      ],
    };
  }
}
