import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateOtp, jsonPost, makeSim, registerVerifier, runFlow, tempDir } from './fixture.ts';

const SHOP = 'https://shop.example';
const RAIL = 'https://rail.example';

describe('CORS on /v3', () => {
  it('reflects an origin registered for the verifier whose key is used', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'shop', [SHOP]);
    const response = await sim.request(
      '/v3/vaccination/generateOTP',
      jsonPost(
        { mobile_number: '9000000002', full_name: 'Meera Iyer' },
        { 'X-Api-Key': key, Origin: SHOP },
      ),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(SHOP);
    expect(response.headers.get('Vary')).toContain('Origin');
  });

  it('keeps the CORS headers on error answers, so the page can read the error code', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'shop', [SHOP]);
    const response = await sim.request(
      '/v3/vaccination/generateOTP',
      jsonPost({ mobile_number: '12' }, { 'X-Api-Key': key, Origin: SHOP }),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(SHOP);
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After');
  });

  it('gives no CORS headers to an origin registered only for another verifier', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'shop', [SHOP]);
    await registerVerifier(sim, 'rail', [RAIL]);
    const response = await sim.request(
      '/v3/vaccination/generateOTP',
      jsonPost(
        { mobile_number: '9000000002', full_name: 'Meera Iyer' },
        { 'X-Api-Key': key, Origin: RAIL },
      ),
    );
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('answers a preflight for any registered origin, and not for others', async () => {
    const sim = await makeSim();
    await registerVerifier(sim, 'shop', [SHOP]);
    const preflight = (origin: string) =>
      sim.request('/v3/vaccination/confirmOTP', {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'x-api-key, content-type',
        },
      });
    const allowed = await preflight(SHOP);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe(SHOP);
    expect(allowed.headers.get('Access-Control-Allow-Headers')).toBe(
      'X-Api-Key, Authorization, Content-Type',
    );
    const rejected = await preflight('https://evil.example');
    expect(rejected.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('lets the demo verifier be used from the simulator’s own origins', async () => {
    const sim = await makeSim();
    for (const origin of ['http://localhost:8080', 'http://127.0.0.1:8080']) {
      const withOrigin = await sim.request('/v3/vaccination/status', {
        headers: { 'X-Api-Key': sim.registry.demoApiKey, Origin: origin },
      });
      expect(withOrigin.headers.get('Access-Control-Allow-Origin')).toBe(origin);
    }
    const demo = sim.registry.verifiers.find('demo-verifier')!;
    expect(sim.registry.verifiers.originsOf(demo)).toEqual([
      'http://localhost:8080',
      'http://127.0.0.1:8080',
    ]);
    sim.registry.setBaseUrl('http://localhost:9191');
    const moved = await sim.request('/v3/vaccination/status', {
      headers: { 'X-Api-Key': sim.registry.demoApiKey, Origin: 'http://127.0.0.1:9191' },
    });
    expect(moved.headers.get('Access-Control-Allow-Origin')).toBe('http://127.0.0.1:9191');
  });
});

describe('faults', () => {
  it('answers 503 SERVER0503 on /v3 while down, keeping JWKS and /dev up; {} clears', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    expect((await sim.request('/dev/faults', jsonPost({ down: true }))).status).toBe(200);
    const down = await generateOtp(sim, key, '9000000002', 'Meera Iyer');
    expect(down.status).toBe(503);
    expect(((await down.json()) as { errorCode: string }).errorCode).toBe('SERVER0503');
    expect((await sim.request('/.well-known/jwks.json')).status).toBe(200);
    expect((await sim.request('/dev/sms?mobile_number=9000000002')).status).toBe(200);
    await sim.request('/dev/faults', jsonPost({}));
    expect((await generateOtp(sim, key, '9000000002', 'Meera Iyer')).status).toBe(200);
  });

  it('fails at the configured rate, using the injected randomness', async () => {
    const rolls = [0.1, 0.9, 0.49, 0.5];
    const sim = await makeSim({ random: () => rolls.shift()!, otpResendGapS: 0 });
    const key = await registerVerifier(sim, 'gate');
    await sim.request('/dev/faults', jsonPost({ failRate: 0.5 }));
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await generateOtp(sim, key, '9000000002', 'Meera Iyer')).status);
    expect(statuses).toEqual([503, 200, 503, 200]);
  });

  it('delays /v3 answers by the configured latency through the injected sleep', async () => {
    const slept: number[] = [];
    const sim = await makeSim({ sleep: async (ms) => void slept.push(ms) });
    const key = await registerVerifier(sim, 'gate');
    await sim.request('/dev/faults', jsonPost({ latencyMs: 750 }));
    await sim.request('/.well-known/jwks.json');
    expect(slept).toEqual([]);
    expect((await generateOtp(sim, key, '9000000002', 'Meera Iyer')).status).toBe(200);
    expect(slept).toEqual([750]);
  });

  it.each([{ failRate: 2 }, { latencyMs: -1 }, { down: 'yes' }])(
    'rejects bad fault settings %j with REQVAL0001',
    async (body) => {
      const sim = await makeSim();
      const response = await sim.request('/dev/faults', jsonPost(body));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { errorCode: string }).errorCode).toBe('REQVAL0001');
    },
  );
});

