/**
 * The only JSON-LD contexts a CoWIN certificate may use, bundled: a context is never fetched,
 * so a document naming any other is rejected before canonicalisation.
 */
import { contexts as credentialsContexts } from 'credentials-context/dist/context.esm.js';
import { contexts as securityContexts } from 'security-context/dist/module.js';
import vaccinationV1 from './contexts/cowin-vaccination-v1.json';
import vaccinationV2 from './contexts/cowin-vaccination-v2.json';

/** The W3C Verifiable Credentials v1 context URL. */
export const CREDENTIALS_V1 = 'https://www.w3.org/2018/credentials/v1';
/** The security v2 context, the context of a proof's options (jsonld-signatures' legacy suites). */
export const SECURITY_V2 = 'https://w3id.org/security/v2';

const BUNDLED = new Map<string, object>([
  [CREDENTIALS_V1, credentialsContexts.get(CREDENTIALS_V1)!],
  ['https://w3id.org/security/v1', securityContexts.get('https://w3id.org/security/v1')!],
  [SECURITY_V2, securityContexts.get(SECURITY_V2)!],
  ['https://cowin.gov.in/credentials/vaccination/v1', vaccinationV1],
  ['https://cowin.gov.in/credentials/vaccination/v2', vaccinationV2],
]);

/** True when `url` names a bundled context. */
export function isBundledContext(url: unknown): url is string {
  return typeof url === 'string' && BUNDLED.has(url);
}

/** A JSON-LD document loader that serves the bundled contexts and rejects everything else. */
export async function bundledDocumentLoader(url: string): Promise<{
  contextUrl: null;
  documentUrl: string;
  document: object;
}> {
  const document = BUNDLED.get(url);
  if (!document) throw new Error('context outside the bundled set');
  // A fresh copy each time: the processor must never be able to alter the bundled one.
  return { contextUrl: null, documentUrl: url, document: structuredClone(document) };
}
