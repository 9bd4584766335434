/**
 * Storing a signed trust list (SPEC §10), the part that runs in the trust list worker (or on
 * the page when no worker can start): the list is verified before anything of it is used,
 * its revoked codes are written under a generation of their own, and only then does the list
 * switch in, in one write. A refused list, or a write that fails half-way, leaves the last good
 * list and its index as they were. The worker fetches the list itself, so the page never
 * holds its text; both sides of the worker share the message shapes below.
 */
import { verifyTrustList, type TrustListCode, type TrustListOptions } from '../protocol/index.ts';
import { TransportError, fetchJson } from '../lib/fetch-json.ts';
import type { TrustListRecord, VerifierDatabase } from './db.ts';
import { countEntries } from './trust-list-counts.ts';
import {
  countRevoked,
  deleteGeneration,
  deleteOtherGenerations,
  writeRevocationIndex,
} from './revocation-index.ts';

/** What is needed to fetch the list at `url` and store it (all plain data, for the worker). */
export interface ImportRequest {
  url: string;
  /** The ETag of the list held, sent as If-None-Match; null for none. */
  heldEtag: string | null;
  /** The time limit over the headers and the body (not over the storing), ms. */
  timeoutMs: number;
  /** The longest text read, in characters; longer reads as garbled. */
  maxChars: number;
  /** When the list is fetched, ms since the epoch. */
  fetchedAt: number;
  /** The pin, and the `seq` and hash of the list held (SPEC §10's refusals). */
  options: TrustListOptions;
}

/** Why a list was not stored; the held list stays in every case. */
export type ImportFailure = TrustListCode | 'GARBLED' | 'OFFLINE' | 'TIMEOUT' | 'HTTP_ERROR';

/**
 * How fetching and storing a list ended: refused or not had (the held list stays), the very
 * list held (`changed` false: the caller refreshes its dates; `etag` undefined after a 304),
 * or stored and switched in. A failed write is thrown.
 */
export type ImportOutcome =
  | { ok: false; reason: ImportFailure }
  | { ok: true; changed: false; etag: string | null | undefined }
  | { ok: true; changed: true; entries: number; generation: string };

/** Page to worker: the request, and the database to store into. */
export interface ImportMessage {
  dbName: string;
  request: ImportRequest;
}

/** Worker to page: the outcome, or `failed` when the list could not be stored. */
export type WorkerReport = { kind: 'done'; outcome: ImportOutcome } | { kind: 'failed' };

export { countEntries };

/**
 * Reads `body` as UTF-8 text of at most `maxChars` characters; undefined when it is empty or
 * longer. Rejects when the body cannot be read (the network, or the caller's time limit).
 */
export async function readCapped(
  body: ReadableStream<Uint8Array>,
  maxChars: number,
): Promise<string | undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let chars = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const part = decoder.decode(value, { stream: true });
    chars += part.length;
    if (chars > maxChars) {
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    parts.push(part);
  }
  parts.push(decoder.decode());
  const text = parts.join('');
  return text !== '' && text.length <= maxChars ? text : undefined;
}

/**
 * Verifies `jws` and, when it is a new good list, writes its revocation index under a new
 * generation, switches the list in (one put of the record naming that generation) and only
 * then deletes the other generations. The index of a list that fails half-way is removed.
 */
export async function importTrustList(
  db: VerifierDatabase,
  jws: string,
  etag: string | null,
  request: ImportRequest,
): Promise<ImportOutcome> {
  // SPEC §10: signature, pin, seq and shape are checked before anything of the list is stored.
  const verdict = await verifyTrustList(jws, request.options);
  if (!verdict.ok) return { ok: false, reason: verdict.code };
  if (verdict.hash === request.options.heldHash) return { ok: true, changed: false, etag };
  const { list } = verdict;
  const generation = `${list.seq}-${verdict.hash.slice(0, 16)}`;
  const record: TrustListRecord = {
    url: request.url,
    list: { divoc: list.divoc, eudcc: list.eudcc, shc: list.shc },
    fetchedAt: request.fetchedAt,
    etag,
    thumbprint: verdict.thumbprint,
    iss: list.iss,
    seq: list.seq,
    hash: verdict.hash,
    iat: list.iat,
    exp: list.exp,
    sources: list.sources,
    revokedCounts: countRevoked(list.revoked),
    generation,
  };
  try {
    // A crash during an earlier try of this very list may have left some of its buckets.
    await deleteGeneration(db, generation);
    await writeRevocationIndex(db, generation, list.revoked);
    await db.put('trustList', record, 'current');
  } catch (error) {
    // The record still names the last good generation: only the new one's buckets go.
    await deleteGeneration(db, generation).catch(() => undefined);
    throw error;
  }
  await deleteOtherGenerations(db, generation).catch(() => undefined);
  return { ok: true, changed: true, entries: countEntries(record), generation };
}

/**
 * Fetches the list of `request` (sending the held ETag, so an unchanged list costs a 304),
 * reads it here and stores it with `importTrustList`. Run in the trust list worker, the page
 * never holds the list's text nor the list.
 */
export async function fetchAndImport(
  db: VerifierDatabase,
  request: ImportRequest,
  doFetch: typeof fetch,
): Promise<ImportOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs);
  const unreachable = (error?: unknown): ImportOutcome => ({
    ok: false,
    reason:
      timedOut || (error instanceof TransportError && error.code === 'TIMEOUT')
        ? 'TIMEOUT'
        : 'OFFLINE',
  });
  let response: Response;
  let jws: string | undefined;
  try {
    ({ response } = await fetchJson(request.url, {
      fetch: doFetch,
      timeoutMs: request.timeoutMs,
      unread: true,
      signal: controller.signal,
      maxChars: request.maxChars,
      accept: 'application/jose',
      headers: request.heldEtag ? { 'If-None-Match': request.heldEtag } : {},
    }));
    // A body left unread is dropped without waiting: a teed (cloned) body's cancel settles late.
    if (response.status === 304 && request.heldEtag) {
      void response.body?.cancel().catch(() => undefined);
      return { ok: true, changed: false, etag: undefined };
    }
    if (response.status !== 200) {
      void response.body?.cancel().catch(() => undefined);
      return { ok: false, reason: 'HTTP_ERROR' };
    }
    jws = response.body ? await readCapped(response.body, request.maxChars) : undefined;
  } catch (error) {
    return unreachable(error);
  } finally {
    clearTimeout(timer);
  }
  if (jws === undefined) return { ok: false, reason: 'GARBLED' };
  return importTrustList(db, jws, response.headers.get('ETag'), request);
}
