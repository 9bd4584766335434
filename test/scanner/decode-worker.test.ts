/** The decode worker's side of the protocol, run in Node with a fake worker scope. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecodeRequest, WorkerReply } from '../../src/scanner/decode-messages.ts';
import { qrMatrix, qrTextFor, renderFrame } from '../helpers/qr-frames.ts';
import { nodeWasmSource } from '../helpers/qr-photos.ts';
import { fakeStatusJws, seededRandom } from './corpus.ts';

const scope = {
  onmessage: null as ((event: { data: unknown }) => void) | null,
  replies: [] as WorkerReply[],
  waiting: [] as Array<() => void>,
  postMessage(message: WorkerReply) {
    this.replies.push(message);
    this.waiting.splice(0).forEach((wake) => wake());
  },
};

/** The next reply of type `type` after the first `skip` replies. */
async function nextReply<T extends WorkerReply['type']>(
  type: T,
  skip = 0,
): Promise<Extract<WorkerReply, { type: T }>> {
  for (;;) {
    const found = scope.replies.slice(skip).find((reply) => reply.type === type);
    if (found) return found as Extract<WorkerReply, { type: T }>;
    await new Promise<void>((wake) => scope.waiting.push(wake));
  }
}

function send(request: unknown): number {
  const before = scope.replies.length;
  scope.onmessage!({ data: request });
  return before;
}

const previousSelf = (globalThis as { self?: unknown }).self;
const previousFetch = globalThis.fetch;
const wasmFetches: string[] = [];

beforeAll(async () => {
  (globalThis as { self?: unknown }).self = scope;
  // The worker asks for zxing-wasm's binary at the URL of the build asset: answered here as the
  // app's own server (or its service worker) answers it.
  const { binary } = nodeWasmSource();
  globalThis.fetch = async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    wasmFetches.push(url);
    if (!url.endsWith('.wasm')) return new Response(null, { status: 404 });
    return new Response(new Uint8Array(binary), {
      headers: { 'Content-Type': 'application/wasm' },
    });
  };
  await import('../../src/scanner/decode-worker.ts');
});

afterAll(() => {
  (globalThis as { self?: unknown }).self = previousSelf;
  globalThis.fetch = previousFetch;
});

describe('the decode worker', () => {
  it('says it is ready with zxing-wasm, from the app asset, and jsQR (no BarcodeDetector)', async () => {
    expect(await nextReply('ready')).toEqual({ type: 'ready', decoders: ['zxing-wasm', 'jsqr'] });
    expect(wasmFetches).toHaveLength(1);
    expect(wasmFetches[0]).toMatch(/zxing_reader[\w-]*\.wasm$/);
    expect(wasmFetches[0]).not.toMatch(/^https?:/);
  });

  it('reads a code from a transferred luminance frame and answers with its sequence number', async () => {
    const text = qrTextFor(fakeStatusJws(seededRandom(5), 20));
    const luma = renderFrame(qrMatrix(text, 'M'), { width: 640, height: 480, noise: 6, seed: 2 });
    const request: DecodeRequest = {
      type: 'decode',
      seq: 41,
      width: 640,
      height: 480,
      data: luma.buffer as ArrayBuffer,
      paced: true,
    };
    const reply = await nextReply('result', send(request));
    expect(reply.seq).toBe(41);
    expect(reply.result?.text).toBe(text);
    expect(reply.result?.decoder).toBe('zxing-wasm');
    expect(new TextDecoder().decode(reply.result?.bytes)).toBe(text);
    expect(reply.ms).toBeGreaterThanOrEqual(0);
  });

  it('answers null for a frame without a code', async () => {
    const blank = new Uint8Array(320 * 240).fill(235);
    const reply = await nextReply(
      'result',
      send({ type: 'decode', seq: 42, width: 320, height: 240, data: blank.buffer, paced: false }),
    );
    expect(reply).toMatchObject({ seq: 42, result: null });
  });

  it('answers BAD_FRAME for pixels that do not match the size', async () => {
    const reply = await nextReply(
      'error',
      send({
        type: 'decode',
        seq: 43,
        width: 10,
        height: 10,
        data: new ArrayBuffer(7),
        paced: true,
      }),
    );
    expect(reply).toMatchObject({ seq: 43, code: 'BAD_FRAME' });
  });

  it('ignores a message that is not a decode request', async () => {
    const before = scope.replies.length;
    send({ type: 'decode', seq: 44, width: 1, height: 1, data: 'not a buffer' });
    send(null);
    // A real request after them is answered, and nothing came before it.
    const after = send({
      type: 'decode',
      seq: 45,
      width: 1,
      height: 1,
      data: new ArrayBuffer(4),
      paced: false,
    });
    expect(after).toBe(before);
    const reply = await nextReply('result', before);
    expect(reply.seq).toBe(45);
    expect(scope.replies.slice(before)).toHaveLength(1);
  });

  it('answers a file that is not an image with UNREADABLE_IMAGE and no codes', async () => {
    const globals = globalThis as { createImageBitmap?: unknown };
    const previous = globals.createImageBitmap;
    globals.createImageBitmap = async () => {
      throw new DOMException('The source image could not be decoded.', 'InvalidStateError');
    };
    try {
      const reply = await nextReply(
        'image-result',
        send({ type: 'image', seq: 46, file: new Blob(['not an image']), budgetMs: 1000 }),
      );
      expect(reply).toMatchObject({ seq: 46, codes: [], error: 'UNREADABLE_IMAGE' });
    } finally {
      globals.createImageBitmap = previous;
    }
  });
});
