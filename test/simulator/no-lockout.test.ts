/**
 * SPEC §3: what one requester does never delays another's OTP for a mobile, and no limit tells
 * whether a mobile is registered or a name matches. The holder page's POSTs need a page token.
 */
import { describe, expect, it } from 'vitest';
import { PAGE_TOKEN_HEADER } from '../../src/protocol/registry-api.ts';
import {
  generateOtp,
  holderPost,
  jsonPost,
  makeSim,
  pageToken,
  registerVerifier,
} from './fixture.ts';
import type { Sim } from './fixture.ts';

const VICTIM = { mobile: '9000000001', name: 'Asha Verma' };
const GENERATE = '/v3/vaccination/status/knowYourStatus/generateOTP';
const FIVE_MINUTES = 5 * 60_000;

function sms(sim: Sim): number {
  return sim.registry.outbox.list(VICTIM.mobile).length;
}

describe('no lock-out of a mobile by another requester', () => {
  it('an attacker key sending a junk name every 30 s for 5 minutes never delays a verifier', async () => {
    const sim = await makeSim();
    const attacker = await registerVerifier(sim, 'mallory');
    const gate = await registerVerifier(sim, 'gate');
    for (let elapsed = 0; elapsed <= FIVE_MINUTES; elapsed += 30_000) {
      await generateOtp(sim, attacker, VICTIM.mobile, 'Junk Name');
      const before = sms(sim);
      // The gate asks at every moment of the attack, each time after its own gap has passed.
      if (elapsed % 180_000 === 0) {
        const asked = await generateOtp(sim, gate, VICTIM.mobile, VICTIM.name);
        expect(asked.status, `at ${elapsed / 1000} s`).toBe(200);
        expect(sms(sim)).toBe(before + 1);
      }
      sim.advance(30_000);
    }
  });

  it('the holder page from one address sending a junk name every 30 s never delays a verifier', async () => {
    const sim = await makeSim();
    const gate = await registerVerifier(sim, 'gate');
    let rejected = 0;
    for (let elapsed = 0; elapsed <= FIVE_MINUTES; elapsed += 30_000) {
      const junk = await holderPost(
        sim,
        GENERATE,
        { mobile_number: VICTIM.mobile, full_name: 'Junk Name' },
        { peer: '203.0.113.9' },
      );
      if (junk.status === 429) rejected += 1;
      const before = sms(sim);
      const asked = await generateOtp(sim, gate, VICTIM.mobile, VICTIM.name);
      if (elapsed % 180_000 === 0) {
        expect(asked.status, `at ${elapsed / 1000} s`).toBe(200);
        expect(sms(sim)).toBe(before + 1);
      }
      sim.advance(30_000);
    }
    // The page's own gap does hold the junk sender back.
    expect(rejected).toBeGreaterThan(0);
  });

  it('a right-name holder on another address is not held back by a junk sender on the page', async () => {
    const sim = await makeSim();
    await holderPost(
      sim,
      GENERATE,
      { mobile_number: VICTIM.mobile, full_name: 'Junk' },
      { peer: '203.0.113.9' },
    );
    const real = await holderPost(
      sim,
      GENERATE,
      { mobile_number: VICTIM.mobile, full_name: VICTIM.name },
      { peer: '198.51.100.4' },
    );
    expect(real.status).toBe(200);
    expect(sms(sim)).toBe(1);
  });

  it('junk names do not spend the mobile’s hourly SMS cap', async () => {
    const sim = await makeSim({ otpResendGapS: 0 });
    const attacker = await registerVerifier(sim, 'mallory');
    const gate = await registerVerifier(sim, 'gate');
    for (let i = 0; i < 50; i++) await generateOtp(sim, attacker, VICTIM.mobile, `Junk ${i}`);
    expect((await generateOtp(sim, gate, VICTIM.mobile, VICTIM.name)).status).toBe(200);
    expect(sms(sim)).toBe(1);
  });
});

