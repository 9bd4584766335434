// @vitest-environment happy-dom
import { trustRecord } from '../helpers/trust-record.ts';
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Home } from '../../src/app/Home/index.tsx';
import { Settings } from '../../src/app/Settings/index.tsx';
import { App } from '../../src/app/App/index.tsx';
import { openVerifierDb } from '../../src/store/db.ts';
import { loadSettings } from '../../src/store/settings.ts';
import { renderWithApp, stubApp } from './app-stub.tsx';
import { fakeFetch, json } from '../store/fake-registry.ts';

/** A P-256 public key the trust store accepts (the coordinates of RFC 7517's example key). */
const PUBLIC_KEY = {
  kty: 'EC',
  crv: 'P-256',
  x: 'MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4',
  y: '4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM',
  kid: 'k',
};

// The home screen starts loading the scanner; its camera code is not under test here.
vi.mock('../../src/app/scanner-loader.ts', () => ({
  loadScanner: () => new Promise(() => undefined),
  loadedScanner: () => null,
  prepareScanner: () => undefined,
}));

afterEach(cleanup);

describe('Home', () => {
  it('offers the two checks, settings and a key refresh by their accessible names', () => {
    const app = stubApp();
    renderWithApp(app, <Home />);
    fireEvent.click(screen.getByRole('button', { name: 'Scan QR' }));
    expect(app.navigate).toHaveBeenCalledWith({ name: 'scan' });
    fireEvent.click(screen.getByRole('button', { name: 'Check with OTP' }));
    expect(app.navigate).toHaveBeenCalledWith({ name: 'desk' });
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(app.navigate).toHaveBeenCalledWith({ name: 'settings' });
    fireEvent.click(screen.getByRole('button', { name: 'Refresh keys' }));
    expect(app.refreshKeys).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Online')).toBeTruthy();
  });

  it('disables the OTP check offline and says why', () => {
    renderWithApp(stubApp({ online: false }), <Home />);
    const desk = screen.getByRole('button', { name: 'Check with OTP' }) as HTMLButtonElement;
    expect(desk.disabled).toBe(true);
    expect(screen.getByText(/needs the internet/)).toBeTruthy();
    expect(screen.getByText('Offline')).toBeTruthy();
  });

  it('warns when the keys are stale or the clock is off', () => {
    const health = {
      hasKeys: true,
      fetchedAt: 0,
      stale: true,
      clockSkewMs: 9 * 60_000,
      clockWarning: true,
    };
    renderWithApp(stubApp({ health }), <Home />);
    expect(screen.getByText(/more than 7 days old/)).toBeTruthy();
    expect(screen.getByText(/about 9 minutes/)).toBeTruthy();
  });

  it('warns when no keys are held', () => {
    const health = {
      hasKeys: false,
      fetchedAt: null,
      stale: false,
      clockSkewMs: null,
      clockWarning: false,
    };
    renderWithApp(stubApp({ health }), <Home />);
    expect(screen.getByText(/holds no registry keys yet/)).toBeTruthy();
  });

  it('shows how old the trust list for the other formats is, or that none is held yet', () => {
    const fetchedAt = Date.UTC(2026, 4, 1, 12, 0);
    const trustList = trustRecord({ divoc: [], eudcc: [], shc: [] }, fetchedAt);
    renderWithApp(stubApp({ trustList }), <Home />);
    expect(
      screen.getByText(/Trust list for CoWIN, EU and SMART Health Card codes updated .*2026/),
    ).toBeTruthy();
    cleanup();
    renderWithApp(stubApp({ trustList: null }), <Home />);
    expect(
      screen.getByText(/No trust list for CoWIN, EU and SMART Health Card codes yet/),
    ).toBeTruthy();
  });

  it('tells that a failed refresh kept the keys', () => {
    const refresh = { running: false, last: { ok: false as const, reason: 'GARBLED' as const } };
    renderWithApp(stubApp({ refresh }), <Home />);
    expect(screen.getByText(/cannot be used. The keys held are kept/)).toBeTruthy();
  });
});

describe('Settings', () => {
  it('saves the three fields by their accessible names', async () => {
    const app = stubApp({
      settings: {
        registryUrl: 'http://127.0.0.1:4010',
        verifierId: '',
        apiKey: '',
        trustListUrl: '',
        trustListKey: '',
      },
    });
    renderWithApp(app, <Settings />);
    fireEvent.input(screen.getByLabelText('Verifier ID'), { target: { value: 'gate-9' } });
    fireEvent.input(screen.getByLabelText('API key'), { target: { value: 'secret-key' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved.');
    expect(app.saveSettings).toHaveBeenCalledWith({
      registryUrl: 'http://127.0.0.1:4010',
      verifierId: 'gate-9',
      apiKey: 'secret-key',
      trustListUrl: '',
      trustListKey: '',
    });
  });
});

describe('App', () => {
  it('stores settings in IndexedDB and fetches the keys from the new registry', async () => {
    const name = 'app-test-1';
    const registry = fakeFetch({
      '/.well-known/kycvs-configuration': [
        json({
          issuer: 'http://localhost:4010',
          jwks_uri: 'https://reg.example/.well-known/jwks.json',
        }),
      ],
      '/.well-known/jwks.json': [
        json({ keys: [PUBLIC_KEY] }, 200, {
          ETag: '"1"',
        }),
      ],
    });
    render(
      <App
        openDb={() => openVerifierDb(name)}
        origin="http://app.example"
        fetch={registry.fetch}
        now={() => Date.UTC(2025, 0, 1)}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    fireEvent.input(await screen.findByLabelText('Registry URL'), {
      target: { value: 'https://reg.example/' },
    });
    fireEvent.input(screen.getByLabelText('Verifier ID'), { target: { value: 'gate-2' } });
    fireEvent.input(screen.getByLabelText('API key'), { target: { value: 'k-2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    // A change of registry is confirmed first (SPEC 8).
    expect((await screen.findByRole('alertdialog')).textContent).toContain('http://app.example');
    fireEvent.click(screen.getByRole('button', { name: 'Change registry' }));
    await screen.findByText('Settings saved.');
    await screen.findByText('Issuer: http://localhost:4010, keys from https://reg.example');
    const db = await openVerifierDb(name);
    expect(await loadSettings(db, 'unused')).toEqual({
      registryUrl: 'https://reg.example',
      verifierId: 'gate-2',
      apiKey: 'k-2',
      trustListUrl: '',
      trustListKey: '',
    });
    await waitFor(() =>
      expect(
        registry.requests.some((r) => r.url === 'https://reg.example/.well-known/jwks.json'),
      ).toBe(true),
    );
  });

  it('refreshes the keys on start and again when the device comes back online', async () => {
    const registry = fakeFetch({
      '/.well-known/jwks.json': [
        json({ keys: [PUBLIC_KEY] }, 200, {
          ETag: '"1"',
        }),
      ],
    });
    const jwksCalls = () => registry.requests.filter((r) => r.url.endsWith('/jwks.json')).length;
    render(
      <App
        openDb={() => openVerifierDb('app-test-2')}
        origin="http://app.example"
        fetch={registry.fetch}
        now={() => Date.UTC(2025, 0, 1)}
      />,
    );
    await screen.findByRole('button', { name: 'Scan QR' });
    await waitFor(() => expect(jwksCalls()).toBe(1));
    await screen.findByText('Keys refreshed.');
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(jwksCalls()).toBe(2));
  });
});
