/**
 * The holder page's keyless endpoints, generateOTP and confirmOTP under knowYourStatus (SPEC §3):
 * a holder token standalone, a token bound to the verifier and nonce embedded, and the page
 * token, cross-site, resend gap and per-address limits they keep.
 */
import { describe, expect, it } from 'vitest';
import { PAGE_TOKEN_HEADER } from '../../src/protocol/registry-api.ts';
import {
  holderPost,
  jsonPost,
  latestOtp,
  makeSim,
  pageToken,
  registerVerifier,
  sha256Hex,
  verifyWithJwks,
} from '../simulator/fixture.ts';
import type { Sim } from '../simulator/fixture.ts';
import { ASHA, BOOKING, CONFIRM, GENERATE, OTHER_SITE, pageApp } from './holder-routes-helpers.ts';

/** generateOTP then confirmOTP for Asha, as the page sends them, each with its page token. */
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
