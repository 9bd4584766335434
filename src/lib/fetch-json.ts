/**
 * The browser code's one way to call a server: a time limit, no cookies, no HTTP cache, the
 * caller's abort signal honoured, and the body read as JSON without ever throwing on it.
 */
import { CodedError } from './coded-error.ts';

/** How long one request may take before it counts as failed. */
export const REQUEST_TIMEOUT_MS = 10_000;

/** The largest body read, in characters; a longer one reads as no JSON. */
const MAX_BODY_CHARS = 100_000;

/** Why no answer came: the time limit, or the network (or the caller's abort). */
export type TransportFailure = 'TIMEOUT' | 'NETWORK';

/** A request that got no answer at all. */
export class TransportError extends CodedError<TransportFailure> {
  override name = 'TransportError';
}

/** Options of `fetchJson`. */
export interface FetchJsonOptions {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Aborts the call (a screen that went away); reported as `NETWORK`. */
  signal?: AbortSignal;
  /** Reads the body as text (up to `maxChars`) instead of JSON: a signed list, say. */
  text?: boolean;
  /**
   * Leaves the body unread (`body` undefined) for the caller to stream elsewhere: the time
   * limit then ends with the headers, and `signal` still aborts the body once this returns.
   */
  unread?: boolean;
  /** The longest body read, in characters; longer reads as none (default 100,000). */
  maxChars?: number;
  /** Sent as `Accept`; `application/json` by default. */
  accept?: string;
}

/** An answer: the response (status, headers) and its body as JSON, undefined when it is none. */
export interface JsonAnswer {
  response: Response;
  body: unknown;
}

/** A JSON object, or null for anything else. */
export function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/**
 * Calls `url` and reads its body as JSON (undefined when empty, too long or not JSON), or as
 * text with `options.text`. Throws
 * only `TransportError`, when no answer came in time.
 */
export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<JsonAnswer> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? REQUEST_TIMEOUT_MS);
  const cancel = () => controller.abort();
  options.signal?.addEventListener('abort', cancel);
  if (options.signal?.aborted) controller.abort();
  const headers: Record<string, string> = {
    Accept: options.accept ?? 'application/json',
    ...options.headers,
  };
  const maxChars = options.maxChars ?? MAX_BODY_CHARS;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    const response = await doFetch(url, {
      method: options.method ?? 'GET',
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      cache: 'no-store',
      credentials: 'omit',
      signal: controller.signal,
    });
    // A body announced as too long is not read at all.
    const length = Number(response.headers.get('Content-Length') ?? NaN);
    if (length > maxChars * 4) {
      await response.body?.cancel().catch(() => undefined);
      return { response, body: undefined };
    }
    if (options.unread) return { response, body: undefined };
    const text = await response.text();
    let body: unknown;
    if (options.text) {
      body = text !== '' && text.length <= maxChars ? text : undefined;
    } else if (text !== '' && text.length <= maxChars) {
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        body = undefined;
      }
    }
    return { response, body };
  } catch {
    throw new TransportError(timedOut ? 'TIMEOUT' : 'NETWORK');
  } finally {
    clearTimeout(timer);
    if (!options.unread) options.signal?.removeEventListener('abort', cancel);
  }
}
