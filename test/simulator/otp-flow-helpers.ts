/** What the OTP flow tests share: a generateOTP answer's txnId, and how many SMS a mobile got. */
import { expect } from 'vitest';
import type { Sim } from './fixture.ts';

/** The txnId of a 200 generateOTP answer. */
export async function txnOf(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  return ((await response.json()) as { txnId: string }).txnId;
}

/** How many SMS the dev outbox holds for `mobile`. */
export async function smsCount(sim: Sim, mobile: string): Promise<number> {
  return ((await (await sim.request(`/dev/sms?mobile_number=${mobile}`)).json()) as unknown[])
    .length;
}
