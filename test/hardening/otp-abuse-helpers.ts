/**
 * What the OTP abuse suites share: the limits they measure against, a demo beneficiary to attack,
 * wrong guesses that never hit, and readers for a transaction id, an error code and the SMS log.
 */
import { expect } from 'vitest';
import type { Sim } from '../simulator/fixture.ts';

export const HOUR_MS = 60 * 60 * 1000;
export const OTP_SPACE = 1_000_000;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A demo beneficiary the simulator always has (simulator/beneficiaries.ts). */
export const VICTIM = { mobile: '9000000002', fullName: 'Meera Iyer' };

/** Three distinct six-digit guesses, none equal to the real OTP (so every guess is wrong). */
export function wrongGuesses(otp: string, count: number): string[] {
  const guesses: string[] = [];
  for (let n = 0; guesses.length < count; n++) {
    const guess = String((Number(otp) + 1 + n * 7919) % OTP_SPACE).padStart(6, '0');
    if (guess !== otp && !guesses.includes(guess)) guesses.push(guess);
  }
  return guesses;
}

/** The errorCode of an answer's JSON body. */
export async function errorCode(response: Response): Promise<string | undefined> {
  return ((await response.json()) as { errorCode?: string }).errorCode;
}

/** The txnId of a 200 generateOTP answer. */
export async function txnOf(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  return ((await response.json()) as { txnId: string }).txnId;
}

/** How many SMS the simulator has logged so far (the gateway delivers once a request is answered). */
export async function smsLines(sim: Sim): Promise<number> {
  await new Promise((resolve) => setImmediate(resolve));
  return sim.logs.filter((line) => line.startsWith('[sms]')).length;
}
