/**
 * Simulator-only /dev endpoints (SPEC §3): SMS outbox, persons, verifiers, keys, faults and test
 * credentials of the other formats (SPEC §9).
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { canonicalVaccine, statusFromDoses } from '../beneficiaries.ts';
import type { Dose } from '../beneficiaries.ts';
import { ApiError, badRequest } from '../errors.ts';
import { CredentialRequestError } from '../issuers/index.ts';
import { RevocationError } from '../issuers/publisher.ts';
import { errorResponse, jsonBody, router, sameOriginOnly } from '../http.ts';
import { loopbackOnly } from '../peer.ts';
import type { Registry } from '../registry.ts';
import {
  CredentialRequestBody,
  CredentialResponse,
  Faults,
  FaultsResponse,
  PersonRequest,
  PersonResponse,
  RevocationRequest,
  RevocationResponse,
  RotateResponse,
  Sms,
  SmsQuery,
  VerifierRequest,
  VerifierResponse,
} from '../schemas.ts';
import { normaliseOrigin } from '../verifiers.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T[0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const COWIN_DATE = /^(\d{2})-(\d{2})-(\d{4})$/;

/** A dose date as YYYY-MM-DD, from YYYY-MM-DD (time allowed) or CoWIN's DD-MM-YYYY; else null. */
function parseDoseDate(value: string): string | null {
  const iso = ISO_DATE.exec(value);
  const cowin = COWIN_DATE.exec(value);
  const [year, month, day] = iso
    ? [iso[1]!, iso[2]!, iso[3]!]
    : cowin
      ? [cowin[3]!, cowin[2]!, cowin[1]!]
      : [];
  if (year === undefined) return null;
  const text = `${year}-${month}-${day}`;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text
    ? text
    : null;
}

function readDoses(doses: { vaccine: string; date?: string | undefined }[]): Dose[] {
  return doses.map(({ vaccine, date }) => {
    const canonical = canonicalVaccine(vaccine);
    if (canonical === null) {
      throw badRequest(
        'doses[].vaccine must be one of Covishield, Covaxin, Sputnik V, Sputnik Light, ZyCoV-D, ' +
          'Corbevax, Covovax, Spikevax, Janssen.',
      );
    }
    if (date === undefined) return { vaccine: canonical };
    const isoDate = parseDoseDate(date);
    if (isoDate === null) {
      throw badRequest(
        'doses[].date must be a date: YYYY-MM-DD (or DD-MM-YYYY as CoWIN writes it).',
      );
    }
    return { vaccine: canonical, date: isoDate };
  });
}

const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });
const REJECTED = errorResponse('REQVAL0001: not a loopback client, or a page on another site.');

