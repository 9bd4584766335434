/**
 * The core's desk check (SPEC §2B): the transaction, the bearer, the tries and the retry and
 * restart policy, without a screen.
 */
import { describe, expect, it, vi } from 'vitest';
import { createDeskCheck, type DeskCheckDeps } from '../../src/core/desk-check.ts';
import type { Outcome } from '../../src/core/outcome.ts';
import { fakeFetch, json, type Answer } from '../store/fake-registry.ts';

const GENERATE = '/v3/vaccination/generateOTP';
const CONFIRM = '/v3/vaccination/confirmOTP';
const STATUS = '/v3/vaccination/status';

const OUTCOME: Outcome = {
  kind: 'status',
  format: 'kycvs',
  status: 2,
  name: 'Asha Verma',
  mob: '3210',
  issuedAt: 0,
  staleKeys: false,
  clockWarning: false,
};

function setup(routes: Record<string, Answer[]>) {
  const registry = fakeFetch(routes);
  const bodies: unknown[] = [];
  const recording: typeof fetch = (input, init) => {
    bodies.push(typeof init?.body === 'string' ? JSON.parse(init.body) : null);
    return registry.fetch(input, init);
  };
  const onOutcome = vi.fn();
  const checkDeskToken = vi.fn<DeskCheckDeps['checkDeskToken']>(async () => OUTCOME);
  const desk = createDeskCheck({
    settings: () => ({
      registryUrl: 'http://127.0.0.1:4010',
      verifierId: 'gate-1',
      apiKey: 'key-1',
      trustListUrl: '',
      trustListKey: '',
    }),
    checkDeskToken,
    onOutcome,
    callOptions: { fetch: recording, timeoutMs: 50 },
  });
  const count = (path: string) => registry.requests.filter((r) => r.url.includes(path)).length;
  return { desk, registry, bodies, onOutcome, checkDeskToken, count };
}

describe('createDeskCheck', () => {
  it('rejects bad input with its own code and sends nothing', async () => {
    const { desk, count } = setup({});
    await desk.send('12', 'Asha Verma');
    expect(desk.getState().problem).toMatchObject({ code: 'BAD_MOBILE', retry: null });
    await desk.send('98765 43210', '   ');
    expect(desk.getState().problem).toMatchObject({ code: 'BAD_NAME' });
    await desk.send('98765 43210', 'x'.repeat(201));
    expect(desk.getState().problem).toMatchObject({ code: 'BAD_NAME' });
    expect(count(GENERATE)).toBe(0);
    expect(desk.getState().step).toBe('details');
  });

  it('runs a check to a verified outcome, with the cleaned name and a nonce per status call', async () => {
    const { desk, registry, bodies, onOutcome, checkDeskToken } = setup({
      [GENERATE]: [json({ txnId: 'txn-1' })],
      [CONFIRM]: [json({ token: 'bearer-1' })],
      [STATUS]: [json({ vaccination_status: 2, signed_status: 'signed.jws.here' })],
    });
    await desk.send('98765 43210', '  Asha   Verma ');
    expect(desk.getState()).toEqual({ step: 'otp', pending: null, problem: null });
    expect(bodies[0]).toEqual({ mobile_number: '9876543210', full_name: 'Asha Verma' });
    await desk.verify('12345');
    expect(desk.getState().problem).toMatchObject({ code: 'BAD_OTP' });
    await desk.verify('123456');
    expect(checkDeskToken).toHaveBeenCalledWith('signed.jws.here', expect.any(String));
    const nonce = checkDeskToken.mock.calls[0]![1];
    expect(registry.requests.at(-1)!.url).toContain(`nonce=${nonce}`);
    expect(onOutcome).toHaveBeenCalledWith(OUTCOME);
  });

  it('counts wrong OTPs down, then asks for a new one', async () => {
    const { desk } = setup({
      [GENERATE]: [json({ txnId: 'txn-1' })],
      [CONFIRM]: [
        json({ errorCode: 'USRAUT0014', error: 'wrong', triesLeft: 1 }, 401),
        json({ errorCode: 'USRAUT0014', error: 'wrong', triesLeft: 0 }, 401),
      ],
    });
    await desk.send('9876543210', 'Asha Verma');
    await desk.verify('111111');
    expect(desk.getState().problem).toEqual({
      code: 'WRONG_OTP',
      tries: 1,
      retry: null,
      restart: false,
    });
    await desk.verify('222222');
    expect(desk.getState().problem).toMatchObject({ code: 'NO_TRIES_LEFT', restart: true });
    desk.restart();
    expect(desk.getState()).toEqual({ step: 'details', pending: null, problem: null });
  });

  it('retries a failed status call with the same bearer (the OTP is single use)', async () => {
    const { desk, onOutcome, count } = setup({
      [GENERATE]: [json({ txnId: 'txn-1' })],
      [CONFIRM]: [json({ token: 'bearer-1' })],
      [STATUS]: [
        json({ errorCode: 'SERVER0500', error: 'boom' }, 500),
        json({ vaccination_status: 2, signed_status: 'signed.jws.here' }),
      ],
    });
    await desk.send('9876543210', 'Asha Verma');
    await desk.verify('123456');
    expect(desk.getState().problem).toMatchObject({ code: 'SERVER', retry: 'verify' });
    await desk.verify('');
    expect(count(CONFIRM)).toBe(1);
    expect(count(STATUS)).toBe(2);
    expect(onOutcome).toHaveBeenCalledTimes(1);
  });

  it('drops the bearer when the registry says it ran out, so only a restart helps', async () => {
    const { desk } = setup({
      [GENERATE]: [json({ txnId: 'txn-1' })],
      [CONFIRM]: [json({ token: 'bearer-1' })],
      [STATUS]: [json({ errorCode: 'AUTH0001', error: 'expired' }, 401)],
    });
    await desk.send('9876543210', 'Asha Verma');
    await desk.verify('123456');
    expect(desk.getState().problem).toMatchObject({ code: 'AUTH0001', retry: null, restart: true });
  });

  it('reports nothing once disposed: a late answer is neither verified nor shown', async () => {
    let answer: (response: Response) => void = () => {};
    const { desk, onOutcome, checkDeskToken } = setup({
      [GENERATE]: [json({ txnId: 'txn-1' })],
      [CONFIRM]: [json({ token: 'bearer-1' })],
      [STATUS]: [() => new Promise<Response>((resolve) => (answer = resolve))],
    });
    await desk.send('9876543210', 'Asha Verma');
    const verifying = desk.verify('123456');
    await vi.waitFor(() => expect(desk.getState().pending).toBe('verify'));
    desk.dispose();
    answer(json({ vaccination_status: 2, signed_status: 'late.jws.here' }));
    await verifying;
    expect(checkDeskToken).not.toHaveBeenCalled();
    expect(onOutcome).not.toHaveBeenCalled();
  });
});
