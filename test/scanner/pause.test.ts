/** Pausing the scanner: a frame whose decode was under way then must report nothing. */
import { describe, expect, it, vi } from 'vitest';
import type { FrameResult } from '../../src/scanner/decoder-chain.ts';

const decode = vi.hoisted(() => ({
  pending: [] as ((result: FrameResult | null) => void)[],
}));

vi.mock('../../src/scanner/camera.ts', () => ({
  listCameras: async () => [],
  hasTorch: () => false,
  applyTorch: async () => undefined,
  openCamera: async () => {
    const track = { stop: vi.fn(), addEventListener: vi.fn() };
    return { getTracks: () => [track], getVideoTracks: () => [track] };
  },
}));

vi.mock('../../src/scanner/decoder-chain.ts', () => ({
  createDecoderChain: async () => ({}),
  chainOf: () => ({}),
  DEFAULT_FALLBACKS: [],
  decodeFrame: () =>
    new Promise<FrameResult | null>((resolve) => {
      decode.pending.push(resolve);
    }),
}));

vi.mock('../../src/scanner/frame-grabber.ts', () => ({
  createFrameGrabber: () => ({
    grab: () => ({ data: new Uint8ClampedArray(4), width: 1, height: 1 }),
  }),
  planFrame: () => ({ sx: 0, sy: 0, sw: 1, sh: 1, width: 1, height: 1 }),
  stillImageScales: () => [1],
}));

const { startScanner } = await import('../../src/scanner/index.ts');

describe('startScanner pause', () => {
  it('reports no code from a frame that was being decoded when the scanner paused', async () => {
    const frames: (() => void)[] = [];
    const video = {
      readyState: 4,
      videoWidth: 640,
      videoHeight: 480,
      muted: false,
      playsInline: false,
      srcObject: null as unknown,
      play: async () => undefined,
      requestVideoFrameCallback: (run: () => void) => frames.push(run),
      cancelVideoFrameCallback: () => undefined,
    };
    const onCode = vi.fn();
    const handle = await startScanner(video as unknown as HTMLVideoElement, { onCode });
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(decode.pending).toHaveLength(1);
    // A verdict (from a hand-held scanner, say) is now on screen: the scan screen pauses.
    handle.pause();
    decode.pending[0]!({ text: 'kycvs:/code-in-view', decoder: 'zxing' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onCode).not.toHaveBeenCalled();
    handle.stop();
  });
});
