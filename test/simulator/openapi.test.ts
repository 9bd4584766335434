/**
 * The contract is declared once (simulator/schemas.ts, the routes' createRoute): this test holds
 * the generated /openapi.json to what the app really answers. Every route the app answers is
 * documented, every documented operation is called, and every answer's status is documented
 * for its operation and its JSON body passes that operation's own zod schema.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ZodType } from 'zod';
import { describe, expect, it } from 'vitest';
import { PAGE_TOKEN_HEADER } from '../../src/protocol/registry-api.ts';
import { ErrorBody, StatusResponse, TxnResponse } from '../../simulator/schemas.ts';
import {
  confirmOtp,
  generateOtp,
  getStatus,
  holderPost,
  jsonPost,
  latestOtp,
  makeSim,
  pageToken,
  registerVerifier,
  sha256Hex,
  tempDir,
} from './fixture.ts';
import type { Sim } from './fixture.ts';

type Doc = {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown> };
};

interface DeclaredRoute {
  method: string;
  path: string;
  responses: Record<string, { content?: Record<string, { schema?: ZodType }> }>;
}

/** The routes as declared: the very objects /openapi.json is generated from. */
function declaredRoutes(sim: Sim): DeclaredRoute[] {
  return sim.app.openAPIRegistry.definitions.flatMap((definition) =>
    definition.type === 'route' ? [definition.route as unknown as DeclaredRoute] : [],
  );
}

/** A Hono route path in OpenAPI's spelling: `:id` is `{id}`, a trailing `*` is `{file}`. */
function openApiPath(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z_]+)/g, '{$1}').replace(/\/\*$/, '/{file}');
}

const ASHA = { mobile: '9000000001', name: 'Asha Verma' };
const HOLDER = '/vaccination/status/knowYourStatus';

/** Checks answers against their declared operation; remembers which operations were called. */
function checker(sim: Sim) {
  const routes = declaredRoutes(sim);
  const called = new Set<string>();
  return {
    called,
    async conforms(method: string, path: string, response: Response): Promise<unknown> {
      const route = routes.find((r) => r.method === method && r.path === path);
      expect(route, `${method} ${path} is declared`).toBeDefined();
      const declared = route!.responses[String(response.status)];
      expect(declared, `${method} ${path} declares ${response.status}`).toBeDefined();
      called.add(`${method} ${path}`);
      const type = response.headers.get('Content-Type') ?? '';
      if (type.startsWith('application/json')) {
        const schema = declared!.content?.['application/json']?.schema;
        expect(schema, `${method} ${path} ${response.status} declares JSON`).toBeDefined();
        const body: unknown = await response.json();
        const parsed = schema!.safeParse(body);
        expect(
          parsed.success,
          `${method} ${path} ${response.status}: ${JSON.stringify(body)}`,
        ).toBe(true);
        return body;
      }
      if (response.status === 204 || response.status === 304) {
        expect(declared!.content).toBeUndefined();
        return null;
      }
      const declaredTypes = Object.keys(declared!.content ?? {});
      if (declaredTypes.length > 0) {
        expect(
          declaredTypes.some((t) => type.startsWith(t)),
          `${path} answers ${type}`,
        ).toBe(true);
      }
      return response.text();
    },
  };
}

