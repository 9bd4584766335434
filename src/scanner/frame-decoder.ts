/**
 * Where live frames are decoded: in a dedicated module worker, which alone loads the decoders
 * (the page's build carries none, so none is downloaded or precached twice). A caller may supply
 * a chain for the page's own thread (`loadChain`), used when the worker cannot start or fails;
 * without one that is an `UNSUPPORTED` error. One frame is in flight at a time, and each carries
 * a sequence number so that a frame sent before a pause or a stop reports nothing.
 */
import { decodeFrame, type DecoderChain } from './chain-run.ts';
import type { FrameResult, DecodeOptions } from './chain-run.ts';
import type { WorkerReply, WorkerRequest } from './decode-messages.ts';
import type { FramePlan } from './frame-grabber.ts';
import { ScannerError, type FrameImage } from './types.ts';

/** The thread a frame was decoded on. */
export type DecodeSite = 'worker' | 'main';

/** What the decoders made of one frame. */
export interface FrameDecode {
  result: FrameResult | null;
  /** Milliseconds the decoders took, timed on the thread that ran them. */
  decodeMs: number;
  where: DecodeSite;
}

/** The part of a `Worker` the adapter uses (a fake in the tests). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  terminate(): void;
}

/** Options of `createFrameDecoder`. */
export interface FrameDecoderOptions {
  /** Starts the decode worker; may throw. Default: the module worker beside this file. */
  createWorker?: () => WorkerLike;
  /**
   * Loads decoders for the main thread when the worker cannot run. Default: none, rejected with
   * `UNSUPPORTED`: the decoders are built into the worker only, so the page never downloads a
   * second copy (every browser the app targets, ES2022, has module workers).
   */
  loadChain?: () => Promise<DecoderChain>;
  /** Clock for main-thread decode times (ms). */
  now?: () => number;
}

/** Decodes live frames, in a worker where it can. */
export interface FrameDecoder {
  /** Settles once decoders are loaded somewhere; rejects when they cannot load at all. */
  ready(): Promise<void>;
  /** True while a frame is being decoded: a new frame now would be dropped, not queued. */
  readonly busy: boolean;
  /** Where the next frame will be decoded. */
  readonly where: DecodeSite;
  /**
   * Decodes `image`, handing its pixel buffer over to the worker (the caller must not use it
   * again). Resolves null when the frame was dropped: busy, sent before `dropPending()`, closed,
   * or lost with a failing worker.
   */
  decode(image: FrameImage, options?: DecodeOptions): Promise<FrameDecode | null>;
  /**
   * Decodes `plan`'s region of a camera frame, drawn and read in the worker, so that copy is
   * off the page's thread; the frame is handed over (closed here when it cannot be). Resolves
   * as `decode`; rejects with `UNSUPPORTED` without a worker (the caller copies the frame then).
   */
  decodeVideoFrame(
    frame: VideoFrame,
    plan: FramePlan,
    options?: DecodeOptions,
  ): Promise<FrameDecode | null>;
  /** Frames sent until now report nothing (the scanner paused or stopped). */
  dropPending(): void;
  /** Stops the worker; later frames are dropped. */
  close(): void;
}

/** Starts the module worker beside this file (the live scanner's and the still images' own). */
export function startDecodeWorker(): WorkerLike {
  // Vite bundles the worker (and its lazy decoders) as chunks of their own, precached with the
  // others; a same-origin module worker passes the app's CSP (worker-src 'self').
  return new Worker(new URL('./decode-worker.ts', import.meta.url), { type: 'module' });
}

function noMainThreadDecoders(): Promise<DecoderChain> {
  return Promise.reject(new ScannerError('UNSUPPORTED', 'the decode worker could not start'));
}

interface InFlight {
  seq: number;
  resolve(value: FrameDecode | null): void;
  reject(error: unknown): void;
}

