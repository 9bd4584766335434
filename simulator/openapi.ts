/**
 * The registry API as an OpenAPI 3.1 document (SPEC §3, the holder page and /dev), served at
 * /openapi.json, and a plain docs page at /docs rendered from it (no script, no CDN).
 * test/simulator/openapi.test.ts holds the simulator's real answers to these schemas.
 */
import { Hono } from 'hono';
import { HOLDER_API, HOLDER_PAGE_PATH } from '../src/holder/config.ts';
import type { Registry } from './registry.ts';

/** A JSON Schema, as far as this document uses it. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  examples?: unknown[];
}

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });

const MOBILE: Schema = {
  type: 'string',
  pattern: '^[0-9]{10}$',
  description: 'Exactly 10 digits.',
};
const FULL_NAME: Schema = {
  type: 'string',
  minLength: 1,
  maxLength: 200,
  description: 'As registered; case, repeated spaces and dots are ignored when matching.',
};
const TXN_ID: Schema = {
  type: 'string',
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
  description: 'The transaction id generateOTP returned.',
};
const OTP_HASH: Schema = {
  type: 'string',
  pattern: '^[0-9a-f]{64}$',
  description: 'The lowercase hex SHA-256 of the 6-digit OTP (the OTP itself never travels).',
};
const NONCE: Schema = { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' };
const VERIFIER_ID: Schema = { type: 'string', pattern: '^[A-Za-z0-9._-]{1,64}$' };
const COMPACT_JWS: Schema = {
  type: 'string',
  pattern: '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$',
  maxLength: 4096,
  description: 'A status token: compact JWS, ES256, typ kycvs+jwt (SPEC §4).',
};
const STATUS: Schema = {
  type: 'integer',
  enum: [0, 1, 2],
  description: '0 not vaccinated, 1 partially vaccinated, 2 fully vaccinated.',
};

const SCHEMAS: Record<string, Schema> = {
  Error: {
    type: 'object',
    description: 'Every error: an HTTP status and this body. Never a stack trace.',
    required: ['errorCode', 'error'],
    additionalProperties: false,
    properties: {
      errorCode: {
        type: 'string',
        enum: [
          'USRAUT0014',
          'USRAUT0015',
          'USRAUT0016',
          'APIKEY0001',
          'REQVAL0001',
          'AUTH0001',
          'NOTFOUND0001',
          'SERVER0500',
          'SERVER0503',
        ],
        description:
          'USRAUT0014 wrong OTP; USRAUT0015 transaction unknown, expired or used; USRAUT0016 rate ' +
          'limited; APIKEY0001 missing or bad key; REQVAL0001 bad request; AUTH0001 bad bearer; ' +
          'NOTFOUND0001 no such resource; SERVER0500 internal error; SERVER0503 unavailable.',
      },
      error: { type: 'string', description: 'Human text, free of personal data.' },
      triesLeft: { type: 'integer', minimum: 0, description: 'With USRAUT0014.' },
      retryAfter: { type: 'integer', minimum: 1, description: 'With USRAUT0016: seconds.' },
    },
  },
  GenerateOtpRequest: {
    type: 'object',
    required: ['mobile_number', 'full_name'],
    properties: { mobile_number: MOBILE, full_name: FULL_NAME },
  },
  TxnResponse: {
    type: 'object',
    required: ['txnId'],
    additionalProperties: false,
    properties: { txnId: TXN_ID },
  },
  ConfirmOtpRequest: {
    type: 'object',
    required: ['otp', 'txnId'],
    properties: { otp: OTP_HASH, txnId: TXN_ID },
  },
  BearerResponse: {
    type: 'object',
    required: ['token'],
    additionalProperties: false,
    properties: {
      token: {
        type: 'string',
        pattern: '^[A-Za-z0-9_-]{20,100}$',
        description: 'Lives 15 minutes; works only with the API key that created it.',
      },
    },
  },
  StatusResponse: {
    type: 'object',
    required: ['vaccination_status', 'signed_status'],
    additionalProperties: false,
    properties: { vaccination_status: STATUS, signed_status: COMPACT_JWS },
  },
  Jwks: {
    type: 'object',
    required: ['keys'],
    additionalProperties: false,
    properties: {
      keys: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['kty', 'crv', 'x', 'y', 'kid', 'alg', 'use'],
          additionalProperties: false,
          properties: {
            kty: { type: 'string', enum: ['EC'] },
            crv: { type: 'string', enum: ['P-256'] },
            x: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$' },
            y: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$' },
            kid: {
              type: 'string',
              pattern: '^[A-Za-z0-9_-]{11}$',
              description: 'First 8 bytes of the RFC 7638 SHA-256 thumbprint, base64url.',
            },
            alg: { type: 'string', enum: ['ES256'] },
            use: { type: 'string', enum: ['sig'] },
          },
        },
      },
    },
  },
  KycvsConfiguration: {
    type: 'object',
    required: ['issuer', 'jwks_uri', 'api_base'],
    additionalProperties: false,
    properties: {
      issuer: { type: 'string', description: 'The iss of every token.' },
      jwks_uri: { type: 'string' },
      api_base: { type: 'string' },
    },
  },
  HolderGenerateOtpRequest: {
    type: 'object',
    required: ['mobile_number', 'full_name'],
    properties: {
      mobile_number: MOBILE,
      full_name: FULL_NAME,
      client_id: { ...VERIFIER_ID, description: 'Embedded mode: the verifier that asks.' },
    },
  },
  HolderConfirmOtpRequest: {
    type: 'object',
    required: ['otp', 'txnId'],
    properties: {
      otp: OTP_HASH,
      txnId: TXN_ID,
      client_id: { ...VERIFIER_ID, description: 'Embedded mode: the token gets aud = this id.' },
      nonce: { ...NONCE, description: 'Embedded mode only: carried into the token.' },
    },
  },
  Sms: {
    type: 'object',
    required: ['to', 'text', 'sentAt'],
    additionalProperties: false,
    properties: {
      to: MOBILE,
      text: { type: 'string', description: 'Names the verifier; holds the OTP.' },
      sentAt: { type: 'string', format: 'date-time' },
    },
  },
  PersonRequest: {
    type: 'object',
    required: ['mobile_number', 'full_name'],
    properties: {
      mobile_number: MOBILE,
      full_name: FULL_NAME,
      birth_year: { type: 'integer', minimum: 1900 },
      doses: {
        type: 'array',
        maxItems: 10,
        items: {
          type: 'object',
          required: ['vaccine', 'date'],
          properties: {
            vaccine: {
              type: 'string',
              enum: [
                'Covishield',
                'Covaxin',
                'Sputnik V',
                'Sputnik Light',
                'ZyCoV-D',
                'Corbevax',
                'Covovax',
                'Spikevax',
                'Janssen',
              ],
            },
            date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
          },
        },
      },
    },
  },
  PersonResponse: {
    type: 'object',
    required: ['mobile_number', 'full_name', 'vaccination_status'],
    additionalProperties: false,
    properties: { mobile_number: MOBILE, full_name: FULL_NAME, vaccination_status: STATUS },
  },
  VerifierRequest: {
    type: 'object',
    required: ['verifier_id', 'name'],
    properties: {
      verifier_id: VERIFIER_ID,
      name: { type: 'string', minLength: 1, maxLength: 100 },
      origins: {
        type: 'array',
        maxItems: 20,
        items: { type: 'string', description: 'An origin such as https://example.org.' },
      },
    },
  },
  VerifierResponse: {
    type: 'object',
    required: ['verifier_id', 'api_key'],
    additionalProperties: false,
    properties: {
      verifier_id: VERIFIER_ID,
      api_key: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$', description: 'Shown once.' },
    },
  },
  RotateResponse: {
    type: 'object',
    required: ['kid', 'keys'],
    additionalProperties: false,
    properties: {
      kid: { type: 'string', pattern: '^[A-Za-z0-9_-]{11}$', description: 'The new signing key.' },
      keys: { type: 'array', items: { type: 'string' }, description: 'Every kid in the JWKS.' },
    },
  },
  Faults: {
    type: 'object',
    additionalProperties: false,
    properties: {
      latencyMs: { type: 'integer', minimum: 0, maximum: 60000 },
      failRate: { type: 'number', minimum: 0, maximum: 1 },
      down: { type: 'boolean' },
    },
  },
};

const json = (schema: Schema) => ({ 'application/json': { schema } });
const html = { 'text/html': { schema: { type: 'string' } } };
const error = (description: string) => ({ description, content: json(ref('Error')) });
const RATE_LIMITED = {
  description: 'USRAUT0016: rate limited; `Retry-After` says how long to wait.',
  headers: { 'Retry-After': { schema: { type: 'integer' } } },
  content: json(ref('Error')),
};
const UNAVAILABLE = error('SERVER0503: the registry is down (simulated faults).');

/** The OpenAPI 3.1 document, with `serverUrl` as its server. */
export function openApiDocument(serverUrl: string): Record<string, unknown> {
  const keyed = [{ ApiKey: [] }];
  return {
    openapi: '3.1.0',
    info: {
      title: 'KYC-VS registry (simulator)',
      version: '0.1.0',
      description:
        'Know Your Customer’s Vaccination Status: a verifier asks; the person consents with an ' +
        'OTP; the registry answers with a signed status (0 not, 1 partially, 2 fully ' +
        'vaccinated). Check every status token with verifyStatusToken against /.well-known/jwks.json.',
    },
    servers: [{ url: serverUrl }],
    components: {
      schemas: SCHEMAS,
      securitySchemes: {
        ApiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
        Bearer: { type: 'http', scheme: 'bearer', description: 'The token confirmOTP returned.' },
      },
    },
    paths: {
      '/v3/vaccination/generateOTP': {
        post: {
          summary: 'Send an OTP to the person’s mobile',
          description:
            'Answers the same whether or not the mobile is registered and the name matches; the ' +
            'SMS goes out only on a match. One OTP per mobile per resend gap, 10 an hour.',
          security: keyed,
          requestBody: { required: true, content: json(ref('GenerateOtpRequest')) },
          responses: {
            '200': { description: 'A transaction started.', content: json(ref('TxnResponse')) },
            '400': error('REQVAL0001: bad body.'),
            '401': error('APIKEY0001: missing or unknown key.'),
            '429': RATE_LIMITED,
            '503': UNAVAILABLE,
          },
        },
      },
      '/v3/vaccination/confirmOTP': {
        post: {
          summary: 'Confirm the OTP; get a bearer token',
          security: keyed,
          requestBody: { required: true, content: json(ref('ConfirmOtpRequest')) },
          responses: {
            '200': { description: 'Confirmed.', content: json(ref('BearerResponse')) },
            '400': error(
              'USRAUT0014 wrong OTP (triesLeft); USRAUT0015 transaction unknown, expired or used; ' +
                'REQVAL0001 bad body.',
            ),
            '401': error('APIKEY0001: missing or unknown key.'),
            '429': RATE_LIMITED,
            '503': UNAVAILABLE,
          },
        },
      },
      '/v3/vaccination/status': {
        get: {
          summary: 'The signed vaccination status (a desk token, 15 minutes, aud = verifier)',
          security: [{ ApiKey: [], Bearer: [] }],
          parameters: [
            {
              name: 'nonce',
              in: 'query',
              required: false,
              schema: NONCE,
              description: 'Carried into the token, against replay.',
            },
          ],
          responses: {
            '200': { description: 'The status.', content: json(ref('StatusResponse')) },
            '400': error('REQVAL0001: bad nonce.'),
            '401': error('APIKEY0001 bad key; AUTH0001 bad, expired or foreign bearer.'),
            '429': RATE_LIMITED,
            '503': UNAVAILABLE,
          },
        },
      },
      '/.well-known/jwks.json': {
        get: {
          summary: 'The registry’s public keys (every key not retired)',
          description: 'CORS *, ETag / If-None-Match, max-age 300.',
          responses: {
            '200': { description: 'The JWKS.', content: json(ref('Jwks')) },
            '304': { description: 'Not modified.' },
          },
        },
      },
      '/.well-known/kycvs-configuration': {
        get: {
          summary: 'The issuer string and where the keys are',
          responses: {
            '200': { description: 'Discovery.', content: json(ref('KycvsConfiguration')) },
          },
        },
      },
      [HOLDER_PAGE_PATH]: {
        get: {
          summary: 'The holder page (HTML)',
          description:
            'Standalone: the person gets a holder token (no aud, 7 days) as a QR; the page is ' +
            "not framable (frame-ancestors 'none'). Embedded (client_id): the page names the " +
            'verifier and what is shared, then posts {type: "kycvs:status", token} to the ' +
            'embedding window at the verifier’s registered origin only; frame-ancestors lists ' +
            'those origins. Use src/embed’s requestVaccinationStatus to embed it.',
          parameters: [
            { name: 'client_id', in: 'query', required: false, schema: VERIFIER_ID },
            { name: 'nonce', in: 'query', required: false, schema: NONCE },
          ],
          responses: {
            '200': { description: 'The page.', content: html },
            '400': error('REQVAL0001: bad nonce.'),
            '403': { description: 'Refused: embedded by an unregistered origin.', content: html },
            '404': { description: 'Refused: unknown client_id.', content: html },
            '503': { description: 'The page is not built.', content: html },
          },
        },
      },
      [HOLDER_API.generateOtp]: {
        post: {
          summary: 'The holder page: send an OTP (no key; limited per client address)',
          requestBody: { required: true, content: json(ref('HolderGenerateOtpRequest')) },
          responses: {
            '200': { description: 'A transaction started.', content: json(ref('TxnResponse')) },
            '400': error('REQVAL0001: bad body or unknown client_id.'),
            '403': error('REQVAL0001: called from another site.'),
            '429': RATE_LIMITED,
            '503': UNAVAILABLE,
          },
        },
      },
      [HOLDER_API.confirmOtp]: {
        post: {
          summary: 'The holder page: confirm the OTP; get the signed status',
          description:
            'Standalone: a holder token (no aud, 7 days). With client_id: aud = client_id, 15 ' +
            'minutes, and the nonce if sent.',
          requestBody: { required: true, content: json(ref('HolderConfirmOtpRequest')) },
          responses: {
            '200': { description: 'The status.', content: json(ref('StatusResponse')) },
            '400': error('USRAUT0014 wrong OTP; USRAUT0015 unknown, expired or used; REQVAL0001.'),
            '403': error('REQVAL0001: called from another site.'),
            '429': RATE_LIMITED,
            '503': UNAVAILABLE,
          },
        },
      },
      '/dev/sms': {
        get: {
          summary: 'Simulator: the SMS outbox of a mobile, newest first',
          parameters: [{ name: 'mobile_number', in: 'query', required: true, schema: MOBILE }],
          responses: {
            '200': {
              description: 'The outbox.',
              content: json({ type: 'array', items: ref('Sms') }),
            },
            '400': error('REQVAL0001: bad mobile number.'),
          },
        },
      },
      '/dev/persons': {
        post: {
          summary: 'Simulator: add a beneficiary',
          requestBody: { required: true, content: json(ref('PersonRequest')) },
          responses: {
            '201': { description: 'Added.', content: json(ref('PersonResponse')) },
            '400': error('REQVAL0001: bad body or unknown vaccine.'),
          },
        },
      },
      '/dev/verifiers': {
        post: {
          summary: 'Simulator: register (or replace) a verifier; returns its API key',
          requestBody: { required: true, content: json(ref('VerifierRequest')) },
          responses: {
            '201': { description: 'Registered.', content: json(ref('VerifierResponse')) },
            '400': error('REQVAL0001: bad body.'),
          },
        },
      },
      '/dev/keys/rotate': {
        post: {
          summary: 'Simulator: a new key signs from now on; old keys stay in the JWKS',
          responses: {
            '200': { description: 'Rotated.', content: json(ref('RotateResponse')) },
          },
        },
      },
      '/dev/faults': {
        post: {
          summary: 'Simulator: latency, failure rate or outage for /v3; {} clears',
          requestBody: { required: true, content: json(ref('Faults')) },
          responses: {
            '200': { description: 'The faults in force.', content: json(ref('Faults')) },
            '400': error('REQVAL0001: bad body.'),
          },
        },
      },
      '/openapi.json': {
        get: {
          summary: 'This document',
          responses: { '200': { description: 'OpenAPI 3.1.', content: json({ type: 'object' }) } },
        },
      },
      '/docs': {
        get: {
          summary: 'This document as a page',
          responses: { '200': { description: 'HTML.', content: html } },
        },
      },
    },
  };
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function typeLabel(schema: Schema): string {
  if (schema.$ref !== undefined) {
    const name = schema.$ref.split('/').pop()!;
    return `<a href="#schema-${escapeHtml(name)}">${escapeHtml(name)}</a>`;
  }
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'any');
  const notes: string[] = [];
  if (schema.enum) notes.push(`one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  if (schema.pattern) notes.push(`pattern <code>${escapeHtml(schema.pattern)}</code>`);
  if (schema.minLength !== undefined || schema.maxLength !== undefined) {
    notes.push(`length ${schema.minLength ?? 0}..${schema.maxLength ?? '∞'}`);
  }
  if (schema.minimum !== undefined || schema.maximum !== undefined) {
    notes.push(`${schema.minimum ?? '-∞'}..${schema.maximum ?? '∞'}`);
  }
  if (schema.format) notes.push(schema.format);
  const label =
    type === 'array' && schema.items ? `array of ${typeLabel(schema.items)}` : escapeHtml(type);
  return notes.length > 0 ? `${label} (${notes.join('; ')})` : label;
}

function schemaHtml(schema: Schema): string {
  if (schema.properties === undefined) {
    const item =
      schema.type === 'array' && schema.items?.properties ? schemaHtml(schema.items) : '';
    return `<p>${typeLabel(schema)}</p>${item}`;
  }
  const required = new Set(schema.required ?? []);
  const rows = Object.entries(schema.properties)
    .map(
      ([name, property]) =>
        `<tr><td><code>${escapeHtml(name)}</code>${required.has(name) ? ' <strong>required</strong>' : ''}</td>` +
        `<td>${typeLabel(property)}</td><td>${escapeHtml(property.description ?? '')}</td></tr>`,
    )
    .join('');
  const closed = schema.additionalProperties === false ? '<p>No other fields.</p>' : '';
  return `<table><thead><tr><th>field</th><th>type</th><th>meaning</th></tr></thead><tbody>${rows}</tbody></table>${closed}`;
}

interface Operation {
  summary?: string;
  description?: string;
  security?: Record<string, unknown>[];
  parameters?: {
    name: string;
    in: string;
    required?: boolean;
    schema: Schema;
    description?: string;
  }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
}

/** Renders the document as one readable HTML page. */
export function renderDocs(document: Record<string, unknown>): string {
  const info = document.info as { title: string; description: string; version: string };
  const paths = document.paths as Record<string, Record<string, Operation>>;
  const schemas = (document.components as { schemas: Record<string, Schema> }).schemas;
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const id = `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, '-');
      const auth =
        operation.security?.map((s) => Object.keys(s).join(' + ')).join(' or ') ?? 'none';
      const params = operation.parameters?.length
        ? `<h4>Query</h4><table><tbody>${operation.parameters
            .map(
              (p) =>
                `<tr><td><code>${escapeHtml(p.name)}</code>${p.required ? ' <strong>required</strong>' : ''}</td>` +
                `<td>${typeLabel(p.schema)}</td><td>${escapeHtml(p.description ?? '')}</td></tr>`,
            )
            .join('')}</tbody></table>`
        : '';
      const body = operation.requestBody
        ? `<h4>Body</h4>${Object.values(operation.requestBody.content)
            .map((c) => schemaHtml(c.schema))
            .join('')}`
        : '';
      const responses = Object.entries(operation.responses)
        .map(([status, response]) => {
          const content = response.content ? Object.entries(response.content) : [];
          const shape = content
            .map(([type, c]) => `<code>${escapeHtml(type)}</code> ${typeLabel(c.schema)}`)
            .join(', ');
          return `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(response.description)} ${shape}</li>`;
        })
        .join('');
      return (
        `<section id="${id}"><h3><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h3>` +
        `<p>${escapeHtml(operation.summary ?? '')}</p>` +
        (operation.description ? `<p>${escapeHtml(operation.description)}</p>` : '') +
        `<p>Auth: ${escapeHtml(auth)}</p>${params}${body}<h4>Responses</h4><ul>${responses}</ul></section>`
      );
    }),
  );
  const schemaSections = Object.entries(schemas)
    .map(
      ([name, schema]) =>
        `<section id="schema-${escapeHtml(name)}"><h3>${escapeHtml(name)}</h3>` +
        (schema.description ? `<p>${escapeHtml(schema.description)}</p>` : '') +
        `${schemaHtml(schema)}</section>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title)}: API</title>
<style>
body{font-family:system-ui,sans-serif;line-height:1.5;max-width:60rem;margin:0 auto;padding:1rem;color:#111}
code{background:#f2f2f2;padding:0 .2em;border-radius:3px}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
section{border-top:1px solid #ddd;padding-top:.5rem}
</style></head>
<body><main>
<h1>${escapeHtml(info.title)} <small>${escapeHtml(info.version)}</small></h1>
<p>${escapeHtml(info.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
<h2>Endpoints</h2>
${operations.join('\n')}
<h2>Schemas</h2>
${schemaSections}
</main></body></html>
`;
}

/** GET /openapi.json and GET /docs. */
export function openapiRoutes(registry: Registry): Hono {
  const routes = new Hono();
  routes.get('/openapi.json', (c) => {
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cache-Control', 'no-cache');
    return c.json(openApiDocument(registry.baseUrl));
  });
  routes.get('/docs', (c) => {
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    );
    c.header('Cache-Control', 'no-cache');
    return c.html(renderDocs(openApiDocument(registry.baseUrl)));
  });
  return routes;
}
