// @vitest-environment happy-dom
/** The desk and Settings load on first use, once, and then render as any screen. */
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LazyScreen, loadScreen } from '../../src/app/lazy-screens.tsx';
import { renderWithApp, stubApp } from './app-stub.tsx';

afterEach(cleanup);

describe('lazy screens', () => {
  it('downloads each screen once', async () => {
    expect(loadScreen('settings')).toBe(loadScreen('settings'));
    expect(await loadScreen('desk')).not.toBe(await loadScreen('settings'));
  });

  it('says it is loading, then shows the screen', async () => {
    renderWithApp(stubApp(), <LazyScreen name="settings" />);
    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toBeTruthy();
    expect(screen.getByLabelText('Registry URL')).toBeTruthy();
    cleanup();
    renderWithApp(stubApp(), <LazyScreen name="desk" />);
    expect(await screen.findByLabelText('Mobile number')).toBeTruthy();
  });
});
