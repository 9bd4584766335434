// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Desk } from '../../src/app/Desk/index.tsx';
import { normaliseMobile } from '../../src/lib/mobile.ts';
import { sha256Hex } from '../../src/protocol/sha256.ts';
import { fakeFetch, json, type Answer } from '../store/fake-registry.ts';
import { renderWithApp, stubApp } from './app-stub.tsx';

afterEach(cleanup);

const GENERATE = '/v3/vaccination/generateOTP';
const CONFIRM = '/v3/vaccination/confirmOTP';
const STATUS = '/v3/vaccination/status';

function setup(routes: Record<string, Answer[]>, overrides = {}) {
  const app = stubApp(overrides);
  const registry = fakeFetch(routes);
  renderWithApp(app, <Desk callOptions={{ fetch: registry.fetch, timeoutMs: 50 }} />);
  return { app, registry };
}

function type(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

async function sendOtp() {
  type('Mobile number', '98765 43210');
  type('Full name', 'Asha  Verma');
  fireEvent.click(screen.getByRole('button', { name: 'Send OTP' }));
  await screen.findByLabelText('OTP');
}

describe('Desk', () => {
  it('runs the check: hashed OTP, fresh nonce, and the signed status verified before display', async () => {
    let nonceSent = '';
    const { app, registry } = setup({
      [GENERATE]: [json({ txnId: 'txn-1' })],
      [CONFIRM]: [json({ token: 'bearer-1' })],
      [STATUS]: [
        () => {
          const url = registry.requests.at(-1)!.url;
          nonceSent = new URL(url).searchParams.get('nonce') ?? '';
          return json({ vaccination_status: 2, signed_status: 'signed.jws.here' });
        },
      ],
    });
    expect(screen.getByText(/Holder, please read/)).toBeTruthy();
    await sendOtp();
    type('OTP', '123456');
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(app.navigate).toHaveBeenCalled());

    const generate = registry.requests.find((r) => r.url.endsWith(GENERATE))!;
    expect(generate.headers.get('X-Api-Key')).toBe('key-1');
    const confirmBody = vi.mocked(app.checkDeskToken).mock.calls[0]!;
    expect(confirmBody[0]).toBe('signed.jws.here');
    expect(confirmBody[1]).toBe(nonceSent);
    expect(nonceSent).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const status = registry.requests.find((r) => r.url.includes(STATUS))!;
    expect(status.headers.get('Authorization')).toBe('Bearer bearer-1');
    expect(app.navigate).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'result', from: 'desk' }),
    );
  });

  it('sends the OTP only as its SHA-256 hex', async () => {
    const bodies: string[] = [];
    const app = stubApp();
    const registry = fakeFetch({
      [GENERATE]: [json({ txnId: 'txn-1' })],
      [CONFIRM]: [json({ token: 'bearer-1' })],
      [STATUS]: [json({ vaccination_status: 2, signed_status: 'a.b.c' })],
    });
    const spy = async (input: RequestInfo | URL, init?: RequestInit) => {
      if (typeof init?.body === 'string') bodies.push(init.body);
      return registry.fetch(input, init);
    };
    renderWithApp(app, <Desk callOptions={{ fetch: spy as typeof fetch }} />);
    await sendOtp();
    type('OTP', '654321');
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(app.navigate).toHaveBeenCalled());
    expect(JSON.parse(bodies[0]!)).toEqual({
      mobile_number: '9876543210',
      full_name: 'Asha Verma',
    });
    expect(JSON.parse(bodies[1]!)).toEqual({ otp: await sha256Hex('654321'), txnId: 'txn-1' });
    expect(bodies.join()).not.toContain('654321"');
  });

  it('says a wrong OTP is wrong, with the tries left (USRAUT0014)', async () => {
    const { app } = setup({
      [GENERATE]: [json({ txnId: 'txn-1' })],
      [CONFIRM]: [json({ errorCode: 'USRAUT0014', error: 'Wrong OTP', triesLeft: 2 }, 400)],
    });
    await sendOtp();
    type('OTP', '000000');
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Wrong OTP. Tries left: 2.');
    expect(app.navigate).not.toHaveBeenCalled();
    expect(app.checkDeskToken).not.toHaveBeenCalled();
  });

  it('asks for a new OTP when the transaction expired or was used (USRAUT0015)', async () => {
    setup({
      [GENERATE]: [json({ txnId: 'txn-1' })],
      [CONFIRM]: [json({ errorCode: 'USRAUT0015', error: 'gone' }, 400)],
    });
    await sendOtp();
    type('OTP', '111111');
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect((await screen.findByRole('alert')).textContent).toContain('expired or was already used');
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByRole('button', { name: 'Send OTP' })).toBeTruthy();
  });

  it('explains a rate limit (USRAUT0016) and offers a retry', async () => {
    setup({ [GENERATE]: [json({ errorCode: 'USRAUT0016', error: 'slow down' }, 429)] });
    type('Mobile number', '9876543210');
    type('Full name', 'Asha Verma');
    fireEvent.click(screen.getByRole('button', { name: 'Send OTP' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Too many requests');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('points to Settings for a rejected API key (APIKEY0001)', async () => {
    setup({ [GENERATE]: [json({ errorCode: 'APIKEY0001', error: 'bad key' }, 401)] });
    type('Mobile number', '9876543210');
    type('Full name', 'Asha Verma');
    fireEvent.click(screen.getByRole('button', { name: 'Send OTP' }));
    expect((await screen.findByRole('alert')).textContent).toContain('API key in Settings');
  });

  it('gives up on a registry that does not answer and lets the user retry, which can succeed', async () => {
    const app = stubApp();
    let calls = 0;
    const doFetch = (_input: RequestInfo | URL, init?: RequestInit) => {
      calls += 1;
      if (calls === 1) {
        return new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          ),
        );
      }
      return Promise.resolve(json({ txnId: 'txn-2' }));
    };
    renderWithApp(app, <Desk callOptions={{ fetch: doFetch as typeof fetch, timeoutMs: 5 }} />);
    type('Mobile number', '9876543210');
    type('Full name', 'Asha Verma');
    fireEvent.click(screen.getByRole('button', { name: 'Send OTP' }));
    expect((await screen.findByRole('alert')).textContent).toContain('not answering');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('OTP')).toBeTruthy();
  });

  it('says the registry is failing on a 503', async () => {
    setup({ [GENERATE]: [json({ errorCode: 'DOWN', error: 'down' }, 503)] });
    type('Mobile number', '9876543210');
    type('Full name', 'Asha Verma');
    fireEvent.click(screen.getByRole('button', { name: 'Send OTP' }));
    expect((await screen.findByRole('alert')).textContent).toContain('has a problem');
  });

  it('is disabled, with the reason, while offline', () => {
    setup({}, { online: false });
    const send = screen.getByRole('button', { name: 'Send OTP' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    expect(screen.getByRole('alert').textContent).toContain('You are offline');
  });

  it('rejects a mobile number that is not 10 digits without calling the registry', () => {
    const { registry } = setup({});
    type('Mobile number', '12345');
    type('Full name', 'Asha Verma');
    fireEvent.click(screen.getByRole('button', { name: 'Send OTP' }));
    expect(screen.getByRole('alert').textContent).toContain('10-digit');
    expect(registry.requests).toHaveLength(0);
  });
});

describe('normaliseMobile', () => {
  it('keeps 10 digits and strips +91, 0 and separators', () => {
    expect(normaliseMobile('+91 98765-43210')).toBe('9876543210');
    expect(normaliseMobile('098765 43210')).toBe('9876543210');
    expect(normaliseMobile('98765')).toBeNull();
    expect(normaliseMobile('98765abcde')).toBeNull();
  });
});
