import { describe, expect, it } from 'vitest';
import { decodeProtectedHeader, decodeJwt } from 'jose';
import {
  BASE,
  confirmOtp,
  generateOtp,
  getStatus,
  jsonPost,
  latestOtp,
  makeSim,
  registerVerifier,
  runFlow,
  sha256Hex,
  verifyWithJwks,
} from './fixture.ts';
import type { Sim } from './fixture.ts';

async function txnOf(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  return ((await response.json()) as { txnId: string }).txnId;
}

async function smsCount(sim: Sim, mobile: string): Promise<number> {
  return ((await (await sim.request(`/dev/sms?mobile_number=${mobile}`)).json()) as unknown[])
    .length;
}

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

describe('bearer tokens', () => {
  async function bearer(sim: Sim, key: string) {
    const txnId = await txnOf(await generateOtp(sim, key, '9000000002', 'Meera Iyer'));
    const otp = (await latestOtp(sim, '9000000002'))!;
    return ((await (await confirmOtp(sim, key, txnId, otp)).json()) as { token: string }).token;
  }

  it('expires after 15 minutes (fake clock)', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    const token = await bearer(sim, key);
    sim.advance(15 * 60_000 - 1000);
    expect((await getStatus(sim, key, token)).status).toBe(200);
    sim.advance(1000);
    const response = await getStatus(sim, key, token);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('AUTH0001');
  });

  it('works only with the key that created it', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    const other = await registerVerifier(sim, 'other');
    const token = await bearer(sim, key);
    const response = await getStatus(sim, other, token);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('AUTH0001');
  });

  it('stops working when the verifier is re-registered with a new key', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    const token = await bearer(sim, key);
    const newKey = await registerVerifier(sim, 'gate');
    expect((await getStatus(sim, key, token)).status).toBe(401);
    expect((await getStatus(sim, newKey, token)).status).toBe(401);
  });

  it.each([
    ['no Authorization', undefined],
    ['a Basic scheme', 'Basic abc'],
    ['an unknown token', `Bearer ${'A'.repeat(43)}`],
  ])('rejects %s with AUTH0001', async (_label, authorization) => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    const headers: Record<string, string> = { 'X-Api-Key': key };
    if (authorization) headers.Authorization = authorization;
    const response = await sim.request('/v3/vaccination/status', { headers });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('AUTH0001');
  });

  it('rejects a bad nonce with REQVAL0001', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    const token = await bearer(sim, key);
    const response = await getStatus(sim, key, token, 'bad%20nonce');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('REQVAL0001');
  });

  it('is purged once expired, so memory stays flat', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    await bearer(sim, key);
    await generateOtp(sim, key, '9123456789', 'Nobody Here');
    expect(sim.registry.otp.inspect().bearers).toHaveLength(1);
    expect(sim.registry.otp.inspect().transactions).toHaveLength(1);
    expect(sim.registry.outbox.size).toBe(1);
    sim.advance(30 * 60_000);
    sim.registry.sweep();
    expect(sim.registry.outbox.size).toBe(1);
    sim.advance(30 * 60_000 + 1000);
    sim.registry.sweep();
    expect(sim.registry.otp.inspect()).toEqual({
      transactions: [],
      bearers: [],
      mobilesTracked: 0,
    });
    expect(sim.registry.outbox.size).toBe(0);
  });
});

describe('keys and bodies', () => {
  it.each([
    ['no key', undefined],
    ['an unknown key', 'not-a-key'],
  ])('rejects %s with 401 APIKEY0001', async (_label, apiKey) => {
    const sim = await makeSim();
    const headers: Record<string, string> = apiKey ? { 'X-Api-Key': apiKey } : {};
    const response = await sim.request(
      '/v3/vaccination/generateOTP',
      jsonPost({ mobile_number: '9000000002', full_name: 'Meera Iyer' }, headers),
    );
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      errorCode: 'APIKEY0001',
      error: expect.any(String),
    });
  });

  it.each([
    ['invalid JSON', '{"mobile_number":'],
    ['an array', '[]'],
    ['a 9-digit mobile', { mobile_number: '900000000', full_name: 'Meera Iyer' }],
    ['a numeric mobile', { mobile_number: 9000000002, full_name: 'Meera Iyer' }],
    ['an empty name', { mobile_number: '9000000002', full_name: '  ' }],
    ['a 201-char name', { mobile_number: '9000000002', full_name: 'a'.repeat(201) }],
    ['no name', { mobile_number: '9000000002' }],
  ])('rejects generateOTP with %s (400 REQVAL0001)', async (_label, body) => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    const response = await sim.request(
      '/v3/vaccination/generateOTP',
      jsonPost(body, { 'X-Api-Key': key }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('REQVAL0001');
    expect(await smsCount(sim, '9000000002')).toBe(0);
  });

  it.each([
    ['a plain 6-digit OTP', { otp: '123456', txnId: '0b6b5c8e-8d3c-4c55-9f5e-2f1a1f7b9c3d' }],
    [
      'uppercase hex',
      { otp: sha256Hex('1').toUpperCase(), txnId: '0b6b5c8e-8d3c-4c55-9f5e-2f1a1f7b9c3d' },
    ],
    ['a bad txnId', { otp: sha256Hex('123456'), txnId: 'txn-1' }],
    ['a numeric txnId', { otp: sha256Hex('123456'), txnId: 12 }],
  ])('rejects confirmOTP with %s (400 REQVAL0001)', async (_label, body) => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    const response = await sim.request(
      '/v3/vaccination/confirmOTP',
      jsonPost(body, { 'X-Api-Key': key }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('REQVAL0001');
  });

  it('rejects a body over 16 KB', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    const response = await sim.request(
      '/v3/vaccination/generateOTP',
      jsonPost(
        { mobile_number: '9000000002', full_name: 'x'.repeat(20_000) },
        { 'X-Api-Key': key },
      ),
    );
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('REQVAL0001');
  });

  it('rate-limits each key to N requests per 5 minutes with 429 USRAUT0016', async () => {
    const sim = await makeSim({ rateLimit: 3 });
    const key = await registerVerifier(sim, 'gate');
    const other = await registerVerifier(sim, 'other');
    const hit = (apiKey: string) => getStatus(sim, apiKey, 'A'.repeat(43));
    for (let i = 0; i < 3; i++) expect((await hit(key)).status).toBe(401);
    sim.advance(60_000);
    const limited = await hit(key);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('240');
    expect(((await limited.json()) as { errorCode: string }).errorCode).toBe('USRAUT0016');
    expect((await hit(other)).status).toBe(401);
    sim.advance(240_000);
    expect((await hit(key)).status).toBe(401);
  });

  it('does not rate-limit with a limit of 0', async () => {
    const sim = await makeSim({ rateLimit: 0 });
    const key = await registerVerifier(sim, 'gate');
    for (let i = 0; i < 150; i++) {
      expect((await getStatus(sim, key, 'A'.repeat(43))).status).toBe(401);
    }
  });
});
