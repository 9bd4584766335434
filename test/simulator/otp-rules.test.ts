/**
 * The simulator's OTP rules (SPEC §3): three tries, one use, a 180 s life, bound to the key that
 * started it, kept only as a salted hash, an SMS that names the verifier, the resend gap and the
 * hourly SMS cap per mobile. Driven through app.request with a fake clock.
 */
import { describe, expect, it } from 'vitest';
import {
  confirmOtp,
  generateOtp,
  latestOtp,
  makeSim,
  registerVerifier,
  sha256Hex,
} from './fixture.ts';
import type { Sim } from './fixture.ts';
import { smsCount, txnOf } from './otp-flow-helpers.ts';

describe('OTP rules', () => {
  async function started(sim: Sim, key: string) {
    const txnId = await txnOf(await generateOtp(sim, key, '9000000002', 'Meera Iyer'));
    return { txnId, otp: (await latestOtp(sim, '9000000002'))! };
  }

  it('ends the transaction after 3 wrong tries, counting down the tries left', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    const { txnId, otp } = await started(sim, key);
    const wrong = otp === '111111' ? '222222' : '111111';
    for (const left of [2, 1, 0]) {
      const response = await confirmOtp(sim, key, txnId, wrong);
      expect(response.status).toBe(400);
      const body = (await response.json()) as {
        errorCode: string;
        triesLeft: number;
        error: string;
      };
      expect(body).toMatchObject({ errorCode: 'USRAUT0014', triesLeft: left });
      expect(body.error).toContain(left === 0 ? 'no tries' : `${left}`);
    }
    const late = await confirmOtp(sim, key, txnId, otp);
    expect(((await late.json()) as { errorCode: string }).errorCode).toBe('USRAUT0015');
  });

  it('accepts the right OTP after a wrong one', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    const { txnId, otp } = await started(sim, key);
    expect((await confirmOtp(sim, key, txnId, otp === '111111' ? '222222' : '111111')).status).toBe(
      400,
    );
    expect((await confirmOtp(sim, key, txnId, otp)).status).toBe(200);
  });

  it('accepts an OTP once only', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    const { txnId, otp } = await started(sim, key);
    expect((await confirmOtp(sim, key, txnId, otp)).status).toBe(200);
    const again = await confirmOtp(sim, key, txnId, otp);
    expect(again.status).toBe(400);
    expect(((await again.json()) as { errorCode: string }).errorCode).toBe('USRAUT0015');
  });

  it('expires the OTP after 180 s (fake clock)', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    const { txnId, otp } = await started(sim, key);
    sim.advance(181_000);
    const response = await confirmOtp(sim, key, txnId, otp);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('USRAUT0015');
  });

  it('still accepts the OTP at 179 s', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    const { txnId, otp } = await started(sim, key);
    sim.advance(179_000);
    expect((await confirmOtp(sim, key, txnId, otp)).status).toBe(200);
  });

  it('rejects a transaction confirmed with another verifier key', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    const other = await registerVerifier(sim, 'other');
    const { txnId, otp } = await started(sim, key);
    const response = await confirmOtp(sim, other, txnId, otp);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('USRAUT0015');
  });

  it('keeps the OTP only as a salted hash', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    const { otp } = await started(sim, key);
    const stored = JSON.stringify(sim.registry.otp.inspect());
    expect(stored).toContain('otpMac');
    expect(stored).not.toContain(otp);
    expect(stored).not.toContain(sha256Hex(otp));
    expect(sim.logs.join('\n')).not.toContain(sha256Hex(otp));
  });

  it('names the verifier, what is shared and the 3-minute life in the SMS', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate', [], 'Konkan Railway');
    await started(sim, key);
    const [sms] = (await (await sim.request('/dev/sms?mobile_number=9000000002')).json()) as {
      to: string;
      text: string;
      sentAt: string;
    }[];
    expect(sms!.to).toBe('9000000002');
    expect(sms!.sentAt).toBe(new Date(sim.nowMs()).toISOString());
    expect(sms!.text).toMatch(/Konkan Railway/);
    expect(sms!.text).toMatch(/not, partially or fully vaccinated/);
    expect(sms!.text).toMatch(/3 minutes/);
    const printed = sim.logs.find((line) => line.startsWith('[sms]'))!;
    expect(printed).toContain('******0002');
    expect(printed).not.toContain('9000000002');
  });

  it('waits the resend gap before a new OTP to the same mobile', async () => {
    const sim = await makeSim({ otpResendGapS: 60 });
    const key = await registerVerifier(sim, 'gate');
    await started(sim, key);
    sim.advance(30_000);
    const early = await generateOtp(sim, key, '9000000002', 'Meera Iyer');
    expect(early.status).toBe(429);
    expect(early.headers.get('Retry-After')).toBe('30');
    expect(((await early.json()) as { errorCode: string }).errorCode).toBe('USRAUT0016');
    sim.advance(30_000);
    expect((await generateOtp(sim, key, '9000000002', 'Meera Iyer')).status).toBe(200);
    expect(await smsCount(sim, '9000000002')).toBe(2);
  });

  it('sends at most 10 OTP SMS to one mobile in an hour, withholding the 11th without saying so', async () => {
    const sim = await makeSim({ otpResendGapS: 0 });
    const key = await registerVerifier(sim, 'gate');
    for (let i = 0; i < 10; i++) {
      expect((await generateOtp(sim, key, '9000000002', 'Meera Iyer')).status).toBe(200);
      sim.advance(60_000);
    }
    // Past the cap the answer is the one an unknown mobile gets: a 429 here would tell anyone
    // asking with a junk name that the mobile is registered (SPEC §3).
    const capped = await generateOtp(sim, key, '9000000002', 'Meera Iyer');
    const unknown = await generateOtp(sim, key, '9000000099', 'Meera Iyer');
    expect(capped.status).toBe(200);
    expect(unknown.status).toBe(200);
    expect(Object.keys(await capped.json())).toEqual(Object.keys(await unknown.json()));
    expect(await smsCount(sim, '9000000002')).toBe(10);
    // The withheld transaction can never be confirmed, not even with the last OTP sent.
    const withheld = await generateOtp(sim, key, '9000000002', 'Meera Iyer');
    const { txnId } = (await withheld.json()) as { txnId: string };
    const lastOtp = (await latestOtp(sim, '9000000002'))!;
    const tried = await confirmOtp(sim, key, txnId, lastOtp);
    expect(((await tried.json()) as { errorCode: string }).errorCode).toBe('USRAUT0014');
    sim.advance(60 * 60_000 - 10 * 60_000 + 1);
    expect((await generateOtp(sim, key, '9000000002', 'Meera Iyer')).status).toBe(200);
  });
});