describe('no limit tells whether a mobile is registered or a name matches', () => {
  const CASES = [
    ['unknown mobile', '9999999990', 'Asha Verma'],
    ['wrong name', VICTIM.mobile, 'Not Her'],
    ['right name', VICTIM.mobile, VICTIM.name],
  ] as const;

  async function shapeOf(response: Response) {
    const body = (await response.json()) as Record<string, unknown>;
    const headers = [...response.headers.keys()].sort();
    return {
      status: response.status,
      headers,
      body: Object.fromEntries(
        Object.entries(body).map(([k, v]) => [
          k,
          typeof v === 'string' ? v.replace(/[0-9a-f]/g, 'x') : v,
        ]),
      ),
    };
  }

  it('answers the three alike in status, headers and body, first time and within the gap', async () => {
    const sim = await makeSim();
    // One key per case: the gap counts per key and mobile, whatever the name.
    const keys = await Promise.all(CASES.map((_, i) => registerVerifier(sim, `gate-${i}`)));
    const round = () =>
      Promise.all(
        CASES.map(async ([, mobile, name], i) =>
          shapeOf(await generateOtp(sim, keys[i]!, mobile, name)),
        ),
      );
    const first = await round();
    expect(first[0]!.status).toBe(200);
    expect(first[1]).toEqual(first[0]);
    expect(first[2]).toEqual(first[0]);
    sim.advance(10_000);
    const again = await round();
    expect(again[0]!.status).toBe(429);
    expect(again[1]).toEqual(again[0]);
    expect(again[2]).toEqual(again[0]);
  });

  it('answers the three in the same time: medians within 0.5 ms, and a 1 ms leak would show', async () => {
    const sim = await makeSim({ otpResendGapS: 0, rateLimit: 0 });
    const key = await registerVerifier(sim, 'gate');
    const mobiles = Array.from({ length: 600 }, (_, i) => `8${String(i).padStart(9, '0')}`);
    for (const mobile of mobiles)
      sim.registry.beneficiaries.add({ mobile, fullName: 'Timing Person', doses: [] });

    async function medians(extraMs: number): Promise<number[]> {
      const samples: number[][] = [[], [], []];
      // Interleaved rounds, so drift and GC fall on every case alike.
      for (let round = 0; round < 200; round++) {
        const mobile = mobiles[round]!;
        const cases: [string, string][] = [
          [`7${String(round).padStart(9, '0')}`, 'Timing Person'],
          [mobile, 'Someone Else'],
          [mobile, 'Timing Person'],
        ];
        for (const [i, [m, n]] of cases.entries()) {
          const started = performance.now();
          await generateOtp(sim, key, m, n);
          const spent = performance.now() - started;
          // The leak a broken registry would have: extra work only on a match.
          samples[i]!.push(spent + (i === 2 ? extraMs : 0));
        }
        sim.advance(1);
      }
      return samples.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!);
    }

    const [unknown, wrong, right] = await medians(0);
    expect(Math.abs(wrong! - unknown!)).toBeLessThan(0.5);
    expect(Math.abs(right! - unknown!)).toBeLessThan(0.5);
    // The same comparison catches a 1 ms difference: it is not a check that cannot fail.
    const leaky = await medians(1);
    expect(Math.abs(leaky[2]! - leaky[0]!)).toBeGreaterThanOrEqual(0.5);
  }, 60_000);
});

describe('the holder page endpoints are not a keyless public API', () => {
  it('reject a POST without a page token, or with one already used: 403, no SMS', async () => {
    const sim = await makeSim();
    const body = { mobile_number: VICTIM.mobile, full_name: VICTIM.name };
    const bare = await sim.request(GENERATE, jsonPost(body));
    expect(bare.status).toBe(403);
    expect(await bare.json()).toMatchObject({ errorCode: 'REQVAL0001' });
    const token = await pageToken(sim);
    expect(
      (await sim.request(GENERATE, jsonPost(body, { [PAGE_TOKEN_HEADER]: token }))).status,
    ).toBe(200);
    sim.advance(200_000);
    const reused = await sim.request(GENERATE, jsonPost(body, { [PAGE_TOKEN_HEADER]: token }));
    expect(reused.status).toBe(403);
    expect(sms(sim)).toBe(1);
  });

  it('reject an expired token and one served for another verifier', async () => {
    const sim = await makeSim();
    await registerVerifier(sim, 'rail-1', ['https://rail.example']);
    const body = { mobile_number: VICTIM.mobile, full_name: VICTIM.name };
    const old = await pageToken(sim);
    sim.advance(16 * 60_000);
    expect((await sim.request(GENERATE, jsonPost(body, { [PAGE_TOKEN_HEADER]: old }))).status).toBe(
      403,
    );
    const standalone = await pageToken(sim);
    const forRail = await sim.request(
      GENERATE,
      jsonPost({ ...body, client_id: 'rail-1' }, { [PAGE_TOKEN_HEADER]: standalone }),
    );
    expect(forRail.status).toBe(403);
    expect(sms(sim)).toBe(0);
  });

  it('count embedded flows against the verifier’s own per-key budget', async () => {
    const sim = await makeSim({ rateLimit: 2 });
    const key = await registerVerifier(sim, 'rail-1', ['https://rail.example']);
    for (const mobile of ['9000000002', '9000000003']) {
      const embedded = await holderPost(sim, GENERATE, {
        mobile_number: mobile,
        full_name: 'X',
        client_id: 'rail-1',
      });
      expect(embedded.status).toBe(200);
    }
    const embedded = await holderPost(sim, GENERATE, {
      mobile_number: '9000000004',
      full_name: 'X',
      client_id: 'rail-1',
    });
    expect(embedded.status).toBe(429);
    expect(await embedded.json()).toMatchObject({ errorCode: 'USRAUT0016' });
    expect((await generateOtp(sim, key, '9000000005', 'X')).status).toBe(429);
  });

  it('limit one IPv6 /64 as one address', async () => {
    const sim = await makeSim({}, { ipLimit: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await holderPost(
        sim,
        GENERATE,
        { mobile_number: `800000000${i}`, full_name: 'X' },
        { peer: `2001:db8:5:6:${i + 1}::${i + 7}` },
      );
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const other = await holderPost(
      sim,
      GENERATE,
      { mobile_number: '8000000009', full_name: 'X' },
      { peer: '2001:db8:5:7::1' },
    );
    expect(other.status).toBe(200);
  });
});
