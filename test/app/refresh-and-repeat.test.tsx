// @vitest-environment happy-dom
/**
 * The app's repeat check and key refreshes: a token shown again inside the clock tolerance is
 * flagged, a registry saved during a refresh of the old one gets its keys fetched.
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App/index.tsx';
import { openDB } from 'idb';
import { DB_VERSION, openVerifierDb } from '../../src/store/db.ts';
import { fakeFetch, json } from '../store/fake-registry.ts';
import { FIXTURE_ISS, makeKey, signWithKey, type FixtureKey } from '../fixtures/tokens.ts';

vi.mock('../../src/app/scanner-loader.ts', () => ({
  loadScanner: () => new Promise(() => undefined),
  loadedScanner: () => null,
  prepareScanner: () => undefined,
}));

afterEach(cleanup);

const T0 = Date.UTC(2025, 0, 15, 10, 0, 0);
let key: FixtureKey;
beforeAll(async () => {
  key = await makeKey();
});

async function checkPasted(text: string): Promise<string> {
  fireEvent.input(screen.getByLabelText('QR text'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Check text' }));
  return (await screen.findByRole('status')).textContent ?? '';
}

describe('repeat checks and key refreshes', () => {
  it('flags a token shown again while it is still accepted, inside the 60 s tolerance', async () => {
    let clock = T0;
    const registry = fakeFetch({ '/.well-known/jwks.json': [json({ keys: [key.publicJwk] })] });
    render(
      <App
        openDb={() => openVerifierDb('app-repeat-tolerance')}
        origin={FIXTURE_ISS}
        fetch={registry.fetch}
        now={() => clock}
        feedback={{ prime: vi.fn(), play: vi.fn() }}
      />,
    );
    await screen.findByText('Keys refreshed.');
    // Issued 890 s ago with a 900 s life: it expires 10 s from now.
    const token = await signWithKey(key, T0 / 1000 - 890);
    fireEvent.click(screen.getByRole('button', { name: 'Scan QR' }));
    const first = await checkPasted(token);
    expect(first.startsWith('Fully vaccinated')).toBe(true);
    expect(first).not.toContain('Already checked');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));

    // Control: 5 s later, before `exp`, the same token is flagged.
    clock = T0 + 5_000;
    expect(await checkPasted(token)).toContain('Already checked');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));

    // 30 s past `exp`: the protocol still accepts it (SPEC §4, 60 s tolerance).
    clock = T0 + 40_000;
    const second = await checkPasted(token);
    expect(second.startsWith('Fully vaccinated')).toBe(true);
    expect(second).toContain('Already checked');
  });

  it('fetches the keys of a registry saved while a refresh of the old one was under way', async () => {
    const hanging: (() => void)[] = [];
    const newRegistry = fakeFetch({
      '/.well-known/jwks.json': [json({ keys: [key.publicJwk] })],
    });
    const requests: string[] = [];
    const doFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const url = String(input);
      requests.push(url);
      if (url.startsWith('http://app.example')) {
        // The old registry is slow: its answer comes only when the test says.
        return new Promise((_resolve, reject) => {
          hanging.push(() => reject(new TypeError('network down')));
        });
      }
      return newRegistry.fetch(input, init);
    };
    render(
      <App
        openDb={() => openVerifierDb('app-registry-change')}
        origin="http://app.example"
        fetch={doFetch as typeof fetch}
        now={() => T0}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    await waitFor(() => expect(hanging.length).toBeGreaterThan(0));
    fireEvent.input(await screen.findByLabelText('Registry URL'), {
      target: { value: 'https://reg.example' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Change registry' }));
    await screen.findByText('Settings saved.');
    hanging.splice(0).forEach((fail) => fail());
    await waitFor(() => expect(requests).toContain('https://reg.example/.well-known/jwks.json'));
  });

  it('asks for a reload and lets go of the database when a newer version upgrades it', async () => {
    const name = 'app-newer-version';
    render(
      <App
        openDb={() => openVerifierDb(name)}
        origin={FIXTURE_ISS}
        fetch={fakeFetch({}).fetch}
        now={() => T0}
      />,
    );
    await screen.findByRole('button', { name: 'Scan QR' });
    const newer = await openDB(name, DB_VERSION + 1);
    newer.close();
    expect((await screen.findByRole('alert')).textContent).toContain('Reload this page');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });

  it('says it cannot open its storage while an older version holds the database', async () => {
    const name = 'app-older-version';
    const old = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('settings');
      },
    });
    render(<App openDb={() => openVerifierDb(name)} origin={FIXTURE_ISS} now={() => T0} />);
    expect((await screen.findByRole('alert')).textContent).toContain('could not open its storage');
    old.close();
  });
});
