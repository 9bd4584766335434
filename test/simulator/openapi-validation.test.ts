/**
 * Request and response schemas as the simulator applies them: closed response schemas, every
 * validation failure a plain 400 REQVAL0001, unknown request fields ignored, and JSON read
 * whatever Content-Type a client sends.
 */
import { describe, expect, it } from 'vitest';
import { ErrorBody, StatusResponse, TxnResponse } from '../../simulator/schemas.ts';
import { confirmOtp, generateOtp, getStatus, jsonPost, makeSim, pageToken } from './fixture.ts';
import { ASHA } from './openapi-helpers.ts';

describe('the OpenAPI document', () => {
  it('has closed response schemas: a missing, extra or mistyped field fails them', () => {
    const token = 'a.b.c';
    expect(StatusResponse.safeParse({ vaccination_status: 2, signed_status: token }).success).toBe(
      true,
    );
    for (const drifted of [
      { vaccination_status: 3, signed_status: token },
      { vaccination_status: '2', signed_status: token },
      { signed_status: token },
      { vaccination_status: 2, signed_status: token, extra: 1 },
    ]) {
      expect(StatusResponse.safeParse(drifted).success, JSON.stringify(drifted)).toBe(false);
    }
    expect(ErrorBody.safeParse({ errorCode: 'NOPE', error: 'x' }).success).toBe(false);
    expect(ErrorBody.safeParse({ errorCode: 'REQVAL0001', error: 'x', issues: [] }).success).toBe(
      false,
    );
    expect(TxnResponse.safeParse({ txnId: 'not-a-uuid' }).success).toBe(false);
  });

  it('turns every validation failure into 400 REQVAL0001 with a plain message, never zod issues', async () => {
    const sim = await makeSim();
    const key = sim.registry.demoApiKey;
    const bad = [
      ['/v3/vaccination/generateOTP', '[1,2]'],
      ['/v3/vaccination/generateOTP', '{"mobile_number": 9000000001, "full_name": "A"}'],
      ['/v3/vaccination/confirmOTP', '{"otp": "123456", "txnId": "x"}'],
      ['/dev/faults', '{"latencyMs": -1}'],
      ['/dev/persons', '{"mobile_number": "9000000001", "full_name": "A", "doses": 3}'],
    ] as const;
    for (const [path, body] of bad) {
      const response = await sim.request(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Api-Key': key },
        body,
      });
      expect(response.status, path).toBe(400);
      const answer = (await response.json()) as Record<string, unknown>;
      expect(Object.keys(answer).sort()).toEqual(['error', 'errorCode']);
      expect(answer.errorCode).toBe('REQVAL0001');
      expect(String(answer.error)).not.toMatch(/invalid_type|"code"|at .*\(/);
    }
  });

  it('ignores request fields it does not know, as CoWIN clients send extras (email_id)', async () => {
    const sim = await makeSim();
    const response = await generateOtp(sim, sim.registry.demoApiKey, ASHA.mobile, ASHA.name);
    expect(response.status).toBe(200);
    const extra = await sim.request(
      '/v3/vaccination/generateOTP',
      jsonPost(
        { mobile_number: '9000000002', full_name: 'Meera Iyer', email_id: 'm@example.org', x: [1] },
        { 'X-Api-Key': sim.registry.demoApiKey },
      ),
    );
    expect(extra.status).toBe(200);
    const token = await pageToken(sim);
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const unused = await confirmOtp(sim, sim.registry.demoApiKey, crypto.randomUUID(), '123456');
    expect(((await unused.json()) as { errorCode: string }).errorCode).toBe('USRAUT0015');
    expect((await getStatus(sim, sim.registry.demoApiKey, 'x'.repeat(43))).status).toBe(401);
  });
});

describe('bodies as clients send them', () => {
  it('reads JSON sent as text/plain or with no type, and rejects an empty body', async () => {
    const sim = await makeSim();
    const text = JSON.stringify({ latencyMs: 5 });
    // A string body gets text/plain from fetch; bytes get no Content-Type at all.
    for (const body of [text, new TextEncoder().encode(text)]) {
      const response = await sim.request('/dev/faults', { method: 'POST', body });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ latencyMs: 5, failRate: 0, down: false });
    }
    const json: Record<string, string> = { 'Content-Type': 'application/json' };
    for (const headers of [json, {}]) {
      const empty = await sim.request('/dev/faults', { method: 'POST', headers, body: '' });
      expect(empty.status).toBe(400);
      expect(await empty.json()).toMatchObject({ errorCode: 'REQVAL0001' });
    }
    expect(sim.registry.faults.current.latencyMs).toBe(5);
  });
});
