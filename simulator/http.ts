/** Hono plumbing shared by the route files: the error handler, request log and body limit. */
import type { Context, ErrorHandler, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError } from './errors.ts';

/** The largest request body any endpoint takes. */
export const MAX_BODY_BYTES = 16 * 1024;

/** Turns an ApiError into its JSON answer, anything else into a logged, generic 500. */
export function errorHandler(log: (line: string) => void): ErrorHandler {
  return (error: unknown, c: Context) => {
    if (error instanceof ApiError) return sendError(c, error);
    if (error instanceof HTTPException && error.status < 500) {
      return sendError(c, new ApiError(error.status, 'REQVAL0001', 'The request is malformed.'));
    }
    // The message may quote request data, so only the error's type and where it arose are logged.
    const where = error instanceof Error ? (error.stack ?? '').split('\n').slice(1, 4) : [];
    const kind = error instanceof Error ? error.name : typeof error;
    log(`[error] internal error (${kind}) ${where.map((line) => line.trim()).join(' | ')}`);
    return sendError(c, new ApiError(500, 'SERVER0500', 'Internal error in the registry.'));
  };
}

/** Answers with an ApiError's status, headers and `{"errorCode","error"}` body. */
export function sendError(c: Context, error: ApiError): Response {
  return c.json(error.toBody(), error.status as ContentfulStatusCode, error.extra.headers);
}

/** One line per request: method, path (never the query), status and milliseconds. */
export function requestLog(log: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = (performance.now() - started).toFixed(1);
    const path = c.req.path.length > 120 ? `${c.req.path.slice(0, 120)}…` : c.req.path;
    log(`${c.req.method} ${path} ${c.res.status} ${ms}ms`);
  };
}

/** Refuses bodies over MAX_BODY_BYTES with 413 REQVAL0001. */
export function limitBody(): MiddlewareHandler {
  return bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new ApiError(413, 'REQVAL0001', `The request body is over ${MAX_BODY_BYTES} bytes.`);
    },
  });
}

/** True for a host a local developer tool may answer to: localhost names and IP literals. */
function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^\d{1,3}(\.\d{1,3}){3}$/.test(host) ||
    (host.startsWith('[') && host.endsWith(']'))
  );
}

/**
 * Refuses what a browser sends on behalf of another site (403 REQVAL0001): a cross-site
 * `Sec-Fetch-Site`, or an `Origin` other than the request's own. Such requests need no
 * preflight when their body is text/plain, so without this any page could drive the endpoint.
 * Requests with neither header (curl, test harnesses, servers) pass.
 */
export function sameOriginOnly(message: string): MiddlewareHandler {
  return async (c, next) => {
    const site = c.req.header('Sec-Fetch-Site');
    const origin = c.req.header('Origin');
    const own = new URL(c.req.url).origin;
    if (
      (site !== undefined && site !== 'same-origin' && site !== 'none') ||
      (origin !== undefined && origin !== own)
    ) {
      throw new ApiError(403, 'REQVAL0001', message);
    }
    await next();
  };
}

/**
 * Answers only for localhost names and IP addresses (403 REQVAL0001 otherwise): a page on a
 * foreign name rebound to 127.0.0.1 (DNS rebinding) must not read the dev endpoints.
 */
export function localHostOnly(): MiddlewareHandler {
  return async (c, next) => {
    if (!isLocalHost(new URL(c.req.url).hostname)) {
      throw new ApiError(403, 'REQVAL0001', 'The /dev endpoints answer on localhost only.');
    }
    await next();
  };
}
