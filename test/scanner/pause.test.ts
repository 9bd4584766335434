/** Pausing the scanner: a frame whose decode was under way then must report nothing. */
import { describe, expect, it, vi } from 'vitest';
import type { FrameResult } from '../../src/scanner/decoder-chain.ts';
import type { WorkerReply, WorkerRequest } from '../../src/scanner/decode-messages.ts';

const decode = vi.hoisted(() => ({
  pending: [] as ((result: FrameResult | null) => void)[],
}));

/** The decode worker as the page sees it: ready at once, answering each frame when told. */
class FakeWorker {
  onmessage: ((event: { data: WorkerReply }) => void) | null = null;
  onerror: unknown = null;
  onmessageerror: unknown = null;
  constructor() {
    queueMicrotask(() => this.onmessage?.({ data: { type: 'ready', decoders: ['fake'] } }));
  }
  postMessage(message: WorkerRequest): void {
    if (message.type !== 'decode') return;
    decode.pending.push((result) =>
      this.onmessage?.({ data: { type: 'result', seq: message.seq, result, ms: 1 } }),
    );
  }
  terminate(): void {}
}
(globalThis as { Worker?: unknown }).Worker = FakeWorker;

vi.mock('../../src/scanner/camera.ts', () => ({
  listCameras: async () => [],
  hasTorch: () => false,
  applyTorch: async () => undefined,
  openCamera: async () => {
    const track = { stop: vi.fn(), addEventListener: vi.fn() };
    return { getTracks: () => [track], getVideoTracks: () => [track] };
  },
}));

vi.mock('../../src/scanner/frame-grabber.ts', () => ({
  createFrameGrabber: () => ({
    grab: () => ({ data: new Uint8ClampedArray(4), width: 1, height: 1 }),
  }),
  planFrame: () => ({ sx: 0, sy: 0, sw: 1, sh: 1, width: 1, height: 1 }),
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
    // The frame the video shows already is sent at once, with no wait for the next one.
    expect(frames).toHaveLength(0);
    expect(decode.pending).toHaveLength(1);
    // A verdict (from a hand-held scanner, say) is now on screen: the scan screen pauses.
    handle.pause();
    const code = { text: 'kycvs:/code-in-view', bytes: new Uint8Array([1]), exact: true };
    decode.pending[0]!({ ...code, decoder: 'fake' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onCode).not.toHaveBeenCalled();
    // After a resume, the frame in view is read again and its code reported, with its bytes.
    handle.resume();
    expect(decode.pending).toHaveLength(2);
    decode.pending[1]!({ ...code, decoder: 'fake' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onCode).toHaveBeenCalledWith(expect.objectContaining(code));
    // Then the loop waits for the video's next frame.
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(decode.pending).toHaveLength(3);
    decode.pending[2]!(null);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onCode).toHaveBeenCalledTimes(1);
    handle.stop();
  });
});
