/**
 * The index of revoked codes (SPEC §10), kept in IndexedDB apart from the trust list: each
 * entry hashed into one of 4096 buckets, a bucket one record keyed `generation:bucket` holding
 * its codes sorted. A lookup reads one bucket and searches it (logarithmic in the bucket's
 * size, a few dozen codes for 200,000); a new list is written under a new generation, a few
 * buckets per transaction (in the trust list worker, or with a pause between them on the
 * page), and the old generation goes only once the new list is in force. The index in force
 * is also held in memory, one generation per database (filled as it is written, else read in
 * short slices), so a lookup costs a map read and a search.
 */
import {
  revocationEntries,
  revokedAt,
  type RevocableFormat,
  type RevokedLists,
} from '../protocol/index.ts';
import type { RevokedBucket, RevokedCounts, VerifierDatabase } from './db.ts';

/** How many buckets an index has. */
export const BUCKETS = 4096;
/** Buckets written per transaction, and entries hashed between two pauses. */
const BUCKETS_PER_TRANSACTION = 128;
const ENTRIES_PER_SLICE = 8192;

/** Gives the event loop a turn: a frame can be drawn, a tap answered. */
export function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** FNV-1a, 32 bits: spreads the entries over the buckets. */
function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % BUCKETS;
}

function keyOf(generation: string, bucket: number): string {
  return `${generation}:${bucket.toString(16).padStart(3, '0')}`;
}

/** How many codes of each format `revoked` lists. */
export function countRevoked(revoked: RevokedLists): RevokedCounts {
  return {
    divoc: revoked.divoc?.length ?? 0,
    eudcc: revoked.eudcc?.length ?? 0,
    shc: revoked.shc?.length ?? 0,
  };
}

/** One bucket as held: `ids` sorted, `before[i]` the time before which `ids[i]` is revoked. */
interface Bucket {
  ids: string[];
  before: number[];
}

/** A stored bucket as held, whichever version wrote it; undefined for anything else. */
function readBucket(record: unknown): Bucket | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const { ids, before, entries } = record as Partial<Record<'ids' | 'before' | 'entries', unknown>>;
  if (Array.isArray(ids) && Array.isArray(before) && ids.length === before.length) {
    return { ids: ids as string[], before: before as number[] };
  }
  if (typeof entries !== 'object' || entries === null) return undefined;
  const sorted = Object.keys(entries).sort();
  return { ids: sorted, before: sorted.map((id) => (entries as Record<string, number>)[id]!) };
}

/** The time before which `id` is revoked in `bucket`, by binary search; undefined if unlisted. */
function beforeIn(bucket: Bucket | undefined, id: string): number | undefined {
  if (!bucket) return undefined;
  let low = 0;
  let high = bucket.ids.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = bucket.ids[middle]!;
    if (at === id) return bucket.before[middle];
    if (at < id) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** The index held in memory: one generation per database, complete once read to its end. */
interface Held {
  generation: string;
  buckets: Map<number, Bucket>;
  complete: boolean;
  /** Settles once the index is read to its end (or the read failed). */
  loading: Promise<void>;
}

const held = new WeakMap<VerifierDatabase, Held>();

/**
 * Stored buckets read per transaction while the index is loaded into memory: a short task each
 * (about 6,400 codes of a 200,000-code list), and one transaction for a short list.
 */
const RECORDS_PER_READ = 128;

/** The longest wait for an idle moment before a slice of the index is read anyway (ms). */
const IDLE_TIMEOUT_MS = 1_000;

/** Resolves when the page is idle (or after IDLE_TIMEOUT_MS); a pause where it cannot tell. */
function idle(): Promise<void> {
  if (typeof requestIdleCallback !== 'function') return pause();
  return new Promise((resolve) =>
    requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS }),
  );
}

/**
 * Reads the index of `held` into memory, RECORDS_PER_READ stored buckets at a time (empty
 * buckets are no records and cost nothing), each slice in an idle moment.
 */
async function loadAll(db: VerifierDatabase, into: Held): Promise<void> {
  const last = keyOf(into.generation, BUCKETS - 1);
  let range = IDBKeyRange.bound(keyOf(into.generation, 0), last);
  for (;;) {
    // Each slice waits for an idle moment: a check (or a frame) on its way goes first.
    await idle();
    if (held.get(db) !== into) return;
    const tx = db.transaction('revoked', 'readonly');
    const [keys, values] = await Promise.all([
      tx.store.getAllKeys(range, RECORDS_PER_READ),
      tx.store.getAll(range, RECORDS_PER_READ),
      tx.done,
    ]);
    keys.forEach((key, i) => {
      const bucket = readBucket(values[i]);
      const at = Number.parseInt(String(key).slice(into.generation.length + 1), 16);
      if (bucket) into.buckets.set(at, bucket);
    });
    if (keys.length < RECORDS_PER_READ) break;
    range = IDBKeyRange.bound(keys.at(-1)!, last, true);
  }
  into.complete = true;
}

