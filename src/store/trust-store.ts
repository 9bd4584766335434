/**
 * The trust store: each registry's public keys (JWKS) held in IndexedDB, refreshed from the
 * registry and never lost to a failed or garbled refresh.
 */
import { CodedError } from '../lib/coded-error.ts';
import { KEY_STALE_AFTER_MS } from '../protocol/rules.ts';
import { decodeBase64url } from '../protocol/index.ts';
import { usableEs256Key } from '../protocol/key-cache.ts';
import { REQUEST_TIMEOUT_MS, TransportError, asObject, fetchJson } from '../lib/fetch-json.ts';
import type { JsonAnswer } from '../lib/fetch-json.ts';
import type { IssuerRecord, VerifierDatabase } from './db.ts';

/** A device clock further than this from the registry's earns a warning. */
export const CLOCK_SKEW_WARN_MS = 5 * 60 * 1000;

/** How often the keys are refreshed while the app stays open. */
export const REFRESH_INTERVAL_MS = 12 * 60 * 60 * 1000;

/** The most keys accepted from one JWKS. */
const MAX_KEYS = 50;

/** Why a refresh failed; the held keys are kept in every case. */
export type RefreshFailure = 'OFFLINE' | 'TIMEOUT' | 'HTTP_ERROR' | 'GARBLED';

/** The outcome of one refresh. */
export type RefreshResult =
  | { ok: true; iss: string; changed: boolean; clockSkewMs: number | null }
  | { ok: false; reason: RefreshFailure };

/** What a refresh needs from the outside world; tests pass their own. */
export interface RefreshDeps {
  fetch?: typeof fetch;
  now?: () => number;
  timeoutMs?: number;
}

/** The state of the held keys for one registry, as the home and result screens show it. */
export interface KeyHealth {
  /** True when at least one key is held for the registry. */
  hasKeys: boolean;
  /** When the keys were last confirmed, ms since the epoch; null without keys. */
  fetchedAt: number | null;
  /** True when the keys are older than `KEY_STALE_AFTER_MS`. */
  stale: boolean;
  /** Device clock minus registry clock at the last refresh, in ms; null when unknown. */
  clockSkewMs: number | null;
  /** True when the clock skew is beyond `CLOCK_SKEW_WARN_MS`. */
  clockWarning: boolean;
}

/** A refresh that failed; the held keys or list stay as they were. */
export class RefreshError extends CodedError<RefreshFailure> {
  override name = 'RefreshError';
}

