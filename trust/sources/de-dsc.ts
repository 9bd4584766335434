/**
 * The German DSC list (CovPass): the first line is the base64 of an ECDSA P-256 signature in
 * raw `r || s` form; the signed bytes are everything after the first `\n`, exactly as served,
 * hashed with SHA-256. The rest is `{"certificates": [{country, kid, rawData, …}]}`; each
 * certificate gives one `eudcc` entry, its kid computed from its DER (SPEC §9).
 */
import { X509Certificate, createHash, createPublicKey, verify } from 'node:crypto';
import type { EudccTrustEntry } from '../../src/protocol/index.ts';
import { ANCHORS, anchorText } from '../anchors.ts';
import { InputError } from './errors.ts';

const SIGNATURE_LINE = /^[A-Za-z0-9+/]+={0,2}\r?$/;

/** Verifies a DSC list file's bytes against the anchor and reads its certificates. */
export function readDeDscList(bytes: Buffer, input: string): EudccTrustEntry[] {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0)
    throw new InputError(input, 'no signature line (the first line must be the signature)');
  const line = bytes.subarray(0, newline).toString('latin1');
  if (!SIGNATURE_LINE.test(line)) throw new InputError(input, 'the first line is not base64');
  const signature = Buffer.from(line.trim(), 'base64');
  if (signature.length !== 64) {
    throw new InputError(input, `the signature is ${signature.length} bytes, not 64 (raw r||s)`);
  }
  const body = bytes.subarray(newline + 1);
  const key = createPublicKey(anchorText(ANCHORS.deDscList));
  const holds = verify('sha256', body, { key, dsaEncoding: 'ieee-p1363' }, signature);
  if (!holds) {
    throw new InputError(
      input,
      `its signature does not verify with trust-anchors/${ANCHORS.deDscList}`,
    );
  }
  let document: unknown;
  try {
    document = JSON.parse(body.toString('utf8'));
  } catch {
    throw new InputError(input, 'the signed part is not JSON');
  }
  const certificates = (document as { certificates?: unknown })?.certificates;
  if (!Array.isArray(certificates)) throw new InputError(input, 'no "certificates" array');
  return certificates.map((entry: unknown, i) => {
    const { country, rawData } = (entry ?? {}) as { country?: unknown; rawData?: unknown };
    if (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country)) {
      throw new InputError(input, `certificate ${i}: country is not two capital letters`);
    }
    if (typeof rawData !== 'string') throw new InputError(input, `certificate ${i}: no rawData`);
    const der = Buffer.from(rawData, 'base64');
    try {
      new X509Certificate(der);
    } catch {
      throw new InputError(input, `certificate ${i}: rawData is not an X.509 certificate`);
    }
    const kid = createHash('sha256').update(der).digest().subarray(0, 8).toString('base64');
    return { kid, country, certificate: der.toString('base64') };
  });
}
