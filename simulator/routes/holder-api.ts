/**
 * The holder page's keyless endpoints (SPEC §3). No key, so other brakes: only the registry's
 * own page (same-origin, and a single-use token from a page it served), a limit per client
 * address (an IPv6 /64), and for an embedded page the verifier's own per-key budget.
 */
import { createRoute } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { PAGE_TOKEN_HEADER } from '../../src/protocol/registry-api.ts';
import { ApiError, badRequest } from '../errors.ts';
import {
  errorResponse,
  jsonBody,
  limitedResponses,
  preflight,
  router,
  sameOriginOnly,
} from '../http.ts';
import { RATE_WINDOW_MS, RateLimiter } from '../limits.ts';
import type { Requester } from '../otp.ts';
import { addressGroup, peerAddress } from '../peer.ts';
import type { Registry } from '../registry.ts';
import {
  HolderConfirmOtpRequest,
  HolderGenerateOtpRequest,
  StatusResponse,
  TxnResponse,
} from '../schemas.ts';
import { PAGE_SUBPATH, findVerifier } from './holder-verifier.ts';
import type { EmbeddingVerifier } from './holder-verifier.ts';

type Env = { Variables: { clientId: string | null; group: string } };

/** The requester of the standalone page: the SMS names the registry's own page. */
const STANDALONE_NAME = 'the CoWIN "Know your status" page';

const ERRORS = {
  403: errorResponse('REQVAL0001: another site, or no valid page token (reload the page).'),
  413: errorResponse('REQVAL0001: body too large.'),
  ...limitedResponses('too many requests from this address, or for this verifier'),
};
const TOKEN_HEADER = {
  [PAGE_TOKEN_HEADER]: {
    description: 'The next single-use page token.',
    schema: { type: 'string' as const },
  },
};

/** The holder endpoints, relative to a /v3 base. */
export function holderApiRoutes(registry: Registry, ipLimit: number): OpenAPIHono<Env> {
  const holder = router<Env>();
  const limiter = new RateLimiter(ipLimit, registry.now);
  let lastSweep = registry.now();

  /** Own page only, with a token it was served; counted per address; the next token answered. */
  const guard: MiddlewareHandler<Env> = async (c, next) => {
    c.header('Cache-Control', 'no-store');
    const binding = registry.pageTokens.consume(c.req.header(PAGE_TOKEN_HEADER));
    if (binding === undefined) {
      throw new ApiError(403, 'REQVAL0001', 'This page has expired; reload it and try again.');
    }
    c.header(PAGE_TOKEN_HEADER, registry.pageTokens.issue(binding.clientId));
    const group = addressGroup(peerAddress(c));
    const now = registry.now();
    if (now - lastSweep > RATE_WINDOW_MS) {
      limiter.sweep();
      lastSweep = now;
    }
    try {
      limiter.hit(`ip:${group}`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      throw new ApiError(
        429,
        'USRAUT0016',
        'Too many requests from this address; try again later.',
        error.extra,
      );
    }
    await registry.faults.apply();
    c.set('clientId', binding.clientId);
    c.set('group', group);
    await next();
  };
  const ownPage = sameOriginOnly("Only the registry's own page may call this endpoint.");

  /** The verifier a request names; it must be the one its page was served for. */
  function verifierFor(
    clientId: string | undefined,
    bound: string | null,
  ): EmbeddingVerifier | null {
    const notServed = 'This page was not served for that client_id.';
    if (clientId === undefined) {
      if (bound === null) return null;
      throw new ApiError(403, 'REQVAL0001', notServed);
    }
    const verifier = findVerifier(registry, clientId);
    if (verifier === null) throw badRequest('client_id is not a registered verifier.');
    if (clientId !== bound) {
      throw new ApiError(403, 'REQVAL0001', notServed);
    }
    // An embedded flow is the verifier's: it spends the verifier's own per-key budget.
    registry.rateLimiter.hit(verifier.keyHash);
    return verifier;
  }

  /** The transaction binds to the page (and verifier); the resend gap counts per address. */
  function requesterFor(verifier: EmbeddingVerifier | null, group: string): Requester {
    const id = verifier === null ? 'holder-page' : `holder-page:${verifier.id}`;
    return {
      id,
      name: verifier === null ? STANDALONE_NAME : verifier.name,
      ...(verifier === null ? { ownPage: true } : {}),
      chargeTo: `${id}@${group}`,
    };
  }

  // No CORS for the keyless endpoints: a preflight is answered without any.
  for (const path of [`${PAGE_SUBPATH}/generateOTP`, `${PAGE_SUBPATH}/confirmOTP`]) {
    preflight(holder, path, 'Preflight: answered without CORS headers (the page is same-origin)');
  }

  holder.openapi(
    createRoute({
      method: 'post',
      path: `${PAGE_SUBPATH}/generateOTP`,
      summary: 'The holder page: send an OTP (no key; page token; limited per address)',
      security: [{ PageToken: [] }],
      middleware: [ownPage, guard, ...jsonBody()] as const,
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: HolderGenerateOtpRequest } },
        },
      },
      responses: {
        200: {
          description: 'A transaction started.',
          headers: TOKEN_HEADER,
          content: { 'application/json': { schema: TxnResponse } },
        },
        400: errorResponse('REQVAL0001: bad body or unknown client_id.'),
        ...ERRORS,
      },
    }),
    (c) => {
      const body = c.req.valid('json');
      const verifier = verifierFor(body.client_id, c.get('clientId'));
      const { txnId } = registry.otp.startTransaction({
        mobile: body.mobile_number,
        fullName: body.full_name,
        requester: requesterFor(verifier, c.get('group')),
        ...(body.language !== undefined ? { language: body.language } : {}),
      });
      return c.json({ txnId }, 200);
    },
  );

  holder.openapi(
    createRoute({
      method: 'post',
      path: `${PAGE_SUBPATH}/confirmOTP`,
      summary: 'The holder page: confirm the OTP; get the signed status',
      description:
        'Standalone: a holder token (no aud, 7 days). With client_id: aud = client_id, 15 ' +
        'minutes, and the nonce if sent.',
      security: [{ PageToken: [] }],
      middleware: [ownPage, guard, ...jsonBody()] as const,
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: HolderConfirmOtpRequest } },
        },
      },
      responses: {
        200: {
          description: 'The status.',
          headers: TOKEN_HEADER,
          content: { 'application/json': { schema: StatusResponse } },
        },
        400: errorResponse(
          'USRAUT0014 wrong OTP; USRAUT0015 unknown, expired or used; REQVAL0001.',
        ),
        ...ERRORS,
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const verifier = verifierFor(body.client_id, c.get('clientId'));
      if (verifier === null && body.nonce !== undefined) {
        throw badRequest('nonce is only for a token bound to a verifier (client_id).');
      }
      const beneficiary = registry.otp.confirmOtp({
        txnId: body.txnId,
        otpHash: body.otp,
        requester: requesterFor(verifier, c.get('group')),
      });
      const signed =
        verifier === null
          ? await registry.signHolderToken(beneficiary)
          : await registry.signDeskToken(beneficiary, verifier.id, body.nonce);
      return c.json({ vaccination_status: beneficiary.status, signed_status: signed }, 200);
    },
  );

  return holder;
}
