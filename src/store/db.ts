/**
 * The verifier's IndexedDB database: one typed schema for every store.
 * Version 1 holds settings and issuers; version 2 adds the verification log, the hashes of
 * credential ids already seen, and the desk preferences; version 3 the Settings PIN (SPEC §8);
 * version 4 the trust list for the other credential formats (SPEC §9); version 5 renames the log's
 * `tokenHash` to `idHash` and writes `kycvs` into the format of older lines that have none;
 * version 6 adds the index of revoked codes of the signed trust list (SPEC §10); version 7 the
 * event this tablet is a gate of (SPEC §11). Each upgrade
 * keeps what an existing device holds.
 */
import { CodedError } from '../lib/coded-error.ts';
import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPObjectStore,
  type StoreNames,
} from 'idb';
import type { Language } from '../lib/languages.ts';
import type { CredentialFormat, TrustStore } from '../protocol/credentials/types.ts';
import type { TrustListSource } from '../protocol/trust-list/types.ts';
import type { CheckMethod, LogVerdict } from './verdicts.ts';

/** The verifier's own configuration, entered in Settings. */
export interface Settings {
  /** Base URL of the registry (no trailing slash); defaults to the origin that served the app. */
  registryUrl: string;
  /** The verifier id the registry issued; desk tokens must carry it as `aud`. */
  verifierId: string;
  /** The API key the registry issued for that verifier id. */
  apiKey: string;
  /** Where the trust list for other credential formats comes from (SPEC §9); '' for the default. */
  trustListUrl: string;
  /**
   * The pinned signer of the trust list: RFC 7638 thumbprint (SPEC §10); '' to pin, on first
   * use, the one the registry's configuration names.
   */
  trustListKey: string;
}

/** The Settings PIN (SPEC §8), kept only as a salted PBKDF2-SHA-256 hash. */
export interface PinRecord {
  /** Base64url of the random salt. */
  salt: string;
  /** Base64url of the derived bits. */
  hash: string;
  iterations: number;
  /** Wrong PINs in a row since the last right one or the last wait. */
  failures: number;
  /** Until when no PIN is tried (after too many wrong ones), ms since the epoch; 0 for none. */
  lockedUntil: number;
}

/** A trusted issuer's key set as last fetched, with what is needed to refresh it. */
export interface IssuerRecord {
  /** The issuer URL the tokens carry as `iss`. */
  iss: string;
  /** The public keys from the issuer's JWKS. */
  jwks: { keys: JsonWebKey[] };
  /** When the keys were last confirmed by the registry (a 200 or a 304), ms since the epoch. */
  fetchedAt: number;
  /** The JWKS response's ETag, for a conditional refresh; null when the registry sent none. */
  etag: string | null;
  /** The registry URL the keys came from, so a change of registry drops its trust. */
  registryUrl: string;
  /** Device clock minus the registry's `Date` header at the last refresh, in ms; null if unknown. */
  clockSkewMs: number | null;
}

/** The trust list's entries (SPEC §9): CoWIN, EU DCC and SMART Health Card keys. */
export type TrustListEntries = Required<Pick<TrustStore, 'divoc' | 'eudcc' | 'shc'>>;

/** How many codes of each format a list revokes. */
export interface RevokedCounts {
  divoc: number;
  eudcc: number;
  shc: number;
}

/**
 * The last good signed trust list (SPEC §10), with what is needed to refresh it. Its revoked
 * codes are not here but in the `revoked` store, under `generation`.
 */
export interface TrustListRecord {
  /** The URL it was fetched from; a list from another URL is not trusted. */
  url: string;
  list: TrustListEntries;
  /** When the list was last confirmed (a 200 or a 304), ms since the epoch. */
  fetchedAt: number;
  /** The response's ETag, for a conditional refresh; null when none was sent. */
  etag: string | null;
  /** The signer's RFC 7638 thumbprint: the pin. */
  thumbprint: string;
  iss: string;
  seq: number;
  /** Hex SHA-256 of the signed payload. */
  hash: string;
  /** Signed at and valid until, seconds since the epoch. */
  iat: number;
  exp: number;
  sources: TrustListSource[];
  revokedCounts: RevokedCounts;
  /** The key prefix of this list's revocation index in the `revoked` store. */
  generation: string;
}

/**
 * One bucket of the revocation index: each `format key` with the time before which it is
 * revoked. Written as two arrays, `ids` sorted and `before` beside them: an object with one
 * property per code costs the page a hidden class per property to read back (SPEC §10: the
 * screen keeps answering). Buckets that an earlier version wrote as `entries` still read.
 */
export type RevokedBucket =
  { ids: string[]; before: number[] } | { entries: Record<string, number> };

/** One line of the verification log. Never a token, a mobile number or a full name. */
export interface LogEntry {
  /** Auto-incremented key; absent before the entry is stored. */
  id?: number;
  /** When the check was made, ms since the epoch. */
  time: number;
  method: CheckMethod;
  /** The kind of code checked (SPEC §9); null when none was recognised. */
  format: CredentialFormat | null;
  verdict: LogVerdict;
  /** The vaccination status for a verified token, else null. */
  status: 0 | 1 | 2 | null;
  /** Lowercase hex SHA-256 of the credential's id (SPEC §5, §9), for a verified one; else null. */
  idHash: string | null;
  /** The holder's initials ("A.V."), for a verified token; else null. */
  initials: string | null;
}