async function deskFlow(sim: Sim, check: ReturnType<typeof checker>, apiKey: string, base: string) {
  const post = (path: string, body: unknown) =>
    sim.request(`${base}${path}`, jsonPost(body, { 'X-Api-Key': apiKey }));
  const { txnId } = (await check.conforms(
    'post',
    `${base}/vaccination/generateOTP`,
    await post('/vaccination/generateOTP', { mobile_number: ASHA.mobile, full_name: ASHA.name }),
  )) as { txnId: string };
  const otp = (await latestOtp(sim, ASHA.mobile))!;
  const wrong = otp === '000000' ? '111111' : '000000';
  await check.conforms(
    'post',
    `${base}/vaccination/confirmOTP`,
    await post('/vaccination/confirmOTP', { otp: sha256Hex(wrong), txnId }),
  );
  const { token } = (await check.conforms(
    'post',
    `${base}/vaccination/confirmOTP`,
    await post('/vaccination/confirmOTP', { otp: sha256Hex(otp), txnId }),
  )) as { token: string };
  for (const query of ['?nonce=n-1', '?nonce=bad%20nonce', '']) {
    const status = await sim.request(`${base}/vaccination/status${query}`, {
      headers: { 'X-Api-Key': apiKey, Authorization: `Bearer ${token}` },
    });
    await check.conforms('get', `${base}/vaccination/status`, status);
  }
  await check.conforms(
    'get',
    `${base}/vaccination/status`,
    await sim.request(`${base}/vaccination/status`, { headers: { 'X-Api-Key': apiKey } }),
  );
  await check.conforms(
    'post',
    `${base}/vaccination/generateOTP`,
    await post('/vaccination/generateOTP', { mobile_number: '12' }),
  );
  await check.conforms(
    'post',
    `${base}/vaccination/generateOTP`,
    await sim.request(
      `${base}/vaccination/generateOTP`,
      jsonPost(
        { mobile_number: ASHA.mobile, full_name: ASHA.name },
        { 'X-Api-Key': apiKey, Origin: 'https://unregistered.example' },
      ),
    ),
  );
  for (const path of [
    '/vaccination/generateOTP',
    '/vaccination/confirmOTP',
    '/vaccination/status',
  ]) {
    const preflight = await sim.request(`${base}${path}`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:5174', 'Access-Control-Request-Method': 'POST' },
    });
    await check.conforms('options', `${base}${path}`, preflight);
  }
}

