/**
 * CoWIN vaccination certificates (DIVOC): a W3C Verifiable Credential of type
 * `ProofOfVaccinationCredential`, in the ZIP its QR holds or as JSON text, with a proof by a
 * trusted `divoc` key over its URDNA2015 canonical form.
 */
import type {
  AcceptedCredential,
  CredentialOptions,
  CredentialVerdict,
  DivocTrustEntry,
} from '../types.ts';
import {
  checkWindow,
  decodeUtf8,
  isObject,
  isText,
  nowSeconds,
  parseJsonObject,
  reject,
  type JsonObject,
} from '../common.ts';
import { CREDENTIALS_V1, isBundledContext } from './contexts.ts';
import { SUITES, verifyProof, type SuiteName } from './proof.ts';
import { certificateFromZip } from './zip.ts';

const CREDENTIAL_TYPES = ['VerifiableCredential', 'ProofOfVaccinationCredential'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function readDocument(input: string | Uint8Array): JsonObject | null {
  if (typeof input === 'string') return parseJsonObject(input);
  // A scanner may hand over the JSON text as bytes; a ZIP starts with its local header "PK".
  const json = input[0] === 0x50 && input[1] === 0x4b ? certificateFromZip(input) : input;
  const text = json ? decodeUtf8(json) : null;
  return text === null ? null : parseJsonObject(text);
}

/**
 * True when the document keeps to the plain JSON-LD of a CoWIN certificate: one `@context`, at
 * the top, a list of bundled context URLs starting with the W3C one, and no other keyword, so
 * that the JSON read here and the graph that was signed cannot say different things.
 */
function plainJsonLd(document: JsonObject): boolean {
  const context = document['@context'];
  if (!Array.isArray(context) || context[0] !== CREDENTIALS_V1) return false;
  if (!context.every(isBundledContext)) return false;
  const stack: unknown[] = Object.entries(document)
    .filter(([key]) => key !== '@context')
    .map(([, value]) => value);
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...value);
    else if (isObject(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (key.startsWith('@')) return false;
        stack.push(item);
      }
    }
  }
  return !Object.keys(document).some((key) => key.startsWith('@') && key !== '@context');
}

function seconds(value: unknown): number | undefined | null {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return null;
  const time = Date.parse(value);
  return Number.isFinite(time) ? Math.floor(time / 1000) : null;
}

function isDoseCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 99;
}

/**
 * Verifies a CoWIN certificate. Rejections: not a VC of the expected shape, or a context outside
 * the bundled set (`MALFORMED`); a proof type other than the two legacy suites
 * (`UNSUPPORTED_ALG`); a verification method that is not a trusted `divoc` key of the suite's
 * type (`UNKNOWN_KEY`); a signature that does not hold (`BAD_SIGNATURE`); issuance or
 * expiration dates (`NOT_YET_VALID`, `EXPIRED`); the fields the verdict needs (`BAD_CLAIMS`).
 */
export async function verifyDivoc(
  input: string | Uint8Array,
  trusted: DivocTrustEntry[],
  options: CredentialOptions,
): Promise<CredentialVerdict> {
  const signed = readDocument(input);
  if (!signed) return reject('divoc', 'MALFORMED', 'json');
  if (!plainJsonLd(signed)) return reject('divoc', 'MALFORMED', 'context');
  const types = signed.type;
  if (!Array.isArray(types) || !CREDENTIAL_TYPES.every((type) => types.includes(type))) {
    return reject('divoc', 'BAD_CLAIMS', 'type');
  }
  const proof = signed.proof;
  if (!isObject(proof)) return reject('divoc', 'MALFORMED', 'proof');
  const suite = proof.type as SuiteName;
  if (typeof suite !== 'string' || !Object.hasOwn(SUITES, suite)) {
    return reject('divoc', 'UNSUPPORTED_ALG', 'proof');
  }
  // The purpose jsonld-signatures' AssertionProofPurpose requires of an issuer's proof.
  if (proof.proofPurpose !== 'assertionMethod') return reject('divoc', 'MALFORMED', 'purpose');
  const method = proof.verificationMethod ?? proof.creator;
  const entry = Array.isArray(trusted)
    ? trusted.find(
        (candidate) =>
          isObject(candidate) &&
          candidate.id === method &&
          candidate.type === SUITES[suite].keyType,
      )
    : undefined;
  if (typeof method !== 'string' || !entry) return reject('divoc', 'UNKNOWN_KEY');

  const document: JsonObject = { ...signed };
  delete document.proof;
  const failure = await verifyProof(document, proof, suite, entry);
  if (failure === 'jws') return reject('divoc', 'MALFORMED', 'jws');
  if (failure === 'canonical') return reject('divoc', 'MALFORMED', 'canonical');
  if (failure === 'key') return reject('divoc', 'UNKNOWN_KEY', 'key');
  if (failure) return reject('divoc', 'BAD_SIGNATURE');

  const now = nowSeconds(options.now);
  if (now === null) return reject('divoc', 'MALFORMED', 'clock');
  const issuedAt = seconds(signed.issuanceDate);
  const expiresAt = seconds(signed.expirationDate);
  if (issuedAt === null || issuedAt === undefined || expiresAt === null) {
    return reject('divoc', 'BAD_CLAIMS', 'dates');
  }
  const window = checkWindow(now, issuedAt, expiresAt);
  if (window) return reject('divoc', window);

  const subject = signed.credentialSubject;
  const evidence = Array.isArray(signed.evidence) ? signed.evidence[0] : undefined;
  const issuer = isObject(signed.issuer) ? signed.issuer.id : signed.issuer;
  if (!isObject(subject) || !isText(subject.name) || !isObject(evidence) || !isText(issuer)) {
    return reject('divoc', 'BAD_CLAIMS', 'fields');
  }
  const { dose, totalDoses, certificateId } = evidence;
  if (!isDoseCount(dose) || !isDoseCount(totalDoses) || !isText(certificateId, 100)) {
    return reject('divoc', 'BAD_CLAIMS', 'evidence');
  }
  const dob = subject.dob;
  if (dob !== undefined && (typeof dob !== 'string' || !DATE.test(dob))) {
    return reject('divoc', 'BAD_CLAIMS', 'dob');
  }

  const verdict: AcceptedCredential = {
    ok: true,
    format: 'divoc',
    // SPEC §9: status 2 when evidence[0].dose reaches evidence[0].totalDoses.
    status: dose >= totalDoses ? 2 : 1,
    name: subject.name,
    issuer,
    id: certificateId,
    issuedAt,
  };
  if (typeof dob === 'string') verdict.birthDate = dob;
  if (expiresAt !== undefined) verdict.expiresAt = expiresAt;
  return verdict;
}
