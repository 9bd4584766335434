/**
 * The VCI directory snapshot: `vci_snapshot.sig` is a DER ECDSA signature, with SHA-512, over
 * the exact bytes of `vci_snapshot.json`, by the key of the snapshot certificate (P-521). Each
 * issuer with keys gives one `shc` entry; each CRL of method `rid` gives `revoked.shc` entries.
 */
import { X509Certificate, verify } from 'node:crypto';
import type { ShcRevokedEntry, ShcTrustEntry } from '../../src/protocol/index.ts';
import { ANCHORS, anchorText } from '../anchors.ts';
import { InputError } from './errors.ts';

/** The public members of an SHC issuer key kept in a list. */
const KEY_MEMBERS = ['kty', 'kid', 'use', 'alg', 'crv', 'x', 'y', 'crlVersion'];

/** What a snapshot gives. */
export interface VciEntries {
  shc: ShcTrustEntry[];
  revoked: ShcRevokedEntry[];
  time: string | null;
}

function publicKey(key: unknown): JsonWebKey {
  const source = (key ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const member of KEY_MEMBERS) if (member in source) out[member] = source[member];
  return out as JsonWebKey;
}

/** Verifies a VCI snapshot against the anchor certificate and reads its issuers and CRLs. */
export function readVciSnapshot(
  json: Buffer,
  signature: Buffer,
  input: string,
  signatureInput: string,
): VciEntries {
  const certificate = new X509Certificate(anchorText(ANCHORS.vciSnapshot));
  let holds = false;
  try {
    holds = verify('sha512', json, { key: certificate.publicKey, dsaEncoding: 'der' }, signature);
  } catch {
    throw new InputError(signatureInput, 'not a DER ECDSA signature');
  }
  if (!holds) {
    throw new InputError(
      input,
      `${signatureInput} does not verify it with trust-anchors/${ANCHORS.vciSnapshot}`,
    );
  }
  let snapshot: { issuerInfo?: unknown; time?: unknown };
  try {
    snapshot = JSON.parse(json.toString('utf8')) as typeof snapshot;
  } catch {
    throw new InputError(input, 'not JSON');
  }
  if (!Array.isArray(snapshot?.issuerInfo)) throw new InputError(input, 'no "issuerInfo" array');
  const shc: ShcTrustEntry[] = [];
  const revoked: ShcRevokedEntry[] = [];
  snapshot.issuerInfo.forEach((info: unknown, i) => {
    const { issuer, keys, crls } = (info ?? {}) as {
      issuer?: unknown;
      keys?: unknown;
      crls?: unknown;
    };
    const { iss, name } = (issuer ?? {}) as { iss?: unknown; name?: unknown };
    if (typeof iss !== 'string' || !/^https?:\/\//.test(iss) || iss.length > 500) {
      throw new InputError(input, `issuer ${i}: iss is not an http(s) URL`);
    }
    if (!Array.isArray(keys) || keys.length === 0) return;
    const label = typeof name === 'string' ? name.slice(0, 200) : '';
    shc.push({ iss, name: label, jwks: { keys: keys.map(publicKey) } });
    for (const crl of Array.isArray(crls) ? crls : []) {
      const { kid, method, rids } = (crl ?? {}) as {
        kid?: unknown;
        method?: unknown;
        rids?: unknown;
      };
      if (method !== 'rid' || typeof kid !== 'string' || !Array.isArray(rids)) continue;
      for (const rid of rids) if (typeof rid === 'string') revoked.push({ iss, kid, rid });
    }
  });
  return { shc, revoked, time: typeof snapshot.time === 'string' ? snapshot.time : null };
}
