/** The rear camera asked for in the tap on "Scan QR", taken by the scan screen's first start. */
import { afterEach, describe, expect, it, vi } from 'vitest';

const camera = vi.hoisted(() => ({ open: null as null | ((choice: unknown) => unknown) }));
vi.mock('../../src/scanner/camera.ts', () => ({
  openCamera: (choice: unknown) => camera.open!(choice),
}));

const { openCameraOnTap, takeCameraOpening } = await import('../../src/scanner/camera-on-tap.ts');

/** A camera stream whose one track records being stopped. */
function fakeCamera() {
  const track = { stop: vi.fn() };
  const stream = { getTracks: () => [track] } as unknown as MediaStream;
  const openCamera = vi.fn(async () => stream);
  return { track, stream, openCamera };
}

afterEach(() => {
  takeCameraOpening();
  vi.useRealTimers();
});

describe('the camera opened by the tap', () => {
  it('has nothing to hand over before a tap', () => {
    expect(takeCameraOpening()).toBeNull();
  });

  it('opens the rear camera once, for the scan screen to take once', async () => {
    const cam = fakeCamera();
    camera.open = cam.openCamera;
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
    const cam = fakeCamera();
    camera.open = cam.openCamera;
    openCameraOnTap();
    await vi.runAllTimersAsync();
    expect(cam.track.stop).toHaveBeenCalled();
    expect(takeCameraOpening()).toBeNull();
  });
});
