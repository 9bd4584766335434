// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HolderPage } from '../../src/holder/HolderPage/index.tsx';
import type { HolderPageConfig } from '../../src/holder/config.ts';
import { b64json } from '../fixtures/tokens.ts';

const BOOKING = 'http://127.0.0.1:5174';
const VERIFIER = { id: 'rail-1', name: 'Indian Rail Demo', origins: [BOOKING] };
const TOKEN = `${b64json({ alg: 'ES256', kid: 'k', typ: 'kycvs+jwt' })}.${b64json({
  iss: 'http://localhost:8080',
  iat: 1_800_000_000,
  exp: 1_800_604_800,
  jti: 'abcdefghijklmnop',
  vs: 2,
  name: 'Asha Verma',
  mob: '3210',
})}.c2lnbmF0dXJl`;

interface Call {
  path: string;
  body: Record<string, unknown>;
}

/** A fake registry: answers each POST with the next scripted response and records the call. */
function fakeRegistry(responses: { status: number; body: unknown }[]): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init: RequestInit) => {
      calls.push({ path, body: JSON.parse(String(init.body)) as Record<string, unknown> });
      const next = responses.shift();
      if (next === undefined) throw new TypeError('network down');
      return new Response(JSON.stringify(next.body), {
        status: next.status,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
  return calls;
}

function fillDetails(mobile = '9876543210', name = 'Asha Verma'): void {
  fireEvent.input(screen.getByLabelText('Mobile number'), { target: { value: mobile } });
  fireEvent.input(screen.getByLabelText('Full name'), { target: { value: name } });
  fireEvent.click(screen.getByRole('button', { name: 'Send OTP' }));
}

async function enterOtp(otp: string): Promise<void> {
  const field = await screen.findByLabelText('OTP');
  fireEvent.input(field, { target: { value: otp } });
  fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
}

const TXN = '0f8fad5b-d9cb-469f-a165-70867728950e';
const OTP_HASH_123456 = '8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92';

describe('the holder page', () => {
  beforeEach(() => {
    vi.unstubAllGlobals();
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('standalone: sends the OTP hashed, then shows the status and the Status QR', async () => {
    const calls = fakeRegistry([
      { status: 200, body: { txnId: TXN } },
      { status: 200, body: { vaccination_status: 2, signed_status: TOKEN } },
    ]);
    render(
      <HolderPage config={{ mode: 'standalone' }} embedding={{ framed: false, referrer: '' }} />,
    );
    fillDetails();
    await enterOtp('123456');
    expect(await screen.findByRole('img', { name: 'Status QR' })).toBeTruthy();
    expect(
      screen.getAllByRole('status').some((el) => el.textContent?.startsWith('Fully vaccinated')),
    ).toBe(true);
    expect(screen.getByRole('link', { name: 'Download QR' }).getAttribute('href')).toMatch(
      /^data:image\/png;base64,/,
    );
    expect(screen.getByRole('button', { name: 'Copy token' })).toBeTruthy();
    expect(calls).toEqual([
      {
        path: '/v3/vaccination/status/knowYourStatus/generateOTP',
        body: { mobile_number: '9876543210', full_name: 'Asha Verma', language: 'en' },
      },
      {
        path: '/v3/vaccination/status/knowYourStatus/confirmOTP',
        body: { otp: OTP_HASH_123456, txnId: TXN },
      },
    ]);
  });

  it('says how many tries are left after a wrong OTP, and lets the person try again', async () => {
    fakeRegistry([
      { status: 200, body: { txnId: TXN } },
      { status: 400, body: { errorCode: 'USRAUT0014', error: 'Wrong OTP', triesLeft: 2 } },
      { status: 200, body: { vaccination_status: 1, signed_status: TOKEN } },
    ]);
    render(
      <HolderPage config={{ mode: 'standalone' }} embedding={{ framed: false, referrer: '' }} />,
    );
    fillDetails();
    await enterOtp('000000');
    expect((await screen.findByRole('alert')).textContent).toBe('Wrong OTP. 2 tries left.');
    await enterOtp('123456');
    await screen.findByRole('img', { name: 'Status QR' });
    expect(
      screen
        .getAllByRole('status')
        .some((el) => el.textContent?.startsWith('Partially vaccinated')),
    ).toBe(true);
  });

  it('explains an expired OTP, a rate limit and an unreachable registry', async () => {
    fakeRegistry([
      { status: 429, body: { errorCode: 'USRAUT0016', error: 'slow down', retryAfter: 120 } },
    ]);
    render(
      <HolderPage config={{ mode: 'standalone' }} embedding={{ framed: false, referrer: '' }} />,
    );
    fillDetails();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Too many requests. Please wait about 2 minutes and try again.',
    );
    cleanup();

    fakeRegistry([
      { status: 200, body: { txnId: TXN } },
      { status: 400, body: { errorCode: 'USRAUT0015', error: 'gone' } },
    ]);
    render(
      <HolderPage config={{ mode: 'standalone' }} embedding={{ framed: false, referrer: '' }} />,
    );
    fillDetails();
    await enterOtp('123456');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This OTP has expired or was already used. Send a new OTP.',
    );
    cleanup();

    fakeRegistry([]);
    render(
      <HolderPage config={{ mode: 'standalone' }} embedding={{ framed: false, referrer: '' }} />,
    );
    fillDetails();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Cannot reach the registry. Check the connection and try again.',
    );
  });

  it('checks the fields before calling the registry', async () => {
    const calls = fakeRegistry([]);
    render(
      <HolderPage config={{ mode: 'standalone' }} embedding={{ framed: false, referrer: '' }} />,
    );
    fillDetails('12345', '  ');
    expect(screen.getByText('Enter the 10-digit mobile number.')).toBeTruthy();
    expect(screen.getByText('Enter the full name as registered.')).toBeTruthy();
    expect(screen.getByLabelText('Mobile number').getAttribute('aria-invalid')).toBe('true');
    expect(calls).toEqual([]);
  });

  it('reads the mobile number as the desk does: +91 or 0 prefix, spaces and dashes dropped', async () => {
    const calls = fakeRegistry([{ status: 200, body: { txnId: TXN } }]);
    render(
      <HolderPage config={{ mode: 'standalone' }} embedding={{ framed: false, referrer: '' }} />,
    );
    fillDetails('+91 98765-43210', 'Asha Verma');
    await screen.findByLabelText('OTP');
    expect(calls[0]!.body).toMatchObject({ mobile_number: '9876543210', full_name: 'Asha Verma' });
    expect(screen.getByRole('status').textContent).toContain('ending 3210');
  });

  it('embedded: names the organisation, what is shared, and posts the token only to its origin', async () => {
    const calls = fakeRegistry([
      { status: 200, body: { txnId: TXN } },
      { status: 200, body: { vaccination_status: 0, signed_status: TOKEN } },
    ]);
    const parent = { postMessage: vi.fn() };
    const config: HolderPageConfig = { mode: 'embedded', verifier: VERIFIER, nonce: 'n1' };
    render(
      <HolderPage
        config={config}
        embedding={{ framed: true, ancestorOrigins: [BOOKING], referrer: `${BOOKING}/` }}
        parentWindow={parent}
      />,
    );
    const consent = screen.getByRole('region', {
      name: /Indian Rail Demo asks for your vaccination status/,
    });
    expect(consent.textContent).toContain('last 4 digits of your mobile number');
    expect(consent.textContent).toContain(
      'not vaccinated, partially vaccinated or fully vaccinated',
    );
    fillDetails();
    await enterOtp('123456');
    await waitFor(() => expect(parent.postMessage).toHaveBeenCalledTimes(1));
    expect(parent.postMessage).toHaveBeenCalledWith(
      { type: 'kycvs:status', token: TOKEN },
      BOOKING,
    );
    expect(screen.queryByRole('img', { name: 'Status QR' })).toBeNull();
    expect(
      screen.getAllByRole('status').some((el) => el.textContent?.startsWith('Not vaccinated')),
    ).toBe(true);
    expect(calls[0]!.body.client_id).toBe('rail-1');
    expect(calls[1]!.body).toMatchObject({ client_id: 'rail-1', nonce: 'n1' });
  });

  it('embedded in an unregistered origin: rejects, shows no form and posts nothing', () => {
    const parent = { postMessage: vi.fn() };
    render(
      <HolderPage
        config={{ mode: 'embedded', verifier: VERIFIER }}
        embedding={{ framed: true, ancestorOrigins: ['http://evil.example'], referrer: '' }}
        parentWindow={parent}
      />,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/rejected/);
    expect(screen.queryByLabelText('Mobile number')).toBeNull();
    expect(parent.postMessage).not.toHaveBeenCalled();
  });

  it('a rejection from the registry tells the embedding origin, with no token', () => {
    const parent = { postMessage: vi.fn() };
    render(
      <HolderPage
        config={{ mode: 'rejected', reason: 'UNKNOWN_CLIENT', notify: BOOKING }}
        embedding={{ framed: true, referrer: '' }}
        parentWindow={parent}
      />,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/not registered/);
    expect(parent.postMessage).toHaveBeenCalledWith(
      { type: 'kycvs:rejected', reason: 'UNKNOWN_CLIENT' },
      BOOKING,
    );
  });
});
