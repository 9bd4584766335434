// @vitest-environment happy-dom
/**
 * The event screens (SPEC §11): Settings' create and join forms and what they say when refused,
 * the gate's panel, and the home screen's "All gates" and "Last synced".
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Home } from '../../src/app/Home/index.tsx';
import { Settings } from '../../src/app/Settings/index.tsx';
import { EventError, type EventView } from '../../src/events/controller.ts';
import { renderWithApp, stubApp } from './app-stub.tsx';

vi.mock('../../src/app/scanner-loader.ts', () => ({
  loadScanner: () => new Promise(() => {}),
  loadedScanner: () => null,
  prepareScanner: () => undefined,
}));

afterEach(cleanup);

const EVENT: EventView = {
  id: 'AAAAAAAAAAAAAAAAAAAAAA',
  name: 'Stadium',
  gate: 'Gate 2',
  hub: 'ws://127.0.0.1:4010/hub',
  link: 'http://127.0.0.1:4010/#event=abc',
  ready: true,
  all: 12,
  gateCount: 5,
  status: 'connected',
  lastSyncedAt: new Date(2026, 4, 1, 9, 7).getTime(),
};

describe('Settings without an event', () => {
  it('creates one from the name, the gate and the registry’s own hub', async () => {
    const createEvent = vi.fn(async () => undefined);
    renderWithApp(stubApp({ createEvent }), <Settings />);
    fireEvent.click(screen.getByRole('button', { name: 'Create event' }));
    expect(screen.queryByRole('button', { name: 'Join event' })).toBeNull();
    fireEvent.input(screen.getByLabelText('Event name'), { target: { value: 'Stadium' } });
    fireEvent.input(screen.getByLabelText('Gate name'), { target: { value: 'Gate 1' } });
    expect((screen.getByLabelText('Hub address') as HTMLInputElement).value).toBe(
      'ws://127.0.0.1:4010/hub',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Create event' }));
    await waitFor(() =>
      expect(createEvent).toHaveBeenCalledWith({
        name: 'Stadium',
        gate: 'Gate 1',
        hub: 'ws://127.0.0.1:4010/hub',
      }),
    );
  });

  it.each([
    ['BAD_INVITE', /not an event link/],
    ['BAD_GATE_NAME', /gate name of up to 40/],
    ['IN_EVENT', /already a gate of an event/],
  ] as const)('says why a join was refused: %s', async (code, words) => {
    const joinEvent = vi.fn(async () => {
      throw new EventError(code);
    });
    renderWithApp(stubApp({ joinEvent }), <Settings />);
    fireEvent.click(screen.getByRole('button', { name: 'Join event' }));
    fireEvent.input(screen.getByLabelText('Event link'), { target: { value: 'x' } });
    fireEvent.input(screen.getByLabelText('Gate name'), { target: { value: 'G' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join event' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(words);
  });

  it('opens the join form with an invitation that opened the app', () => {
    renderWithApp(stubApp({ invite: 'http://127.0.0.1:4010/#event=abc' }), <Settings />);
    expect((screen.getByLabelText('Event link') as HTMLInputElement).value).toBe(
      'http://127.0.0.1:4010/#event=abc',
    );
    expect(screen.getByText(/An event code was scanned/)).toBeTruthy();
  });
});

describe('a gate of an event', () => {
  it('Settings show the gate, the hub, the link, and leave at once', async () => {
    const leaveEvent = vi.fn(async () => undefined);
    renderWithApp(stubApp({ event: EVENT, leaveEvent }), <Settings />);
    expect(screen.getByText('This tablet is “Gate 2” at “Stadium”.')).toBeTruthy();
    expect(screen.getByText('Connected to the hub.')).toBeTruthy();
    expect(screen.getByText(EVENT.link)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create event' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Leave event' }));
    await waitFor(() => expect(leaveEvent).toHaveBeenCalledTimes(1));
  });

  it('the home screen shows this gate, "All gates" and "Last synced HH:MM"', () => {
    renderWithApp(stubApp({ event: { ...EVENT, status: 'offline' } }), <Home />);
    expect(screen.getByLabelText('All gates').textContent).toBe('12');
    expect(screen.getByLabelText('This gate').textContent).toBe('5');
    expect(screen.getByText('Last synced 09:07')).toBeTruthy();
    expect(screen.getByText(/Not connected to the hub/)).toBeTruthy();
  });
});
