/**
 * GET knowYourStatus, the holder page (SPEC §3): standalone it may not be framed; embedded it
 * names the verifier and only that verifier's registered origins may frame it; an unknown
 * client, an unregistered origin or a top-level visit gets a rejection page.
 */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { holderRoutes } from '../../simulator/routes/holder.ts';
import type { HolderPageConfig } from '../../src/holder/config.ts';
import { BASE, makeSim, registerVerifier, tempDir } from '../simulator/fixture.ts';
import { BOOKING, OTHER_SITE, PAGE, pageApp } from './holder-routes-helpers.ts';

/** The config the served page carries inline. */
function inlineConfig(html: string): HolderPageConfig {
  const match =
    /<script type="application\/json" id="kycvs-holder-config">([\s\S]*?)<\/script>/.exec(html);
  if (match === null) throw new Error('no inline config');
  return JSON.parse(match[1]!) as HolderPageConfig;
}

describe('GET knowYourStatus (the page)', () => {
  it('standalone: serves the page with its config and rejects every frame', async () => {
    const sim = await makeSim();
    const response = await pageApp(sim)(PAGE);
    expect(response.status).toBe(200);
    const csp = response.headers.get('Content-Security-Policy')!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(response.headers.get('X-Frame-Options')).toBe('DENY');
    expect(inlineConfig(await response.text())).toEqual({
      mode: 'standalone',
      pageToken: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/),
    });
  });

  it('embedded: names the verifier and lets only its registered origins frame the page', async () => {
    const sim = await makeSim();
    await registerVerifier(sim, 'rail-1', [BOOKING, 'https://rail.example'], 'Indian Rail Demo');
    const response = await pageApp(sim)(`${PAGE}?client_id=rail-1&nonce=abc_1`, {
      headers: {
        Referer: `${BOOKING}/`,
        'Sec-Fetch-Dest': 'iframe',
        'Sec-Fetch-Site': 'cross-site',
      },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toContain(
      `frame-ancestors ${BOOKING} https://rail.example`,
    );
    expect(inlineConfig(await response.text())).toEqual({
      mode: 'embedded',
      verifier: {
        id: 'rail-1',
        name: 'Indian Rail Demo',
        origins: [BOOKING, 'https://rail.example'],
      },
      nonce: 'abc_1',
      pageToken: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/),
    });
  });

  it('embedded without a Referer: still served, held to frame-ancestors', async () => {
    const sim = await makeSim();
    await registerVerifier(sim, 'rail-1', [BOOKING]);
    const response = await pageApp(sim)(`${PAGE}?client_id=rail-1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toContain(`frame-ancestors ${BOOKING}`);
  });

  it('rejects an unknown client_id with a rejection page and no form', async () => {
    const sim = await makeSim();
    const response = await pageApp(sim)(`${PAGE}?client_id=nobody`, {
      headers: { Referer: `${OTHER_SITE}/page`, 'Sec-Fetch-Dest': 'iframe' },
    });
    expect(response.status).toBe(404);
    expect(inlineConfig(await response.text())).toEqual({
      mode: 'rejected',
      reason: 'UNKNOWN_CLIENT',
      notify: OTHER_SITE,
    });
  });

  it('rejects an embedding origin that is not registered for the verifier', async () => {
    const sim = await makeSim();
    await registerVerifier(sim, 'rail-1', [BOOKING]);
    const response = await pageApp(sim)(`${PAGE}?client_id=rail-1`, {
      headers: {
        Referer: `${OTHER_SITE}/`,
        'Sec-Fetch-Dest': 'iframe',
        'Sec-Fetch-Site': 'cross-site',
      },
    });
    expect(response.status).toBe(403);
    const html = await response.text();
    expect(inlineConfig(html)).toEqual({
      mode: 'rejected',
      reason: 'UNREGISTERED_ORIGIN',
      notify: OTHER_SITE,
    });
    expect(html).not.toContain('rail-1');
  });

  it('rejects a verifier with no registered origin, and a top-level visit in embedded mode', async () => {
    const sim = await makeSim();
    await registerVerifier(sim, 'no-origins', []);
    const request = pageApp(sim);
    const bare = await request(`${PAGE}?client_id=no-origins`);
    expect(bare.status).toBe(403);
    expect(inlineConfig(await bare.text())).toMatchObject({ reason: 'UNREGISTERED_ORIGIN' });
    await registerVerifier(sim, 'rail-1', [BOOKING]);
    const topLevel = await request(`${PAGE}?client_id=rail-1`, {
      headers: { 'Sec-Fetch-Dest': 'document', Referer: `${BOOKING}/` },
    });
    expect(topLevel.status).toBe(403);
    expect(topLevel.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(inlineConfig(await topLevel.text())).toEqual({
      mode: 'rejected',
      reason: 'NOT_EMBEDDED',
    });
  });

  it('answers a bad nonce with 400 REQVAL0001', async () => {
    const sim = await makeSim();
    await registerVerifier(sim, 'rail-1', [BOOKING]);
    const response = await pageApp(sim)(`${PAGE}?client_id=rail-1&nonce=${'x'.repeat(65)}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errorCode: 'REQVAL0001' });
  });

  it('serves the built assets, and nothing outside the build', async () => {
    const sim = await makeSim();
    const request = pageApp(sim);
    const asset = await request('/holder-assets/assets/index-abc12345.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('Content-Type')).toContain('text/javascript');
    expect(asset.headers.get('Cache-Control')).toContain('immutable');
    expect((await request('/holder-assets/..%2f..%2fetc%2fpasswd')).status).toBe(404);
    expect((await request('/holder-assets/index.html')).status).toBe(404);
  });

  it('says the page is not built when dist-holder has no page', async () => {
    const sim = await makeSim();
    const app = new Hono();
    app.route('/', holderRoutes(sim.registry, { holderDir: tempDir() }));
    const response = await app.request(`${BASE}${PAGE}`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });
});
