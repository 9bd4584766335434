/**
 * The simulator's bearer tokens (SPEC §3): a 15-minute life, bound to the key that made them,
 * void once the verifier is registered again, AUTH0001 for a missing or unknown one, REQVAL0001
 * for a bad nonce, and purged once expired.
 */
import { describe, expect, it } from 'vitest';
import {
  confirmOtp,
  generateOtp,
  getStatus,
  latestOtp,
  makeSim,
  registerVerifier,
} from './fixture.ts';
import type { Sim } from './fixture.ts';
import { txnOf } from './otp-flow-helpers.ts';

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