/** The index of `generation` in memory, its load started when it is not held yet. */
function heldIndex(db: VerifierDatabase, generation: string): Held {
  const state = held.get(db);
  if (state?.generation === generation) return state;
  const next: Held = {
    generation,
    buckets: new Map(),
    complete: false,
    loading: Promise.resolve(),
  };
  held.set(db, next);
  // A failed read leaves the index incomplete: lookups keep reading their bucket.
  next.loading = loadAll(db, next).catch(() => undefined);
  return next;
}

/**
 * Reads the index of `generation` into memory, a slice at a time, so that the checks after a
 * new list switched in cost a map read each (SPEC §10: a lookup adds at most a millisecond).
 */
export async function loadRevocationIndex(db: VerifierDatabase, generation: string): Promise<void> {
  await heldIndex(db, generation).loading;
}

/** The entries of one bucket: from memory, else (while the index loads) from IndexedDB. */
async function bucketEntries(
  db: VerifierDatabase,
  generation: string,
  bucket: number,
): Promise<Bucket | undefined> {
  const state = heldIndex(db, generation);
  const inMemory = state.buckets.get(bucket);
  if (inMemory || state.complete) return inMemory;
  const read = readBucket(await db.get('revoked', keyOf(generation, bucket)));
  if (read) state.buckets.set(bucket, read);
  return read;
}

/** Writes the index of `revoked` under `generation`, in slices; resolves once all is stored. */
export async function writeRevocationIndex(
  db: VerifierDatabase,
  generation: string,
  revoked: RevokedLists,
): Promise<void> {
  // Maps, not objects: 200,000 distinct keys would make as many hidden classes.
  const maps: Map<string, number>[] = Array.from({ length: BUCKETS }, () => new Map());
  let count = 0;
  for (const { format, key, before } of revocationEntries(revoked)) {
    const id = `${format} ${key}`;
    const map = maps[bucketOf(id)]!;
    map.set(id, Math.max(map.get(id) ?? 0, before));
    if (++count % ENTRIES_PER_SLICE === 0) await pause();
  }
  const buckets = new Map<number, Bucket>();
  maps.forEach((map, at) => {
    // An empty bucket is no record: a lookup that finds none finds nothing revoked.
    if (map.size === 0) return;
    const ids = [...map.keys()].sort();
    buckets.set(at, { ids, before: ids.map((id) => map.get(id)!) });
  });
  const written = [...buckets];
  for (let first = 0; first < written.length; first += BUCKETS_PER_TRANSACTION) {
    const tx = db.transaction('revoked', 'readwrite');
    for (const [at, bucket] of written.slice(first, first + BUCKETS_PER_TRANSACTION)) {
      void tx.store.put(bucket satisfies RevokedBucket, keyOf(generation, at));
    }
    await tx.done;
    await pause();
  }
  held.set(db, { generation, buckets, complete: true, loading: Promise.resolve() });
}

/** Deletes every bucket of `generation`: an index that failed half-way, never one in force. */
export async function deleteGeneration(db: VerifierDatabase, generation: string): Promise<void> {
  const tx = db.transaction('revoked', 'readwrite');
  void tx.store.delete(IDBKeyRange.bound(`${generation}:`, `${generation}:\uffff`));
  await tx.done;
}

/** Deletes every bucket of every generation but `keep` (a crash may have left a partial one). */
export async function deleteOtherGenerations(db: VerifierDatabase, keep: string): Promise<void> {
  const tx = db.transaction('revoked', 'readwrite');
  const low = `${keep}:`;
  const high = `${keep}:\uffff`;
  void tx.store.delete(IDBKeyRange.upperBound(low, true));
  void tx.store.delete(IDBKeyRange.lowerBound(high, true));
  await tx.done;
}

/** True when the index of `generation` lists `key` of `format` for a code issued at `issuedAt`. */
export async function isRevokedIn(
  db: VerifierDatabase,
  generation: string,
  format: RevocableFormat,
  key: string,
  issuedAt: number | undefined,
): Promise<boolean> {
  const id = `${format} ${key}`;
  const bucket = bucketOf(id);
  const before = beforeIn(await bucketEntries(db, generation, bucket), id);
  return revokedAt(typeof before === 'number' ? before : undefined, issuedAt);
}
