import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { holderRoutes } from '../../simulator/routes/holder.ts';
import { errorHandler } from '../../simulator/http.ts';
import type { HolderPageConfig } from '../../src/holder/config.ts';
import { PAGE_TOKEN_HEADER } from '../../src/protocol/registry-api.ts';
import {
  BASE,
  fixtureHolderDir,
  holderPost,
  jsonPost,
  latestOtp,
  makeSim,
  pageToken,
  registerVerifier,
  sha256Hex,
  tempDir,
  verifyWithJwks,
} from '../simulator/fixture.ts';
import type { Sim } from '../simulator/fixture.ts';

const PAGE = '/v3/vaccination/status/knowYourStatus';
const GENERATE = `${PAGE}/generateOTP`;
const CONFIRM = `${PAGE}/confirmOTP`;
const BOOKING = 'http://127.0.0.1:5174';
const OTHER_SITE = 'http://127.0.0.1:6000';
// A seeded demo beneficiary: two Covishield doses, fully vaccinated.
const ASHA = { mobile: '9000000001', name: 'Asha Verma' };

/** The app with the holder routes over a fixture page, and the rest of the simulator. */
function pageApp(sim: Sim, options: { ipLimit?: number } = {}) {
  const app = new Hono();
  app.route('/', holderRoutes(sim.registry, { holderDir: fixtureHolderDir(), ...options }));
  app.route('/', sim.app);
  app.onError(errorHandler(() => {}));
  return (path: string, init?: RequestInit) => app.request(`${BASE}${path}`, init);
}

function inlineConfig(html: string): HolderPageConfig {
  const match =
    /<script type="application\/json" id="kycvs-holder-config">([\s\S]*?)<\/script>/.exec(html);
  if (match === null) throw new Error('no inline config');
  return JSON.parse(match[1]!) as HolderPageConfig;
}

