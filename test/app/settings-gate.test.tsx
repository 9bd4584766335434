// @vitest-environment happy-dom
/** The gate tablet's screens (SPEC 8): the PIN, its note on the home screen, a registry change. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Home } from '../../src/app/Home/index.tsx';
import { Settings } from '../../src/app/Settings/index.tsx';
import { renderWithApp, stubApp } from './app-stub.tsx';

vi.mock('../../src/app/scanner-loader.ts', () => ({
  loadScanner: () => new Promise(() => {}),
  loadedScanner: () => null,
  prepareScanner: () => undefined,
}));

afterEach(cleanup);

const OPEN_NOTE = /Settings are open to anyone/;

describe('the home screen', () => {
  it('says Settings are open to anyone only while no PIN is set', () => {
    renderWithApp(stubApp({ pinSet: false }), <Home />);
    expect(screen.getByText(OPEN_NOTE)).toBeTruthy();
    cleanup();
    renderWithApp(stubApp({ pinSet: true, unlocked: false }), <Home />);
    expect(screen.queryByText(OPEN_NOTE)).toBeNull();
  });
});

describe('Settings behind a PIN', () => {
  it('shows only the PIN and "Unlock" while locked, and says how many tries are left', async () => {
    const unlock = vi.fn(async () => ({
      ok: false as const,
      reason: 'WRONG' as const,
      triesLeft: 3,
    }));
    renderWithApp(stubApp({ pinSet: true, unlocked: false, unlock }), <Settings />);
    expect(screen.queryByLabelText('Registry URL')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    fireEvent.input(screen.getByLabelText('PIN'), { target: { value: '1111' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Wrong PIN. Tries left: 3.');
    expect(unlock).toHaveBeenCalledWith('1111');
    expect((screen.getByLabelText('PIN') as HTMLInputElement).value).toBe('');
  });

  it('says to wait after too many wrong PINs', async () => {
    const unlock = vi.fn(async () => ({ ok: false as const, reason: 'WAIT' as const, until: 1 }));
    renderWithApp(stubApp({ pinSet: true, unlocked: false, unlock }), <Settings />);
    fireEvent.input(screen.getByLabelText('PIN'), { target: { value: '1111' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Wait a minute');
  });

  it('saves a new PIN with the settings, and rejects one that is not 4 to 12 digits', async () => {
    const app = stubApp();
    renderWithApp(app, <Settings />);
    fireEvent.input(screen.getByLabelText('PIN'), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('A PIN is 4 to 12 digits.');
    expect(app.saveSettings).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('PIN'), { target: { value: '2580' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/PIN saved/);
    expect(app.saveSettings).toHaveBeenCalledTimes(1);
    expect(app.setPin).toHaveBeenCalledWith('2580');
  });

  it('removes the PIN on request', async () => {
    const app = stubApp({ pinSet: true, unlocked: true });
    renderWithApp(app, <Settings />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove the PIN' }));
    await screen.findByText(/The PIN was removed/);
    expect(app.setPin).toHaveBeenCalledWith(null);
  });
});

describe('a change of registry', () => {
  it('is confirmed first, naming both origins; keeping the registry saves nothing', async () => {
    const app = stubApp();
    renderWithApp(app, <Settings />);
    fireEvent.input(screen.getByLabelText('Registry URL'), {
      target: { value: 'https://other.example/api/' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const question = await screen.findByRole('alertdialog');
    expect(question.textContent).toContain('https://other.example');
    expect(question.textContent).toContain('http://127.0.0.1:4010');
    fireEvent.click(screen.getByRole('button', { name: 'Keep the current registry' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(app.saveSettings).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Change registry' }));
    await waitFor(() =>
      expect(app.saveSettings).toHaveBeenCalledWith(
        expect.objectContaining({ registryUrl: 'https://other.example/api/' }),
      ),
    );
  });

  it('shows each issuer beside the registry origin its keys came from', () => {
    renderWithApp(stubApp(), <Settings />);
    expect(
      screen.getByText('Issuer: http://localhost:4010, keys from http://127.0.0.1:4010'),
    ).toBeTruthy();
  });
});
