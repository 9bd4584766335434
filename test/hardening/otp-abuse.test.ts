/**
 * OTP abuse on the registry simulator (SPEC §3, the rules the registry keeps): brute force across many transactions,
 * OTPs at rest, expired and used OTPs, enumeration by body, status and timing, SMS bombing.
 * Driven through app.request with a fake clock, and against the real server for timing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPerson } from '../../simulator/beneficiaries.ts';
import { SmsOutbox } from '../../simulator/sms.ts';
import { registerVerifier as registerOverHttp } from '../helpers/registry-client.ts';
import { startSimulator, type RunningSimulator } from '../helpers/simulator-process.ts';
import {
  confirmOtp,
  generateOtp,
  jsonPost,
  latestOtp,
  makeSim,
  registerVerifier,
  type Sim,
} from '../simulator/fixture.ts';
import { filesUnder, leaksIn, otpNeedles, reachableStrings, type Needle } from './leak-scan.ts';

const HOUR_MS = 60 * 60 * 1000;
const RATE_WINDOW_MS = 5 * 60 * 1000;
const OTP_SPACE = 1_000_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A demo beneficiary the simulator always has (simulator/beneficiaries.ts). */
const VICTIM = { mobile: '9000000002', fullName: 'Meera Iyer' };

/** The chance that at least one of `transactions` transactions falls to `tries` distinct guesses. */
function successProbability(transactions: number, tries: number): number {
  return 1 - (1 - tries / OTP_SPACE) ** transactions;
}

/** Three distinct six-digit guesses, none equal to the real OTP (so every guess is wrong). */
function wrongGuesses(otp: string, count: number): string[] {
  const guesses: string[] = [];
  for (let n = 0; guesses.length < count; n++) {
    const guess = String((Number(otp) + 1 + n * 7919) % OTP_SPACE).padStart(6, '0');
    if (guess !== otp && !guesses.includes(guess)) guesses.push(guess);
  }
  return guesses;
}

async function errorCode(response: Response): Promise<string | undefined> {
  return ((await response.json()) as { errorCode?: string }).errorCode;
}

async function txnOf(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  return ((await response.json()) as { txnId: string }).txnId;
}

function smsLines(sim: Sim): number {
  return sim.logs.filter((line) => line.startsWith('[sms]')).length;
}

