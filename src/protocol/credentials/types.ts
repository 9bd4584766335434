/**
 * The types of `verifyCredential` (SPEC §9): the trust list, the verdict and its codes.
 */
import type { VaccinationStatus } from '../claims.ts';
import type { TrustedIssuer, VerdictCode } from '../verdict.ts';
import { VERDICT_CODES } from '../verdict.ts';

/** The kinds of code the verifier reads (SPEC §9). */
export type CredentialFormat = 'kycvs' | 'divoc' | 'eudcc' | 'shc';

/**
 * Why a credential was rejected: a SPEC §6 code, or
 * - `NOT_VACCINATION`: a genuine test or recovery certificate;
 * - `WRONG_KEY_USAGE`: the EU DCC signer certificate may not sign this type of certificate;
 * - `UNSUPPORTED_FORMAT`: not a code of any known format, or a form of one not read here
 *   (a SMART Health Card split over several QR codes);
 * - `REVOKED`: genuine, but its issuer revoked it (the trust list's `revoked`, SPEC §10).
 */
export type CredentialCode =
  VerdictCode | 'NOT_VACCINATION' | 'WRONG_KEY_USAGE' | 'UNSUPPORTED_FORMAT' | 'REVOKED';

/** Every credential code, for exhaustive tables (UI words, tests). */
export const CREDENTIAL_CODES: readonly CredentialCode[] = [
  ...VERDICT_CODES,
  'NOT_VACCINATION',
  'WRONG_KEY_USAGE',
  'UNSUPPORTED_FORMAT',
  'REVOKED',
];

/** A CoWIN (DIVOC) signing key: `id` is the proof's `verificationMethod`. */
export interface DivocTrustEntry {
  id: string;
  type: 'RsaVerificationKey2018' | 'Ed25519VerificationKey2018';
  /** SPKI PEM of an RSA key (RsaVerificationKey2018). */
  publicKeyPem?: string;
  /** Base58 of the 32-byte Ed25519 public key (Ed25519VerificationKey2018). */
  publicKeyBase58?: string;
}

/** An EU DCC document signer certificate. */
export interface EudccTrustEntry {
  /** base64 of the first 8 bytes of the SHA-256 of the certificate's DER. */
  kid: string;
  /** ISO 3166 country code of the issuing state. */
  country: string;
  /** base64 DER of the X.509 certificate. */
  certificate: string;
}

/** A SMART Health Card issuer: its `iss` URL and its JWKS. */
export interface ShcTrustEntry {
  iss: string;
  name: string;
  jwks: { keys: JsonWebKey[] };
}

/** A revoked SMART Health Card: its issuer, key and `rid` (with an optional `.timestamp`). */
export interface ShcRevokedEntry {
  iss: string;
  kid: string;
  rid: string;
}

/**
 * The revoked codes of a trust list (SPEC §10): CoWIN, hex SHA-256 of the certificateId; EU DCC,
 * base64 of the first 16 bytes of the SHA-256 of the UCI or of the COSE signature; SMART Health
 * Cards, the `rid` under its issuer and key.
 */
export interface RevokedLists {
  divoc?: string[];
  eudcc?: string[];
  shc?: ShcRevokedEntry[];
}

/** The formats a trust list can revoke. */
export type RevocableFormat = 'divoc' | 'eudcc' | 'shc';

/**
 * Answers whether `key` (a revocation key of `format`, see `revocationKeys`) is revoked for a
 * code issued at `issuedAt` (seconds): a SMART Health Card `rid` with a timestamp revokes only
 * cards issued before it.
 */
export type RevocationLookup = (
  format: RevocableFormat,
  key: string,
  issuedAt: number | undefined,
) => boolean | Promise<boolean>;

/** The trust list of SPEC §9, plus the registry's own issuers for KYC-VS tokens. */
export interface TrustStore {
  divoc?: DivocTrustEntry[];
  eudcc?: EudccTrustEntry[];
  shc?: ShcTrustEntry[];
  kycvs?: TrustedIssuer[];
  /** The revoked codes (SPEC §10); `CredentialOptions.isRevoked` answers instead when given. */
  revoked?: RevokedLists;
}

/**
 * What a QR code holds, as a scanner reads it. `bytes` are the content bytes of its data
 * segments in order (ISO/IEC 18004 §7.4: byte mode as stored, numeric and alphanumeric as their
 * ASCII characters), so a binary payload (a CoWIN certificate's ZIP) survives whatever text
 * decoding `text` went through. `exact` is false when the decoder could only give text and
 * `bytes` were rebuilt from it (UTF-8), which loses a binary payload.
 */
export interface ScannedCode {
  text: string;
  bytes: Uint8Array;
  exact: boolean;
}

/** Options of `verifyCredential`. `audience`, `nonce` and `rejectNonce` apply to KYC-VS tokens only. */
export interface CredentialOptions {
  /** The clock; the current time when absent. */
  now?: Date;
  audience?: string;
  nonce?: string;
  /** A revocation index kept elsewhere (a store too large to hold in memory); else `revoked`. */
  isRevoked?: RevocationLookup;
  /**
   * The QR path's rule (SPEC §5): a KYC-VS token that carries a `nonce` answers a desk or
   * embedded check, never a holder's QR, and is rejected with `NONCE_MISMATCH`.
   */
  rejectNonce?: boolean;
  /** The only format the caller expects: input of another format is `MALFORMED` of this one. */
  format?: CredentialFormat;
}

/**
 * A credential that verified. Only what SPEC §9 lets a gate see: the status, the name, what
 * matches the holder with an ID, the issuer and the credential's id (for repeat detection).
 */
export interface AcceptedCredential {
  ok: true;
  format: CredentialFormat;
  status: VaccinationStatus;
  name: string;
  /** The holder's birth date as the credential writes it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  birthDate?: string;
  /** The last 4 digits of the holder's mobile number (KYC-VS only). */
  mob?: string;
  issuer: string;
  /** KYC-VS: `JSON.stringify([iss, jti])`; CoWIN: the certificateId; EU DCC: the `ci`; SHC: SHA-256 hex of the JWS. */
  id: string;
  /** Issued at, seconds since the epoch. */
  issuedAt?: number;
  /** Expires at, seconds since the epoch. */
  expiresAt?: number;
}

/**
 * A credential that was rejected. `format` is null when no format matched. `cause` names the
 * step or keeps the library error that rejected it, for diagnostics only: never shown or stored.
 */
export interface RejectedCredential {
  ok: false;
  format: CredentialFormat | null;
  code: CredentialCode;
  cause?: unknown;
}

/**
 * A format verifier's acceptance, with the keys under which the code may be revoked. The keys
 * never leave `verifyCredential`.
 */
export type FormatAccepted = AcceptedCredential & { revocationKeys?: string[] };

/** The result of `verifyCredential`. */
export type CredentialVerdict = AcceptedCredential | RejectedCredential;
