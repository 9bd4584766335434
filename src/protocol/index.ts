/**
 * The KYC-VS protocol core, shared by the verifier PWA and the registry simulator.
 * No DOM, no Node APIs, no UI and no storage here: it must run in a browser, a worker and Node.
 * Signing is not here: it lives in `simulator/` and never enters the PWA bundle.
 */
export { verifyStatusToken } from './verify.ts';
export { qrTextToJws, jwsToQrText, QR_PREFIX } from './qr-text.ts';
export { keyIdFor } from './kid.ts';
export { clearKeyCache, prepareVerificationKeys } from './key-cache.ts';
export { decodeBase64url, encodeBase64url } from './base64url.ts';
export { VERDICT_CODES } from './verdict.ts';
export type {
  Verdict,
  VerdictCode,
  AcceptedVerdict,
  RejectedVerdict,
  TrustedIssuer,
  VerifyOptions,
} from './verdict.ts';
export {
  verifyCredential,
  detectFormat,
  inputOf,
  MAX_CREDENTIAL_INPUT,
} from './credentials/verify-credential.ts';
export { CREDENTIAL_CODES } from './credentials/types.ts';
export type {
  CredentialFormat,
  CredentialCode,
  CredentialVerdict,
  CredentialOptions,
  AcceptedCredential,
  RejectedCredential,
  TrustStore,
  ScannedCode,
  DivocTrustEntry,
  EudccTrustEntry,
  ShcTrustEntry,
  ShcRevokedEntry,
  RevokedLists,
  RevocableFormat,
  RevocationLookup,
} from './credentials/types.ts';
export {
  divocRevocationKey,
  eudccRevocationKeys,
  shcRevocationKey,
  parseShcRid,
  revocationEntries,
  revokedAt,
  memoryRevocationLookup,
  type RevocationEntry,
} from './credentials/revocation.ts';
export { verifyTrustList, MAX_TRUST_LIST_CHARS, TRUST_LIST_TYP } from './trust-list/verify.ts';
export { readTrustListPayload, TRUST_LIST_LIMITS } from './trust-list/shape.ts';
export type {
  SignedTrustList,
  TrustListSource,
  TrustListCode,
  TrustListOptions,
  TrustListVerdict,
} from './trust-list/types.ts';
export * from './claims.ts';
export * from './registry-api.ts';
export * from './rules.ts';
