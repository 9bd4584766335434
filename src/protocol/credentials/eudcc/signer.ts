/**
 * EU DCC document signer certificates (X.509, RFC 5280): the kid, the validity, the public key
 * and the hcert extended key usage (eHealth Network, hcert spec 1.3 §5.1.1).
 */
import { AsnConvert } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  Certificate,
  ExtendedKeyUsage,
  SubjectPublicKeyInfo,
  id_ce_extKeyUsage,
} from '@peculiar/asn1-x509';
import { decodeBase64, encodeBase64 } from '../common.ts';

/** The certificate types an hcert carries. */
export type HcertType = 'test' | 'vaccination' | 'recovery';

/** A parsed signer certificate, with its key imported for the algorithm it allows. */
export interface Signer {
  kid: string;
  notBefore: number;
  notAfter: number;
  /** The hcert types its key usage allows; null when the certificate does not restrict them. */
  allowed: ReadonlySet<HcertType> | null;
  alg: 'ES256' | 'PS256';
  key: CryptoKey;
}

const EC_PUBLIC_KEY = '1.2.840.10045.2.1';
// The named curves as the key's parameters hold them (DER of the OID). RFC 9053 §2.1 binds ES256
// to SHA-256, not to a curve: the test suite signs ES256 with a P-384 key too.
const CURVES: Record<string, 'P-256' | 'P-384' | 'P-521'> = {
  '06082a8648ce3d030107': 'P-256',
  '06052b81040022': 'P-384',
  '06052b81040023': 'P-521',
};

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}
const RSA_ENCRYPTION = '1.2.840.113549.1.1.1';
const RSASSA_PSS = '1.2.840.113549.1.1.10';

// hcert spec §5.1.1; the test suite also signs with the ".0." variants.
const USAGE_OIDS: Record<string, HcertType> = {};
for (const base of ['1.3.6.1.4.1.1847.2021.1.', '1.3.6.1.4.1.0.1847.2021.1.']) {
  USAGE_OIDS[`${base}1`] = 'test';
  USAGE_OIDS[`${base}2`] = 'vaccination';
  USAGE_OIDS[`${base}3`] = 'recovery';
}

const MAX_CACHED = 64;
const cache = new Map<string, Promise<Signer | null>>();

/** The EU DCC kid of a certificate: base64 of the first 8 bytes of the SHA-256 of its DER. */
export async function certificateKid(der: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', der as BufferSource));
  return encodeBase64(digest.subarray(0, 8));
}

function allowedTypes(cert: Certificate): Set<HcertType> | null {
  const extension = cert.tbsCertificate.extensions?.find((e) => e.extnID === id_ce_extKeyUsage);
  if (!extension) return null;
  const usages = AsnConvert.parse(extension.extnValue.buffer, ExtendedKeyUsage);
  const allowed = new Set<HcertType>();
  for (const oid of usages) {
    const type = USAGE_OIDS[oid];
    if (type) allowed.add(type);
  }
  // An extended key usage without any hcert OID allows none of the types (as the test suite's
  // IS cases hold); only a certificate without the extension may sign every type.
  return allowed;
}

async function importKey(
  spki: SubjectPublicKeyInfo,
): Promise<{ alg: 'ES256' | 'PS256'; key: CryptoKey } | null> {
  const oid = spki.algorithm.algorithm;
  if (oid === EC_PUBLIC_KEY) {
    const params = spki.algorithm.parameters;
    const namedCurve = params ? CURVES[hex(new Uint8Array(params))] : undefined;
    if (!namedCurve) return null;
    const der = AsnConvert.serialize(spki);
    const key = await crypto.subtle.importKey('spki', der, { name: 'ECDSA', namedCurve }, false, [
      'verify',
    ]);
    return { alg: 'ES256', key };
  }
  if (oid === RSA_ENCRYPTION || oid === RSASSA_PSS) {
    // WebCrypto imports RSA keys under rsaEncryption only; the key bits are the same.
    const plain = new SubjectPublicKeyInfo({
      algorithm: new AlgorithmIdentifier({ algorithm: RSA_ENCRYPTION, parameters: null }),
      subjectPublicKey: spki.subjectPublicKey,
    });
    const key = await crypto.subtle.importKey(
      'spki',
      AsnConvert.serialize(plain),
      { name: 'RSA-PSS', hash: 'SHA-256' },
      false,
      ['verify'],
    );
    return { alg: 'PS256', key };
  }
  return null;
}

async function parseSigner(certificate: string): Promise<Signer | null> {
  const der = decodeBase64(certificate);
  if (!der || der.length === 0 || der.length > 16 * 1024) return null;
  try {
    const cert = AsnConvert.parse(der, Certificate);
    const { validity, subjectPublicKeyInfo } = cert.tbsCertificate;
    const imported = await importKey(subjectPublicKeyInfo);
    if (!imported) return null;
    return {
      kid: await certificateKid(der),
      notBefore: Math.floor(validity.notBefore.getTime().getTime() / 1000),
      notAfter: Math.floor(validity.notAfter.getTime().getTime() / 1000),
      allowed: allowedTypes(cert),
      ...imported,
    };
  } catch {
    return null;
  }
}

/** The parsed signer of a base64 DER certificate, parsed once; null when it is not usable. */
export function signerOf(certificate: string): Promise<Signer | null> {
  const held = cache.get(certificate);
  if (held) return held;
  const parsed = parseSigner(certificate);
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(certificate, parsed);
  return parsed;
}
