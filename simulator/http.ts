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
