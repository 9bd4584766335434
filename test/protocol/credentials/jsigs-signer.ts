/**
 * An independent CoWIN certificate signer for the tests: jsonld-signatures 5 (a devDependency,
 * with its own jsonld 2 and crypto-ld 3), the library generation DIVOC's reference signer used,
 * with its built-in RsaSignature2018 and Ed25519Signature2018 suites and a fresh key.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const jsigs = require('jsonld-signatures');
const { RSAKeyPair, Ed25519KeyPair } = require('crypto-ld');
const credentials = require('credentials-context');
const security = require('security-context');

const CONTEXT_DIR = new URL('../../../src/protocol/credentials/divoc/contexts/', import.meta.url);
const CONTEXTS: Record<string, unknown> = {
  'https://www.w3.org/2018/credentials/v1': credentials.contexts.get(credentials.CONTEXT_URL),
  'https://w3id.org/security/v1': security.contexts.get('https://w3id.org/security/v1'),
  'https://w3id.org/security/v2': security.contexts.get('https://w3id.org/security/v2'),
  'https://cowin.gov.in/credentials/vaccination/v1': JSON.parse(
    readFileSync(new URL('cowin-vaccination-v1.json', CONTEXT_DIR), 'utf8'),
  ),
  'https://cowin.gov.in/credentials/vaccination/v2': JSON.parse(
    readFileSync(new URL('cowin-vaccination-v2.json', CONTEXT_DIR), 'utf8'),
  ),
};

async function documentLoader(url: string) {
  const document = CONTEXTS[url];
  if (!document) throw new Error(`signer will not load ${url}`);
  return { contextUrl: null, documentUrl: url, document };
}

/** A key of the independent signer, with the trust list entry that verifies it. */
export interface JsigsKey {
  suite: 'RsaSignature2018' | 'Ed25519Signature2018';
  keyPair: unknown;
  entry: {
    id: string;
    type: 'RsaVerificationKey2018' | 'Ed25519VerificationKey2018';
    publicKeyPem?: string;
    publicKeyBase58?: string;
  };
}

/** A fresh RSA 2048 key, as DIVOC's signer holds one. */
export function newRsaKey(id: string): JsigsKey {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const keyPair = new RSAKeyPair({
    id,
    controller: 'did:example:controller',
    publicKeyPem,
    privateKeyPem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
  });
  return {
    suite: 'RsaSignature2018',
    keyPair,
    entry: { id, type: 'RsaVerificationKey2018', publicKeyPem },
  };
}

/** A fresh Ed25519 key from crypto-ld. */
export async function newEd25519Key(id: string): Promise<JsigsKey> {
  const keyPair = await Ed25519KeyPair.generate({ id, controller: 'did:example:controller' });
  return {
    suite: 'Ed25519Signature2018',
    keyPair,
    entry: { id, type: 'Ed25519VerificationKey2018', publicKeyBase58: keyPair.publicKeyBase58 },
  };
}

/** Signs a credential as DIVOC's signer does: jsigs.sign, assertionMethod, compactProof false. */
export async function jsigsSign(credential: object, key: JsigsKey, date: Date): Promise<any> {
  const Suite = jsigs.suites[key.suite];
  return jsigs.sign(structuredClone(credential), {
    suite: new Suite({ key: key.keyPair, date }),
    purpose: new jsigs.purposes.AssertionProofPurpose(),
    documentLoader,
    compactProof: false,
  });
}

const vc = require('vc-js');

/** Issues a credential as DIVOC's certificate signer does: vc-js `issue`, compactProof false. */
export async function vcIssue(credential: object, key: JsigsKey, date: Date): Promise<any> {
  const Suite = jsigs.suites[key.suite];
  return vc.issue({
    credential: structuredClone(credential),
    suite: new Suite({ key: key.keyPair, date }),
    documentLoader,
    compactProof: false,
  });
}