/** GETs `url` as JSON; a transport failure becomes the refresh failure it means. */
async function getJson(
  doFetch: typeof fetch,
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<JsonAnswer> {
  try {
    return await fetchJson(url, { headers, fetch: doFetch, timeoutMs });
  } catch (error) {
    throw new RefreshError(
      error instanceof TransportError && error.code === 'TIMEOUT' ? 'TIMEOUT' : 'OFFLINE',
    );
  }
}

/**
 * GETs `url` as JSON with `etag` as If-None-Match, so an unchanged document costs a 304. That
 * header needs a CORS preflight a cross-origin host may reject: then it asks plainly.
 */
export async function conditionalGet(
  doFetch: typeof fetch,
  url: string,
  etag: string | null | undefined,
  timeoutMs: number,
): Promise<JsonAnswer> {
  try {
    return await getJson(doFetch, url, etag ? { 'If-None-Match': etag } : {}, timeoutMs);
  } catch (error) {
    if (!etag || !(error instanceof RefreshError) || error.code !== 'OFFLINE') throw error;
    return getJson(doFetch, url, {}, timeoutMs);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return asObject(value) !== null;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Bytes in each coordinate of a P-256 public point. */
const P256_COORDINATE_BYTES = 32;

function isCoordinate(text: string): boolean {
  return BASE64URL.test(text) && decodeBase64url(text)?.length === P256_COORDINATE_BYTES;
}

/**
 * Keeps the keys of a JWKS that can verify status tokens (the protocol's own rule: ES256 on
 * P-256, for signatures, with a whole public point), stripped to their public members. Returns
 * null when the document is not a JWKS, holds a private key, or holds no usable key, so that a
 * refresh never swaps usable keys for keys that verify nothing.
 */
export function parseJwks(document: unknown): { keys: JsonWebKey[] } | null {
  if (!isObject(document) || !Array.isArray(document.keys)) return null;
  if (document.keys.length > MAX_KEYS) return null;
  const keys: JsonWebKey[] = [];
  for (const key of document.keys) {
    if (!isObject(key)) return null;
    // A private member in a public key set is a registry fault: trust none of it.
    if ('d' in key) return null;
    const point = usableEs256Key(key as JsonWebKey);
    if (!point) continue;
    const { x, y } = point;
    const { kid, alg, use } = key;
    if (typeof kid !== 'string' || kid.length === 0 || kid.length > 64) continue;
    if (!isCoordinate(x) || !isCoordinate(y)) continue;
    const jwk: JsonWebKey & { kid: string } = { kty: 'EC', crv: 'P-256', x, y, kid };
    if (typeof alg === 'string') jwk.alg = alg;
    if (typeof use === 'string') jwk.use = use;
    keys.push(jwk);
  }
  return keys.length > 0 ? { keys } : null;
}

interface Discovery {
  issuer: string;
  jwksUri: string;
}

function fallbackDiscovery(registryUrl: string): Discovery {
  return { issuer: new URL(registryUrl).origin, jwksUri: `${registryUrl}/.well-known/jwks.json` };
}

function parseDiscovery(document: unknown, registryUrl: string): Discovery | null {
  if (!isObject(document)) return null;
  const { issuer, jwks_uri: jwksUri } = document;
  if (typeof issuer !== 'string' || typeof jwksUri !== 'string') return null;
  try {
    const issuerUrl = new URL(issuer);
    const jwksUrl = new URL(jwksUri, `${registryUrl}/`);
    if (!/^https?:$/.test(issuerUrl.protocol) || !/^https?:$/.test(jwksUrl.protocol)) return null;
    // Keys come only from the registry the staff configured, never from a host it names: a key
    // set published elsewhere (the issuer's own name for the registry, say) is read at the
    // configured registry's well-known path instead.
    if (jwksUrl.origin !== new URL(registryUrl).origin) {
      return { issuer, jwksUri: fallbackDiscovery(registryUrl).jwksUri };
    }
    return { issuer, jwksUri: jwksUrl.href };
  } catch {
    return null;
  }
}

/** Device clock minus the `Date` header of `response`, in ms; null when the header is absent. */
function clockSkew(response: Response, now: number): number | null {
  const header = response.headers.get('Date');
  if (!header) return null;
  const registryTime = Date.parse(header);
  return Number.isNaN(registryTime) ? null : now - registryTime;
}

async function discover(
  doFetch: typeof fetch,
  registryUrl: string,
  timeoutMs: number,
): Promise<Discovery> {
  const { response, body } = await getJson(
    doFetch,
    `${registryUrl}/.well-known/kycvs-configuration`,
    {},
    timeoutMs,
  );
  // A registry without the discovery document names itself by its origin (SPEC §3 default).
  if (!response.ok) return fallbackDiscovery(registryUrl);
  return parseDiscovery(body, registryUrl) ?? fallbackDiscovery(registryUrl);
}

/**
 * Fetches the registry's JWKS and stores it. Sends the held ETag so an unchanged key set costs a
 * 304. Whatever goes wrong, the keys already held stay as they were.
 */
export async function refreshKeys(
  db: VerifierDatabase,
  registryUrl: string,
  deps: RefreshDeps = {},
): Promise<RefreshResult> {
  const doFetch = deps.fetch ?? globalThis.fetch.bind(globalThis);
  const now = deps.now ?? Date.now;
  const timeoutMs = deps.timeoutMs ?? REQUEST_TIMEOUT_MS;
  try {
    const { issuer, jwksUri } = await discover(doFetch, registryUrl, timeoutMs);
    const held = await db.get('issuers', issuer);
    const etag = held && held.registryUrl === registryUrl ? held.etag : null;
    const answer = await conditionalGet(doFetch, jwksUri, etag, timeoutMs);
    const { response } = answer;
    const at = now();
    const skew = clockSkew(response, at);
    if (response.status === 304 && held && etag) {
      await db.put('issuers', { ...held, fetchedAt: at, clockSkewMs: skew });
      return { ok: true, iss: issuer, changed: false, clockSkewMs: skew };
    }
    if (response.status !== 200) throw new RefreshError('HTTP_ERROR');
    const jwks = parseJwks(answer.body);
    if (!jwks) throw new RefreshError('GARBLED');
    const record: IssuerRecord = {
      iss: issuer,
      jwks,
      fetchedAt: at,
      etag: response.headers.get('ETag'),
      registryUrl,
      clockSkewMs: skew,
    };
    await db.put('issuers', record);
    return { ok: true, iss: issuer, changed: true, clockSkewMs: skew };
  } catch (error) {
    if (error instanceof RefreshError) return { ok: false, reason: error.code };
    throw error;
  }
}

function isIssuerRecord(value: unknown): value is IssuerRecord {
  if (!isObject(value)) return false;
  const { iss, jwks, fetchedAt, etag, registryUrl, clockSkewMs } = value;
  return (
    typeof iss === 'string' &&
    typeof registryUrl === 'string' &&
    parseJwks(jwks) !== null &&
    typeof fetchedAt === 'number' &&
    Number.isFinite(fetchedAt) &&
    (etag === null || typeof etag === 'string') &&
    (clockSkewMs === null || (typeof clockSkewMs === 'number' && Number.isFinite(clockSkewMs)))
  );
}

/** The issuers trusted for `registryUrl`: those whose keys came from it. */
export async function trustedIssuers(
  db: VerifierDatabase,
  registryUrl: string,
): Promise<IssuerRecord[]> {
  const all: unknown[] = await db.getAll('issuers');
  return all.filter(
    (record): record is IssuerRecord =>
      isIssuerRecord(record) && record.registryUrl === registryUrl,
  );
}

/** Deletes the keys that came from `registryUrl` (a registry the settings no longer name). */
export async function forgetRegistry(db: VerifierDatabase, registryUrl: string): Promise<number> {
  const tx = db.transaction('issuers', 'readwrite');
  let removed = 0;
  for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
    const value: unknown = cursor.value;
    if (isObject(value) && value.registryUrl === registryUrl) {
      await cursor.delete();
      removed += 1;
    }
  }
  await tx.done;
  return removed;
}

/** Sums up the held keys: whether any are held, how old, and the last clock check. */
export function keyHealth(records: IssuerRecord[], now: number): KeyHealth {
  if (records.length === 0) {
    return {
      hasKeys: false,
      fetchedAt: null,
      stale: false,
      clockSkewMs: null,
      clockWarning: false,
    };
  }
  const newest = records.reduce((a, b) => (b.fetchedAt > a.fetchedAt ? b : a));
  const oldest = Math.min(...records.map((record) => record.fetchedAt));
  const skew = newest.clockSkewMs;
  return {
    hasKeys: true,
    fetchedAt: oldest,
    stale: now - oldest > KEY_STALE_AFTER_MS,
    clockSkewMs: skew,
    clockWarning: skew !== null && Math.abs(skew) > CLOCK_SKEW_WARN_MS,
  };
}