describe('errors and logs', () => {
  it('answers an internal error with a generic 500 and no stack trace', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    sim.registry.otp.startTransaction = () => {
      throw new Error('secret detail 9000000002 at /srv/registry.ts:12');
    };
    const response = await generateOtp(sim, key, '9000000002', 'Meera Iyer');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ errorCode: 'SERVER0500', error: expect.any(String) });
    expect(text).not.toMatch(/secret|9000000002|registry\.ts|\bat\b/);
    const logged = sim.logs.join('\n');
    expect(logged).toContain('internal error');
    expect(logged).not.toContain('secret detail');
    expect(logged).not.toContain('9000000002');
  });

  it('logs one line per request without query, body, name or full mobile', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    await runFlow(sim, key, '9000000002', 'Meera Iyer', 'nonce123');
    const requests = sim.logs.filter((line) => /^(GET|POST) /.test(line));
    expect(requests.map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual([
      'POST /dev/verifiers 201',
      'POST /v3/vaccination/generateOTP 200',
      'GET /dev/sms 200',
      'POST /v3/vaccination/confirmOTP 200',
      'GET /v3/vaccination/status 200',
    ]);
    const all = sim.logs.join('\n');
    expect(all).not.toContain('9000000002');
    expect(all).not.toContain('Meera');
    expect(all).not.toContain('nonce123');
    expect(all).not.toContain(key);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const sim = await makeSim();
    const response = await sim.request('/v3/nothing-here');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('NOTFOUND0001');
  });
});

