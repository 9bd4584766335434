/**
 * The desk flow on the simulator (SPEC §3, §4): generateOTP, confirmOTP and status give a status
 * token that verifies, with the exact header and minimal claims; and generateOTP tells no one
 * whether a mobile is registered or a name matches.
 */
import { describe, expect, it } from 'vitest';
import { decodeProtectedHeader, decodeJwt } from 'jose';
import {
  BASE,
  confirmOtp,
  generateOtp,
  getStatus,
  latestOtp,
  makeSim,
  registerVerifier,
  runFlow,
  verifyWithJwks,
} from './fixture.ts';
import { smsCount, txnOf } from './otp-flow-helpers.ts';

describe('desk flow', () => {
  it.each([
    ['9000000002', 'Meera Iyer', 0],
    ['9000000004', 'Fatima Khan', 1],
    ['9000000001', 'Rohan Verma', 1],
    ['9000000001', 'Asha Verma', 2],
    ['9000000003', 'Arjun Singh', 2],
  ])('returns a verifiable status token for %s %s (status %i)', async (mobile, name, status) => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'rail-desk');
    const body = await runFlow(sim, key, mobile, name, 'n0nce_1');
    expect(body.vaccination_status).toBe(status);
    const verdict = await verifyWithJwks(sim, body.signed_status, {
      audience: 'rail-desk',
      nonce: 'n0nce_1',
    });
    expect(verdict).toMatchObject({ ok: true, status, name, mob: mobile.slice(-4), iss: BASE });
    expect(verdict.ok && verdict.aud).toBe('rail-desk');
    expect(verdict.ok && verdict.exp - verdict.iat).toBe(15 * 60);
  });

  it('signs the exact header and the minimal claims of SPEC §4', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    const { signed_status } = await runFlow(sim, key, '9000000002', 'Meera Iyer');
    expect(decodeProtectedHeader(signed_status)).toEqual({
      alg: 'ES256',
      kid: sim.registry.keys.currentKid,
      typ: 'kycvs+jwt',
    });
    const claims = decodeJwt(signed_status);
    expect(Object.keys(claims).sort()).toEqual(
      ['aud', 'exp', 'iat', 'iss', 'jti', 'mob', 'name', 'vs'].sort(),
    );
    expect(claims.iat).toBe(Math.floor(sim.nowMs() / 1000));
    expect(Buffer.from(claims.jti as string, 'base64url')).toHaveLength(12);
    expect(sim.registry.keys.currentKid).toMatch(/^[A-Za-z0-9_-]{11}$/);
  });

  it('matches names ignoring case, dots and repeated spaces', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    const body = await runFlow(sim, key, '9000000001', '  asha   VERMA. ');
    expect(body.vaccination_status).toBe(2);
  });

  it('lets the bearer be used again within its life, each token with a new jti', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    const txnId = await txnOf(await generateOtp(sim, key, '9000000002', 'Meera Iyer'));
    const otp = (await latestOtp(sim, '9000000002'))!;
    const { token } = (await (await confirmOtp(sim, key, txnId, otp)).json()) as { token: string };
    const first = (await (await getStatus(sim, key, token)).json()) as { signed_status: string };
    const second = (await (await getStatus(sim, key, token)).json()) as { signed_status: string };
    expect(decodeJwt(first.signed_status).jti).not.toBe(decodeJwt(second.signed_status).jti);
  });
});

describe('no enumeration', () => {
  it('answers an unknown mobile, a wrong name and a match alike, and texts only the match', async () => {
    const sim = await makeSim({ otpResendGapS: 0 });
    const key = await registerVerifier(sim, 'gate');
    const answers = [];
    for (const [mobile, name] of [
      ['9000000002', 'Meera Iyer'],
      ['9000000002', 'Someone Else'],
      ['9123456789', 'Meera Iyer'],
    ] as const) {
      const response = await generateOtp(sim, key, mobile, name);
      answers.push({
        status: response.status,
        headers: [...response.headers.keys()].sort(),
        body: Object.keys((await response.json()) as object),
      });
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(await smsCount(sim, '9000000002')).toBe(1);
    expect(await smsCount(sim, '9123456789')).toBe(0);
    expect(sim.registry.otp.inspect().transactions).toHaveLength(3);
  });

  it('never confirms a transaction that matched no one, even with a correct-looking OTP', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    const txnId = await txnOf(await generateOtp(sim, key, '9123456789', 'Nobody Here'));
    const response = await confirmOtp(sim, key, txnId, '000000');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('USRAUT0014');
  });

  it('applies the resend gap to unregistered mobiles too', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    await txnOf(await generateOtp(sim, key, '9123456789', 'Nobody Here'));
    const again = await generateOtp(sim, key, '9123456789', 'Nobody Here');
    expect(again.status).toBe(429);
    expect(((await again.json()) as { errorCode: string }).errorCode).toBe('USRAUT0016');
  });
});
