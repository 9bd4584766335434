/**
 * The simulator's fault injection (/dev/faults: down, fail rate, latency) and its errors and
 * logs: a generic 500 with no stack trace, one log line per request with no personal data, and
 * a JSON 404 for unknown API paths.
 */
import { describe, expect, it } from 'vitest';
import { generateOtp, jsonPost, makeSim, registerVerifier, runFlow } from './fixture.ts';

describe('faults', () => {
  it('answers 503 SERVER0503 on /v3 while down, keeping JWKS and /dev up; {} clears', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    expect((await sim.request('/dev/faults', jsonPost({ down: true }))).status).toBe(200);
    const down = await generateOtp(sim, key, '9000000002', 'Meera Iyer');
    expect(down.status).toBe(503);
    expect(((await down.json()) as { errorCode: string }).errorCode).toBe('SERVER0503');
    expect((await sim.request('/.well-known/jwks.json')).status).toBe(200);
    expect((await sim.request('/dev/sms?mobile_number=9000000002')).status).toBe(200);
    await sim.request('/dev/faults', jsonPost({}));
    expect((await generateOtp(sim, key, '9000000002', 'Meera Iyer')).status).toBe(200);
  });

  it('fails at the configured rate, using the injected randomness', async () => {
    const rolls = [0.1, 0.9, 0.49, 0.5];
    const sim = await makeSim({ random: () => rolls.shift()!, otpResendGapS: 0 });
    const key = await registerVerifier(sim, 'gate');
    await sim.request('/dev/faults', jsonPost({ failRate: 0.5 }));
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await generateOtp(sim, key, '9000000002', 'Meera Iyer')).status);
    expect(statuses).toEqual([503, 200, 503, 200]);
  });

  it('delays /v3 answers by the configured latency through the injected sleep', async () => {
    const slept: number[] = [];
    const sim = await makeSim({ sleep: async (ms) => void slept.push(ms) });
    const key = await registerVerifier(sim, 'gate');
    await sim.request('/dev/faults', jsonPost({ latencyMs: 750 }));
    await sim.request('/.well-known/jwks.json');
    expect(slept).toEqual([]);
    expect((await generateOtp(sim, key, '9000000002', 'Meera Iyer')).status).toBe(200);
    expect(slept).toEqual([750]);
  });

  it.each([{ failRate: 2 }, { latencyMs: -1 }, { down: 'yes' }])(
    'rejects bad fault settings %j with REQVAL0001',
    async (body) => {
      const sim = await makeSim();
      const response = await sim.request('/dev/faults', jsonPost(body));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { errorCode: string }).errorCode).toBe('REQVAL0001');
    },
  );
});

describe('errors and logs', () => {
  it('answers an internal error with a generic 500 and no stack trace', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    sim.registry.otp.startTransaction = () => {
      throw new Error('secret detail 9000000002 at /srv/registry.ts:12');
    };
    const response = await generateOtp(sim, key, '9000000002', 'Meera Iyer');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ errorCode: 'SERVER0500', error: expect.any(String) });
    expect(text).not.toMatch(/secret|9000000002|registry\.ts|\bat\b/);
    const logged = sim.logs.join('\n');
    expect(logged).toContain('internal error');
    expect(logged).not.toContain('secret detail');
    expect(logged).not.toContain('9000000002');
  });

  it('logs one line per request without query, body, name or full mobile', async () => {
    const sim = await makeSim();
    const key = await registerVerifier(sim, 'gate');
    await runFlow(sim, key, '9000000002', 'Meera Iyer', 'nonce123');
    const requests = sim.logs.filter((line) => /^(GET|POST) /.test(line));
    expect(requests.map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual([
      'POST /dev/verifiers 201',
      'POST /v3/vaccination/generateOTP 200',
      'GET /dev/sms 200',
      'POST /v3/vaccination/confirmOTP 200',
      'GET /v3/vaccination/status 200',
    ]);
    const all = sim.logs.join('\n');
    expect(all).not.toContain('9000000002');
    expect(all).not.toContain('Meera');
    expect(all).not.toContain('nonce123');
    expect(all).not.toContain(key);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const sim = await makeSim();
    const response = await sim.request('/v3/nothing-here');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('NOTFOUND0001');
  });
});
