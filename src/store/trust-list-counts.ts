/** How many trust entries a held list has: read on the page without the import code. */
import type { TrustListRecord } from './db.ts';

/** How many trust entries a list holds, over every format. */
export function countEntries(record: Pick<TrustListRecord, 'list'>): number {
  const { divoc, eudcc, shc } = record.list;
  return divoc.length + eudcc.length + shc.length;
}
