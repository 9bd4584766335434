/**
 * What the OpenAPI tests share: the routes as declared (the objects /openapi.json is generated
 * from), a checker that holds each answer to its declared operation and remembers which were
 * called, and the desk and holder-page flows driven through that checker.
 */
import type { ZodType } from 'zod';
import { expect } from 'vitest';
import { PAGE_TOKEN_HEADER } from '../../src/protocol/registry-api.ts';
import { holderPost, jsonPost, latestOtp, sha256Hex } from './fixture.ts';
import type { Sim } from './fixture.ts';

/** The parts of /openapi.json these tests read. */
export type Doc = {
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
export function declaredRoutes(sim: Sim): DeclaredRoute[] {
  return sim.app.openAPIRegistry.definitions.flatMap((definition) =>
    definition.type === 'route' ? [definition.route as unknown as DeclaredRoute] : [],
  );
}

/** A Hono route path in OpenAPI's spelling: `:id` is `{id}`, a trailing `*` is `{file}`. */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z_]+)/g, '{$1}').replace(/\/\*$/, '/{file}');
}

export const ASHA = { mobile: '9000000001', name: 'Asha Verma' };
const HOLDER = '/vaccination/status/knowYourStatus';

/** Checks answers against their declared operation; remembers which operations were called. */
export function checker(sim: Sim) {
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

/** The desk flow under `base` (/v3 or /api/v3), success and error, each answer checked. */
export async function deskFlow(
  sim: Sim,
  check: ReturnType<typeof checker>,
  apiKey: string,
  base: string,
) {
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

/** The holder page and its endpoints under `base`, success and error, each answer checked. */
export async function holderFlow(sim: Sim, check: ReturnType<typeof checker>, base: string) {
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
