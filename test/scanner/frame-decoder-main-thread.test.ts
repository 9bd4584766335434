/**
 * The frame decoder on the main thread: where no worker can be made (none in Node, or one
 * blocked), frames go through a chain loaded on the page; ready() fails when the decoders load
 * on neither thread, and with UNSUPPORTED when the page holds no chain at all.
 */
import { describe, expect, it } from 'vitest';
import type { DecoderChain } from '../../src/scanner/decoder-chain.ts';
import { createFrameDecoder } from '../../src/scanner/frame-decoder.ts';
import { ScannerError } from '../../src/scanner/types.ts';
import { found, frame, mainChain, settled } from '../helpers/frame-decoder-fakes.ts';

describe('createFrameDecoder without a worker', () => {
  it('decodes on the main thread when creating the worker throws', async () => {
    const { chain, calls } = mainChain(['MAIN']);
    let clock = 100;
    const frames = createFrameDecoder({
      createWorker: () => {
        throw new DOMException('blocked by CSP', 'SecurityError');
      },
      loadChain: async () => chain,
      now: () => (clock += 4),
    });
    await frames.ready();
    expect(frames.where).toBe('main');
    expect(await frames.decode(frame())).toEqual({
      result: found('MAIN', 'main-fake'),
      decodeMs: 4,
      where: 'main',
    });
    expect(calls()).toBe(1);
  });

  it('decodes on the main thread where there is no Worker at all (Node here)', async () => {
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
    const { chain } = mainChain(['MAIN']);
    const frames = createFrameDecoder({ loadChain: async () => chain });
    await frames.ready();
    expect(frames.where).toBe('main');
  });

  it('rejects ready() when the decoders cannot load on either thread', async () => {
    const failure = new Error('chunk failed to load');
    const frames = createFrameDecoder({
      createWorker: () => {
        throw new Error('no worker');
      },
      loadChain: async () => {
        throw failure;
      },
    });
    await expect(frames.ready()).rejects.toBe(failure);
  });

  it('drops a main-thread result of a frame sent before dropPending()', async () => {
    let answer!: (text: string | null) => void;
    const waiting = new Promise<string | null>((resolve) => (answer = resolve));
    const { chain } = mainChain([waiting, 'NEXT']);
    const frames = createFrameDecoder({ loadChain: async (): Promise<DecoderChain> => chain });
    await frames.ready();
    const before = frames.decode(frame());
    await settled();
    expect(frames.busy).toBe(true);
    expect(await frames.decode(frame())).toBeNull();
    frames.dropPending();
    answer('CODE');
    expect(await before).toBeNull();
    expect((await frames.decode(frame()))?.result?.text).toBe('NEXT');
  });

  it('rejects with BAD_FRAME for a malformed frame on the main thread', async () => {
    const { chain } = mainChain(['MAIN']);
    const frames = createFrameDecoder({ loadChain: async () => chain });
    await frames.ready();
    const bad = { data: new Uint8ClampedArray(5), width: 3, height: 2 };
    const error = await frames.decode(bad).catch((e: unknown) => e);
    expect((error as ScannerError).code).toBe('BAD_FRAME');
    expect(frames.busy).toBe(false);
  });
});

describe('createFrameDecoder without a worker or a main-thread chain', () => {
  it('rejects with UNSUPPORTED: the page itself holds no decoder', async () => {
    const frames = createFrameDecoder({
      createWorker: () => {
        throw new Error('workers blocked');
      },
    });
    expect(frames.where).toBe('main');
    const error = await frames.ready().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScannerError);
    expect((error as ScannerError).code).toBe('UNSUPPORTED');
    frames.close();
  });
});
