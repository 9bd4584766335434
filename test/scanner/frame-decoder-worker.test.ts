/**
 * The frame decoder with a decode worker: ready once the worker has loaded its decoders, one
 * frame in flight at a time (its pixel buffer transferred, with a sequence number), stale and
 * dropped results ignored, the worker's error codes passed on, and one fall back to the main
 * thread when the worker fails.
 */
import { describe, expect, it } from 'vitest';
import { createFrameDecoder } from '../../src/scanner/frame-decoder.ts';
import { ScannerError } from '../../src/scanner/types.ts';
import { FakeWorker, found, frame, mainChain, peek } from '../helpers/frame-decoder-fakes.ts';

describe('createFrameDecoder with a worker', () => {
  const setup = () => {
    const worker = new FakeWorker();
    let chainLoads = 0;
    const frames = createFrameDecoder({
      createWorker: () => worker,
      loadChain: async () => {
        chainLoads++;
        return mainChain(['MAIN']).chain;
      },
    });
    return { worker, frames, chainLoads: () => chainLoads };
  };

  it('is ready when the worker has loaded its decoders, and loads none on the main thread', async () => {
    const { worker, frames, chainLoads } = setup();
    expect(frames.where).toBe('worker');
    expect((await peek(frames.ready())).done).toBe(false);
    worker.reply({ type: 'ready', decoders: ['zxing', 'jsqr'] });
    expect((await peek(frames.ready())).done).toBe(true);
    expect(chainLoads()).toBe(0);
  });

  it('transfers the pixel buffer with a sequence number and returns the worker result', async () => {
    const { worker, frames } = setup();
    const image = frame();
    const decoding = frames.decode(image, { paced: true });
    expect(worker.posted).toHaveLength(1);
    const { message, transfer } = worker.posted[0]!;
    expect(message).toMatchObject({ type: 'decode', width: 3, height: 2, paced: true });
    expect(message.data).toBe(image.data.buffer);
    expect(transfer).toEqual([image.data.buffer]);
    worker.reply({
      type: 'result',
      seq: message.seq,
      result: found('CODE', 'zxing'),
      ms: 12.5,
    });
    expect(await decoding).toEqual({
      result: found('CODE', 'zxing'),
      decodeMs: 12.5,
      where: 'worker',
    });
  });

  it('gives each frame a new sequence number', async () => {
    const { worker, frames } = setup();
    const first = frames.decode(frame());
    worker.reply({ type: 'result', seq: worker.last.seq, result: null, ms: 1 });
    await first;
    frames.decode(frame());
    expect(worker.posted.map((p) => p.message.seq)).toEqual([1, 2]);
  });

  it('drops a frame while another is in flight instead of queueing it', async () => {
    const { worker, frames } = setup();
    const first = frames.decode(frame());
    expect(frames.busy).toBe(true);
    expect(await frames.decode(frame())).toBeNull();
    expect(worker.posted).toHaveLength(1);
    worker.reply({ type: 'result', seq: worker.last.seq, result: null, ms: 1 });
    expect(await first).toMatchObject({ result: null, where: 'worker' });
    expect(frames.busy).toBe(false);
    frames.decode(frame());
    expect(worker.posted).toHaveLength(2);
  });

  it('drops the result of a frame sent before dropPending(), and stays busy until it comes', async () => {
    const { worker, frames } = setup();
    const before = frames.decode(frame());
    frames.dropPending();
    // The worker is still decoding it: a new frame would queue behind it.
    expect(frames.busy).toBe(true);
    worker.reply({
      type: 'result',
      seq: worker.last.seq,
      result: found('CODE', 'zxing'),
      ms: 3,
    });
    expect(await before).toBeNull();
    const after = frames.decode(frame());
    worker.reply({
      type: 'result',
      seq: worker.last.seq,
      result: found('CODE', 'zxing'),
      ms: 3,
    });
    expect(await after).toMatchObject({ result: { text: 'CODE' } });
  });

  it('ignores a reply whose sequence number is not the frame in flight', async () => {
    const { worker, frames } = setup();
    const decoding = frames.decode(frame());
    const seq = worker.last.seq;
    worker.reply({
      type: 'result',
      seq: seq + 7,
      result: found('OLD', 'zxing'),
      ms: 1,
    });
    expect((await peek(decoding)).done).toBe(false);
    worker.reply({ type: 'result', seq, result: found('NEW', 'zxing'), ms: 1 });
    expect((await decoding)?.result?.text).toBe('NEW');
  });

  it('rejects with the code the worker gives for a frame it cannot decode', async () => {
    const { worker, frames } = setup();
    const decoding = frames.decode(frame());
    worker.reply({ type: 'error', seq: worker.last.seq, code: 'BAD_FRAME', message: 'bad' });
    const error = await decoding.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScannerError);
    expect((error as ScannerError).code).toBe('BAD_FRAME');
    expect(frames.busy).toBe(false);
  });

  it('copies out a frame that is a view into a larger buffer before transferring it', () => {
    const { worker, frames } = setup();
    const big = new Uint8ClampedArray(100).fill(7);
    const view = { data: big.subarray(10, 34), width: 3, height: 2 };
    frames.decode(view);
    const sent = worker.last.data;
    expect(sent).not.toBe(big.buffer);
    expect(sent.byteLength).toBe(24);
    expect(worker.posted[0]!.transfer).toEqual([sent]);
  });

  it('falls back to the main thread when the worker errors, dropping the frame it held', async () => {
    const { worker, frames, chainLoads } = setup();
    const ready = frames.ready();
    const lost = frames.decode(frame());
    worker.fail();
    expect(worker.terminated).toBe(true);
    expect(worker.onmessage).toBeNull();
    expect(await lost).toBeNull();
    await ready;
    expect(frames.where).toBe('main');
    expect(chainLoads()).toBe(1);
    const decoded = await frames.decode(frame());
    expect(decoded).toMatchObject({
      result: found('MAIN', 'main-fake'),
      where: 'main',
    });
    expect(worker.posted).toHaveLength(1);
  });

  it('falls back to the main thread when the worker cannot load its decoders', async () => {
    const { worker, frames } = setup();
    worker.reply({ type: 'failed' });
    await frames.ready();
    expect(frames.where).toBe('main');
    expect(worker.terminated).toBe(true);
    expect((await frames.decode(frame()))?.where).toBe('main');
  });

  it('falls back once, however many times the worker fails', async () => {
    const { worker, frames, chainLoads } = setup();
    worker.fail();
    worker.reply({ type: 'failed' });
    worker.fail();
    await frames.ready();
    expect(chainLoads()).toBe(1);
  });

  it('drops everything once closed and stops the worker', async () => {
    const { worker, frames } = setup();
    const pending = frames.decode(frame());
    frames.close();
    expect(worker.terminated).toBe(true);
    expect(await pending).toBeNull();
    expect(await frames.decode(frame())).toBeNull();
    expect(worker.posted).toHaveLength(1);
  });
});