describe('brute force against the OTP', () => {
  it('caps an attacker with many keys at 10 guessable transactions x 3 tries per mobile per hour', async () => {
    const sim = await makeSim();
    const keys = await Promise.all(
      ['mallory-1', 'mallory-2', 'mallory-3', 'mallory-4'].map((id) => registerVerifier(sim, id)),
    );
    let guessable = 0;
    let silent = 0;
    let rejectedOpen = 0;
    let guessesOnRealOtps = 0;
    let requests = 0;
    // Every 20 s for an hour, every key asks for an OTP for the victim and spends every try.
    for (let elapsed = 0; elapsed < HOUR_MS; elapsed += 20_000) {
      for (const key of keys) {
        const smsBefore = smsLines(sim);
        const started = await generateOtp(sim, key, VICTIM.mobile, VICTIM.fullName);
        requests += 1;
        if (started.status === 429) {
          expect(await errorCode(started)).toBe('USRAUT0016');
          rejectedOpen += 1;
          continue;
        }
        const txnId = await txnOf(started);
        // Past the hourly SMS cap the answer is the same, but no OTP exists for anyone to know.
        const real = smsLines(sim) > smsBefore;
        const otp = real ? (await latestOtp(sim, VICTIM.mobile))! : '000000';
        if (real) guessable += 1;
        else silent += 1;
        for (const guess of wrongGuesses(otp, 3)) {
          const tried = await confirmOtp(sim, key, txnId, guess);
          requests += 1;
          expect(tried.status).toBe(400);
          expect(await errorCode(tried)).toBe('USRAUT0014');
          if (real) guessesOnRealOtps += 1;
        }
        // A fourth try, even with the right OTP, finds the transaction gone.
        const fourth = await confirmOtp(sim, key, txnId, otp);
        requests += 1;
        expect(await errorCode(fourth)).toBe('USRAUT0015');
      }
      sim.advance(20_000);
    }
    const observed = successProbability(guessable, guessesOnRealOtps / Math.max(1, guessable));
    const bound = successProbability(10, 3);
    console.log(
      `[otp-abuse] per-mobile brute force, 1 h, 4 keys: ${requests} requests, ${guessable} ` +
        `transactions with an OTP, ${silent} past the SMS cap, ${rejectedOpen} rejected (429), ` +
        `best success probability ${observed.toExponential(4)} (limits say ${bound.toExponential(4)})`,
    );
    expect(guessable).toBe(10);
    expect(guessesOnRealOtps).toBe(30);
    expect(silent).toBeGreaterThan(0);
    expect(observed).toBeCloseTo(bound, 12);
    expect(observed).toBeLessThan(3.1e-5);
  });

  it('caps one key at 900 guesses an hour across fresh mobiles (100 requests per 5 minutes)', async () => {
    const sim = await makeSim({ otpResendGapS: 0 });
    const key = await registerVerifier(sim, 'mallory');
    let mobileIndex = 0;
    let accepted = 0;
    let limited = 0;
    let guessesEvaluated = 0;
    let transactions = 0;
    for (let window = 0; window < HOUR_MS / RATE_WINDOW_MS; window++) {
      let blocked = false;
      while (!blocked) {
        // Unregistered mobiles answer the same way, so the attacker cannot pick real ones out.
        const mobile = String(8_100_000_000 + mobileIndex++);
        const started = await generateOtp(sim, key, mobile, 'Some Body');
        if (started.status === 429) {
          expect(await errorCode(started)).toBe('USRAUT0016');
          limited += 1;
          break;
        }
        accepted += 1;
        transactions += 1;
        const txnId = await txnOf(started);
        for (const guess of ['000001', '000002', '000003']) {
          const tried = await confirmOtp(sim, key, txnId, guess);
          if (tried.status === 429) {
            expect(await errorCode(tried)).toBe('USRAUT0016');
            limited += 1;
            blocked = true;
            break;
          }
          expect(await errorCode(tried)).toBe('USRAUT0014');
          accepted += 1;
          guessesEvaluated += 1;
        }
      }
      sim.advance(RATE_WINDOW_MS);
    }
    const windows = HOUR_MS / RATE_WINDOW_MS;
    const guessBound = (windows * 100 * 3) / 4;
    const observed = successProbability(transactions, guessesEvaluated / transactions);
    console.log(
      `[otp-abuse] per-key brute force, 1 h: ${accepted} requests served, ${limited} rejected (429), ` +
        `${transactions} transactions, ${guessesEvaluated} guesses evaluated (bound ${guessBound}), ` +
        `best success probability ${observed.toExponential(4)}`,
    );
    expect(accepted).toBe(windows * 100);
    expect(guessesEvaluated).toBe(guessBound);
    expect(observed).toBeLessThanOrEqual(successProbability(windows * 25, 3) + 1e-15);
  });

  it('rejects the right OTP after three wrong tries, once used, and once expired', async () => {
    const sim = await makeSim({ otpResendGapS: 0 });
    const key = await registerVerifier(sim, 'gate');

    const exhausted = await txnOf(await generateOtp(sim, key, VICTIM.mobile, VICTIM.fullName));
    const exhaustedOtp = (await latestOtp(sim, VICTIM.mobile))!;
    for (const guess of wrongGuesses(exhaustedOtp, 3)) {
      expect(await errorCode(await confirmOtp(sim, key, exhausted, guess))).toBe('USRAUT0014');
    }
    const late = await confirmOtp(sim, key, exhausted, exhaustedOtp);
    expect(late.status).toBe(400);
    expect(await errorCode(late)).toBe('USRAUT0015');

    const used = await txnOf(await generateOtp(sim, key, VICTIM.mobile, VICTIM.fullName));
    const usedOtp = (await latestOtp(sim, VICTIM.mobile))!;
    expect((await confirmOtp(sim, key, used, usedOtp)).status).toBe(200);
    const replay = await confirmOtp(sim, key, used, usedOtp);
    expect(replay.status).toBe(400);
    expect(await errorCode(replay)).toBe('USRAUT0015');

    const expiring = await txnOf(await generateOtp(sim, key, VICTIM.mobile, VICTIM.fullName));
    const expiringOtp = (await latestOtp(sim, VICTIM.mobile))!;
    sim.advance(180_000);
    const expired = await confirmOtp(sim, key, expiring, expiringOtp);
    expect(expired.status).toBe(400);
    expect(await errorCode(expired)).toBe('USRAUT0015');
    const held = sim.registry.otp.inspect().transactions as { txnId: string }[];
    expect(held.map((txn) => txn.txnId)).not.toContain(expiring);
  });
});

