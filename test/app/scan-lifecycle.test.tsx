// @vitest-environment happy-dom
/**
 * The scan screen's camera over the page's lifetime: released while the page is hidden, and
 * no camera code replacing a verdict on screen.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { ScannerHandle, ScannerModule, ScannerOptions } from '../../src/app/scanner-loader.ts';
import type { Outcome } from '../../src/core/outcome.ts';
import { textOnlyCode } from '../../src/scanner/scanned-code.ts';
import { renderWithApp, stubApp } from './app-stub.tsx';

const scanner = vi.hoisted(() => ({
  current: null as unknown as ScannerModule,
  /** True: the module is already downloaded (the home screen prepared it). */
  loaded: false,
}));
vi.mock('../../src/app/scanner-loader.ts', () => ({
  loadScanner: async () => scanner.current,
  loadedScanner: () => (scanner.loaded ? scanner.current : null),
  prepareScanner: () => undefined,
}));

const { Scan } = await import('../../src/app/Scan/index.tsx');

function statusFor(name: string): Outcome {
  return {
    kind: 'status',
    format: 'kycvs',
    status: 2,
    name,
    mob: '4321',
    issuedAt: Date.UTC(2025, 0, 15, 10, 0),
    alreadyCheckedAt: null,
    staleKeys: false,
    clockWarning: false,
  };
}

let started: ScannerOptions[];
let handles: ScannerHandle[];
let stop: Mock<() => void>;

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  started = [];
  handles = [];
  scanner.loaded = false;
  stop = vi.fn<() => void>();
  scanner.current = {
    listCameras: async () => [],
    startScanner: async (_video, options) => {
      started.push(options);
      const handle = {
        stop,
        pause: vi.fn(),
        resume: vi.fn(),
        setTorch: async () => undefined,
        torchSupported: false,
      };
      handles.push(handle);
      return handle;
    },
    readImageFile: async () => ({ status: 'none' }),
    prepareScanner: () => undefined,
    openCameraOnTap: () => undefined,
    takeCameraOpening: () => null,
    closeCameraOpening: () => undefined,
  };
});

afterEach(() => {
  cleanup();
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
});

describe('scan screen lifecycle', () => {
  it('asks for the camera in its first render when the scanner is already downloaded', () => {
    scanner.loaded = true;
    renderWithApp(stubApp(), <Scan />);
    expect(started).toHaveLength(1);
  });

  it('asks for the camera once the scanner has downloaded, when it was not yet', async () => {
    renderWithApp(stubApp(), <Scan />);
    expect(started).toHaveLength(0);
    await waitFor(() => expect(started).toHaveLength(1));
  });

  it('releases the camera when the page is hidden', async () => {
    renderWithApp(stubApp(), <Scan />);
    await waitFor(() => expect(started).toHaveLength(1));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(stop).toHaveBeenCalled();
  });

  it('keeps the verdict of a pasted code when a paused camera still reports a code', async () => {
    const checkCode = vi.fn(async (text: string) =>
      statusFor(text === 'kycvs:/pasted' ? 'Asha Verma' : 'Ravi Kumar'),
    );
    renderWithApp(stubApp({ checkCode }), <Scan />);
    await waitFor(() => expect(started).toHaveLength(1));
    fireEvent.input(screen.getByLabelText('QR text'), { target: { value: 'kycvs:/pasted' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check text' }));
    expect((await screen.findByRole('status')).textContent).toContain('Asha Verma');
    // A frame whose decode began before the pause finishes now (startScanner checks only
    // `active`, not the pause, before calling onCode).
    started[0]!.onCode(textOnlyCode('kycvs:/in-view'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(checkCode).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toContain('Asha Verma');
  });

  it('opens the camera again when the page is visible again', async () => {
    renderWithApp(stubApp(), <Scan />);
    await waitFor(() => expect(started).toHaveLength(1));
    setVisibility('hidden');
    expect(stop).toHaveBeenCalledTimes(1);
    setVisibility('visible');
    await waitFor(() => expect(started).toHaveLength(2));
    expect(handles[1]!.pause).not.toHaveBeenCalled();
  });

  it('clears a verdict when the page is hidden without decoding while hidden', async () => {
    const checkCode = vi.fn(async () => statusFor('Asha Verma'));
    renderWithApp(stubApp({ checkCode }), <Scan />);
    await waitFor(() => expect(started).toHaveLength(1));
    fireEvent.input(screen.getByLabelText('QR text'), { target: { value: 'kycvs:/pasted' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check text' }));
    await screen.findByRole('status');
    // The verdict has taken focus: its own timers and page listeners are set.
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
    expect(handles[0]!.pause).toHaveBeenCalled();
    setVisibility('hidden');
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(handles[0]!.resume).not.toHaveBeenCalled();
    expect(started).toHaveLength(1);
    expect(stop).toHaveBeenCalled();
  });
});
