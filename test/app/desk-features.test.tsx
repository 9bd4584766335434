// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Home } from '../../src/app/Home/index.tsx';
import { Settings } from '../../src/app/Settings/index.tsx';
import { Result } from '../../src/app/Result/index.tsx';
import { App } from '../../src/app/App/index.tsx';
import { setLanguage } from '../../src/app/i18n/index.ts';
import { openVerifierDb } from '../../src/store/db.ts';
import { readLog } from '../../src/store/log.ts';
import { renderWithApp, stubApp } from './app-stub.tsx';
import { fakeFetch } from '../store/fake-registry.ts';

vi.mock('../../src/app/scanner-loader.ts', () => ({
  loadScanner: () => new Promise(() => undefined),
  loadedScanner: () => null,
  prepareScanner: () => undefined,
}));

afterEach(() => {
  cleanup();
  setLanguage('en');
});

const base = { staleKeys: false, clockWarning: false };

describe('home counts', () => {
  it("shows today's checks by verdict, in words and numbers", () => {
    const todayCounts = {
      full: 12,
      partial: 3,
      none: 1,
      repeat: 2,
      invalid: 4,
      'cannot-verify': 0,
      other: 0,
    };
    renderWithApp(stubApp({ todayCounts }), <Home />);
    const panel = screen.getByRole('region', { name: 'Checks today on this device' });
    expect(panel.textContent).toContain('Fully vaccinated12');
    expect(panel.textContent).toContain('Already checked2');
    expect(panel.textContent).toContain('Total: 22');
  });
});

describe('repeat verdict', () => {
  it('warns "Already checked at HH:MM" and is not shown as a pass', () => {
    const first = new Date(2025, 0, 15, 9, 41).getTime();
    render(
      <Result
        outcome={{
          kind: 'status',
          format: 'kycvs',
          status: 2,
          name: 'Asha Verma',
          mob: '4321',
          issuedAt: first - 60_000,
          alreadyCheckedAt: first,
          checkedAt: first + 20 * 60_000,
          ...base,
        }}
        onNext={vi.fn()}
        onClear={vi.fn()}
      />,
    );
    const status = screen.getByRole('status');
    expect(status.textContent?.startsWith('Fully vaccinated')).toBe(true);
    expect(status.textContent).toContain('Already checked at 09:41');
    expect(status.textContent).not.toContain('Already checked on');
    expect(status.closest('.result')?.className).toContain('result--repeat');
    expect(status.closest('.result')?.className).not.toContain('result--pass');
  });

  it('names the day of the first check when it was not today, in each language', async () => {
    const first = new Date(2025, 0, 14, 18, 5).getTime();
    const outcome = {
      kind: 'status' as const,
      format: 'kycvs' as const,
      status: 2 as const,
      name: 'Asha Verma',
      mob: '4321',
      issuedAt: first - 60_000,
      alreadyCheckedAt: first,
      checkedAt: new Date(2025, 0, 15, 9, 0).getTime(),
      ...base,
    };
    const view = render(<Result outcome={outcome} onNext={vi.fn()} onClear={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toContain(
      'Already checked on 14 Jan 2025 at 18:05',
    );
    view.unmount();
    await setLanguage('hi');
    render(<Result outcome={outcome} onNext={vi.fn()} onClear={vi.fn()} />);
    const text = screen.getByRole('status').textContent ?? '';
    expect(text).toContain('2025 को 18:05 बजे पहले ही जाँचा जा चुका है');
  });
});

describe('settings: preferences and log', () => {
  it('stores a language choice, the toggles and the retention', async () => {
    const app = stubApp();
    renderWithApp(app, <Settings />);
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'hi' } });
    await waitFor(() =>
      expect(app.savePreferences).toHaveBeenLastCalledWith(
        expect.objectContaining({ language: 'hi' }),
      ),
    );
    fireEvent.click(
      screen.getByLabelText('Kiosk mode: the scanner comes back by itself after each result'),
    );
    await waitFor(() =>
      expect(app.savePreferences).toHaveBeenLastCalledWith(
        expect.objectContaining({ kiosk: true }),
      ),
    );
    const retention = screen.getByLabelText('Days to keep the log');
    fireEvent.input(retention, { target: { value: '0' } });
    fireEvent.change(retention);
    expect((await screen.findByRole('alert')).textContent).toContain('from 1 to 365');
    const calls = (app.savePreferences as ReturnType<typeof vi.fn>).mock.calls.length;
    fireEvent.input(retention, { target: { value: '7' } });
    fireEvent.change(retention);
    await waitFor(() =>
      expect(app.savePreferences).toHaveBeenLastCalledWith(
        expect.objectContaining({ retentionDays: 7 }),
      ),
    );
    expect((app.savePreferences as ReturnType<typeof vi.fn>).mock.calls.length).toBe(calls + 1);
  });

  it('clears the log only after a confirmation, and can be talked out of it', async () => {
    const app = stubApp({ countLog: vi.fn(async () => 5) });
    renderWithApp(app, <Settings />);
    await screen.findByText(/The log holds 5 checks/);
    fireEvent.click(screen.getByRole('button', { name: 'Clear log' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('cannot be undone');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep the log' })),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Keep the log' }));
    expect(app.clearLog).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Clear log' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete the log' }));
    await screen.findByText('The log was cleared.');
    expect(app.clearLog).toHaveBeenCalledTimes(1);
  });

  it('downloads the log as a CSV file', async () => {
    const app = stubApp();
    const created = vi.fn(() => 'blob:log');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this.download);
    });
    try {
      renderWithApp(app, <Settings />);
      fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
      await screen.findByText('The log was downloaded as a CSV file.');
      expect(app.exportLog).toHaveBeenCalledTimes(1);
      expect(clicks).toHaveLength(1);
      expect(clicks[0]).toMatch(/^kycvs-log-\d{4}-\d{2}-\d{2}\.csv$/);
    } finally {
      click.mockRestore();
    }
  });
});

