/**
 * CORS on the simulator's /v3 (SPEC §3): an origin registered for the verifier whose key is used
 * is reflected, on error answers too; any other origin gets no CORS headers; the demo verifier
 * works from the simulator's own origins.
 */
import { describe, expect, it } from 'vitest';
import { jsonPost, makeSim, registerVerifier } from './fixture.ts';

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
