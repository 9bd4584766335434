/**
 * API keys and request bodies on /v3 (SPEC §3): APIKEY0001 without a valid key, REQVAL0001 for
 * a malformed generateOTP or confirmOTP body, 413 over 16 KB, and the per-key rate limit.
 */
import { describe, expect, it } from 'vitest';
import { getStatus, jsonPost, makeSim, registerVerifier, sha256Hex } from './fixture.ts';
import { smsCount } from './otp-flow-helpers.ts';

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
