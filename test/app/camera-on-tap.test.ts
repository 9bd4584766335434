/** The rear camera asked for in the tap on "Scan QR", taken by the scan screen's first start. */
import { afterEach, describe, expect, it, vi } from 'vitest';

const scanner = vi.hoisted(() => ({ current: null as null | { openCamera: () => unknown } }));
vi.mock('../../src/app/scanner-loader.ts', () => ({ loadedScanner: () => scanner.current }));

const { openCameraOnTap, takeCameraOpening } = await import('../../src/app/Scan/camera-on-tap.ts');

/** A camera stream whose one track records being stopped. */
function camera() {
  const track = { stop: vi.fn() };
  const stream = { getTracks: () => [track] } as unknown as MediaStream;
  const openCamera = vi.fn(async () => stream);
  return { track, stream, openCamera };
}

afterEach(() => {
  takeCameraOpening();
  scanner.current = null;
  vi.useRealTimers();
});

describe('the camera opened by the tap', () => {
  it('opens nothing while the scanner is not downloaded', () => {
    openCameraOnTap();
    expect(takeCameraOpening()).toBeNull();
  });

  it('opens the rear camera once, for the scan screen to take once', async () => {
    const cam = camera();
    scanner.current = { openCamera: cam.openCamera };
    openCameraOnTap();
    openCameraOnTap();
    expect(cam.openCamera).toHaveBeenCalledTimes(1);
    expect(cam.openCamera).toHaveBeenCalledWith({ facingMode: 'environment' });
    await expect(takeCameraOpening()).resolves.toBe(cam.stream);
    expect(takeCameraOpening()).toBeNull();
    expect(cam.track.stop).not.toHaveBeenCalled();
  });

  it('closes an opening the scan screen never took', async () => {
    vi.useFakeTimers();
    const cam = camera();
    scanner.current = { openCamera: cam.openCamera };
    openCameraOnTap();
    await vi.runAllTimersAsync();
    expect(cam.track.stop).toHaveBeenCalled();
    expect(takeCameraOpening()).toBeNull();
  });
});