/** The /dev routes: a loopback TCP peer only, and never a page on another site. */
export function devRoutes(registry: Registry): OpenAPIHono {
  const dev = router();
  dev.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  dev.use('*', loopbackOnly());
  dev.use('*', sameOriginOnly('The /dev endpoints do not answer pages on other sites.'));

  dev.openapi(
    createRoute({
      method: 'get',
      path: '/sms',
      summary: 'Simulator: the SMS outbox of a mobile, newest first',
      request: { query: SmsQuery },
      responses: {
        200: { description: 'The outbox.', content: json(z.array(Sms)) },
        400: errorResponse('REQVAL0001: bad mobile number.'),
        403: REJECTED,
      },
    }),
    (c) => c.json(registry.outbox.list(c.req.valid('query').mobile_number), 200),
  );

  dev.openapi(
    createRoute({
      method: 'post',
      path: '/persons',
      summary: 'Simulator: add a beneficiary',
      middleware: jsonBody(),
      request: { body: { required: true, content: json(PersonRequest) } },
      responses: {
        201: { description: 'Added.', content: json(PersonResponse) },
        400: errorResponse('REQVAL0001: bad body or unknown vaccine.'),
        403: REJECTED,
        413: errorResponse('REQVAL0001: body too large.'),
      },
    }),
    (c) => {
      const body = c.req.valid('json');
      const thisYear = new Date(registry.now()).getUTCFullYear();
      // CoWIN writes birth_year as a string; a number is taken too.
      const birthYear = body.birth_year === undefined ? undefined : Number(body.birth_year);
      if (birthYear !== undefined && (birthYear < 1900 || birthYear > thisYear)) {
        throw badRequest(`birth_year must be a year from 1900 to ${thisYear}.`);
      }
      const doses = readDoses(body.doses ?? []);
      const added = registry.beneficiaries.add({
        mobile: body.mobile_number,
        fullName: body.full_name,
        ...(birthYear === undefined ? {} : { birthYear }),
        doses,
      });
      return c.json(
        {
          mobile_number: added.mobile,
          full_name: added.fullName,
          vaccination_status: statusFromDoses(doses),
        },
        201,
      );
    },
  );

  dev.openapi(
    createRoute({
      method: 'post',
      path: '/verifiers',
      summary: 'Simulator: register (or replace) a verifier; returns its API key',
      middleware: jsonBody(),
      request: { body: { required: true, content: json(VerifierRequest) } },
      responses: {
        201: { description: 'Registered.', content: json(VerifierResponse) },
        400: errorResponse('REQVAL0001: bad body, or an origin that is not https: (SPEC §3).'),
        403: REJECTED,
        413: errorResponse('REQVAL0001: body too large.'),
      },
    }),
    (c) => {
      const body = c.req.valid('json');
      const origins = (body.origins ?? []).map((origin) => {
        const normal = normaliseOrigin(origin);
        if (normal === null) {
          throw badRequest(
            'origins must be origins such as "https://example.org"; http: only on localhost ' +
              'and 127.0.0.1.',
          );
        }
        return normal;
      });
      const apiKey = registry.verifiers.register({
        id: body.verifier_id,
        name: body.name,
        origins,
      });
      return c.json({ verifier_id: body.verifier_id, api_key: apiKey }, 201);
    },
  );

  dev.openapi(
    createRoute({
      method: 'post',
      path: '/keys/rotate',
      summary: 'Simulator: a new key signs from now on; old keys stay in the JWKS',
      responses: { 200: { description: 'Rotated.', content: json(RotateResponse) }, 403: REJECTED },
    }),
    async (c) => {
      const kid = await registry.keys.rotate(new Date(registry.now()));
      return c.json({ kid, keys: registry.keys.publicKeys().map((key) => key.kid) }, 200);
    },
  );

  dev.openapi(
    createRoute({
      method: 'get',
      path: '/faults',
      summary: 'Simulator: the faults in force on /v3',
      responses: {
        200: { description: 'The faults in force.', content: json(FaultsResponse) },
        403: REJECTED,
      },
    }),
    (c) => c.json(registry.faults.current, 200),
  );

  dev.openapi(
    createRoute({
      method: 'post',
      path: '/faults',
      summary: 'Simulator: latency, failure rate or outage for /v3; {} clears',
      middleware: jsonBody(),
      request: { body: { required: true, content: json(Faults) } },
      responses: {
        200: { description: 'The faults in force.', content: json(FaultsResponse) },
        400: errorResponse('REQVAL0001: bad body.'),
        403: REJECTED,
        413: errorResponse('REQVAL0001: body too large.'),
      },
    }),
    (c) => {
      registry.faults.set(c.req.valid('json'));
      return c.json(registry.faults.current, 200);
    },
  );

  dev.openapi(
    createRoute({
      method: 'post',
      path: '/credentials',
      summary: 'Simulator: a CoWIN certificate, EU DCC or SMART Health Card for a person',
      description:
        'Signed by the simulator’s own key for the format (SPEC §9); the trust list at ' +
        '/.well-known/kycvs-trust-list.json verifies it. A CoWIN certificate comes as base64 ' +
        'of the ZIP its QR holds (`qr_bytes`), the others as the QR text (`qr_text`).',
      middleware: jsonBody(),
      request: { body: { required: true, content: json(CredentialRequestBody) } },
      responses: {
        201: { description: 'Issued.', content: json(CredentialResponse) },
        400: errorResponse('REQVAL0001: bad body.'),
        403: REJECTED,
        413: errorResponse('REQVAL0001: body too large.'),
      },
    }),
    async (c) => {
      try {
        const issued = await registry.credentials.issueCredential(c.req.valid('json'), {
          now: new Date(registry.now()),
        });
        return c.json(issued, 201);
      } catch (error) {
        if (error instanceof CredentialRequestError) throw badRequest(`${error.message}.`);
        throw error;
      }
    },
  );

  dev.openapi(
    createRoute({
      method: 'post',
      path: '/revocations',
      summary:
        'Simulator: revoke a code by its SPEC §9 id; the trust list is signed again, seq + 1',
      description:
        'CoWIN: the certificateId; EU DCC: the UCI (`ci`); SMART Health Card: the SHA-256 hex ' +
        'of its JWS, for a card this simulator issued (SPEC §10).',
      middleware: jsonBody(),
      request: { body: { required: true, content: json(RevocationRequest) } },
      responses: {
        200: { description: 'Revoked; the new seq.', content: json(RevocationResponse) },
        400: errorResponse('REQVAL0001: bad body.'),
        403: REJECTED,
        404: errorResponse('REQVAL0001: no SMART Health Card with this id was issued here.'),
        413: errorResponse('REQVAL0001: body too large.'),
      },
    }),
    (c) => {
      const { format, id } = c.req.valid('json');
      try {
        return c.json({ seq: registry.trustLists.revoke(format, id) }, 200);
      } catch (error) {
        if (error instanceof RevocationError) {
          throw new ApiError(error.status, 'REQVAL0001', `${error.message}.`);
        }
        throw error;
      }
    },
  );

  return dev;
}