async function holderFlow(sim: Sim, check: ReturnType<typeof checker>, base: string) {
  const generate = `${base}${HOLDER}/generateOTP`;
  const confirm = `${base}${HOLDER}/confirmOTP`;
  await check.conforms('get', `${base}${HOLDER}`, await sim.request(`${base}${HOLDER}`));
  await check.conforms(
    'get',
    `${base}${HOLDER}`,
    await sim.request(`${base}${HOLDER}?client_id=rail-1&nonce=a%20b`),
  );
  await check.conforms(
    'get',
    `${base}${HOLDER}`,
    await sim.request(`${base}${HOLDER}?client_id=nobody`),
  );
  const started = await holderPost(sim, generate, {
    mobile_number: ASHA.mobile,
    full_name: ASHA.name,
  });
  const next = started.headers.get(PAGE_TOKEN_HEADER)!;
  const { txnId } = (await check.conforms('post', generate, started)) as { txnId: string };
  const otp = (await latestOtp(sim, ASHA.mobile))!;
  await check.conforms(
    'post',
    confirm,
    await sim.request(
      confirm,
      jsonPost({ otp: sha256Hex(otp), txnId }, { [PAGE_TOKEN_HEADER]: next }),
    ),
  );
  await check.conforms(
    'post',
    confirm,
    await holderPost(sim, confirm, { otp: sha256Hex('1'), txnId }),
  );
  await check.conforms(
    'post',
    generate,
    await holderPost(
      sim,
      generate,
      { mobile_number: ASHA.mobile, full_name: ASHA.name, client_id: 'nobody' },
      { pageFor: null },
    ),
  );
  await check.conforms(
    'post',
    generate,
    await sim.request(generate, jsonPost({ mobile_number: ASHA.mobile, full_name: ASHA.name })),
  );
  for (const path of [generate, confirm]) {
    await check.conforms('options', path, await sim.request(path, { method: 'OPTIONS' }));
  }
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1, served from the declarations, and every $ref resolves', async () => {
    const sim = await makeSim();
    const doc = (await (await sim.request('/openapi.json')).json()) as Doc;
    expect(doc.openapi).toBe('3.1.0');
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/[A-Za-z]+/g) ?? [];
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs)
      expect(doc.components.schemas[ref.split('/').pop()!], ref).toBeDefined();
    const declared = declaredRoutes(sim)
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    const documented = Object.entries(doc.paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`))
      .sort();
    expect(documented).toEqual(declared);
    for (const operation of ['get /dev/faults', 'post /api/v3/vaccination/generateOTP']) {
      expect(documented).toContain(operation);
    }
  });

  it('documents every route the app answers, and the app answers every documented one', async () => {
    const sim = await makeSim();
    const doc = (await (await sim.request('/openapi.json')).json()) as Doc;
    const answered = new Set(
      sim.app.routes
        .filter((route) => route.method !== 'ALL')
        .map((route) => `${route.method.toLowerCase()} ${openApiPath(route.path)}`),
    );
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, methods]) =>
        Object.keys(methods).map((method) => `${method} ${path}`),
      ),
    );
    expect([...answered].filter((op) => !documented.has(op))).toEqual([]);
    expect([...documented].filter((op) => !answered.has(op))).toEqual([]);
  });

  it('answers every documented operation as documented, success and error', async () => {
    const staticDir = tempDir();
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>PWA</title>');
    const sim = await makeSim({ otpResendGapS: 0, staticDir });
    const check = checker(sim);
    await check.conforms('get', '/openapi.json', await sim.request('/openapi.json'));
    const docs = (await check.conforms('get', '/docs', await sim.request('/docs'))) as string;
    expect(docs).toContain('/api/v3/vaccination/generateOTP');
    expect(docs).not.toMatch(/<script/i);

    const registered = await sim.request(
      '/dev/verifiers',
      jsonPost({ verifier_id: 'rail-1', name: 'Rail', origins: ['http://127.0.0.1:5174'] }),
    );
    const { api_key: apiKey } = (await check.conforms('post', '/dev/verifiers', registered)) as {
      api_key: string;
    };
    for (const body of [
      { verifier_id: 'bad id!', name: 'x' },
      { verifier_id: 'x', name: 'x', origins: ['http://lan.example'] },
    ]) {
      await check.conforms(
        'post',
        '/dev/verifiers',
        await sim.request('/dev/verifiers', jsonPost(body)),
      );
    }
    const person = { mobile_number: '9111111111', full_name: 'Kiran Rao', birth_year: 1990 };
    for (const doses of [[{ vaccine: 'Janssen', date: '2021-07-01' }], [{ vaccine: 'Water' }]]) {
      await check.conforms(
        'post',
        '/dev/persons',
        await sim.request('/dev/persons', jsonPost({ ...person, doses })),
      );
    }
    await check.conforms(
      'post',
      '/dev/persons',
      await sim.request('/dev/persons', jsonPost('x'.repeat(20_000))),
    );
    await check.conforms(
      'get',
      '/dev/sms',
      await sim.request(`/dev/sms?mobile_number=${ASHA.mobile}`),
    );
    await check.conforms('get', '/dev/sms', await sim.request('/dev/sms?mobile_number=abc'));
    await check.conforms(
      'get',
      '/dev/sms',
      await sim.request(`/dev/sms?mobile_number=${ASHA.mobile}`, {}, '10.0.0.7'),
    );

    for (const base of ['/v3', '/api/v3']) {
      await deskFlow(sim, check, apiKey, base);
      await holderFlow(sim, check, base);
    }
    await check.conforms(
      'post',
      '/v3/vaccination/generateOTP',
      await generateOtp(sim, 'no-such-key', ASHA.mobile, ASHA.name),
    );

    await check.conforms(
      'get',
      '/.well-known/jwks.json',
      await sim.request('/.well-known/jwks.json'),
    );
    const etag = (await sim.request('/.well-known/jwks.json')).headers.get('ETag')!;
    await check.conforms(
      'get',
      '/.well-known/jwks.json',
      await sim.request('/.well-known/jwks.json', { headers: { 'If-None-Match': etag } }),
    );
    await check.conforms(
      'get',
      '/.well-known/kycvs-configuration',
      await sim.request('/.well-known/kycvs-configuration'),
    );
    await check.conforms(
      'get',
      '/.well-known/kycvs-trust-list.json',
      await sim.request('/.well-known/kycvs-trust-list.json'),
    );
    const trustTag = (await sim.request('/.well-known/kycvs-trust-list.json')).headers.get('ETag')!;
    await check.conforms(
      'get',
      '/.well-known/kycvs-trust-list.json',
      await sim.request('/.well-known/kycvs-trust-list.json', {
        headers: { 'If-None-Match': trustTag },
      }),
    );
    const credential = { full_name: 'Kavya Nair', birth_date: '1992-08-17', doses: 2 };
    for (const body of [
      { ...credential, format: 'divoc', total_doses: 2 },
      { ...credential, format: 'eudcc', total_doses: 2 },
      { ...credential, format: 'shc', total_doses: 2 },
      { ...credential, format: 'vds', total_doses: 2 },
    ]) {
      await check.conforms(
        'post',
        '/dev/credentials',
        await sim.request('/dev/credentials', jsonPost(body)),
      );
    }
    await check.conforms(
      'post',
      '/dev/credentials',
      await sim.request('/dev/credentials', jsonPost('x'.repeat(20_000))),
    );
    await check.conforms(
      'post',
      '/dev/credentials',
      await sim.request(
        '/dev/credentials',
        jsonPost({ ...credential, format: 'shc', total_doses: 2 }),
        '10.0.0.7',
      ),
    );
    await check.conforms(
      'get',
      '/.well-known/kycvs-trust-list.jws',
      await sim.request('/.well-known/kycvs-trust-list.jws'),
    );
    const signedTag = (await sim.request('/.well-known/kycvs-trust-list.jws')).headers.get('ETag')!;
    await check.conforms(
      'get',
      '/.well-known/kycvs-trust-list.jws',
      await sim.request('/.well-known/kycvs-trust-list.jws', {
        headers: { 'If-None-Match': signedTag },
      }),
    );
    for (const body of [{ format: 'divoc', id: '12345' }, { format: 'x' }]) {
      await check.conforms(
        'post',
        '/dev/revocations',
        await sim.request('/dev/revocations', jsonPost(body)),
      );
    }
    await check.conforms(
      'post',
      '/dev/revocations',
      await sim.request('/dev/revocations', jsonPost({ format: 'shc', id: 'ab' })),
    );
    await check.conforms(
      'post',
      '/dev/revocations',
      await sim.request('/dev/revocations', jsonPost({ format: 'divoc', id: '1' }), '10.0.0.7'),
    );
    for (const path of [
      '/.well-known/jwks.json',
      '/.well-known/kycvs-configuration',
      '/.well-known/kycvs-trust-list.json',
      '/.well-known/kycvs-trust-list.jws',
    ]) {
      await check.conforms('options', path, await sim.request(path, { method: 'OPTIONS' }));
    }
    await check.conforms(
      'post',
      '/dev/keys/rotate',
      await sim.request('/dev/keys/rotate', { method: 'POST' }),
    );
    await check.conforms('get', '/dev/faults', await sim.request('/dev/faults'));
    await check.conforms(
      'post',
      '/dev/faults',
      await sim.request('/dev/faults', jsonPost({ failRate: 2 })),
    );
    await check.conforms(
      'post',
      '/dev/faults',
      await sim.request('/dev/faults', jsonPost({ down: true })),
    );
    await check.conforms(
      'post',
      '/v3/vaccination/generateOTP',
      await generateOtp(sim, apiKey, ASHA.mobile, ASHA.name),
    );
    await check.conforms('post', '/dev/faults', await sim.request('/dev/faults', jsonPost({})));

    await check.conforms('get', '/{file}', await sim.request('/'));
    await check.conforms('get', '/{file}', await sim.request('/missing.png'));
    await check.conforms(
      'get',
      '/holder-assets/{file}',
      await sim.request('/holder-assets/assets/index-abc12345.js'),
    );
    await check.conforms(
      'get',
      '/holder-assets/{file}',
      await sim.request('/holder-assets/nothing.js'),
    );

    const declared = declaredRoutes(sim).map((r) => `${r.method} ${r.path}`);
    expect(declared.filter((operation) => !check.called.has(operation))).toEqual([]);
  });

  it('documents the per-key rate limit as the simulator answers it', async () => {
    const sim = await makeSim({ rateLimit: 1 });
    const check = checker(sim);
    const apiKey = await registerVerifier(sim, 'rail-1');
    await check.conforms(
      'post',
      '/v3/vaccination/generateOTP',
      await generateOtp(sim, apiKey, '9000000002', 'Meera Iyer'),
    );
    const limited = await generateOtp(sim, apiKey, '9000000003', 'Arjun Singh');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0);
    await check.conforms('post', '/v3/vaccination/generateOTP', limited);
  });

  it('has closed response schemas: a missing, extra or mistyped field fails them', () => {
    const token = 'a.b.c';
    expect(StatusResponse.safeParse({ vaccination_status: 2, signed_status: token }).success).toBe(
      true,
    );
    for (const drifted of [
      { vaccination_status: 3, signed_status: token },
      { vaccination_status: '2', signed_status: token },
      { signed_status: token },
      { vaccination_status: 2, signed_status: token, extra: 1 },
    ]) {
      expect(StatusResponse.safeParse(drifted).success, JSON.stringify(drifted)).toBe(false);
    }
    expect(ErrorBody.safeParse({ errorCode: 'NOPE', error: 'x' }).success).toBe(false);
    expect(ErrorBody.safeParse({ errorCode: 'REQVAL0001', error: 'x', issues: [] }).success).toBe(
      false,
    );
    expect(TxnResponse.safeParse({ txnId: 'not-a-uuid' }).success).toBe(false);
  });

  it('turns every validation failure into 400 REQVAL0001 with a plain message, never zod issues', async () => {
    const sim = await makeSim();
    const key = sim.registry.demoApiKey;
    const bad = [
      ['/v3/vaccination/generateOTP', '[1,2]'],
      ['/v3/vaccination/generateOTP', '{"mobile_number": 9000000001, "full_name": "A"}'],
      ['/v3/vaccination/confirmOTP', '{"otp": "123456", "txnId": "x"}'],
      ['/dev/faults', '{"latencyMs": -1}'],
      ['/dev/persons', '{"mobile_number": "9000000001", "full_name": "A", "doses": 3}'],
    ] as const;
    for (const [path, body] of bad) {
      const response = await sim.request(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Api-Key': key },
        body,
      });
      expect(response.status, path).toBe(400);
      const answer = (await response.json()) as Record<string, unknown>;
      expect(Object.keys(answer).sort()).toEqual(['error', 'errorCode']);
      expect(answer.errorCode).toBe('REQVAL0001');
      expect(String(answer.error)).not.toMatch(/invalid_type|"code"|at .*\(/);
    }
  });

  it('ignores request fields it does not know, as CoWIN clients send extras (email_id)', async () => {
    const sim = await makeSim();
    const response = await generateOtp(sim, sim.registry.demoApiKey, ASHA.mobile, ASHA.name);
    expect(response.status).toBe(200);
    const extra = await sim.request(
      '/v3/vaccination/generateOTP',
      jsonPost(
        { mobile_number: '9000000002', full_name: 'Meera Iyer', email_id: 'm@example.org', x: [1] },
        { 'X-Api-Key': sim.registry.demoApiKey },
      ),
    );
    expect(extra.status).toBe(200);
    const token = await pageToken(sim);
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const unused = await confirmOtp(sim, sim.registry.demoApiKey, crypto.randomUUID(), '123456');
    expect(((await unused.json()) as { errorCode: string }).errorCode).toBe('USRAUT0015');
    expect((await getStatus(sim, sim.registry.demoApiKey, 'x'.repeat(43))).status).toBe(401);
  });
});

describe('bodies as clients send them', () => {
  it('reads JSON sent as text/plain or with no type, and rejects an empty body', async () => {
    const sim = await makeSim();
    const text = JSON.stringify({ latencyMs: 5 });
    // A string body gets text/plain from fetch; bytes get no Content-Type at all.
    for (const body of [text, new TextEncoder().encode(text)]) {
      const response = await sim.request('/dev/faults', { method: 'POST', body });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ latencyMs: 5, failRate: 0, down: false });
    }
    const json: Record<string, string> = { 'Content-Type': 'application/json' };
    for (const headers of [json, {}]) {
      const empty = await sim.request('/dev/faults', { method: 'POST', headers, body: '' });
      expect(empty.status).toBe(400);
      expect(await empty.json()).toMatchObject({ errorCode: 'REQVAL0001' });
    }
    expect(sim.registry.faults.current.latencyMs).toBe(5);
  });
});
