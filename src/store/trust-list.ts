/**
 * The signed trust list (SPEC §10) for the other credential formats: fetched from the trust
 * list URL, verified against the pinned signer before anything of it is used, and kept in
 * IndexedDB beside the registry's keys with its revoked codes indexed apart
 * (revocation-index.ts). A list that fails any check, and every failed or garbled fetch, leaves
 * the last good list as it was.
 */
import {
  MAX_TRUST_LIST_CHARS,
  type RevocationLookup,
  type TrustListCode,
} from '../protocol/index.ts';
import { importOffThread } from './import-off-thread.ts';
import { asObject, fetchJson } from '../lib/fetch-json.ts';
import type { Settings, TrustListRecord, VerifierDatabase } from './db.ts';
import { isRevokedIn, loadRevocationIndex } from './revocation-index.ts';
import { countEntries } from './trust-list-counts.ts';
import { THUMBPRINT } from './settings.ts';
import type { RefreshDeps, RefreshFailure } from './trust-store.ts';

/** Where the registry publishes its signed trust list when Settings name none (SPEC §10). */
export const DEFAULT_TRUST_LIST_PATH = '/.well-known/kycvs-trust-list.jws';

/** How long fetching a list may take: a real one is megabytes. */
export const TRUST_LIST_TIMEOUT_MS = 60_000;

/** Why a trust list refresh kept the list held: the network, the pin, or the list's own check. */
export type TrustListFailure = RefreshFailure | TrustListCode | 'NO_PIN';

/** The outcome of one trust list refresh; the list held is kept on every failure. */
export type TrustListRefresh =
  { ok: true; changed: boolean; entries: number } | { ok: false; reason: TrustListFailure };

/** What a trust list refresh needs beyond the fetch and the clock. */
export interface TrustListDeps extends RefreshDeps {
  /** The key pinned in Settings ('' for none: then the held one, or the registry's). */
  pin?: string;
  /** The registry whose configuration names `trust_list_key` for a first pin. */
  registryUrl?: string;
}

/** The trust list URL in force: the one in Settings, or the registry's own. */
export function trustListUrlFor(settings: Pick<Settings, 'registryUrl' | 'trustListUrl'>): string {
  return settings.trustListUrl || `${settings.registryUrl}${DEFAULT_TRUST_LIST_PATH}`;
}

/** True when the list is past its `exp` at `now` (ms): still used, and flagged. */
export function isStale(record: Pick<TrustListRecord, 'exp'>, now: number): boolean {
  return now > record.exp * 1000;
}

function isRecord(value: unknown): value is TrustListRecord {
  const record = asObject(value);
  if (!record || typeof record.url !== 'string' || typeof record.fetchedAt !== 'number') {
    return false;
  }
  const list = asObject(record.list);
  return (
    list !== null &&
    Array.isArray(list.divoc) &&
    Array.isArray(list.eudcc) &&
    Array.isArray(list.shc) &&
    typeof record.thumbprint === 'string' &&
    typeof record.seq === 'number' &&
    typeof record.hash === 'string' &&
    typeof record.exp === 'number' &&
    typeof record.generation === 'string'
  );
}

/**
 * The signed list held for `url`, or null: none held, one from another URL, one written by an
 * older version (unsigned, never trusted), or one whose signer is not the key pinned in
 * Settings.
 */
export async function loadTrustList(
  db: VerifierDatabase,
  url: string,
  pin = '',
): Promise<TrustListRecord | null> {
  const record: unknown = await db.get('trustList', 'current').catch(() => undefined);
  if (!isRecord(record) || record.url !== url) return null;
  if (pin !== '' && record.thumbprint !== pin) return null;
  return record;
}

/** The revocation lookup of a held list (constant time, in IndexedDB). */
export function revocationLookup(db: VerifierDatabase, record: TrustListRecord): RevocationLookup {
  return (format, key, issuedAt) => isRevokedIn(db, record.generation, format, key, issuedAt);
}

/** The thumbprint the registry's configuration names as `trust_list_key`, or null. */
async function registryPin(
  doFetch: typeof fetch,
  registryUrl: string,
  timeoutMs: number,
): Promise<string | null> {
  try {
    const { response, body } = await fetchJson(`${registryUrl}/.well-known/kycvs-configuration`, {
      fetch: doFetch,
      timeoutMs,
    });
    const key = asObject(body)?.trust_list_key;
    return response.ok && typeof key === 'string' && THUMBPRINT.test(key) ? key : null;
  } catch {
    return null;
  }
}

/**
 * Fetches the signed list at `url` and keeps it once it verifies: signed by the pinned key (in
 * Settings; else the one held; else, on first use, the registry's `trust_list_key`), a `seq`
 * not below the one held, the same `seq` only with the same content, a payload of the right
 * shape. The trust list worker fetches, checks and stores it: its revoked codes are indexed
 * first, then the list switches in one write. Sends the held ETag so an unchanged list costs a
 * 304. Rejects only when a good list could not be stored; the held one then stays in force.
 */
export async function refreshTrustList(
  db: VerifierDatabase,
  url: string,
  deps: TrustListDeps = {},
): Promise<TrustListRefresh> {
  const doFetch = deps.fetch ?? globalThis.fetch.bind(globalThis);
  const now = deps.now ?? Date.now;
  const timeoutMs = deps.timeoutMs ?? TRUST_LIST_TIMEOUT_MS;
  const settingsPin = deps.pin ?? '';
  const held = await loadTrustList(db, url, settingsPin);
  let pin: string | null = settingsPin || held?.thumbprint || null;
  if (pin === null && deps.registryUrl)
    pin = await registryPin(doFetch, deps.registryUrl, timeoutMs);
  if (pin === null) return { ok: false, reason: 'NO_PIN' };

  // SPEC §10: fetched, verified and stored in a worker, so a long list never holds the screen.
  const outcome = await importOffThread(
    db,
    {
      url,
      heldEtag: held?.etag ?? null,
      timeoutMs,
      maxChars: MAX_TRUST_LIST_CHARS,
      fetchedAt: now(),
      options: {
        thumbprint: pin,
        ...(held ? { heldSeq: held.seq, heldHash: held.hash } : {}),
        now: new Date(now()),
      },
    },
    deps.fetch,
  );
  if (!outcome.ok) return { ok: false, reason: outcome.reason };
  if (!outcome.changed) {
    // The very list held (a 304, or the same content): only its dates and ETag change.
    if (!held) return { ok: false, reason: 'GARBLED' };
    const etag = outcome.etag === undefined ? held.etag : outcome.etag;
    await db.put('trustList', { ...held, fetchedAt: now(), etag }, 'current');
    return { ok: true, changed: false, entries: countEntries(held) };
  }
  // The index just switched in is read into memory, so the next check costs a map read.
  await loadRevocationIndex(db, outcome.generation);
  return { ok: true, changed: true, entries: outcome.entries };
}
