/**
 * The trust list for the other credential formats (SPEC §9): CoWIN (DIVOC) keys, EU DCC signer
 * certificates and SMART Health Card issuers, fetched from the trust list URL and kept in
 * IndexedDB beside the registry's keys. Every entry is checked for its shape; a bad entry is
 * dropped, and a failed or garbled fetch never replaces the list held.
 */
import type {
  DivocTrustEntry,
  EudccTrustEntry,
  ShcTrustEntry,
} from '../protocol/credentials/types.ts';
import { REQUEST_TIMEOUT_MS, asObject } from '../lib/fetch-json.ts';
import type { JsonAnswer } from '../lib/fetch-json.ts';
import type { Settings, TrustListEntries, TrustListRecord, VerifierDatabase } from './db.ts';
import {
  RefreshError,
  conditionalGet,
  parseJwks,
  type RefreshDeps,
  type RefreshFailure,
} from './trust-store.ts';

/** Where the registry publishes its trust list when Settings name none (SPEC §9). */
export const DEFAULT_TRUST_LIST_PATH = '/.well-known/kycvs-trust-list.json';

/** The most entries accepted for one format. */
const MAX_ENTRIES = 200;

/** The outcome of one trust list refresh; the list held is kept on every failure. */
export type TrustListRefresh =
  { ok: true; changed: boolean; entries: number } | { ok: false; reason: RefreshFailure };

/** The trust list URL in force: the one in Settings, or the registry's own. */
export function trustListUrlFor(settings: Pick<Settings, 'registryUrl' | 'trustListUrl'>): string {
  return settings.trustListUrl || `${settings.registryUrl}${DEFAULT_TRUST_LIST_PATH}`;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const BASE58 = /^[1-9A-HJ-NP-Za-km-z]+$/;
const PEM = /^-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\s]+-----END PUBLIC KEY-----\s*$/;

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

function base64Length(text: string): number {
  return Math.floor((text.length * 3) / 4) - (text.match(/=+$/)?.[0].length ?? 0);
}

function readDivoc(value: unknown): DivocTrustEntry | null {
  const entry = asObject(value);
  if (!entry || !isText(entry.id, 500)) return null;
  if (entry.type === 'RsaVerificationKey2018') {
    const pem = entry.publicKeyPem;
    if (!isText(pem, 4096) || !PEM.test(pem)) return null;
    return { id: entry.id, type: entry.type, publicKeyPem: pem };
  }
  if (entry.type === 'Ed25519VerificationKey2018') {
    const key = entry.publicKeyBase58;
    // 32 bytes in base58 are 43 or 44 characters (fewer with leading zero bytes).
    if (!isText(key, 44) || key.length < 32 || !BASE58.test(key)) return null;
    return { id: entry.id, type: entry.type, publicKeyBase58: key };
  }
  return null;
}

function readEudcc(value: unknown): EudccTrustEntry | null {
  const entry = asObject(value);
  if (!entry) return null;
  const { kid, country, certificate } = entry;
  if (!isText(kid, 12) || !BASE64.test(kid) || base64Length(kid) !== 8) return null;
  if (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country)) return null;
  if (!isText(certificate, 8192) || !BASE64.test(certificate)) return null;
  return { kid, country, certificate };
}

function readShc(value: unknown): ShcTrustEntry | null {
  const entry = asObject(value);
  if (!entry || !isText(entry.iss, 500) || !/^https?:\/\//.test(entry.iss)) return null;
  const name = typeof entry.name === 'string' ? entry.name.slice(0, 200) : '';
  const jwks = parseJwks(entry.jwks);
  return jwks ? { iss: entry.iss, name, jwks } : null;
}

function readEntries<T>(value: unknown, read: (entry: unknown) => T | null): T[] {
  if (!Array.isArray(value)) return [];
  return value
    .slice(0, MAX_ENTRIES)
    .map(read)
    .filter((entry): entry is T => entry !== null);
}

/** How many entries a trust list holds, over every format. */
export function countEntries(list: TrustListEntries): number {
  return list.divoc.length + list.eudcc.length + list.shc.length;
}

/**
 * Reads a trust list document (SPEC §9), keeping only entries of the right shape. Returns null
 * when it is not a trust list or holds no usable entry, so a refresh never swaps a working list
 * for one that verifies nothing.
 */
export function parseTrustList(document: unknown): TrustListEntries | null {
  const root = asObject(document);
  if (!root) return null;
  const list: TrustListEntries = {
    divoc: readEntries(root.divoc, readDivoc),
    eudcc: readEntries(root.eudcc, readEudcc),
    shc: readEntries(root.shc, readShc),
  };
  return countEntries(list) > 0 ? list : null;
}

function isRecord(value: unknown): value is TrustListRecord {
  const record = asObject(value);
  if (!record || typeof record.url !== 'string') return false;
  if (typeof record.fetchedAt !== 'number' || !Number.isFinite(record.fetchedAt)) return false;
  return (
    (record.etag === null || typeof record.etag === 'string') && asObject(record.list) !== null
  );
}

/** The trust list held for `url`, re-checked entry by entry; null when none is held for it. */
export async function loadTrustList(
  db: VerifierDatabase,
  url: string,
): Promise<TrustListRecord | null> {
  const record: unknown = await db.get('trustList', 'current').catch(() => undefined);
  if (!isRecord(record) || record.url !== url) return null;
  const list = parseTrustList(record.list);
  return list ? { ...record, list } : null;
}

/**
 * Fetches the trust list at `url` and keeps it when it holds usable entries. Sends the held ETag
 * so an unchanged list costs a 304. Whatever goes wrong, the list held stays as it was.
 */
export async function refreshTrustList(
  db: VerifierDatabase,
  url: string,
  deps: RefreshDeps = {},
): Promise<TrustListRefresh> {
  const doFetch = deps.fetch ?? globalThis.fetch.bind(globalThis);
  const now = deps.now ?? Date.now;
  const held = await loadTrustList(db, url);
  let answer: JsonAnswer;
  try {
    answer = await conditionalGet(doFetch, url, held?.etag, deps.timeoutMs ?? REQUEST_TIMEOUT_MS);
  } catch (error) {
    if (error instanceof RefreshError) return { ok: false, reason: error.code };
    throw error;
  }
  const { response, body } = answer;
  if (response.status === 304 && held?.etag) {
    await db.put('trustList', { ...held, fetchedAt: now() }, 'current');
    return { ok: true, changed: false, entries: countEntries(held.list) };
  }
  if (response.status !== 200) return { ok: false, reason: 'HTTP_ERROR' };
  const list = parseTrustList(body);
  if (!list) return { ok: false, reason: 'GARBLED' };
  const record: TrustListRecord = {
    url,
    list,
    fetchedAt: now(),
    etag: response.headers.get('ETag'),
  };
  await db.put('trustList', record, 'current');
  return { ok: true, changed: true, entries: countEntries(list) };
}
