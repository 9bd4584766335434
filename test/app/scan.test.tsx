// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { ScannerModule, ScannerOptions } from '../../src/app/scanner-loader.ts';
import { textOnlyCode } from '../../src/scanner/scanned-code.ts';
import { renderWithApp, stubApp } from './app-stub.tsx';

const scanner = vi.hoisted(() => ({ current: null as unknown as ScannerModule }));
/** What the scanner reports for a frame that held no code. */
const EMPTY_FRAME = {
  ms: 5,
  decoder: null,
  pass: 'full',
  where: 'worker',
  mainThreadMs: 1,
} as const;

vi.mock('../../src/app/scanner-loader.ts', () => ({
  loadScanner: async () => scanner.current,
  loadedScanner: () => null,
  prepareScanner: () => undefined,
}));

const { Scan } = await import('../../src/app/Scan/index.tsx');
const { KIOSK_NEXT_MS } = await import('../../src/app/Result/index.tsx');

const fullStatus = {
  kind: 'status' as const,
  format: 'kycvs' as const,
  status: 2 as const,
  name: 'Asha Verma',
  mob: '4321',
  issuedAt: Date.UTC(2025, 0, 15, 10, 0),
  alreadyCheckedAt: null,
  staleKeys: false,
  clockWarning: false,
};

let started: ScannerOptions[];
let handle: {
  stop: Mock<() => void>;
  pause: Mock<() => void>;
  resume: Mock<(options?: { hold?: boolean }) => void>;
  setTorch: Mock<(on: boolean) => Promise<void>>;
};

beforeEach(() => {
  started = [];
  handle = {
    stop: vi.fn<() => void>(),
    pause: vi.fn<() => void>(),
    resume: vi.fn<(options?: { hold?: boolean }) => void>(),
    setTorch: vi.fn(async (_on: boolean) => undefined),
  };
  scanner.current = {
    listCameras: async () =>
      [
        { deviceId: 'cam-usb', label: 'USB camera', kind: 'videoinput', groupId: 'g' },
      ] as MediaDeviceInfo[],
    startScanner: async (_video, options) => {
      started.push(options);
      return { ...handle, torchSupported: true };
    },
    readImageFile: async () => ({
      status: 'found',
      codes: [
        {
          text: 'kycvs:/from-image',
          bytes: new TextEncoder().encode('kycvs:/from-image'),
          exact: true,
          decoder: 'zxing-wasm',
        },
      ],
    }),
    prepareScanner: () => undefined,
    openCameraOnTap: () => undefined,
    takeCameraOpening: () => null,
    closeCameraOpening: () => undefined,
  };
});

afterEach(cleanup);

