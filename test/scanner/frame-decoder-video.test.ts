/** The frame decoder's camera-frame path: a VideoFrame handed to the worker, copied there. */
import { describe, expect, it } from 'vitest';
import type { WorkerReply, WorkerRequest } from '../../src/scanner/decode-messages.ts';
import { chainOf } from '../../src/scanner/chain-run.ts';
import { createFrameDecoder, type WorkerLike } from '../../src/scanner/frame-decoder.ts';

/** A worker the test answers by hand; it records what the adapter posted and transferred. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  posted: Array<{ message: WorkerRequest; transfer: Transferable[] }> = [];
  postMessage(message: WorkerRequest, transfer: Transferable[]): void {
    this.posted.push({ message, transfer });
  }
  terminate(): void {}
  reply(message: WorkerReply): void {
    this.onmessage?.({ data: message } as MessageEvent);
  }
}

/** A stand-in for a VideoFrame (there is none in Node): the adapter only closes it. */
function videoFrame() {
  let closed = 0;
  const fake = { close: () => void closed++ } as unknown as VideoFrame;
  return { fake, closed: () => closed };
}

const plan = { sx: 0, sy: 0, sw: 640, sh: 480, width: 640, height: 480 };
const code = {
  text: 'CODE',
  bytes: new TextEncoder().encode('CODE'),
  exact: true,
  decoder: 'zxing',
};

describe('createFrameDecoder with camera frames', () => {
  it('hands the frame itself to the worker, with the region to copy, and returns its result', async () => {
    const worker = new FakeWorker();
    const frames = createFrameDecoder({ createWorker: () => worker });
    const { fake } = videoFrame();
    const decoding = frames.decodeVideoFrame(fake, plan, { paced: true });
    const { message, transfer } = worker.posted[0]!;
    expect(message).toMatchObject({ type: 'video-frame', plan, paced: true });
    expect(message.type === 'video-frame' && message.frame).toBe(fake);
    expect(transfer).toEqual([fake]);
    expect(frames.busy).toBe(true);
    worker.reply({ type: 'result', seq: message.seq, result: code, ms: 9 });
    expect(await decoding).toEqual({ result: code, decodeMs: 9, where: 'worker' });
  });

  it('closes a frame it cannot send: while busy, or with no worker to copy it', async () => {
    const worker = new FakeWorker();
    const frames = createFrameDecoder({ createWorker: () => worker });
    void frames.decode({ data: new Uint8ClampedArray(4), width: 1, height: 1 });
    const busy = videoFrame();
    expect(await frames.decodeVideoFrame(busy.fake, plan)).toBeNull();
    expect(busy.closed()).toBe(1);
    const decoder = { name: 'main', decode: () => null };
    const alone = createFrameDecoder({ loadChain: async () => chainOf([decoder]) });
    const unsent = videoFrame();
    await expect(alone.decodeVideoFrame(unsent.fake, plan)).rejects.toMatchObject({
      code: 'UNSUPPORTED',
    });
    expect(unsent.closed()).toBe(1);
  });
});
