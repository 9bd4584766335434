/**
 * The signed trust list (SPEC §10): its payload and the outcome of `verifyTrustList`.
 */
import type {
  DivocTrustEntry,
  EudccTrustEntry,
  ShcRevokedEntry,
  ShcTrustEntry,
} from '../credentials/types.ts';

/** What a list was built from: an authority's publication, or a list of one's own. */
export interface TrustListSource {
  name: string;
  kind: string;
  /** When the source was read: an ISO date, or seconds. */
  fetchedAt: string | number;
  count: number;
}

/** The payload of a signed trust list; usable as a `TrustStore`. */
export interface SignedTrustList {
  /** The publisher's URL. */
  iss: string;
  /** Grows with every list the publisher signs. */
  seq: number;
  /** Signed at and valid until, seconds since the epoch. */
  iat: number;
  exp: number;
  divoc: DivocTrustEntry[];
  eudcc: EudccTrustEntry[];
  shc: ShcTrustEntry[];
  revoked: { divoc: string[]; eudcc: string[]; shc: ShcRevokedEntry[] };
  sources: TrustListSource[];
}

/**
 * Why a signed list was refused:
 * - `MALFORMED`: not a compact JWS of the trust list's form, or a payload of the wrong shape;
 * - `BAD_SIGNATURE`: the signature does not hold for the key in its header;
 * - `WRONG_KEY`: signed by a key other than the one pinned;
 * - `ROLLBACK`: a `seq` lower than the one held, or the same `seq` with other content.
 */
export type TrustListCode = 'MALFORMED' | 'BAD_SIGNATURE' | 'WRONG_KEY' | 'ROLLBACK';

/** Options of `verifyTrustList`. */
export interface TrustListOptions {
  /** The pinned signer: RFC 7638 SHA-256 thumbprint, base64url. */
  thumbprint?: string;
  /** The `seq` and content hash of the list held, if any. */
  heldSeq?: number;
  heldHash?: string;
  now?: Date;
}

/** The outcome of `verifyTrustList`. */
export type TrustListVerdict =
  | {
      ok: true;
      list: SignedTrustList;
      /** The signer's thumbprint. */
      thumbprint: string;
      /** Lowercase hex SHA-256 of the payload bytes. */
      hash: string;
      /** True when the list is past its `exp` (it is still used, and flagged). */
      stale: boolean;
    }
  | { ok: false; code: TrustListCode };