describe('App: language and log', () => {
  it('switches the whole UI and <html lang> to Hindi from Settings, and back', async () => {
    const registry = fakeFetch({});
    render(
      <App
        openDb={() => openVerifierDb('desk-features-1')}
        origin="http://app.example"
        fetch={registry.fetch}
        now={() => Date.UTC(2025, 0, 1)}
        feedback={{ prime: vi.fn(), play: vi.fn() }}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    // Settings load on first use (src/app/lazy-screens.tsx).
    fireEvent.change(await screen.findByLabelText('Language'), { target: { value: 'hi' } });
    await screen.findByRole('heading', { name: 'सेटिंग्स', level: 1 });
    expect(document.documentElement.lang).toBe('hi');
    fireEvent.click(screen.getByRole('button', { name: 'वापस' }));
    expect(await screen.findByRole('button', { name: 'QR स्कैन करें' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'सेटिंग्स' }));
    fireEvent.change(await screen.findByLabelText('भाषा'), { target: { value: 'en' } });
    await screen.findByRole('heading', { name: 'Settings', level: 1 });
    expect(document.documentElement.lang).toBe('en');
  });

  it('logs a rejected code without its text, and counts it on the home screen', async () => {
    const name = 'desk-features-2';
    const play = vi.fn();
    render(
      <App
        openDb={() => openVerifierDb(name)}
        origin="http://app.example"
        fetch={fakeFetch({}).fetch}
        feedback={{ prime: vi.fn(), play }}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Scan QR' }));
    fireEvent.input(screen.getByLabelText('QR text'), { target: { value: 'not a code at all' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check text' }));
    expect((await screen.findByRole('status')).textContent?.startsWith('Invalid')).toBe(true);
    // The cue plays once the verdict is painted.
    await waitFor(() =>
      expect(play).toHaveBeenCalledWith('fail', { sound: true, vibration: true }),
    );
    const db = await openVerifierDb(name);
    await waitFor(async () => expect(await readLog(db)).toHaveLength(1));
    const [entry] = await readLog(db);
    expect(entry).toMatchObject({
      method: 'qr',
      format: null,
      verdict: 'UNSUPPORTED_FORMAT',
      status: null,
      idHash: null,
    });
    expect(JSON.stringify(entry)).not.toContain('not a code');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    const panel = await screen.findByRole('region', { name: 'Checks today on this device' });
    expect(panel.textContent).toContain('Invalid1');
  });
});
