/** Still images: the sizes tried, and the page's side of the still-image worker. */
import { describe, expect, it } from 'vitest';
import type {
  ImageRequest,
  WorkerReply,
  WorkerRequest,
} from '../../src/scanner/decode-messages.ts';
import type { WorkerLike } from '../../src/scanner/frame-decoder.ts';
import {
  MAX_STILL_SIDE,
  MIN_STILL_SIDE,
  marginFor,
  stillPlans,
} from '../../src/scanner/still-decoder.ts';
import { readImageFile } from '../../src/scanner/still-image.ts';

describe('stillPlans', () => {
  it('reads a 6000 x 4000 photo at 1600 px (bare, then with a margin), 1000, 600, then larger', () => {
    expect(stillPlans(6000, 4000)).toEqual([
      { longest: 1600, smooth: true, margin: false },
      { longest: 1600, smooth: true, margin: true },
      { longest: 1000, smooth: true, margin: false },
      { longest: 600, smooth: true, margin: false },
      { longest: MAX_STILL_SIDE, smooth: true, margin: false },
    ]);
  });

  it('reads a 41 x 41 image as it is and enlarged past MIN_STILL_SIDE, sharp and smoothed', () => {
    const plans = stillPlans(41, 41);
    expect(plans[0]).toEqual({ longest: 41, smooth: true, margin: false });
    expect(plans[1]).toEqual({ longest: 41, smooth: true, margin: true });
    const enlarged = plans.filter((p) => p.longest >= MIN_STILL_SIDE);
    expect(enlarged.some((p) => !p.smooth)).toBe(true);
    expect(enlarged.some((p) => p.smooth)).toBe(true);
    // Sharp enlargements are whole multiples, so every module keeps the same number of pixels.
    for (const p of enlarged.filter((p) => !p.smooth)) expect(p.longest % 41).toBe(0);
  });

  it('never lists a size twice and never enlarges an ordinary photo', () => {
    const plans = stillPlans(1000, 800);
    expect(plans.map((p) => p.longest)).toEqual([1000, 1000, 600]);
    expect(new Set(plans.map((p) => JSON.stringify(p))).size).toBe(plans.length);
  });

  it('draws a white margin of at least 8 px around the image (a code with no quiet zone)', () => {
    expect(marginFor(41)).toBe(8);
    expect(marginFor(1600)).toBe(96);
  });
});

/** A still-image worker the test answers by hand. */
class FakeStillWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  requests: ImageRequest[] = [];
  terminated = false;
  postMessage(message: WorkerRequest): void {
    if (message.type === 'image') this.requests.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(message: WorkerReply): void {
    this.onmessage?.({ data: message } as MessageEvent);
  }
}

const code = (text: string) => ({
  text,
  bytes: new TextEncoder().encode(text),
  exact: true,
  decoder: 'zxing-wasm',
});

describe('readImageFile', () => {
  it('sends the file to the worker with its budget and answers with every code found', async () => {
    const worker = new FakeStillWorker();
    const file = new Blob(['png']);
    const answer = readImageFile(file, { createWorker: () => worker, budgetMs: 900 });
    const [request] = worker.requests;
    expect(request).toMatchObject({ type: 'image', budgetMs: 900 });
    expect(request!.file).toBe(file);
    worker.reply({ type: 'image-result', seq: request!.seq, codes: [code('A'), code('B')], ms: 5 });
    const result = await answer;
    expect(result.status).toBe('found');
    expect(result.status === 'found' && result.codes.map((c) => c.text)).toEqual(['A', 'B']);
    worker.terminate();
  });

  it('answers none, unreadable, and ignores replies to other requests', async () => {
    const worker = new FakeStillWorker();
    const none = readImageFile(new Blob(['a']), { createWorker: () => worker });
    const seq = worker.requests[0]!.seq;
    worker.reply({ type: 'image-result', seq: seq + 100, codes: [code('X')], ms: 1 });
    worker.reply({ type: 'image-result', seq, codes: [], ms: 1 });
    expect(await none).toEqual({ status: 'none' });
    const bad = readImageFile(new Blob(['b']), { createWorker: () => worker });
    worker.reply({
      type: 'image-result',
      seq: worker.requests[1]!.seq,
      codes: [],
      error: 'UNREADABLE_IMAGE',
      ms: 1,
    });
    expect(await bad).toEqual({ status: 'unreadable' });
    worker.terminate();
  });

  it('terminates a worker that misses the deadline, answers timeout, and starts a new one', async () => {
    const stalled = new FakeStillWorker();
    const answer = await readImageFile(new Blob(['x']), {
      createWorker: () => stalled,
      deadlineMs: 5,
    });
    expect(answer).toEqual({ status: 'timeout' });
    expect(stalled.terminated).toBe(true);
    const fresh = new FakeStillWorker();
    const next = readImageFile(new Blob(['y']), { createWorker: () => fresh });
    expect(fresh.requests).toHaveLength(1);
    fresh.reply({ type: 'image-result', seq: fresh.requests[0]!.seq, codes: [code('C')], ms: 1 });
    expect(await next).toMatchObject({ status: 'found' });
    fresh.terminate();
  });

  it('answers unsupported when the worker cannot load its decoders or cannot start', async () => {
    const failing = new FakeStillWorker();
    const answer = readImageFile(new Blob(['z']), { createWorker: () => failing });
    failing.reply({ type: 'failed' });
    expect(await answer).toEqual({ status: 'unsupported' });
    const none = await readImageFile(new Blob(['z']), {
      createWorker: () => {
        throw new Error('no workers here');
      },
    });
    expect(none).toEqual({ status: 'unsupported' });
  });
});