describe('OTPs at rest', () => {
  it('keeps no OTP, nor its bare SHA-256, in the registry’s memory, data dir or log', async () => {
    const sim = await makeSim({ otpResendGapS: 0 });
    const key = await registerVerifier(sim, 'gate');
    const people = [
      { mobile: '9811100001', fullName: 'Ishaan Thakkar' },
      { mobile: '9811100002', fullName: 'Rukmini Deshpande' },
      { mobile: '9811100003', fullName: 'Baljeet Sandhu' },
      { mobile: '9811100004', fullName: 'Tenzin Norgay Bhutia' },
    ];
    const needles: Needle[] = [];
    const txnIds: string[] = [];
    for (const [index, person] of people.entries()) {
      const added = await sim.request(
        '/dev/persons',
        jsonPost({
          mobile_number: person.mobile,
          full_name: person.fullName,
          doses: [{ vaccine: 'Covaxin', date: '2021-06-01' }],
        }),
      );
      expect(added.status).toBe(201);
      const txnId = await txnOf(await generateOtp(sim, key, person.mobile, person.fullName));
      txnIds.push(txnId);
      const otp = (await latestOtp(sim, person.mobile))!;
      expect(otp).toMatch(/^\d{6}$/);
      needles.push(...otpNeedles(`OTP ${index + 1}`, otp));
      // One confirmed (a bearer now exists), one with a wrong try, the rest pending.
      if (index === 0) expect((await confirmOtp(sim, key, txnId, otp)).status).toBe(200);
      if (index === 1) {
        const [wrong] = wrongGuesses(otp, 1);
        expect((await confirmOtp(sim, key, txnId, wrong!)).status).toBe(400);
      }
    }

    // Everything the registry holds, except the dev SMS outbox, whose job is to hold the OTP.
    const memory = reachableStrings(sim.registry, (value) => value instanceof SmsOutbox);
    const joined = memory.join('\n');
    // The walk reaches the OTP store: the pending transactions are in what it read.
    for (const txnId of txnIds.slice(1)) expect(joined).toContain(txnId);
    expect(leaksIn(joined, needles)).toEqual([]);

    const files = filesUnder(sim.dataDir);
    expect(files.map((file) => file.path.slice(sim.dataDir.length + 1)).sort()).toContain(
      'persons.json',
    );
    for (const file of files) expect(leaksIn(file.text, needles), file.path).toEqual([]);

    const notSms = sim.logs.filter((line) => !line.startsWith('[sms]'));
    expect(notSms.length).toBeGreaterThan(0);
    for (const line of notSms) expect(leaksIn(line, needles), line).toEqual([]);
    console.log(
      `[otp-abuse] at rest: ${needles.length / 2} OTPs sought in ${memory.length} strings in memory, ` +
        `${files.length} data files, ${notSms.length} log lines: none found`,
    );
  });
});

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
      for (let i = 0; i < WARM_UP; i++) await post(String(8_400_000_000 + i), 'Warm Up');
      const times: Record<keyof typeof kinds, number[]> = { unknown: [], wrongName: [], match: [] };
      const order = Object.keys(kinds) as (keyof typeof kinds)[];
      for (let i = 0; i < CALLS; i++) {
        // Rotate the order so no case always follows another.
        for (let k = 0; k < order.length; k++) {
          const kind = order[(i + k) % order.length]!;
          const { mobile, fullName } = kinds[kind](i);
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

describe('SMS bombing', () => {
  it('sends one mobile at most 10 SMS in any hour, whatever the keys and requests, answering alike past the cap', async () => {
    const sim = await makeSim({ otpResendGapS: 0 });
    const keys: string[] = [];
    for (let i = 0; i < 25; i++) keys.push(await registerVerifier(sim, `bomber-${i}`));
    const sentAt: number[] = [];
    const statuses = new Set<number>();
    // 2,000 requests over two hours, from 25 keys in turn: well under each key's rate limit.
    for (let i = 0; i < 2000; i++) {
      const before = smsLines(sim);
      const response = await generateOtp(
        sim,
        keys[i % keys.length]!,
        VICTIM.mobile,
        VICTIM.fullName,
      );
      statuses.add(response.status);
      expect(UUID.test((await response.json()).txnId as string)).toBe(true);
      if (smsLines(sim) > before) sentAt.push(sim.nowMs());
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
      const before = smsLines(sim);
      const response = await generateOtp(sim, key, VICTIM.mobile, VICTIM.fullName);
      if (response.status !== 200) {
        expect(response.status).toBe(429);
        expect(await errorCode(response)).toBe('USRAUT0016');
        rejected += 1;
      }
      if (smsLines(sim) > before) sentAt.push(sim.nowMs());
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
