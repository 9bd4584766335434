/**
 * No enumeration through generateOTP on the registry simulator (SPEC §3): an unknown mobile, a
 * wrong name and a match get the same status, headers and body shape, and take the same time
 * against the real server, whose data dir keeps no OTP either.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPerson } from '../../simulator/beneficiaries.ts';
import { registerVerifier as registerOverHttp } from '../helpers/registry-client.ts';
import { startSimulator, type RunningSimulator } from '../helpers/simulator-process.ts';
import { generateOtp, latestOtp, makeSim, registerVerifier } from '../simulator/fixture.ts';
import { filesUnder, leaksIn, otpNeedles, type Needle } from './leak-scan.ts';
import { UUID, VICTIM } from './otp-abuse-helpers.ts';

describe('no enumeration through generateOTP', () => {
  it('answers an unknown mobile, a wrong name and a match with the same status, headers and body shape', async () => {
    const sim = await makeSim({ otpResendGapS: 0 });
    const key = await registerVerifier(sim, 'gate');
    const cases = {
      unknown: { mobile: '8222200001', fullName: VICTIM.fullName },
      wrongName: { mobile: VICTIM.mobile, fullName: 'Somebody Else' },
      match: { mobile: '9000000001', fullName: 'Asha Verma' },
    };
    const answers: Record<string, { status: number; headers: string[]; body: unknown }> = {};
    for (const [name, person] of Object.entries(cases)) {
      const response = await generateOtp(sim, key, person.mobile, person.fullName);
      const body = (await response.json()) as Record<string, unknown>;
      expect(Object.keys(body)).toEqual(['txnId']);
      expect(body.txnId).toMatch(UUID);
      answers[name] = {
        status: response.status,
        headers: [...response.headers.keys()].filter((header) => header !== 'date').sort(),
        body: { txnId: typeof body.txnId, length: String(body.txnId).length },
      };
    }
    expect(answers.wrongName).toEqual(answers.unknown);
    expect(answers.match).toEqual(answers.unknown);
    expect(answers.match!.status).toBe(200);
    // Only the match was texted.
    expect(await latestOtp(sim, '9000000001')).toMatch(/^\d{6}$/);
    expect(await latestOtp(sim, VICTIM.mobile)).toBeNull();
    expect(await latestOtp(sim, '8222200001')).toBeNull();
  });

  describe('timing, against the real server', () => {
    const CALLS = 300;
    /** The largest median paired difference allowed between two kinds: half a 1 ms leak. */
    const MAX_TIMING_SHIFT_MS = 0.5;
    const WARM_UP = 30;
    let sim: RunningSimulator;
    let apiKey: string;

    beforeAll(async () => {
      sim = await startSimulator({
        args: ['--otp-resend-gap', '0', '--rate-limit', '0', '--persons', String(2 * CALLS)],
      });
      apiKey = await registerOverHttp(sim.url, {
        verifier_id: 'timing',
        name: 'Timing',
        origins: [],
      });
    });

    afterAll(async () => {
      await sim?.stop();
    });

    it('takes the same time for an unknown mobile, a wrong name and a match (median paired difference of 300 rounds under 0.5 ms)', async () => {
      const post = async (mobile: string, fullName: string) => {
        const started = performance.now();
        const response = await fetch(`${sim.url}/v3/vaccination/generateOTP`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Api-Key': apiKey },
          body: JSON.stringify({ mobile_number: mobile, full_name: fullName }),
        });
        const body = (await response.json()) as Record<string, unknown>;
        const ms = performance.now() - started;
        return { ms, status: response.status, body };
      };
      // Fresh mobiles for every call: no gap, cap or outbox state carries between calls.
      const kinds = {
        unknown: (i: number) => ({ mobile: String(8_300_000_000 + i), fullName: 'Nobody Known' }),
        wrongName: (i: number) => ({
          mobile: syntheticPerson(i).mobile,
          fullName: 'Nobody Known',
        }),
        match: (i: number) => ({
          mobile: syntheticPerson(CALLS + i).mobile,
          fullName: syntheticPerson(CALLS + i).fullName,
        }),
      };
      const settle = () => new Promise((resolve) => setTimeout(resolve, 1));
      for (let i = 0; i < WARM_UP; i++) await post(String(8_400_000_000 + i), 'Warm Up');
      const times: Record<keyof typeof kinds, number[]> = { unknown: [], wrongName: [], match: [] };
      const order = Object.keys(kinds) as (keyof typeof kinds)[];
      // Every order of the three kinds in turn, so each kind follows each other kind equally.
      const orders: (keyof typeof kinds)[][] = [
        ['unknown', 'wrongName', 'match'],
        ['unknown', 'match', 'wrongName'],
        ['wrongName', 'unknown', 'match'],
        ['wrongName', 'match', 'unknown'],
        ['match', 'unknown', 'wrongName'],
        ['match', 'wrongName', 'unknown'],
      ];
      for (let i = 0; i < CALLS; i++) {
        for (const kind of orders[i % orders.length]!) {
          const { mobile, fullName } = kinds[kind](i);
          // Work a match leaves behind (the SMS line on the console, read by this process) ends
          // before the next call starts, so it lands in no kind's time.
          await settle();
          const answer = await post(mobile, fullName);
          expect(answer.status).toBe(200);
          expect(Object.keys(answer.body)).toEqual(['txnId']);
          expect(answer.body.txnId).toMatch(UUID);
          times[kind].push(answer.ms);
        }
      }
      // The three kinds really differ: the matches were texted, the wrong names not.
      const outbox = async (mobile: string) =>
        ((await (await fetch(`${sim.url}/dev/sms?mobile_number=${mobile}`)).json()) as unknown[])
          .length;
      expect(await outbox(kinds.match(0).mobile)).toBe(1);
      expect(await outbox(kinds.match(CALLS - 1).mobile)).toBe(1);
      expect(await outbox(kinds.wrongName(0).mobile)).toBe(0);

      const median = (values: number[]) => {
        const sorted = [...values].sort((a, b) => a - b);
        const mid = sorted.length >> 1;
        return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
      };
      const medians = Object.fromEntries(
        order.map((kind) => [kind, median(times[kind])]),
      ) as Record<keyof typeof kinds, number>;
      // Paired: the three kinds of round i ran back to back, so the machine's load at that moment
      // cancels out of their difference; the median of the differences ignores the rounds a
      // stall hit. A 1 ms leak would move it by 1 ms, so the bound sits well under that.
      const pairedShift = (a: keyof typeof kinds, b: keyof typeof kinds) =>
        median(times[a].map((ms, i) => ms - times[b][i]!));
      const shifts = {
        'unknown vs wrongName': pairedShift('unknown', 'wrongName'),
        'unknown vs match': pairedShift('unknown', 'match'),
        'wrongName vs match': pairedShift('wrongName', 'match'),
      };
      console.log(
        `[otp-abuse] timing, ${CALLS} calls each over HTTP: median unknown ${medians.unknown.toFixed(3)} ms, ` +
          `wrong name ${medians.wrongName.toFixed(3)} ms, match ${medians.match.toFixed(3)} ms; ` +
          `median paired differences ${Object.entries(shifts)
            .map(([pair, ms]) => `${pair} ${ms.toFixed(3)} ms`)
            .join(', ')}`,
      );
      for (const [pair, shift] of Object.entries(shifts)) {
        expect(Math.abs(shift), pair).toBeLessThan(MAX_TIMING_SHIFT_MS);
      }

      // The real process keeps no OTP in its data dir either.
      const sent = [kinds.match(0), kinds.match(1), kinds.match(2)];
      const needles: Needle[] = [];
      for (const [index, person] of sent.entries()) {
        const response = await fetch(`${sim.url}/dev/sms?mobile_number=${person.mobile}`);
        const [sms] = (await response.json()) as { text: string }[];
        const otp = /\b(\d{6})\b/.exec(sms!.text)![1]!;
        needles.push(...otpNeedles(`OTP ${index + 1}`, otp));
      }
      for (const file of filesUnder(sim.dataDir)) {
        expect(leaksIn(file.text, needles), file.path).toEqual([]);
      }
    }, 120_000);
  });
});
