/**
 * Upgrades of stored records that a schema version brings (src/store/db.ts). Each keeps every
 * line a device holds: a record is rewritten, never dropped, and one it cannot read is left as
 * it is (the log's reader skips it, as it always has).
 */
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { VerifierDB } from './db.ts';

type LogStore = IDBPObjectStore<VerifierDB, ArrayLike<StoreNames<VerifierDB>>, 'log', 'versionchange'>;

/**
 * Version 5: the log's `tokenHash` is named `idHash` (it hashes any credential's id, SPEC §9),
 * and a line written before formats were logged is a KYC-VS one, so it says `kycvs`.
 */
export async function migrateLogToV5(store: LogStore): Promise<void> {
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
