/**
 * Keeps an event's entries map to what SPEC §11 shares: a key that is an entry id and a value
 * that passes `isEventEntry`. A tablet cannot be stopped from sending other values, but the hub
 * deletes them as they arrive, so they reach neither the other gates nor, once Yjs has
 * collected them, the hub's file.
 */
import type * as Y from 'yjs';
import { ENTRIES_MAP, ENTRY_ID_PATTERN, isEventEntry } from '../../src/events/shared.ts';

/** The transaction origin of the hub's own deletions. */
const FILTER_ORIGIN = 'kycvs-hub:entry-filter';

/** Deletes entries that break SPEC §11 now and whenever they are written; returns the stop. */
export function filterEntries(document: Y.Doc): () => void {
  const entries = document.getMap<unknown>(ENTRIES_MAP);
  const sweep = (keys: Iterable<string>) => {
    const bad = [...keys].filter((key) => {
      if (!entries.has(key)) return false;
      return !ENTRY_ID_PATTERN.test(key) || !isEventEntry(entries.get(key));
    });
    if (bad.length === 0) return;
    document.transact(() => {
      for (const key of bad) entries.delete(key);
    }, FILTER_ORIGIN);
  };
  const observer = (event: Y.YMapEvent<unknown>) => {
    if (event.transaction.origin !== FILTER_ORIGIN) sweep(event.keysChanged);
  };
  sweep(entries.keys());
  entries.observe(observer);
  return () => entries.unobserve(observer);
}
