// @vitest-environment happy-dom
/**
 * The desk check against a slow or failing registry: a late answer after the user left, and a
 * retry of the status call after the OTP was already used.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Desk } from '../../src/app/Desk/index.tsx';
import { fakeFetch, json } from '../store/fake-registry.ts';
import { renderWithApp, stubApp } from './app-stub.tsx';

afterEach(cleanup);

const GENERATE = '/v3/vaccination/generateOTP';
const CONFIRM = '/v3/vaccination/confirmOTP';
const STATUS = '/v3/vaccination/status';

function type(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

async function sendOtpAndVerify() {
  type('Mobile number', '9876543210');
  type('Full name', 'Asha Verma');
  fireEvent.click(screen.getByRole('button', { name: 'Send OTP' }));
  await screen.findByLabelText('OTP');
  type('OTP', '123456');
  fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
}

/** Lets pending promise callbacks and zero-delay tasks run (no assertion on elapsed time). */
async function settle() {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('desk check races', () => {
  it('shows no result when the answer arrives after the user left the desk screen', async () => {
    let release: (response: Response) => void = () => undefined;
    let statusAsked = false;
    const registry = fakeFetch({
      [GENERATE]: [json({ txnId: 'txn-1' })],
      [CONFIRM]: [json({ token: 'bearer-1' })],
      [STATUS]: [
        () => {
          statusAsked = true;
          return new Promise<Response>((resolve) => {
            release = resolve;
          });
        },
      ],
    });
    const app = stubApp();
    const view = renderWithApp(
      app,
      <Desk callOptions={{ fetch: registry.fetch, timeoutMs: 60_000 }} />,
    );
    await sendOtpAndVerify();
    await waitFor(() => expect(statusAsked).toBe(true));
    // The gate staff give up on the slow registry and leave the screen (Back, then scanning).
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    view.unmount();
    release(json({ vaccination_status: 2, signed_status: 'late.status.token' }));
    await settle();
    expect(app.navigate).not.toHaveBeenCalledWith(expect.objectContaining({ name: 'result' }));
    expect(app.checkDeskToken).not.toHaveBeenCalled();
  });

  it('retries a failed status call without re-sending the OTP the registry already used', async () => {
    // As the registry does: an OTP is single use, so a second confirmOTP of txn-1 fails.
    const registry = fakeFetch({
      [GENERATE]: [json({ txnId: 'txn-1' })],
      [CONFIRM]: [
        json({ token: 'bearer-1' }),
        json({ errorCode: 'USRAUT0015', error: 'used' }, 400),
      ],
      [STATUS]: [
        json({ errorCode: 'DOWN', error: 'down' }, 503),
        json({ vaccination_status: 2, signed_status: 'signed.status.token' }),
      ],
    });
    const app = stubApp();
    renderWithApp(app, <Desk callOptions={{ fetch: registry.fetch, timeoutMs: 60_000 }} />);
    await sendOtpAndVerify();
    expect((await screen.findByRole('alert')).textContent).toContain('has a problem');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(app.navigate).toHaveBeenCalledWith(expect.objectContaining({ name: 'result' })),
    );
    const confirms = registry.requests.filter((request) => request.url.endsWith(CONFIRM));
    expect(confirms).toHaveLength(1);
  });

  it('cancels the registry call under way when the user leaves the desk screen', async () => {
    let signal: AbortSignal | null | undefined;
    const registry = fakeFetch({
      [GENERATE]: [json({ txnId: 'txn-1' })],
      [CONFIRM]: [json({ token: 'bearer-1' })],
    });
    const doFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      if (String(input).includes(STATUS)) {
        signal = init?.signal;
        return new Promise<Response>(() => undefined);
      }
      return registry.fetch(input, init);
    };
    const app = stubApp();
    const view = renderWithApp(
      app,
      <Desk callOptions={{ fetch: doFetch as typeof fetch, timeoutMs: 60_000 }} />,
    );
    await sendOtpAndVerify();
    await waitFor(() => expect(signal).toBeTruthy());
    expect(signal!.aborted).toBe(false);
    view.unmount();
    expect(signal!.aborted).toBe(true);
  });

  it('asks for a new OTP after "Start again", not the bearer of the check it abandoned', async () => {
    const registry = fakeFetch({
      [GENERATE]: [json({ txnId: 'txn-1' }), json({ txnId: 'txn-2' })],
      [CONFIRM]: [json({ token: 'bearer-1' }), json({ token: 'bearer-2' })],
      [STATUS]: [
        json({ errorCode: 'DOWN', error: 'down' }, 503),
        json({ vaccination_status: 2, signed_status: 'signed.status.token' }),
      ],
    });
    const app = stubApp();
    renderWithApp(app, <Desk callOptions={{ fetch: registry.fetch, timeoutMs: 60_000 }} />);
    await sendOtpAndVerify();
    await screen.findByRole('alert');
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    await sendOtpAndVerify();
    await waitFor(() =>
      expect(app.navigate).toHaveBeenCalledWith(expect.objectContaining({ name: 'result' })),
    );
    const confirms = registry.requests.filter((request) => request.url.endsWith(CONFIRM));
    expect(confirms).toHaveLength(2);
    const statuses = registry.requests.filter((request) => request.url.includes(STATUS));
    expect(statuses.map((request) => request.headers.get('Authorization'))).toEqual([
      'Bearer bearer-1',
      'Bearer bearer-2',
    ]);
  });

  it('sends a fresh nonce with the retried status call', async () => {
    const registry = fakeFetch({
      [GENERATE]: [json({ txnId: 'txn-1' })],
      [CONFIRM]: [json({ token: 'bearer-1' })],
      [STATUS]: [
        json({ errorCode: 'DOWN', error: 'down' }, 503),
        json({ vaccination_status: 2, signed_status: 'signed.status.token' }),
      ],
    });
    const app = stubApp();
    renderWithApp(app, <Desk callOptions={{ fetch: registry.fetch, timeoutMs: 60_000 }} />);
    await sendOtpAndVerify();
    await screen.findByRole('alert');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(app.checkDeskToken).toHaveBeenCalled());
    const nonces = registry.requests
      .filter((request) => request.url.includes(STATUS))
      .map((request) => new URL(request.url).searchParams.get('nonce'));
    expect(nonces).toHaveLength(2);
    expect(nonces[0]).not.toBe(nonces[1]);
    expect(app.checkDeskToken).toHaveBeenCalledWith('signed.status.token', nonces[1]);
  });
});
