import { describe, expect, it } from 'vitest';
import { cameraConstraints, cameraError, hasTorch } from '../../src/scanner/camera.ts';
import { createFrameLoop } from '../../src/scanner/frame-loop.ts';

describe('cameraConstraints', () => {
  it('asks for the rear camera at 720p by default', () => {
    expect(cameraConstraints({})).toEqual({
      audio: false,
      video: {
        facingMode: { ideal: 'environment' },
        width: { ideal: 1280 },
        height: { ideal: 720 },
        frameRate: { ideal: 30 },
      },
    });
  });

  it('asks for exactly the camera picked, ignoring the facing mode', () => {
    const video = cameraConstraints({ deviceId: 'cam-2', facingMode: 'user' })
      .video as MediaTrackConstraints;
    expect(video.deviceId).toEqual({ exact: 'cam-2' });
    expect(video.facingMode).toBeUndefined();
  });

  it('asks for the front camera when told to', () => {
    const video = cameraConstraints({ facingMode: 'user' }).video as MediaTrackConstraints;
    expect(video.facingMode).toEqual({ ideal: 'user' });
  });
});

describe('cameraError', () => {
  const named = (name: string) => Object.assign(new Error('x'), { name });
  it.each([
    ['NotAllowedError', 'PERMISSION_DENIED'],
    ['SecurityError', 'PERMISSION_DENIED'],
    ['NotFoundError', 'NO_CAMERA'],
    ['OverconstrainedError', 'NO_CAMERA'],
    ['NotReadableError', 'CAMERA_BUSY'],
    ['TypeError', 'UNSUPPORTED'],
  ])('maps %s to %s and keeps the cause', (name, code) => {
    const original = named(name);
    const error = cameraError(original);
    expect(error.code).toBe(code);
    expect(error.cause).toBe(original);
  });
});

describe('hasTorch', () => {
  it('is true only when the track says it has a torch', () => {
    const track = (caps: object | undefined) =>
      ({ getCapabilities: caps ? () => caps : undefined }) as unknown as MediaStreamTrack;
    expect(hasTorch(track({ torch: true }))).toBe(true);
    expect(hasTorch(track({ torch: false }))).toBe(false);
    expect(hasTorch(track({}))).toBe(false);
    expect(hasTorch(track(undefined))).toBe(false);
  });
});

describe('createFrameLoop', () => {
  /** A video whose frame callbacks the test fires by hand. */
  function fakeVideo(readyState = 0) {
    const pending = new Map<number, () => void>();
    let next = 1;
    const video = {
      readyState,
      requestVideoFrameCallback(run: () => void) {
        pending.set(next, run);
        return next++;
      },
      cancelVideoFrameCallback(id: number) {
        pending.delete(id);
      },
    } as unknown as HTMLVideoElement;
    const fire = () => {
      const runs = [...pending.values()];
      pending.clear();
      runs.forEach((run) => run());
    };
    return { video, pending, fire };
  }

  it('asks for no new frame while a frame is being decoded', async () => {
    const { video, pending, fire } = fakeVideo();
    let finish = () => {};
    let calls = 0;
    const loop = createFrameLoop(video, () => {
      calls++;
      return new Promise<void>((done) => (finish = done));
    });
    loop.start();
    fire();
    expect(calls).toBe(1);
    expect(pending.size).toBe(0);
    finish();
    await Promise.resolve();
    await Promise.resolve();
    expect(pending.size).toBe(1);
    fire();
    expect(calls).toBe(2);
    loop.stop();
  });

  it('stops asking for frames when stopped, even mid-decode', async () => {
    const { video, pending, fire } = fakeVideo();
    let finish = () => {};
    const loop = createFrameLoop(video, () => new Promise<void>((done) => (finish = done)));
    loop.start();
    fire();
    loop.stop();
    finish();
    await Promise.resolve();
    await Promise.resolve();
    expect(pending.size).toBe(0);
    loop.start();
    expect(pending.size).toBe(1);
    loop.stop();
    expect(pending.size).toBe(0);
  });

  it('with `now`, reads the frame already shown at each start, then waits for new ones', async () => {
    const { video, pending, fire } = fakeVideo(2);
    let calls = 0;
    const loop = createFrameLoop(video, async () => void calls++, { now: true });
    loop.start();
    expect(calls).toBe(1);
    await Promise.resolve();
    await Promise.resolve();
    expect(pending.size).toBe(1);
    fire();
    expect(calls).toBe(2);
    loop.stop();
    loop.start();
    expect(calls).toBe(3);
    loop.stop();
  });

  it('with `now`, waits for the first frame of a video that has none yet', () => {
    const { video, pending } = fakeVideo(1);
    let calls = 0;
    const loop = createFrameLoop(video, async () => void calls++, { now: true });
    loop.start();
    expect(calls).toBe(0);
    expect(pending.size).toBe(1);
    loop.stop();
  });
});
