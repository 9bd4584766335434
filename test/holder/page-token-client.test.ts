/**
 * The holder page's client carries the registry's single-use page token (SPEC §3): the first
 * from the page's inline config, each next one from the answer before. Driven against the real
 * simulator app, so a token the client failed to send or rotate is a 403.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { confirmOtp, sendOtp } from '../../src/holder/api.ts';
import { CONFIG_ELEMENT_ID } from '../../src/holder/config.ts';
import { PAGE_TOKEN_HEADER } from '../../src/protocol/registry-api.ts';
import { BASE, latestOtp, makeSim, pageToken, peerEnv } from '../simulator/fixture.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the holder page client and its page token', () => {
  it('sends the served token, then the one each answer carries, through a whole flow', async () => {
    const sim = await makeSim();
    // The served page's inline config, as the only part of a DOM the client reads.
    const config = JSON.stringify({ mode: 'standalone', pageToken: await pageToken(sim) });
    vi.stubGlobal('document', {
      getElementById: (id: string) => (id === CONFIG_ELEMENT_ID ? { textContent: config } : null),
    });
    const sent: (string | null)[] = [];
    const fetchImpl = (async (path: string, init?: RequestInit) => {
      sent.push(new Headers(init?.headers).get(PAGE_TOKEN_HEADER));
      return sim.app.request(`${BASE}${path}`, init, peerEnv('198.51.100.7'));
    }) as typeof fetch;

    const txnId = await sendOtp({ mobile: '9000000001', fullName: 'Asha Verma' }, fetchImpl);
    const otp = (await latestOtp(sim, '9000000001'))!;
    await expect(
      confirmOtp({ txnId, otp: otp === '000000' ? '111111' : '000000' }, fetchImpl),
    ).rejects.toMatchObject({
      code: 'USRAUT0014',
      triesLeft: 2,
    });
    const signed = await confirmOtp({ txnId, otp }, fetchImpl);
    expect(signed.status).toBe(2);
    expect(sent).toHaveLength(3);
    expect(new Set(sent).size).toBe(3);
    for (const token of sent) expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
});
