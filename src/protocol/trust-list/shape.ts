/**
 * The shape of a signed trust list's payload (SPEC §9, §10), checked whole: one entry of the
 * wrong shape refuses the list, so what is signed and what is used never differ.
 */
import type {
  DivocTrustEntry,
  EudccTrustEntry,
  ShcRevokedEntry,
  ShcTrustEntry,
} from '../credentials/types.ts';
import { parseShcRid } from '../credentials/revocation.ts';
import type { SignedTrustList, TrustListSource } from './types.ts';

/** The most entries of each kind a list may hold. */
export const TRUST_LIST_LIMITS = {
  divoc: 1_000,
  eudcc: 20_000,
  shc: 5_000,
  keysPerIssuer: 100,
  revoked: 1_000_000,
  sources: 100,
} as const;

type Obj = Record<string, unknown>;

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const BASE58 = /^[1-9A-HJ-NP-Za-km-z]{32,44}$/;
const PEM = /^-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\s]+-----END PUBLIC KEY-----\s*$/;
const DIVOC_REVOKED = /^[0-9a-f]{64}$/;
const EUDCC_REVOKED = /^[A-Za-z0-9+/]{22}==$/;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown, max: number, min = 1): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

function isSeconds(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function base64Bytes(text: string): number {
  return Math.floor((text.length * 3) / 4) - (text.match(/=+$/)?.[0].length ?? 0);
}

function divoc(value: unknown): DivocTrustEntry | null {
  if (!isObj(value) || !isText(value.id, 500)) return null;
  if (value.type === 'RsaVerificationKey2018') {
    const pem = value.publicKeyPem;
    return isText(pem, 4096) && PEM.test(pem)
      ? { id: value.id, type: value.type, publicKeyPem: pem }
      : null;
  }
  if (value.type === 'Ed25519VerificationKey2018') {
    const key = value.publicKeyBase58;
    return typeof key === 'string' && BASE58.test(key)
      ? { id: value.id, type: value.type, publicKeyBase58: key }
      : null;
  }
  return null;
}

function eudcc(value: unknown): EudccTrustEntry | null {
  if (!isObj(value)) return null;
  const { kid, country, certificate } = value;
  if (!isText(kid, 12) || !BASE64.test(kid) || base64Bytes(kid) !== 8) return null;
  if (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country)) return null;
  if (!isText(certificate, 16_384) || !BASE64.test(certificate)) return null;
  return { kid, country, certificate };
}

function shc(value: unknown): ShcTrustEntry | null {
  if (!isObj(value) || !isText(value.iss, 500) || !/^https?:\/\//.test(value.iss)) return null;
  if (!isText(value.name, 200, 0) || !isObj(value.jwks)) return null;
  const keys = value.jwks.keys;
  if (!Array.isArray(keys) || keys.length > TRUST_LIST_LIMITS.keysPerIssuer) return null;
  // A private member in a public key set is a publisher's fault: the list is refused.
  if (!keys.every((key) => isObj(key) && !('d' in key))) return null;
  return { iss: value.iss, name: value.name, jwks: { keys: keys as JsonWebKey[] } };
}

function revokedShc(value: unknown): ShcRevokedEntry | null {
  if (!isObj(value) || !isText(value.iss, 500) || !isText(value.kid, 100)) return null;
  if (typeof value.rid !== 'string' || parseShcRid(value.rid) === null) return null;
  return { iss: value.iss, kid: value.kid, rid: value.rid };
}

function source(value: unknown): TrustListSource | null {
  if (!isObj(value) || !isText(value.name, 500) || !isText(value.kind, 100)) return null;
  const { fetchedAt, count } = value;
  if (!isText(fetchedAt, 100) && !isSeconds(fetchedAt)) return null;
  if (!isSeconds(count)) return null;
  return { name: value.name, kind: value.kind, fetchedAt, count };
}

/** Every item read by `read`, or null when the value is not an array or one item fails. */
function all<T>(value: unknown, max: number, read: (item: unknown) => T | null): T[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > max) return null;
  const out: T[] = new Array<T>(value.length);
  for (let i = 0; i < value.length; i++) {
    const item = read(value[i]);
    if (item === null) return null;
    out[i] = item;
  }
  return out;
}

function pattern(re: RegExp): (item: unknown) => string | null {
  return (item) => (typeof item === 'string' && re.test(item) ? item : null);
}

/** Reads a payload as a signed trust list, or null when any part has the wrong shape. */
export function readTrustListPayload(value: unknown): SignedTrustList | null {
  if (!isObj(value)) return null;
  const { iss, seq, iat, exp } = value;
  if (!isText(iss, 500) || !isSeconds(seq) || !isSeconds(iat) || !isSeconds(exp)) return null;
  if (!Array.isArray(value.divoc) || !Array.isArray(value.eudcc) || !Array.isArray(value.shc)) {
    return null;
  }
  const lists = {
    divoc: all(value.divoc, TRUST_LIST_LIMITS.divoc, divoc),
    eudcc: all(value.eudcc, TRUST_LIST_LIMITS.eudcc, eudcc),
    shc: all(value.shc, TRUST_LIST_LIMITS.shc, shc),
  };
  if (!lists.divoc || !lists.eudcc || !lists.shc) return null;
  const revokedIn = value.revoked ?? {};
  if (!isObj(revokedIn)) return null;
  const revoked = {
    divoc: all(revokedIn.divoc, TRUST_LIST_LIMITS.revoked, pattern(DIVOC_REVOKED)),
    eudcc: all(revokedIn.eudcc, TRUST_LIST_LIMITS.revoked, pattern(EUDCC_REVOKED)),
    shc: all(revokedIn.shc, TRUST_LIST_LIMITS.revoked, revokedShc),
  };
  if (!revoked.divoc || !revoked.eudcc || !revoked.shc) return null;
  const sources = all(value.sources, TRUST_LIST_LIMITS.sources, source);
  if (!sources) return null;
  return {
    iss,
    seq,
    iat,
    exp,
    divoc: lists.divoc,
    eudcc: lists.eudcc,
    shc: lists.shc,
    revoked: { divoc: revoked.divoc, eudcc: revoked.eudcc, shc: revoked.shc },
    sources,
  };
}