describe('/dev endpoints', () => {
  it('adds a person whose status follows the first vaccine’s schedule', async () => {
    const sim = await makeSim();
    const response = await sim.request(
      '/dev/persons',
      jsonPost({
        mobile_number: '9822222222',
        full_name: 'Dev Patel',
        birth_year: 1980,
        doses: [
          { vaccine: 'covishield', date: '2021-04-01' },
          { vaccine: 'Janssen', date: '2021-03-01' },
        ],
      }),
    );
    expect(response.status).toBe(201);
    // The first dose by date is Janssen (1 dose), so two doses make the schedule complete.
    expect(await response.json()).toMatchObject({ vaccination_status: 2 });
  });

  it('takes CoWIN-style dates and birth year, and doses without dates in list order', async () => {
    const sim = await makeSim();
    const add = async (doses: unknown[], birthYear: unknown = '1990') => {
      const response = await sim.request(
        '/dev/persons',
        jsonPost({
          mobile_number: '9844444444',
          full_name: 'Ira Sen',
          birth_year: birthYear,
          doses,
        }),
      );
      expect(response.status).toBe(201);
      return ((await response.json()) as { vaccination_status: number }).vaccination_status;
    };
    expect(await add([{ vaccine: 'COVAXIN', date: '15-06-2021' }])).toBe(1);
    expect(await add([{ vaccine: 'Sputnik-Light', date: '2021-06-15T00:00:00Z' }], 1990)).toBe(2);
    expect(await add([{ vaccine: 'Janssen' }, { vaccine: 'Covishield' }])).toBe(2);
    expect(await add([{ vaccine: 'Covishield' }, { vaccine: 'Janssen' }])).toBe(2);
    expect(await add([{ vaccine: 'ZyCoV-D' }, { vaccine: 'Janssen' }])).toBe(1);
    expect(sim.registry.beneficiaries.onMobile('9844444444')).toHaveLength(5);
  });

  it.each([
    ['an unknown vaccine', { doses: [{ vaccine: 'Pfizer', date: '2021-01-01' }] }],
    ['an impossible date', { doses: [{ vaccine: 'Covaxin', date: '2021-02-30' }] }],
    ['a date in words', { doses: [{ vaccine: 'Covaxin', date: 'June 2021' }] }],
    ['a dose that is not an object', { doses: ['Covaxin'] }],
    ['a bad birth year', { birth_year: 1800 }],
    ['doses not a list', { doses: 'two' }],
  ])('rejects a person with %s (400 REQVAL0001)', async (_label, extra) => {
    const sim = await makeSim();
    const response = await sim.request(
      '/dev/persons',
      jsonPost({ mobile_number: '9822222222', full_name: 'Dev Patel', ...extra }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('REQVAL0001');
    expect(sim.registry.beneficiaries.onMobile('9822222222')).toEqual([]);
  });

  it.each([
    ['a bad id', { verifier_id: 'has space', name: 'X', origins: [] }],
    ['an origin with a path', { verifier_id: 'x', name: 'X', origins: ['https://a.example/app'] }],
    ['a non-http origin', { verifier_id: 'x', name: 'X', origins: ['ftp://a.example'] }],
    ['no name', { verifier_id: 'x', origins: [] }],
  ])('rejects a verifier with %s (400 REQVAL0001)', async (_label, body) => {
    const sim = await makeSim();
    const response = await sim.request('/dev/verifiers', jsonPost(body));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('REQVAL0001');
  });

  it('gives a new API key on re-registration and voids the old one', async () => {
    const sim = await makeSim();
    const first = await registerVerifier(sim, 'gate');
    const second = await registerVerifier(sim, 'gate');
    expect(second).not.toBe(first);
    expect(Buffer.from(second, 'base64url')).toHaveLength(32);
    expect((await generateOtp(sim, first, '9000000002', 'Meera Iyer')).status).toBe(401);
    expect((await generateOtp(sim, second, '9000000002', 'Meera Iyer')).status).toBe(200);
  });

  it('rejects an SMS query without a valid mobile', async () => {
    const sim = await makeSim();
    const response = await sim.request('/dev/sms?mobile_number=12');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('REQVAL0001');
  });
});

describe('static PWA', () => {
  it('serves a placeholder page at / when the PWA is not built', async () => {
    const sim = await makeSim();
    const response = await sim.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('text/html');
    expect(await response.text()).toContain('npm run build');
  });

  it('serves the built files with content types and cache rules', async () => {
    const staticDir = tempDir();
    mkdirSync(join(staticDir, 'assets'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>PWA</title>');
    writeFileSync(join(staticDir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(staticDir, 'manifest.webmanifest'), '{}');
    writeFileSync(join(staticDir, 'assets', 'index-AbCdEf12.js'), 'console.log(1)');
    const sim = await makeSim({ staticDir });

    const index = await sim.request('/');
    expect(await index.text()).toContain('<title>PWA</title>');
    expect(index.headers.get('Cache-Control')).toBe('no-cache');
    // The app holds an API key: it may not be framed, and runs no script but its own.
    expect(index.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(index.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(index.headers.get('X-Frame-Options')).toBe('DENY');
    const sw = await sim.request('/sw.js');
    expect(sw.headers.get('Content-Type')).toContain('text/javascript');
    expect(sw.headers.get('Cache-Control')).toBe('no-cache');
    const manifest = await sim.request('/manifest.webmanifest');
    expect(manifest.headers.get('Content-Type')).toContain('application/manifest+json');
    expect(manifest.headers.get('Cache-Control')).toBe('no-cache');
    const asset = await sim.request('/assets/index-AbCdEf12.js');
    expect(asset.headers.get('Cache-Control')).toContain('immutable');
    expect((await sim.request('/settings')).headers.get('Content-Type')).toContain('text/html');
    expect((await sim.request('/missing.png')).status).toBe(404);
  });

  it('never serves a file outside the static dir', async () => {
    const root = tempDir();
    const staticDir = join(root, 'public');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), 'shell');
    writeFileSync(join(root, 'secret.txt'), 'TOP-SECRET');
    const sim = await makeSim({ staticDir });
    expect(await (await sim.request('/index.html')).text()).toBe('shell');
    for (const path of ['/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2E%2E%5Csecret.txt']) {
      const response = await sim.request(path);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('TOP-SECRET');
    }
  });
});
