/**
 * The verifier's IndexedDB database: one typed schema for every store.
 * Version 1 holds settings and issuers; a `log` store (issue 5) comes with version 2, added by a
 * new `oldVersion < 2` step in `upgrade`, so existing devices keep their keys and settings.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** The verifier's own configuration, entered in Settings. */
export interface Settings {
  /** Base URL of the registry (no trailing slash); defaults to the origin that served the app. */
  registryUrl: string;
  /** The verifier id the registry issued; desk tokens must carry it as `aud`. */
  verifierId: string;
  /** The API key the registry issued for that verifier id. */
  apiKey: string;
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

/** The database schema, every store in one interface. */
export interface VerifierDB extends DBSchema {
  settings: { key: 'current'; value: Settings };
  issuers: { key: string; value: IssuerRecord };
}

/** Name of the IndexedDB database. */
export const DB_NAME = 'kycvs-verifier';

/** Current schema version. */
export const DB_VERSION = 1;

/** An open handle on the verifier database. */
export type VerifierDatabase = IDBPDatabase<VerifierDB>;

/** Opens (and creates or upgrades) the verifier database. */
export function openVerifierDb(name: string = DB_NAME): Promise<VerifierDatabase> {
  return openDB<VerifierDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('settings');
        db.createObjectStore('issuers', { keyPath: 'iss' });
      }
    },
  });
}