async function holderOtpFlow(
  request: (path: string, init?: RequestInit) => Promise<Response>,
  sim: Sim,
  extra: Record<string, unknown> = {},
  confirmExtra: Record<string, unknown> = {},
): Promise<Response> {
  const clientId = typeof extra.client_id === 'string' ? extra.client_id : undefined;
  const generated = await request(
    GENERATE,
    jsonPost(
      { mobile_number: ASHA.mobile, full_name: ASHA.name, ...extra },
      { [PAGE_TOKEN_HEADER]: await pageToken(sim, clientId) },
    ),
  );
  expect(generated.status).toBe(200);
  // Each answer carries the page's next single-use token.
  const next = generated.headers.get(PAGE_TOKEN_HEADER);
  expect(next).toMatch(/^[A-Za-z0-9_-]{32}$/);
  const { txnId } = (await generated.json()) as { txnId: string };
  const otp = await latestOtp(sim, ASHA.mobile);
  expect(otp).toMatch(/^\d{6}$/);
  return request(
    CONFIRM,
    jsonPost(
      { otp: sha256Hex(otp!), txnId, ...extra, ...confirmExtra },
      { [PAGE_TOKEN_HEADER]: next! },
    ),
  );
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

describe('the holder page endpoints', () => {
  it('standalone: issues a holder token (no aud, 7 days) that verifies', async () => {
    const sim = await makeSim();
    const confirmed = await holderOtpFlow(sim.request, sim);
    expect(confirmed.status).toBe(200);
    const body = (await confirmed.json()) as { vaccination_status: number; signed_status: string };
    expect(body.vaccination_status).toBe(2);
    const verdict = await verifyWithJwks(sim, body.signed_status);
    expect(verdict).toMatchObject({ ok: true, status: 2, name: 'Asha Verma', mob: '0001' });
    if (!verdict.ok) throw new Error('unreachable');
    expect(verdict.aud).toBeUndefined();
    expect(verdict.exp - verdict.iat).toBe(7 * 24 * 3600);
    expect(sim.registry.outbox.list(ASHA.mobile)[0]!.text).toContain('Know your status');
  });

  it('embedded: issues a token bound to the verifier and its nonce; the SMS names it', async () => {
    const sim = await makeSim();
    await registerVerifier(sim, 'rail-1', [BOOKING], 'Indian Rail Demo');
    const confirmed = await holderOtpFlow(
      sim.request,
      sim,
      { client_id: 'rail-1' },
      { nonce: 'n-42' },
    );
    expect(confirmed.status).toBe(200);
    const { signed_status } = (await confirmed.json()) as { signed_status: string };
    expect(
      await verifyWithJwks(sim, signed_status, { audience: 'rail-1', nonce: 'n-42' }),
    ).toMatchObject({
      ok: true,
      aud: 'rail-1',
    });
    expect(await verifyWithJwks(sim, signed_status, { audience: 'other' })).toEqual({
      ok: false,
      code: 'WRONG_AUDIENCE',
    });
    expect(sim.registry.outbox.list(ASHA.mobile)[0]!.text).toContain('Indian Rail Demo');
  });

  it('a transaction started for one verifier cannot be confirmed standalone or for another', async () => {
    const sim = await makeSim();
    await registerVerifier(sim, 'rail-1', [BOOKING]);
    await registerVerifier(sim, 'rail-2', [OTHER_SITE]);
    const generated = await holderPost(sim, GENERATE, {
      mobile_number: ASHA.mobile,
      full_name: ASHA.name,
      client_id: 'rail-1',
    });
    const { txnId } = (await generated.json()) as { txnId: string };
    const otp = sha256Hex((await latestOtp(sim, ASHA.mobile))!);
    for (const extra of [{}, { client_id: 'rail-2' }]) {
      const response = await holderPost(sim, CONFIRM, { otp, txnId, ...extra });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ errorCode: 'USRAUT0015' });
    }
  });

  it('answers a wrong OTP with USRAUT0014 and the tries left', async () => {
    const sim = await makeSim();
    const generated = await holderPost(sim, GENERATE, {
      mobile_number: ASHA.mobile,
      full_name: ASHA.name,
    });
    const { txnId } = (await generated.json()) as { txnId: string };
    const wrong = await holderPost(sim, CONFIRM, { otp: sha256Hex('not it'), txnId });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ errorCode: 'USRAUT0014', triesLeft: 2 });
  });

  it('rejects an unknown client_id, a malformed body and a nonce without client_id', async () => {
    const sim = await makeSim();
    const unknown = await holderPost(
      sim,
      GENERATE,
      { mobile_number: ASHA.mobile, full_name: ASHA.name, client_id: 'nobody' },
      { pageFor: null },
    );
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ errorCode: 'REQVAL0001' });
    const malformed = await holderPost(sim, GENERATE, '{"mobile_number": 12');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ errorCode: 'REQVAL0001' });
    const nonce = await holderPost(sim, CONFIRM, {
      otp: sha256Hex('1'),
      txnId: crypto.randomUUID(),
      nonce: 'abc',
    });
    expect(nonce.status).toBe(400);
    expect(await nonce.json()).toMatchObject({ errorCode: 'REQVAL0001' });
    expect(sim.registry.outbox.list(ASHA.mobile)).toEqual([]);
  });

  it('rejects calls that a browser marks as coming from another site', async () => {
    const sim = await makeSim();
    const response = await sim.request(
      GENERATE,
      jsonPost(
        { mobile_number: ASHA.mobile, full_name: ASHA.name },
        { 'Sec-Fetch-Site': 'cross-site', Origin: OTHER_SITE },
      ),
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ errorCode: 'REQVAL0001' });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(sim.registry.outbox.list(ASHA.mobile)).toEqual([]);
  });

  it('keeps the OTP service resend gap for the keyless path', async () => {
    const sim = await makeSim();
    const body = { mobile_number: ASHA.mobile, full_name: ASHA.name };
    expect((await holderPost(sim, GENERATE, body)).status).toBe(200);
    const again = await holderPost(sim, GENERATE, body);
    expect(again.status).toBe(429);
    expect(await again.json()).toMatchObject({ errorCode: 'USRAUT0016' });
  });

  it('limits requests per client address, with Retry-After', async () => {
    const sim = await makeSim();
    const request = pageApp(sim, { ipLimit: 3 });
    const answers: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await request(
        GENERATE,
        jsonPost(
          { mobile_number: `800000000${i}`, full_name: 'Someone' },
          { [PAGE_TOKEN_HEADER]: await pageToken(sim) },
        ),
      );
      answers.push(response.status);
      if (i === 3) {
        expect(await response.json()).toMatchObject({ errorCode: 'USRAUT0016' });
        expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(0);
      }
    }
    expect(answers).toEqual([200, 200, 200, 429]);
    sim.advance(5 * 60 * 1000);
    const later = await request(
      GENERATE,
      jsonPost(
        { mobile_number: '8000000009', full_name: 'X' },
        { [PAGE_TOKEN_HEADER]: await pageToken(sim) },
      ),
    );
    expect(later.status).toBe(200);
  });

  it('answers a preflight without CORS headers', async () => {
    const sim = await makeSim();
    await registerVerifier(sim, 'rail-1', [BOOKING]);
    const response = await sim.request(GENERATE, {
      method: 'OPTIONS',
      headers: { Origin: BOOKING, 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});
