/** Hono plumbing shared by the route files: errors, the validation hook, logs, body handling. */
import type { Context, ErrorHandler, MiddlewareHandler } from 'hono';
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { BlankEnv, Env } from 'hono/types';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError, badRequest } from './errors.ts';
import { ErrorBody } from './schemas.ts';

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

/**
 * The one validation hook: a request that fails its declared schema is 400 REQVAL0001 with the
 * field's own message (SPEC §3), never zod's issue list.
 */
const validationHook = (result: {
  success: boolean;
  target: string;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}): void => {
  if (result.success) return;
  const issue = result.error?.issues[0];
  const message =
    issue === undefined || issue.path.length === 0
      ? `The request ${result.target === 'json' ? 'body must be a JSON object' : `${result.target} is malformed`}.`
      : issue.message;
  throw badRequest(message);
};

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

/**
 * Caps the body at MAX_BODY_BYTES (413 REQVAL0001) and reads it as JSON whatever its
 * Content-Type: clients of the registry send JSON as text/plain or with no type at all, and
 * were always answered.
 */
export function jsonBody(): MiddlewareHandler[] {
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new ApiError(413, 'REQVAL0001', `The request body is over ${MAX_BODY_BYTES} bytes.`);
    },
  });
  const asJson: MiddlewareHandler = async (c, next) => {
    const type = c.req.header('Content-Type') ?? '';
    if (!/^application\/([a-z0-9.+-]+\+)?json\b/i.test(type)) {
      const headers = new Headers(c.req.raw.headers);
      headers.set('Content-Type', 'application/json');
      const text = await c.req.raw.text();
      c.req.raw = new Request(c.req.raw.url, {
        method: c.req.raw.method,
        headers,
        body: text,
      });
    }
    await next();
  };
  return [limit, asJson];
}

/**
 * Rejects what a browser sends on behalf of another site (403 REQVAL0001): a `Sec-Fetch-Site`
 * other than same-origin (or none, a typed URL), or an `Origin` other than the request's own.
 * A text/plain POST needs no preflight, so without this any page could drive the endpoint.
 * Requests with neither header (curl, servers) pass; other guards decide for them.
 */
export function sameOriginOnly(message: string): MiddlewareHandler {
  return async (c, next) => {
    const site = c.req.header('Sec-Fetch-Site');
    const origin = c.req.header('Origin');
    if (
      (site !== undefined && site !== 'same-origin' && site !== 'none') ||
      (origin !== undefined && origin !== new URL(c.req.url).origin)
    ) {
      throw new ApiError(403, 'REQVAL0001', message);
    }
    await next();
  };
}

/** The documented error answer for a status: the error body as JSON. */
export function errorResponse(description: string) {
  return { description, content: { 'application/json': { schema: ErrorBody } } };
}

/** The documented 429 (with its Retry-After) and 503 that the guarded endpoints may give. */
export function limitedResponses(description429: string) {
  return {
    429: {
      ...errorResponse(`USRAUT0016: ${description429}; \`Retry-After\` says how long to wait.`),
      headers: { 'Retry-After': { schema: { type: 'integer' as const } } },
    },
    503: errorResponse('SERVER0503: the registry is down (simulated faults).'),
  };
}

/** A router whose routes are declared with their schemas, validated by the one hook. */
export function router<E extends Env = BlankEnv>(): OpenAPIHono<E> {
  return new OpenAPIHono<E>({ defaultHook: validationHook });
}

/** A documented CORS preflight at `path`: `answer` sets the headers this path gives; 204. */
export function preflight<E extends Env>(
  app: OpenAPIHono<E>,
  path: string,
  summary: string,
  answer: (c: Context) => void = () => undefined,
): void {
  app.openapi(
    createRoute({ method: 'options', path, summary, responses: { 204: { description: summary } } }),
    (c) => {
      answer(c as unknown as Context);
      return c.body(null, 204);
    },
  );
}
