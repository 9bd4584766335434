/** The registry API a verifier calls with its key (SPEC §3): generateOTP, confirmOTP, status. */
import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.ts';
import { errorResponse, jsonBody, limitedResponses, preflight, router } from '../http.ts';
import type { Requester } from '../otp.ts';
import type { Registry } from '../registry.ts';
import {
  BearerResponse,
  ConfirmOtpRequest,
  GenerateOtpRequest,
  StatusQuery,
  StatusResponse,
  TxnResponse,
} from '../schemas.ts';
import type { Verifier } from '../verifiers.ts';

type Env = { Variables: { verifier: Verifier; requester: Requester; bearer: string } };

const BEARER_PATTERN = /^Bearer ([A-Za-z0-9_-]{20,100})$/;
const CORS_ALLOW_HEADERS = 'X-Api-Key, Authorization, Content-Type';
const CORS_EXPOSE_HEADERS = 'Retry-After, Date';
const KEYED = [{ ApiKey: [] }];

/** The answers every keyed operation may give besides its own. */
const KEYED_ERRORS = {
  401: errorResponse('APIKEY0001: missing or unknown key; AUTH0001: bad bearer (status).'),
  403: errorResponse('APIKEY0002: the Origin is not registered for this key; not processed.'),
  ...limitedResponses('rate limited'),
};

/** The requester of a verifier: bound to its current key, so a new key voids old bearers. */
function verifierRequester(verifier: Verifier): Requester {
  return { id: `key:${verifier.keyHash}`, name: verifier.name };
}

/**
 * CORS, key, origin and rate limit (SPEC §3): a keyed request whose Origin is not registered
 * for the key's verifier is rejected with 403 APIKEY0002 before anything is counted or sent.
 */
function keyed(registry: Registry): MiddlewareHandler<Env> {
  return async (c, next) => {
    c.header('Vary', 'Origin');
    c.header('Cache-Control', 'no-store');
    const origin = c.req.header('Origin');
    const apiKey = c.req.header('X-Api-Key');
    const verifier = apiKey ? registry.verifiers.byApiKey(apiKey) : null;
    // With a known key, only that verifier's origins; with none, any registered origin may read
    // the 401, so a misconfigured verifier page can say why it fails.
    const corsAllowed =
      origin !== undefined &&
      (verifier !== null
        ? registry.verifiers.allowsOrigin(verifier, origin)
        : registry.verifiers.isRegisteredOrigin(origin));
    if (corsAllowed) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Expose-Headers', CORS_EXPOSE_HEADERS);
    }
    await registry.faults.apply();
    if (verifier === null) {
      throw new ApiError(401, 'APIKEY0001', 'Missing or unknown X-Api-Key.');
    }
    if (origin !== undefined && !corsAllowed) {
      throw new ApiError(403, 'APIKEY0002', 'This Origin is not registered for this API key.');
    }
    registry.rateLimiter.hit(verifier.keyHash);
    c.set('verifier', verifier);
    c.set('requester', verifierRequester(verifier));
    await next();
  };
}

const requireBearer: MiddlewareHandler<Env> = async (c, next) => {
  const match = BEARER_PATTERN.exec(c.req.header('Authorization') ?? '');
  if (match === null) {
    throw new ApiError(401, 'AUTH0001', 'Missing or malformed Authorization: Bearer token.');
  }
  c.set('bearer', match[1]!);
  await next();
};

/** The keyed /v3 routes; app.ts mounts them under /v3 and /api/v3 (CoWIN's base URL). */
export function v3Routes(registry: Registry): OpenAPIHono<Env> {
  const v3 = router<Env>();
  const guard = keyed(registry);

  // A preflight carries no key: it is answered for any origin some verifier registered.
  for (const path of [
    '/vaccination/generateOTP',
    '/vaccination/confirmOTP',
    '/vaccination/status',
  ]) {
    preflight(v3, path, 'CORS preflight (no key): answered for any registered origin', (c) => {
      const origin = c.req.header('Origin');
      c.header('Vary', 'Origin');
      if (origin !== undefined && registry.verifiers.isRegisteredOrigin(origin)) {
        c.header('Access-Control-Allow-Origin', origin);
        c.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        c.header('Access-Control-Allow-Headers', CORS_ALLOW_HEADERS);
        c.header('Access-Control-Max-Age', '600');
      }
    });
  }

  v3.openapi(
    createRoute({
      method: 'post',
      path: '/vaccination/generateOTP',
      summary: 'Send an OTP to the person’s mobile',
      description:
        'Answers the same whether or not the mobile is registered and the name matches; the ' +
        'SMS goes out only on a match. One OTP per mobile and key per resend gap.',
      security: KEYED,
      middleware: [guard, ...jsonBody()] as const,
      request: {
        body: { required: true, content: { 'application/json': { schema: GenerateOtpRequest } } },
      },
      responses: {
        200: {
          description: 'A transaction started.',
          content: { 'application/json': { schema: TxnResponse } },
        },
        400: errorResponse('REQVAL0001: bad body.'),
        413: errorResponse('REQVAL0001: body too large.'),
        ...KEYED_ERRORS,
      },
    }),
    (c) => {
      const body = c.req.valid('json');
      const { txnId } = registry.otp.startTransaction({
        mobile: body.mobile_number,
        fullName: body.full_name,
        requester: c.get('requester'),
      });
      return c.json({ txnId }, 200);
    },
  );

  v3.openapi(
    createRoute({
      method: 'post',
      path: '/vaccination/confirmOTP',
      summary: 'Confirm the OTP; get a bearer token',
      security: KEYED,
      middleware: [guard, ...jsonBody()] as const,
      request: {
        body: { required: true, content: { 'application/json': { schema: ConfirmOtpRequest } } },
      },
      responses: {
        200: {
          description: 'Confirmed.',
          content: { 'application/json': { schema: BearerResponse } },
        },
        400: errorResponse(
          'USRAUT0014 wrong OTP (triesLeft); USRAUT0015 transaction unknown, expired or used; ' +
            'REQVAL0001 bad body.',
        ),
        413: errorResponse('REQVAL0001: body too large.'),
        ...KEYED_ERRORS,
      },
    }),
    (c) => {
      const { otp, txnId } = c.req.valid('json');
      const requester = c.get('requester');
      const beneficiary = registry.otp.confirmOtp({ txnId, otpHash: otp, requester });
      const { token } = registry.otp.issueBearer(beneficiary, requester);
      return c.json({ token }, 200);
    },
  );

  v3.openapi(
    createRoute({
      method: 'get',
      path: '/vaccination/status',
      summary: 'The signed vaccination status (a desk token, 15 minutes, aud = verifier)',
      security: [{ ApiKey: [], Bearer: [] }],
      middleware: [guard, requireBearer] as const,
      request: { query: StatusQuery },
      responses: {
        200: {
          description: 'The status.',
          content: { 'application/json': { schema: StatusResponse } },
        },
        400: errorResponse('REQVAL0001: bad nonce.'),
        ...KEYED_ERRORS,
      },
    }),
    async (c) => {
      const { nonce } = c.req.valid('query');
      const beneficiary = registry.otp.resolveBearer(c.get('bearer'), c.get('requester'));
      const signed = await registry.signDeskToken(beneficiary, c.get('verifier').id, nonce);
      return c.json({ vaccination_status: beneficiary.status, signed_status: signed }, 200);
    },
  );

  return v3;
}