describe('Scan', () => {
  it('starts the rear camera, checks a read code and shows the verdict with the camera kept open', async () => {
    const app = stubApp({ checkCode: vi.fn(async () => fullStatus) });
    renderWithApp(app, <Scan />);
    await waitFor(() => expect(started).toHaveLength(1));
    expect(started[0]).toMatchObject({ facingMode: 'environment' });
    started[0]!.onCode(textOnlyCode('kycvs:/0102'));
    const status = await screen.findByRole('status');
    expect(app.checkCode).toHaveBeenCalledWith(textOnlyCode('kycvs:/0102'));
    expect(status.textContent?.startsWith('Fully vaccinated')).toBe(true);
    expect(handle.pause).toHaveBeenCalledTimes(1);
    expect(handle.stop).not.toHaveBeenCalled();
    expect(app.navigate).not.toHaveBeenCalled();
    // Focus goes to the verdict so a screen reader reads it at once.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 })),
    );
  });

  it('"Next" resumes decoding on the same camera and a new frame marks it live', async () => {
    const app = stubApp({ checkCode: vi.fn(async () => fullStatus) });
    const { container } = renderWithApp(app, <Scan />);
    await waitFor(() => expect(started).toHaveLength(1));
    started[0]!.onFrame?.(EMPTY_FRAME);
    await waitFor(() => expect(container.querySelector('[data-scanner="live"]')).not.toBeNull());
    started[0]!.onCode(textOnlyCode('kycvs:/0102'));
    await screen.findByRole('status');
    expect(container.querySelector('[data-scanner="paused"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(handle.resume).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('status')).toBeNull();
    expect(started).toHaveLength(1);
    started[0]!.onFrame?.(EMPTY_FRAME);
    await waitFor(() => expect(container.querySelector('[data-scanner="live"]')).not.toBeNull());
  });

  it('resumes after "Next" holding the code just checked, and checks the next code read', async () => {
    const app = stubApp({ checkCode: vi.fn(async () => fullStatus) });
    renderWithApp(app, <Scan />);
    await waitFor(() => expect(started).toHaveLength(1));
    started[0]!.onCode(textOnlyCode('kycvs:/0102'));
    await screen.findByRole('status');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    // The scanner keeps ignoring the code still held up (src/scanner's rule, not this screen's).
    await waitFor(() => expect(handle.resume).toHaveBeenCalledWith({ hold: true }));
    started[0]!.onCode(textOnlyCode('kycvs:/0304'));
    await screen.findByRole('status');
    expect(app.checkCode).toHaveBeenCalledTimes(2);
    expect(app.checkCode).toHaveBeenLastCalledWith(textOnlyCode('kycvs:/0304'));
  });

  it('comes back to scanning by itself in kiosk mode', async () => {
    const app = stubApp({
      checkCode: vi.fn(async () => fullStatus),
      preferences: {
        language: 'en',
        sound: false,
        vibration: false,
        kiosk: true,
        retentionDays: 30,
      },
    });
    renderWithApp(app, <Scan />);
    await waitFor(() => expect(started).toHaveLength(1));
    vi.useFakeTimers();
    try {
      started[0]!.onCode(textOnlyCode('kycvs:/0102'));
      await vi.waitFor(() => expect(screen.getByRole('status')).toBeTruthy());
      expect(screen.getByText(/comes back by itself/)).toBeTruthy();
      expect(handle.resume).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(KIOSK_NEXT_MS);
      expect(screen.queryByRole('status')).toBeNull();
      expect(handle.resume).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('accepts a hand-held scanner typing the code and Enter, without a field', async () => {
    const app = stubApp({ checkCode: vi.fn(async () => fullStatus) });
    renderWithApp(app, <Scan />);
    const text = 'kycvs:/' + '0123456789'.repeat(5);
    const at = vi.spyOn(performance, 'now');
    let clock = 1000;
    at.mockImplementation(() => (clock += 3));
    try {
      for (const key of text) fireEvent.keyDown(document.body, { key });
      fireEvent.keyDown(document.body, { key: 'Enter' });
    } finally {
      at.mockRestore();
    }
    await waitFor(() => expect(app.checkCode).toHaveBeenCalledWith(text));
    expect(await screen.findByRole('status')).toBeTruthy();
  });

  it('leaves keys typed into the paste field to the field', async () => {
    const app = stubApp();
    renderWithApp(app, <Scan />);
    const field = screen.getByLabelText('QR text');
    for (const key of 'kycvs:/0123456789012345678') fireEvent.keyDown(field, { key });
    fireEvent.keyDown(field, { key: 'Enter' });
    await new Promise((done) => setTimeout(done, 20));
    expect(app.checkCode).not.toHaveBeenCalled();
  });

  it('switches to the front camera or a listed camera from the picker', async () => {
    renderWithApp(stubApp(), <Scan />);
    // The camera list comes once the screen is idle (at the latest 1.5 s after the start).
    await screen.findByRole('option', { name: 'USB camera' }, { timeout: 3_000 });
    fireEvent.change(screen.getByLabelText('Camera'), { target: { value: 'front' } });
    await waitFor(() => expect(started.at(-1)).toMatchObject({ facingMode: 'user' }));
    fireEvent.change(screen.getByLabelText('Camera'), { target: { value: 'cam-usb' } });
    await waitFor(() => expect(started.at(-1)).toMatchObject({ deviceId: 'cam-usb' }));
    expect(handle.stop).toHaveBeenCalled();
  });

  it('holds the torch and the camera list back while a code is being checked', async () => {
    let release: (outcome: typeof fullStatus) => void = () => undefined;
    const app = stubApp({
      checkCode: vi.fn(() => new Promise<typeof fullStatus>((resolve) => (release = resolve))),
    });
    const listCameras = vi.fn(scanner.current!.listCameras);
    scanner.current = { ...scanner.current!, listCameras };
    renderWithApp(app, <Scan />);
    await waitFor(() => expect(started).toHaveLength(1));
    started[0]!.onCode(textOnlyCode('kycvs:/0102'));
    // Past the longest idle wait (1.5 s): the check still runs, so the controls still wait.
    await new Promise((resolve) => setTimeout(resolve, 1_700));
    expect(listCameras).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Torch on' })).toBeNull();
    release(fullStatus);
    expect((await screen.findByRole('status')).textContent).toContain('Asha Verma');
  });

  it('offers the torch where the camera has one', async () => {
    renderWithApp(stubApp(), <Scan />);
    fireEvent.click(await screen.findByRole('button', { name: 'Torch on' }, { timeout: 3_000 }));
    await waitFor(() => expect(handle.setTorch).toHaveBeenCalledWith(true));
    expect(await screen.findByRole('button', { name: 'Torch off' })).toBeTruthy();
  });

  it('checks pasted text', async () => {
    const app = stubApp();
    renderWithApp(app, <Scan />);
    fireEvent.input(screen.getByLabelText('QR text'), { target: { value: '  eyJ.a.b  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check text' }));
    await waitFor(() => expect(app.checkCode).toHaveBeenCalledWith('eyJ.a.b'));
  });

  it('checks the code found in a chosen image, and says when there is none', async () => {
    const app = stubApp();
    renderWithApp(app, <Scan />);
    const input = screen.getByLabelText('Choose image') as HTMLInputElement;
    const file = new File([new Uint8Array([1])], 'qr.png', { type: 'image/png' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await waitFor(() =>
      // The code goes on as the scanner gave it, bytes and all.
      expect(app.checkCode).toHaveBeenCalledWith({
        text: 'kycvs:/from-image',
        bytes: new TextEncoder().encode('kycvs:/from-image'),
        exact: true,
        decoder: 'zxing-wasm',
      }),
    );

    cleanup();
    scanner.current.readImageFile = async () => ({ status: 'none' });
    const other = stubApp();
    renderWithApp(other, <Scan />);
    const again = screen.getByLabelText('Choose image') as HTMLInputElement;
    Object.defineProperty(again, 'files', { value: [file], configurable: true });
    fireEvent.change(again);
    expect((await screen.findByRole('alert')).textContent).toContain('No QR code was found');
    expect(other.checkCode).not.toHaveBeenCalled();
  });

  it('says the camera cannot be used and keeps the fallbacks', async () => {
    scanner.current.startScanner = async () => {
      throw new Error('NotAllowedError');
    };
    renderWithApp(stubApp(), <Scan />);
    expect((await screen.findByRole('alert')).textContent).toContain('camera cannot be used');
    expect(screen.getByRole('button', { name: 'Check text' })).toBeTruthy();
  });
});
