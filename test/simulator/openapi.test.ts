import { describe, expect, it } from 'vitest';
import { openApiDocument, renderDocs } from '../../simulator/openapi.ts';
import type { Schema } from '../../simulator/openapi.ts';
import {
  BASE,
  confirmOtp,
  generateOtp,
  getStatus,
  jsonPost,
  latestOtp,
  makeSim,
  registerVerifier,
  sha256Hex,
} from './fixture.ts';
import type { Sim } from './fixture.ts';

type Doc = {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
      }
    >
  >;
  components: { schemas: Record<string, Schema> };
};

const DOC = openApiDocument(BASE) as unknown as Doc;

/** A small JSON Schema checker: type, required, properties, additionalProperties, items, enum, pattern, bounds. */
function validate(schema: Schema, value: unknown, at = '$'): string[] {
  if (schema.$ref !== undefined) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = DOC.components.schemas[name];
    if (target === undefined) return [`${at}: unresolved ${schema.$ref}`];
    return validate(target, value, at);
  }
  const errors: string[] = [];
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const actual =
      value === null
        ? 'null'
        : Array.isArray(value)
          ? 'array'
          : typeof value === 'number' && Number.isInteger(value)
            ? 'integer'
            : typeof value;
    const ok = types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
    if (!ok) return [`${at}: expected ${types.join('|')}, got ${actual}`];
  }
  if (schema.enum !== undefined && !schema.enum.some((option) => option === value)) {
    errors.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  if (typeof value === 'string') {
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
      errors.push(`${at}: does not match ${schema.pattern}`);
    }
    if (schema.minLength !== undefined && value.length < schema.minLength)
      errors.push(`${at}: too short`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength)
      errors.push(`${at}: too long`);
    if (schema.format === 'date-time' && Number.isNaN(Date.parse(value))) {
      errors.push(`${at}: not a date-time`);
    }
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${at}: below minimum`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${at}: above maximum`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      errors.push(`${at}: too few items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems)
      errors.push(`${at}: too many items`);
    if (schema.items !== undefined) {
      value.forEach((item, i) => errors.push(...validate(schema.items!, item, `${at}[${i}]`)));
    }
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const name of schema.required ?? []) {
      if (!(name in record)) errors.push(`${at}: missing required ${name}`);
    }
    for (const [name, member] of Object.entries(record)) {
      const property = schema.properties?.[name];
      if (property !== undefined) errors.push(...validate(property, member, `${at}.${name}`));
      else if (schema.additionalProperties === false)
        errors.push(`${at}: unexpected field ${name}`);
      else if (typeof schema.additionalProperties === 'object') {
        errors.push(...validate(schema.additionalProperties, member, `${at}.${name}`));
      }
    }
  }
  return errors;
}

const exercised = new Set<string>();

/** Checks a real answer against the document: status documented, body valid. Returns the body. */
async function conforms(method: string, path: string, response: Response): Promise<unknown> {
  const operation = DOC.paths[path]?.[method];
  expect(operation, `${method.toUpperCase()} ${path} is documented`).toBeDefined();
  const documented = operation!.responses[String(response.status)];
  expect(
    documented,
    `${method.toUpperCase()} ${path} ${response.status} is documented`,
  ).toBeDefined();
  exercised.add(`${method} ${path}`);
  const type = response.headers.get('Content-Type') ?? '';
  const content = documented!.content ?? {};
  if (response.status === 304) return null;
  if (type.startsWith('application/json')) {
    const schema = content['application/json']?.schema;
    expect(schema, `${method} ${path} ${response.status} documents JSON`).toBeDefined();
    const body: unknown = await response.json();
    expect(validate(schema!, body), `${method.toUpperCase()} ${path} ${response.status}`).toEqual(
      [],
    );
    return body;
  }
  expect(type.startsWith('text/html'), `${path} answers HTML`).toBe(true);
  expect(content['text/html'], `${method} ${path} ${response.status} documents HTML`).toBeDefined();
  return response.text();
}

const HOLDER = '/v3/vaccination/status/knowYourStatus';
const ASHA = { mobile: '9000000001', name: 'Asha Verma' };

async function desk(sim: Sim, apiKey: string): Promise<void> {
  const generated = await conforms(
    'post',
    '/v3/vaccination/generateOTP',
    await generateOtp(sim, apiKey, ASHA.mobile, ASHA.name),
  );
  const { txnId } = generated as { txnId: string };
  const otp = (await latestOtp(sim, ASHA.mobile))!;
  await conforms(
    'post',
    '/v3/vaccination/confirmOTP',
    await confirmOtp(sim, apiKey, txnId, '000000' === otp ? '111111' : '000000'),
  );
  const confirmed = await conforms(
    'post',
    '/v3/vaccination/confirmOTP',
    await confirmOtp(sim, apiKey, txnId, otp),
  );
  const { token } = confirmed as { token: string };
  await conforms('post', '/v3/vaccination/confirmOTP', await confirmOtp(sim, apiKey, txnId, otp));
  await conforms('get', '/v3/vaccination/status', await getStatus(sim, apiKey, token, 'nonce-1'));
  await conforms('get', '/v3/vaccination/status', await getStatus(sim, apiKey, 'x'.repeat(43)));
  await conforms('get', '/v3/vaccination/status', await getStatus(sim, apiKey, token, 'bad nonce'));
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 and every $ref resolves', () => {
    expect(DOC.openapi).toBe('3.1.0');
    const refs = JSON.stringify(DOC).match(/#\/components\/schemas\/[A-Za-z]+/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      expect(DOC.components.schemas[ref.split('/').pop()!], ref).toBeDefined();
    }
  });

  it('has a validator that catches drift: a missing, extra or wrong field fails', () => {
    const status = { $ref: '#/components/schemas/StatusResponse' };
    expect(validate(status, { vaccination_status: 2, signed_status: 'a.b.c' })).toEqual([]);
    expect(validate(status, { vaccination_status: 3, signed_status: 'a.b.c' })).not.toEqual([]);
    expect(validate(status, { vaccination_status: '2', signed_status: 'a.b.c' })).not.toEqual([]);
    expect(validate(status, { signed_status: 'a.b.c' })).not.toEqual([]);
    expect(
      validate(status, { vaccination_status: 2, signed_status: 'a.b.c', extra: 1 }),
    ).not.toEqual([]);
    expect(
      validate({ $ref: '#/components/schemas/Error' }, { errorCode: 'NOPE', error: 'x' }),
    ).not.toEqual([]);
    expect(
      validate({ $ref: '#/components/schemas/TxnResponse' }, { txnId: 'not-a-uuid' }),
    ).not.toEqual([]);
  });

  it('matches the simulator’s real answers, success and error, on every operation', async () => {
    const sim = await makeSim({ otpResendGapS: 0 });
    const openapi = await sim.request('/openapi.json');
    expect(openapi.status).toBe(200);
    expect(await openapi.json()).toEqual(JSON.parse(JSON.stringify(DOC)));
    exercised.add('get /openapi.json');
    const docs = await sim.request('/docs');
    await conforms('get', '/docs', docs.clone());
    expect(await docs.text()).toContain('/v3/vaccination/generateOTP');

    // /dev
    const registered = await sim.request(
      '/dev/verifiers',
      jsonPost({ verifier_id: 'rail-1', name: 'Rail', origins: ['http://127.0.0.1:5174'] }),
    );
    const { api_key: apiKey } = (await conforms('post', '/dev/verifiers', registered)) as {
      api_key: string;
    };
    await conforms(
      'post',
      '/dev/verifiers',
      await sim.request('/dev/verifiers', jsonPost({ verifier_id: 'bad id!', name: 'x' })),
    );
    await conforms(
      'post',
      '/dev/persons',
      await sim.request(
        '/dev/persons',
        jsonPost({
          mobile_number: '9111111111',
          full_name: 'Kiran Rao',
          birth_year: 1990,
          doses: [{ vaccine: 'Janssen', date: '2021-07-01' }],
        }),
      ),
    );
    await conforms(
      'post',
      '/dev/persons',
      await sim.request(
        '/dev/persons',
        jsonPost({
          mobile_number: '9111111111',
          full_name: 'Kiran Rao',
          doses: [{ vaccine: 'Water', date: '2021-07-01' }],
        }),
      ),
    );

    // /v3 with a key
    await desk(sim, apiKey);
    await conforms(
      'post',
      '/v3/vaccination/generateOTP',
      await generateOtp(sim, 'no-such-key', ASHA.mobile, ASHA.name),
    );
    await conforms(
      'post',
      '/v3/vaccination/generateOTP',
      await sim.request(
        '/v3/vaccination/generateOTP',
        jsonPost({ mobile_number: '12' }, { 'X-Api-Key': apiKey }),
      ),
    );
    await conforms('get', '/dev/sms', await sim.request(`/dev/sms?mobile_number=${ASHA.mobile}`));
    await conforms('get', '/dev/sms', await sim.request('/dev/sms?mobile_number=abc'));

    // the holder page endpoints
    const holderTxn = (await conforms(
      'post',
      `${HOLDER}/generateOTP`,
      await sim.request(
        `${HOLDER}/generateOTP`,
        jsonPost({ mobile_number: ASHA.mobile, full_name: ASHA.name }),
      ),
    )) as { txnId: string };
    const otp = (await latestOtp(sim, ASHA.mobile))!;
    await conforms(
      'post',
      `${HOLDER}/confirmOTP`,
      await sim.request(
        `${HOLDER}/confirmOTP`,
        jsonPost({ otp: sha256Hex(otp === '000000' ? '1' : '000000'), txnId: holderTxn.txnId }),
      ),
    );
    await conforms(
      'post',
      `${HOLDER}/confirmOTP`,
      await sim.request(
        `${HOLDER}/confirmOTP`,
        jsonPost({ otp: sha256Hex(otp), txnId: holderTxn.txnId }),
      ),
    );
    await conforms(
      'post',
      `${HOLDER}/generateOTP`,
      await sim.request(
        `${HOLDER}/generateOTP`,
        jsonPost({ mobile_number: ASHA.mobile, full_name: ASHA.name, client_id: 'nobody' }),
      ),
    );
    await conforms(
      'post',
      `${HOLDER}/generateOTP`,
      await sim.request(
        `${HOLDER}/generateOTP`,
        jsonPost(
          { mobile_number: ASHA.mobile, full_name: ASHA.name },
          { 'Sec-Fetch-Site': 'cross-site' },
        ),
      ),
    );
    await conforms('get', HOLDER, await sim.request(HOLDER));
    await conforms('get', HOLDER, await sim.request(`${HOLDER}?client_id=rail-1&nonce=a%20b`));

    // keys, discovery, faults
    await conforms('get', '/.well-known/jwks.json', await sim.request('/.well-known/jwks.json'));
    await conforms(
      'get',
      '/.well-known/kycvs-configuration',
      await sim.request('/.well-known/kycvs-configuration'),
    );
    await conforms(
      'post',
      '/dev/keys/rotate',
      await sim.request('/dev/keys/rotate', { method: 'POST' }),
    );
    await conforms(
      'post',
      '/dev/faults',
      await sim.request('/dev/faults', jsonPost({ failRate: 2 })),
    );
    await conforms(
      'post',
      '/dev/faults',
      await sim.request('/dev/faults', jsonPost({ down: true })),
    );
    await conforms(
      'post',
      '/v3/vaccination/generateOTP',
      await generateOtp(sim, apiKey, ASHA.mobile, ASHA.name),
    );
    await conforms(
      'post',
      `${HOLDER}/confirmOTP`,
      await sim.request(
        `${HOLDER}/confirmOTP`,
        jsonPost({ otp: sha256Hex('1'), txnId: holderTxn.txnId }),
      ),
    );
    await conforms('post', '/dev/faults', await sim.request('/dev/faults', jsonPost({})));

    // Every documented operation was called at least once.
    const documented = Object.entries(DOC.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method} ${path}`),
    );
    expect(documented.filter((operation) => !exercised.has(operation))).toEqual([]);
  });

  it('documents the per-key rate limit as the simulator answers it', async () => {
    const sim = await makeSim({ rateLimit: 1 });
    const apiKey = await registerVerifier(sim, 'rail-1');
    await conforms(
      'post',
      '/v3/vaccination/generateOTP',
      await generateOtp(sim, apiKey, '9000000002', 'Meera Iyer'),
    );
    const limited = await generateOtp(sim, apiKey, '9000000003', 'Arjun Singh');
    expect(limited.status).toBe(429);
    await conforms('post', '/v3/vaccination/generateOTP', limited);
  });

  it('renders a docs page with every path and schema, escaping text', () => {
    const html = renderDocs(DOC as unknown as Record<string, unknown>);
    for (const path of Object.keys(DOC.paths)) expect(html).toContain(path);
    for (const name of Object.keys(DOC.components.schemas))
      expect(html).toContain(`id="schema-${name}"`);
    expect(html).not.toMatch(/<script/i);
  });
});
