/**
 * SMS bombing on the registry simulator (SPEC §3): one mobile gets at most 10 SMS in any hour
 * whatever the keys, answered alike past the cap, and one requester waits the resend gap.
 * Driven through app.request with a fake clock.
 */
import { describe, expect, it } from 'vitest';
import { generateOtp, makeSim, registerVerifier } from '../simulator/fixture.ts';
import { HOUR_MS, UUID, VICTIM, errorCode, smsLines } from './otp-abuse-helpers.ts';

describe('SMS bombing', () => {
  it('sends one mobile at most 10 SMS in any hour, whatever the keys and requests, answering alike past the cap', async () => {
    const sim = await makeSim({ otpResendGapS: 0 });
    const keys: string[] = [];
    for (let i = 0; i < 25; i++) keys.push(await registerVerifier(sim, `bomber-${i}`));
    const sentAt: number[] = [];
    const statuses = new Set<number>();
    // 2,000 requests over two hours, from 25 keys in turn: well under each key's rate limit.
    for (let i = 0; i < 2000; i++) {
      const before = await smsLines(sim);
      const response = await generateOtp(
        sim,
        keys[i % keys.length]!,
        VICTIM.mobile,
        VICTIM.fullName,
      );
      statuses.add(response.status);
      expect(UUID.test((await response.json()).txnId as string)).toBe(true);
      if ((await smsLines(sim)) > before) sentAt.push(sim.nowMs());
      sim.advance(3_600);
    }
    let worstHour = 0;
    for (const start of sentAt) {
      worstHour = Math.max(
        worstHour,
        sentAt.filter((t) => t >= start && t < start + HOUR_MS).length,
      );
    }
    console.log(
      `[otp-abuse] SMS bombing, 2 h, 25 keys: 2000 requests, ${sentAt.length} SMS sent, ` +
        `at most ${worstHour} in any hour`,
    );
    // SPEC §3: a 429 at the cap would tell anyone the mobile is registered and named so.
    expect([...statuses]).toEqual([200]);
    expect(worstHour).toBe(10);
    expect(sentAt.length).toBe(20);
  });

  it('keeps the resend gap between two SMS one requester asks for one mobile', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'bomber');
    const sentAt: number[] = [];
    let rejected = 0;
    // One request every 10 s for 20 minutes: an SMS at most every 180 s, below the hourly cap.
    for (let i = 0; i < 120; i++) {
      const before = await smsLines(sim);
      const response = await generateOtp(sim, key, VICTIM.mobile, VICTIM.fullName);
      if (response.status !== 200) {
        expect(response.status).toBe(429);
        expect(await errorCode(response)).toBe('USRAUT0016');
        rejected += 1;
      }
      if ((await smsLines(sim)) > before) sentAt.push(sim.nowMs());
      sim.advance(10_000);
    }
    const gaps = sentAt.slice(1).map((t, i) => t - sentAt[i]!);
    console.log(
      `[otp-abuse] resend gap 180 s, 20 min, 1 key: 120 requests, ${sentAt.length} SMS, ` +
        `${rejected} rejected, shortest gap ${Math.min(...gaps) / 1000} s`,
    );
    expect(sentAt.length).toBe(7);
    expect(rejected).toBe(120 - 7);
    expect(Math.min(...gaps)).toBe(180_000);
  });
});
