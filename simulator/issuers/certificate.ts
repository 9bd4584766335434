/**
 * A self-signed P-256 X.509 certificate (RFC 5280) for the simulator's EU DCC document signer,
 * with the hcert extended key usages it may sign (eHN hcert spec §5.1.1). node:crypto cannot
 * create certificates: the TBSCertificate is built with @peculiar/asn1-x509 and signed here.
 */
import { randomBytes, sign, type KeyObject } from 'node:crypto';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  Certificate,
  ExtendedKeyUsage,
  Extension,
  Extensions,
  Name,
  RelativeDistinguishedName,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
  id_ce_extKeyUsage,
} from '@peculiar/asn1-x509';

/** The hcert key usage OIDs: test, vaccination, recovery. */
export const HCERT_USAGE = {
  test: '1.3.6.1.4.1.1847.2021.1.1',
  vaccination: '1.3.6.1.4.1.1847.2021.1.2',
  recovery: '1.3.6.1.4.1.1847.2021.1.3',
} as const;

const ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2';
const COMMON_NAME = '2.5.4.3';
const COUNTRY = '2.5.4.6';

function name(commonName: string, country: string): Name {
  return new Name([
    new RelativeDistinguishedName([
      new AttributeTypeAndValue({
        type: COUNTRY,
        value: new AttributeValue({ printableString: country }),
      }),
    ]),
    new RelativeDistinguishedName([
      new AttributeTypeAndValue({
        type: COMMON_NAME,
        value: new AttributeValue({ utf8String: commonName }),
      }),
    ]),
  ]);
}

/** Options of a signer certificate. */
export interface CertificateOptions {
  commonName: string;
  country: string;
  notBefore: Date;
  notAfter: Date;
  /** The hcert OIDs to list; an empty list leaves the extended key usage out. */
  usages: string[];
}

/** The DER of a self-signed certificate for the P-256 key pair. */
export function selfSignedCertificate(
  publicKey: KeyObject,
  privateKey: KeyObject,
  options: CertificateOptions,
): Uint8Array {
  const serial = randomBytes(12);
  serial[0]! &= 0x7f;
  const subject = name(options.commonName, options.country);
  const algorithm = new AlgorithmIdentifier({ algorithm: ECDSA_WITH_SHA256 });
  const tbs = new TBSCertificate({
    version: Version.v3,
    serialNumber: new Uint8Array(serial).buffer,
    signature: algorithm,
    issuer: subject,
    validity: new Validity({ notBefore: options.notBefore, notAfter: options.notAfter }),
    subject,
    subjectPublicKeyInfo: AsnConvert.parse(
      publicKey.export({ type: 'spki', format: 'der' }),
      SubjectPublicKeyInfo,
    ),
  });
  if (options.usages.length > 0) {
    tbs.extensions = new Extensions([
      new Extension({
        extnID: id_ce_extKeyUsage,
        critical: false,
        extnValue: new OctetString(AsnConvert.serialize(new ExtendedKeyUsage(options.usages))),
      }),
    ]);
  }
  const signature = sign('sha256', Buffer.from(AsnConvert.serialize(tbs)), privateKey);
  const certificate = new Certificate({
    tbsCertificate: tbs,
    signatureAlgorithm: algorithm,
    signatureValue: new Uint8Array(signature).buffer,
  });
  return new Uint8Array(AsnConvert.serialize(certificate));
}
