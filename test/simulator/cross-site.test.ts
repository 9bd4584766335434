/**
 * The simulator's keyless endpoints reject what a browser sends on behalf of another site. Every
 * POST takes a text/plain body, so a page on any origin could send it as a "simple" request with
 * no preflight; and a DNS-rebinding page on a foreign name must not read /dev answers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { holderRoutes } from '../../simulator/routes/holder.ts';
import { errorHandler } from '../../simulator/http.ts';
import { BASE, latestOtp, makeSim, peerEnv, tempDir } from '../simulator/fixture.ts';
import type { Sim } from '../simulator/fixture.ts';

const EVIL = 'https://evil.example';
const PAGE = '/v3/vaccination/status/knowYourStatus';
// A seeded demo beneficiary.
const ASHA = { mobile: '9000000001', name: 'Asha Verma' };

/** What `fetch(url, { method: 'POST', mode: 'no-cors', body })` on EVIL sends: no preflight. */
function crossSitePost(body: unknown): RequestInit {
  return {
    method: 'POST',
    headers: {
      'Content-Type': 'text/plain;charset=UTF-8',
      Origin: EVIL,
      'Sec-Fetch-Site': 'cross-site',
      'Sec-Fetch-Mode': 'no-cors',
    },
    body: JSON.stringify(body),
  };
}

/** The simulator with the holder routes over a minimal built page, so the page can be served. */
function withHolderPage(sim: Sim) {
  const dir = tempDir();
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body><div id="root"></div></body></html>',
  );
  const app = new Hono();
  app.route('/', holderRoutes(sim.registry, { holderDir: dir }));
  app.route('/', sim.app);
  app.onError(errorHandler(() => {}));
  return (path: string, init?: RequestInit) =>
    app.request(`${BASE}${path}`, init, peerEnv('127.0.0.1'));
}

describe('/dev rejects requests a browser sends for another site', () => {
  it('does not let a page on an unregistered origin register itself and then frame the holder page', async () => {
    const sim = await makeSim();
    const request = withHolderPage(sim);

    const registered = await request(
      '/dev/verifiers',
      crossSitePost({ verifier_id: 'evil', name: 'Indian Railways', origins: [EVIL] }),
    );
    expect(registered.status).toBe(403);
    expect(await registered.json()).toMatchObject({ errorCode: 'REQVAL0001' });
    expect(sim.registry.verifiers.find('evil')).toBeNull();

    // Had it registered, the registry would let EVIL frame the page and post it the token.
    const page = await request(`${PAGE}?client_id=evil`, {
      headers: { 'Sec-Fetch-Dest': 'iframe', Referer: `${EVIL}/` },
    });
    expect(page.status).toBe(404);
    expect(page.headers.get('Content-Security-Policy')).not.toContain(EVIL);
  });

  it('does not let a page on another site take over an existing verifier and void its key', async () => {
    const sim = await makeSim();
    const demoKey = sim.registry.demoApiKey;

    const hijack = await sim.request(
      '/dev/verifiers',
      crossSitePost({ verifier_id: 'demo-verifier', name: 'Demo Event Gate', origins: [EVIL] }),
    );
    expect(hijack.status).toBe(403);
    expect(await hijack.json()).toMatchObject({ errorCode: 'REQVAL0001' });
    expect(sim.registry.verifiers.byApiKey(demoKey)?.id).toBe('demo-verifier');
    expect(sim.registry.verifiers.find('demo-verifier')?.origins).not.toContain(EVIL);
  });

  it('does not let a page on another site take the registry down or rotate its key', async () => {
    const sim = await makeSim();
    const kid = sim.registry.keys.currentKid;

    const down = await sim.request('/dev/faults', crossSitePost({ down: true }));
    expect(down.status).toBe(403);
    expect(await down.json()).toMatchObject({ errorCode: 'REQVAL0001' });
    expect(sim.registry.faults.current.down).toBe(false);

    const rotated = await sim.request('/dev/keys/rotate', crossSitePost({}));
    expect(rotated.status).toBe(403);
    expect(await rotated.json()).toMatchObject({ errorCode: 'REQVAL0001' });
    expect(sim.registry.keys.currentKid).toBe(kid);
  });

  it('does not hand the SMS outbox (the OTPs) to a page reached through a foreign host name', async () => {
    const sim = await makeSim();
    // An OTP is waiting in the outbox.
    const generated = await sim.request('/v3/vaccination/generateOTP', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Api-Key': sim.registry.demoApiKey },
      body: JSON.stringify({ mobile_number: ASHA.mobile, full_name: ASHA.name }),
    });
    expect(generated.status).toBe(200);
    const otp = await latestOtp(sim, ASHA.mobile);
    expect(otp).toMatch(/^\d{6}$/);

    // After DNS rebinding, rebind.evil.example resolves to 127.0.0.1: the page is same-origin
    // with it, so the only sign is the Host header.
    const response = await sim.app.request(
      `http://rebind.evil.example:8080/dev/sms?mobile_number=${ASHA.mobile}`,
      { headers: { 'Sec-Fetch-Site': 'same-origin' } },
      // The browser runs on this machine: the TCP peer is loopback, so only Host can tell.
      peerEnv('127.0.0.1'),
    );
    const text = await response.text();
    expect(response.status).toBe(403);
    expect(JSON.parse(text)).toMatchObject({ errorCode: 'REQVAL0001' });
    expect(text).not.toContain(otp!);
  });
});

describe('the keyless holder endpoints reject a cross-site simple request', () => {
  it('sends no SMS for a text/plain POST from another origin that carries no Sec-Fetch-Site', async () => {
    const sim = await makeSim();
    // A browser that sends no Fetch Metadata headers (Safari before 16.4, some embedded views).
    const response = await sim.request(`${PAGE}/generateOTP`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8', Origin: EVIL },
      body: JSON.stringify({ mobile_number: ASHA.mobile, full_name: ASHA.name }),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ errorCode: 'REQVAL0001' });
    expect(sim.registry.outbox.list(ASHA.mobile)).toEqual([]);
  });
});