/** Creates the adapter: a worker when `createWorker` succeeds, else the main thread. */
export function createFrameDecoder(options: FrameDecoderOptions = {}): FrameDecoder {
  const loadChain = options.loadChain ?? noMainThreadDecoders;
  const now = options.now ?? (() => performance.now());
  let worker: WorkerLike | null = null;
  let mainChain: Promise<DecoderChain> | null = null;
  // The same chain once loaded, so that a frame starts decoding without waiting a turn.
  let loadedChain: DecoderChain | null = null;
  let inFlight: InFlight | null = null;
  let nextSeq = 1;
  // Replies to frames numbered below this are dropped.
  let firstLive = 1;
  let closed = false;

  let settleReady!: { resolve(): void; reject(error: unknown): void };
  const readiness = new Promise<void>((resolve, reject) => {
    settleReady = { resolve, reject };
  });
  // A rejection nobody asked about is not an unhandled one: ready() hands it out.
  readiness.catch(() => undefined);

  const finish = (value: FrameDecode | null): void => {
    const pending = inFlight;
    inFlight = null;
    pending?.resolve(value && pending.seq >= firstLive ? value : null);
  };

  const stopWorker = (): void => {
    if (!worker) return;
    worker.onmessage = null;
    worker.onerror = null;
    worker.onmessageerror = null;
    worker.terminate();
    worker = null;
  };

  const useMainThread = (): void => {
    stopWorker();
    // The frame in the worker went with it: drop it rather than wait for it.
    finish(null);
    if (mainChain || closed) return;
    mainChain = loadChain();
    mainChain.then(
      (chain) => {
        loadedChain = chain;
        settleReady.resolve();
      },
      (error: unknown) => settleReady.reject(error),
    );
  };

  const onReply = (reply: WorkerReply): void => {
    switch (reply.type) {
      case 'ready':
        settleReady.resolve();
        return;
      case 'failed':
        useMainThread();
        return;
      case 'result':
      case 'error': {
        if (!inFlight || reply.seq !== inFlight.seq) return;
        if (reply.type === 'result') {
          finish({ result: reply.result, decodeMs: reply.ms, where: 'worker' });
          return;
        }
        const pending = inFlight;
        inFlight = null;
        if (pending.seq < firstLive) pending.resolve(null);
        else pending.reject(new ScannerError(reply.code, reply.message));
        return;
      }
    }
  };

  if (typeof Worker === 'function' || options.createWorker) {
    try {
      worker = (options.createWorker ?? startDecodeWorker)();
      worker.onmessage = (event) => onReply(event.data as WorkerReply);
      worker.onerror = (event) => {
        // A worker that cannot load (blocked, missing) or that threw: the page decodes instead.
        event.preventDefault?.();
        useMainThread();
      };
      worker.onmessageerror = () => useMainThread();
    } catch {
      useMainThread();
    }
  } else {
    useMainThread();
  }

  const send = (target: WorkerLike, seq: number, message: WorkerRequest, transfer: Transferable) =>
    new Promise<FrameDecode | null>((resolve, reject) => {
      inFlight = { seq, resolve, reject };
      try {
        target.postMessage(message, [transfer]);
      } catch {
        useMainThread();
      }
    });

  const decodeInWorker = (target: WorkerLike, image: FrameImage, paced: boolean, seq: number) => {
    const { buffer } = image.data;
    const whole = image.data.byteOffset === 0 && image.data.byteLength === buffer.byteLength;
    // Transfer the pixels, not a copy; a view into a larger buffer is copied out first.
    const data = whole && buffer instanceof ArrayBuffer ? buffer : image.data.slice().buffer;
    const { width, height } = image;
    return send(target, seq, { type: 'decode', seq, width, height, data, paced }, data);
  };

  const decodeHere = async (
    image: FrameImage,
    options: DecodeOptions,
    seq: number,
  ): Promise<FrameDecode | null> => {
    let settle!: InFlight;
    const done = new Promise<FrameDecode | null>((resolve, reject) => {
      settle = { seq, resolve, reject };
    });
    inFlight = settle;
    try {
      const chain = loadedChain ?? (await mainChain!);
      const started = now();
      const result = await decodeFrame(chain, image, options);
      if (inFlight === settle) finish({ result, decodeMs: now() - started, where: 'main' });
    } catch (error) {
      if (inFlight === settle) {
        inFlight = null;
        if (seq < firstLive) settle.resolve(null);
        else settle.reject(error);
      }
    }
    return done;
  };

  return {
    ready: () => readiness,
    get busy() {
      return inFlight !== null;
    },
    get where() {
      return worker ? 'worker' : 'main';
    },
    decode(image, decodeOptions = {}) {
      if (closed || inFlight) return Promise.resolve(null);
      const seq = nextSeq++;
      if (worker) return decodeInWorker(worker, image, decodeOptions.paced === true, seq);
      return decodeHere(image, decodeOptions, seq);
    },
    decodeVideoFrame(frame, plan, decodeOptions = {}) {
      if (!worker) {
        frame.close();
        return Promise.reject(new ScannerError('UNSUPPORTED', 'no decode worker'));
      }
      if (closed || inFlight) {
        frame.close();
        return Promise.resolve(null);
      }
      const seq = nextSeq++;
      const paced = decodeOptions.paced === true;
      return send(worker, seq, { type: 'video-frame', seq, frame, plan, paced }, frame).finally(
        // Transferred, the frame is closed already; not transferred, it must not leak.
        () => frame.close(),
      );
    },
    dropPending() {
      firstLive = nextSeq;
    },
    close() {
      closed = true;
      firstLive = nextSeq;
      stopWorker();
      finish(null);
    },
  };
}
