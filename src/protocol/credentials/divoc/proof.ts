/**
 * The legacy Linked Data Signatures of a CoWIN certificate, as jsonld-signatures builds them for
 * `RsaSignature2018` (PS256) and `Ed25519Signature2018` (EdDSA): a detached JWS with unencoded
 * payload (RFC 7797, `b64: false`) over SHA-256(canonical proof options) || SHA-256(canonical
 * document), each canonicalised with URDNA2015.
 */
import * as jsonldModule from 'jsonld';
import { base58 } from '@scure/base';
import { decodeBase64url } from '../../base64url.ts';
import { decodeBase64, decodeUtf8, parseJsonObject, type JsonObject } from '../common.ts';
import type { DivocTrustEntry } from '../types.ts';
import { SECURITY_V2, bundledDocumentLoader } from './contexts.ts';

// jsonld is CommonJS: bundlers and Node expose it as the default export or as the namespace.
const jsonld = ((jsonldModule as unknown as { default?: typeof jsonldModule }).default ??
  jsonldModule) as typeof jsonldModule;

/** The proof suites read, with the JWS algorithm and the key type each requires. */
export const SUITES = {
  RsaSignature2018: { alg: 'PS256', keyType: 'RsaVerificationKey2018' },
  Ed25519Signature2018: { alg: 'EdDSA', keyType: 'Ed25519VerificationKey2018' },
} as const;

/** A proof suite's name. */
export type SuiteName = keyof typeof SUITES;

/** Why a proof did not verify: the step, for the verdict's code. */
export type ProofFailure = 'jws' | 'canonical' | 'key' | 'signature';

const keyCache = new Map<string, Promise<CryptoKey>>();

async function canonicalHash(input: JsonObject): Promise<Uint8Array> {
  // Safe mode (jsonld 9's default for canonize) rejects a document whose canonical form would
  // drop a term or a relative IRI: what is dropped would not be signed.
  const nquads = await jsonld.canonize(input, {
    algorithm: 'URDNA2015',
    format: 'application/n-quads',
    documentLoader: bundledDocumentLoader,
    safe: true,
  } as unknown as jsonldModule.Options.Normalize);
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(nquads)));
}

function pemToDer(pem: string): Uint8Array | null {
  const match = /^-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\s]+)-----END PUBLIC KEY-----\s*$/.exec(
    pem.trim(),
  );
  return match ? decodeBase64(match[1]!.replace(/\s+/g, '')) : null;
}

function importKey(entry: DivocTrustEntry): Promise<CryptoKey> {
  const id = `${entry.type} ${entry.publicKeyPem ?? entry.publicKeyBase58}`;
  const held = keyCache.get(id);
  if (held) return held;
  const imported = (async () => {
    if (entry.type === 'RsaVerificationKey2018' && typeof entry.publicKeyPem === 'string') {
      const der = pemToDer(entry.publicKeyPem);
      if (!der) throw new TypeError('not an SPKI PEM');
      return crypto.subtle.importKey(
        'spki',
        der as BufferSource,
        { name: 'RSA-PSS', hash: 'SHA-256' },
        false,
        ['verify'],
      );
    }
    if (entry.type === 'Ed25519VerificationKey2018' && typeof entry.publicKeyBase58 === 'string') {
      const raw = base58.decode(entry.publicKeyBase58);
      if (raw.length !== 32) throw new TypeError('not an Ed25519 public key');
      return crypto.subtle.importKey('raw', raw as BufferSource, { name: 'Ed25519' }, false, [
        'verify',
      ]);
    }
    throw new TypeError('unusable key entry');
  })();
  imported.catch(() => keyCache.delete(id));
  if (keyCache.size >= 32) keyCache.delete(keyCache.keys().next().value!);
  keyCache.set(id, imported);
  return imported;
}

/**
 * Verifies the proof of a credential (`document` without its `proof`) with a trusted key.
 * Returns null when it holds, else the step that failed.
 */
export async function verifyProof(
  document: JsonObject,
  proof: JsonObject,
  suite: SuiteName,
  entry: DivocTrustEntry,
): Promise<ProofFailure | null> {
  const jws = proof.jws;
  if (typeof jws !== 'string') return 'jws';
  const parts = jws.split('.');
  if (parts.length !== 3 || parts[1] !== '') return 'jws';
  const headerBytes = decodeBase64url(parts[0]!);
  const header = headerBytes ? parseJsonObject(decodeUtf8(headerBytes) ?? '') : null;
  const signature = decodeBase64url(parts[2]!);
  // RFC 7797 §3: b64 false, listed in crit; the algorithm is the suite's own.
  if (!header || header.alg !== SUITES[suite].alg || header.b64 !== false) return 'jws';
  if (!Array.isArray(header.crit) || !header.crit.includes('b64') || !signature) return 'jws';
  if (Object.keys(header).some((name) => !['alg', 'b64', 'crit', 'kid'].includes(name))) {
    return 'jws';
  }

  let key: CryptoKey;
  try {
    key = await importKey(entry);
  } catch {
    return 'key';
  }
  // The proof options: the proof without its signature, in the security v2 context.
  const options: JsonObject = { ...proof, '@context': SECURITY_V2 };
  delete options.jws;
  delete options.signatureValue;
  delete options.proofValue;
  let proofHash: Uint8Array;
  let documentHash: Uint8Array;
  try {
    proofHash = await canonicalHash(options);
    documentHash = await canonicalHash(document);
  } catch {
    return 'canonical';
  }
  const prefix = new TextEncoder().encode(`${parts[0]}.`);
  const input = new Uint8Array(prefix.length + 64);
  input.set(prefix, 0);
  input.set(proofHash, prefix.length);
  input.set(documentHash, prefix.length + 32);
  const algorithm =
    suite === 'RsaSignature2018' ? { name: 'RSA-PSS', saltLength: 32 } : { name: 'Ed25519' };
  try {
    const holds = await crypto.subtle.verify(algorithm, key, signature as BufferSource, input);
    return holds ? null : 'signature';
  } catch {
    return 'signature';
  }
}
