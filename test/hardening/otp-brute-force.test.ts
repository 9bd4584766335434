/**
 * Brute force against the OTP on the registry simulator (SPEC §3, the rules the registry keeps):
 * many keys against one mobile, one key across fresh mobiles, and the right OTP after the tries,
 * once used and once expired. Driven through app.request with a fake clock.
 */
import { describe, expect, it } from 'vitest';
import {
  confirmOtp,
  generateOtp,
  latestOtp,
  makeSim,
  registerVerifier,
} from '../simulator/fixture.ts';
import {
  HOUR_MS,
  OTP_SPACE,
  VICTIM,
  errorCode,
  smsLines,
  txnOf,
  wrongGuesses,
} from './otp-abuse-helpers.ts';

const RATE_WINDOW_MS = 5 * 60 * 1000;

/** The chance that at least one of `transactions` transactions falls to `tries` distinct guesses. */
function successProbability(transactions: number, tries: number): number {
  return 1 - (1 - tries / OTP_SPACE) ** transactions;
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
        const smsBefore = await smsLines(sim);
        const started = await generateOtp(sim, key, VICTIM.mobile, VICTIM.fullName);
        requests += 1;
        if (started.status === 429) {
          expect(await errorCode(started)).toBe('USRAUT0016');
          rejectedOpen += 1;
          continue;
        }
        const txnId = await txnOf(started);
        // Past the hourly SMS cap the answer is the same, but no OTP exists for anyone to know.
        const real = (await smsLines(sim)) > smsBefore;
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