/** A credential id already checked on this device, kept (hashed) until the credential expires. */
export interface SeenRecord {
  /** Lowercase hex SHA-256 of the credential's id. */
  hash: string;
  /** When it was first checked here, ms since the epoch. */
  firstSeenAt: number;
  /** When no verifier accepts the token any more (`exp` plus the 60 s tolerance), ms since the epoch; the record goes then. */
  expiresAt: number;
}

/** The language the UI speaks: a fixed one, or whatever the browser prefers. */
export type LanguageChoice = 'auto' | Language;

/** The desk's preferences, changed in Settings and applied at once. */
export interface Preferences {
  language: LanguageChoice;
  /** Tones on each verdict (WebAudio). */
  sound: boolean;
  /** Vibration on each verdict, where the device can. */
  vibration: boolean;
  /** Kiosk mode: the scanner comes back by itself a few seconds after each verdict. */
  kiosk: boolean;
  /** Days the verification log keeps an entry. */
  retentionDays: number;
}

/**
 * The event this tablet is a gate of (SPEC §11). The secret stays on the tablet: the hub sees
 * only a token derived from it, and the entries only tags keyed by it.
 */
export interface EventConfig {
  /** The event id, also the name of its document on the hub. */
  id: string;
  secret: string;
  /** The hub's WebSocket URL. */
  hub: string;
  /** The event's name, as its organiser typed it. */
  name: string;
  /** This tablet's gate name. */
  gate: string;
  /** When this tablet joined, ms since the epoch. */
  joinedAt: number;
}

/** The database schema, every store in one interface. */
export interface VerifierDB extends DBSchema {
  settings: { key: 'current'; value: Settings };
  issuers: { key: string; value: IssuerRecord };
  log: { key: number; value: LogEntry; indexes: { 'by-time': number } };
  seen: { key: string; value: SeenRecord; indexes: { 'by-expiry': number } };
  preferences: { key: 'current'; value: Preferences };
  gate: { key: 'pin'; value: PinRecord };
  trustList: { key: 'current'; value: TrustListRecord };
  revoked: { key: string; value: RevokedBucket };
  event: { key: 'current'; value: EventConfig };
}

/**
 * Version 5: the log's `tokenHash` is named `idHash` (it hashes any credential's id, SPEC §9),
 * and a line written before formats were logged is a KYC-VS one, so it says `kycvs`.
 */
async function migrateLogToV5(
  store: IDBPObjectStore<VerifierDB, ArrayLike<StoreNames<VerifierDB>>, 'log', 'versionchange'>,
): Promise<void> {
  let cursor = await store.openCursor();
  while (cursor) {
    const value: unknown = cursor.value;
    if (typeof value === 'object' && value !== null) {
      const { tokenHash, ...rest } = value as Record<string, unknown>;
      const next: Record<string, unknown> = { ...rest };
      if (!('idHash' in next)) next.idHash = tokenHash === undefined ? null : tokenHash;
      if (next.format === undefined) next.format = 'kycvs';
      await cursor.update(next as never);
    }
    cursor = await cursor.continue();
  }
}

/** Name of the IndexedDB database. */
const DB_NAME = 'kycvs-verifier';

/** Current schema version. */
export const DB_VERSION = 7;

/** An open handle on the verifier database. */
export type VerifierDatabase = IDBPDatabase<VerifierDB>;

/** Why the database could not be opened: an older version of the app still holds it open. */
export class DatabaseBlockedError extends CodedError<'DB_BLOCKED'> {
  override name = 'DatabaseBlockedError';
  constructor() {
    super('DB_BLOCKED', 'the database is held open by an older version of the app');
  }
}

/**
 * Opens (and creates or upgrades) the verifier database. The connection closes itself when a
 * newer version of the app asks to upgrade (its `versionchange` event tells the app to reload);
 * the open rejects with `DatabaseBlockedError` when an older tab will not let this one upgrade.
 */
export function openVerifierDb(name: string = DB_NAME): Promise<VerifierDatabase> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let opened: VerifierDatabase | null = null;
    openDB<VerifierDB>(name, DB_VERSION, {
      async upgrade(db, oldVersion, _newVersion, transaction) {
        if (oldVersion < 1) {
          db.createObjectStore('settings');
          db.createObjectStore('issuers', { keyPath: 'iss' });
        }
        if (oldVersion < 2) {
          const log = db.createObjectStore('log', { keyPath: 'id', autoIncrement: true });
          log.createIndex('by-time', 'time');
          const seen = db.createObjectStore('seen', { keyPath: 'hash' });
          seen.createIndex('by-expiry', 'expiresAt');
          db.createObjectStore('preferences');
        }
        if (oldVersion < 3) db.createObjectStore('gate');
        if (oldVersion < 4) db.createObjectStore('trustList');
        if (oldVersion >= 2 && oldVersion < 5) await migrateLogToV5(transaction.objectStore('log'));
        if (oldVersion < 6 && !db.objectStoreNames.contains('revoked')) {
          db.createObjectStore('revoked');
        }
        if (oldVersion < 7) db.createObjectStore('event');
      },
      blocked() {
        // Waiting would leave the app on "Loading" with no word why: fail, and say so.
        if (settled) return;
        settled = true;
        reject(new DatabaseBlockedError());
      },
      blocking() {
        // Holding on would block the newer version forever; this tab asks for a reload instead.
        opened?.close();
      },
    }).then(
      (db) => {
        if (settled) {
          // The open was given up as blocked; the connection it got at last is not wanted.
          db.close();
          return;
        }
        settled = true;
        opened = db;
        resolve(db);
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
