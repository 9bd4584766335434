/**
 * The simulator's signed trust list (SPEC §10): the public keys of its own test issuers and the
 * codes revoked through `POST /dev/revocations`, signed by a trust key kept in the data dir
 * (DATA_DIR/trust-key.json). The list is signed again, with `seq` + 1, whenever its content
 * changes and once a day; the last one signed is kept (DATA_DIR/trust-list.json) so that a
 * restart serves the same `seq` for the same content.
 */
import { createHash } from 'node:crypto';
import type { ShcRevokedEntry, SignedTrustList } from '../../src/protocol/index.ts';
import { readDataFile, writeDataFile } from '../storage.ts';
import {
  generateTrustKeyJwk,
  signTrustList,
  trustKeyFromJwk,
  trustKeyThumbprint,
  type TrustKey,
} from '../../trust/sign.ts';
import type { CredentialIssuers, IssuedShc } from './index.ts';

/** The files in the data dir. */
export const TRUST_KEY_FILE = 'trust-key.json';
export const TRUST_LIST_FILE = 'trust-list.json';

/** How long a list the simulator signs is valid, and how often it is signed again. */
const VALIDITY_S = 7 * 24 * 3600;
const RESIGN_AFTER_S = 24 * 3600;
/** The SMART Health Cards remembered for revocation by id. */
const MAX_REMEMBERED_CARDS = 10_000;

/** A revocation request cannot be served: unknown card (404) or bad request (400). */
export class RevocationError extends Error {
  override readonly name = 'RevocationError';
  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message);
  }
}

interface PublisherState {
  seq: number;
  contentHash: string;
  signedAt: number;
  jws: string;
  revoked: { divoc: string[]; eudcc: string[]; shc: ShcRevokedEntry[] };
  cards: IssuedShc[];
}

function isState(value: unknown): value is PublisherState {
  const state = value as PublisherState | null;
  return (
    typeof state?.seq === 'number' &&
    typeof state.jws === 'string' &&
    Array.isArray(state.revoked?.divoc) &&
    Array.isArray(state.revoked.eudcc) &&
    Array.isArray(state.revoked.shc) &&
    Array.isArray(state.cards)
  );
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest();

/** Signs and serves the simulator's trust list. */
export class TrustListPublisher {
  private constructor(
    private readonly dataDir: string,
    private readonly issuers: CredentialIssuers,
    private readonly key: TrustKey,
    /** The trust key's RFC 7638 thumbprint: `trust_list_key` in the configuration. */
    readonly thumbprint: string,
    private state: PublisherState,
    private readonly now: () => number,
  ) {
    issuers.onShcIssued = (card) => this.remember(card);
  }

  /** Loads (or creates) the trust key and the last list signed. */
  static async open(
    dataDir: string,
    issuers: CredentialIssuers,
    now: () => number,
  ): Promise<TrustListPublisher> {
    let jwk = readDataFile(dataDir, TRUST_KEY_FILE);
    if (jwk === null) {
      jwk = generateTrustKeyJwk();
      writeDataFile(dataDir, TRUST_KEY_FILE, jwk);
    }
    let key: TrustKey;
    try {
      key = trustKeyFromJwk(jwk);
    } catch (error) {
      throw new Error(`${TRUST_KEY_FILE} in ${dataDir}: ${(error as Error).message}.`);
    }
    const stored = readDataFile(dataDir, TRUST_LIST_FILE);
    const state: PublisherState = isState(stored)
      ? stored
      : {
          seq: 0,
          contentHash: '',
          signedAt: 0,
          jws: '',
          revoked: { divoc: [], eudcc: [], shc: [] },
          cards: [],
        };
    const thumbprint = await trustKeyThumbprint(key);
    return new TrustListPublisher(dataDir, issuers, key, thumbprint, state, now);
  }

  /** The signed list now in force, signed again first if its content changed or it aged. */
  current(): string {
    const lists = this.issuers.trustList();
    const iss = lists.shc[0]?.iss ?? '';
    const content = { iss, ...lists, revoked: this.state.revoked };
    const contentHash = sha256(JSON.stringify(content)).toString('hex');
    const seconds = Math.floor(this.now() / 1000);
    const fresh = seconds - this.state.signedAt < RESIGN_AFTER_S && seconds >= this.state.signedAt;
    if (this.state.jws && contentHash === this.state.contentHash && fresh) return this.state.jws;
    // seq only grows: one more than the last, and never below the time in seconds.
    const seq = Math.max(this.state.seq + 1, seconds);
    const count = (name: string, kind: string, n: number) => ({
      name,
      kind,
      fetchedAt: seconds,
      count: n,
    });
    const list: SignedTrustList = {
      ...content,
      seq,
      iat: seconds,
      exp: seconds + VALIDITY_S,
      sources: [
        count(
          'KYC-VS registry simulator test issuers',
          'simulator',
          lists.divoc.length + lists.eudcc.length + lists.shc.length,
        ),
        count('KYC-VS registry simulator revocations', 'revocations', this.revokedCount()),
      ],
    };
    const jws = signTrustList(list, this.key);
    this.save({ ...this.state, seq, contentHash, signedAt: seconds, jws });
    return jws;
  }

  /** The `seq` of the list in force. */
  get seq(): number {
    this.current();
    return this.state.seq;
  }

  /**
   * Revokes a code by its SPEC §9 id: a CoWIN certificateId, an EU DCC's UCI, or a SMART
   * Health Card's id (the SHA-256 of its JWS, for a card this simulator issued). The list is
   * signed again with `seq` + 1. Returns the new `seq`.
   */
  revoke(format: 'divoc' | 'eudcc' | 'shc', id: string): number {
    const revoked = {
      divoc: [...this.state.revoked.divoc],
      eudcc: [...this.state.revoked.eudcc],
      shc: [...this.state.revoked.shc],
    };
    if (format === 'divoc') {
      revoked.divoc.push(sha256(id).toString('hex'));
    } else if (format === 'eudcc') {
      revoked.eudcc.push(sha256(id).subarray(0, 16).toString('base64'));
    } else {
      const card = this.state.cards.find((candidate) => candidate.id === id.toLowerCase());
      if (!card) {
        throw new RevocationError(404, 'no SMART Health Card with this id was issued here');
      }
      revoked.shc.push({ iss: card.iss, kid: card.kid, rid: card.rid });
    }
    const dedupe = <T>(items: T[]) => [
      ...new Map(items.map((i) => [JSON.stringify(i), i])).values(),
    ];
    this.state = {
      ...this.state,
      revoked: {
        divoc: dedupe(revoked.divoc),
        eudcc: dedupe(revoked.eudcc),
        shc: dedupe(revoked.shc),
      },
    };
    return this.seq;
  }

  private revokedCount(): number {
    const { divoc, eudcc, shc } = this.state.revoked;
    return divoc.length + eudcc.length + shc.length;
  }

  private remember(card: IssuedShc): void {
    const cards = [...this.state.cards, card].slice(-MAX_REMEMBERED_CARDS);
    this.save({ ...this.state, cards });
  }

  private save(state: PublisherState): void {
    this.state = state;
    writeDataFile(this.dataDir, TRUST_LIST_FILE, state);
  }
}
