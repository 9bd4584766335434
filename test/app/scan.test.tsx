// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { ScannerModule, ScannerOptions } from '../../src/app/scanner-loader.ts';
import { renderWithApp, stubApp } from './app-stub.tsx';

const scanner = vi.hoisted(() => ({ current: null as unknown as ScannerModule }));
vi.mock('../../src/app/scanner-loader.ts', () => ({ loadScanner: async () => scanner.current }));

const { Scan } = await import('../../src/app/Scan/index.tsx');

let started: ScannerOptions[];
let handle: {
  stop: Mock<() => void>;
  pause: Mock<() => void>;
  setTorch: Mock<(on: boolean) => Promise<void>>;
};

beforeEach(() => {
  started = [];
  handle = {
    stop: vi.fn<() => void>(),
    pause: vi.fn<() => void>(),
    setTorch: vi.fn(async (_on: boolean) => undefined),
  };
  scanner.current = {
    listCameras: async () =>
      [
        { deviceId: 'cam-usb', label: 'USB camera', kind: 'videoinput', groupId: 'g' },
      ] as MediaDeviceInfo[],
    startScanner: async (_video, options) => {
      started.push(options);
      return { ...handle, torchSupported: true, resume: () => undefined };
    },
    decodeImageFile: async () => 'kycvs:/from-image',
  };
});

afterEach(cleanup);

describe('Scan', () => {
  it('starts the rear camera and sends a read code to verification, then to the result', async () => {
    const app = stubApp();
    renderWithApp(app, <Scan />);
    await waitFor(() => expect(started).toHaveLength(1));
    expect(started[0]).toMatchObject({ facingMode: 'environment' });
    started[0]!.onCode('kycvs:/0102');
    await waitFor(() => expect(app.navigate).toHaveBeenCalled());
    expect(app.checkText).toHaveBeenCalledWith('kycvs:/0102');
    expect(handle.pause).toHaveBeenCalled();
    expect(app.navigate).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'result', from: 'scan' }),
    );
  });

  it('switches to the front camera or a listed camera from the picker', async () => {
    renderWithApp(stubApp(), <Scan />);
    await screen.findByRole('option', { name: 'USB camera' });
    fireEvent.change(screen.getByLabelText('Camera'), { target: { value: 'front' } });
    await waitFor(() => expect(started.at(-1)).toMatchObject({ facingMode: 'user' }));
    fireEvent.change(screen.getByLabelText('Camera'), { target: { value: 'cam-usb' } });
    await waitFor(() => expect(started.at(-1)).toMatchObject({ deviceId: 'cam-usb' }));
    expect(handle.stop).toHaveBeenCalled();
  });

  it('offers the torch where the camera has one', async () => {
    renderWithApp(stubApp(), <Scan />);
    fireEvent.click(await screen.findByRole('button', { name: 'Torch on' }));
    await waitFor(() => expect(handle.setTorch).toHaveBeenCalledWith(true));
    expect(await screen.findByRole('button', { name: 'Torch off' })).toBeTruthy();
  });

  it('checks pasted text', async () => {
    const app = stubApp();
    renderWithApp(app, <Scan />);
    fireEvent.input(screen.getByLabelText('QR text'), { target: { value: '  eyJ.a.b  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check text' }));
    await waitFor(() => expect(app.checkText).toHaveBeenCalledWith('eyJ.a.b'));
  });

  it('checks the code found in a chosen image, and says when there is none', async () => {
    const app = stubApp();
    renderWithApp(app, <Scan />);
    const input = screen.getByLabelText('Choose image') as HTMLInputElement;
    const file = new File([new Uint8Array([1])], 'qr.png', { type: 'image/png' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(app.checkText).toHaveBeenCalledWith('kycvs:/from-image'));

    cleanup();
    scanner.current.decodeImageFile = async () => null;
    const other = stubApp();
    renderWithApp(other, <Scan />);
    const again = screen.getByLabelText('Choose image') as HTMLInputElement;
    Object.defineProperty(again, 'files', { value: [file], configurable: true });
    fireEvent.change(again);
    expect((await screen.findByRole('alert')).textContent).toContain('No QR code was found');
    expect(other.checkText).not.toHaveBeenCalled();
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
