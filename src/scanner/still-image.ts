/**
 * Reading a still image (the scan screen's "Choose image") off the page's thread: the file goes
 * to a decode worker of its own, which answers within a deadline or is terminated (a stalled
 * decode never holds the next image up); every call gets an answer.
 */
import type { FrameResult } from './chain-run.ts';
import type { ImageRequest, WorkerReply } from './decode-messages.ts';
import { startDecodeWorker, type WorkerLike } from './frame-decoder.ts';

/**
 * Past this many milliseconds the worker is terminated and the answer is `timeout`: with the
 * screen's own work after it, an answer within 3 s of choosing the file.
 */
export const STILL_DEADLINE_MS = 2_200;

/** After this many milliseconds the worker tries no further size of the image. */
export const STILL_BUDGET_MS = 1_400;

/** What a still image held: codes (bytes and text), none, or why it could not be read. */
export type StillImageAnswer =
  | { status: 'found'; codes: FrameResult[] }
  | { status: 'none' | 'unreadable' | 'timeout' | 'unsupported' };

/** Options of `readImageFile` (tests pass their own worker and deadline). */
export interface StillImageOptions {
  createWorker?: () => WorkerLike;
  deadlineMs?: number;
  budgetMs?: number;
}

interface StillWorker {
  create: () => WorkerLike;
  worker: WorkerLike;
  waiting: Map<number, (answer: StillImageAnswer) => void>;
}

let current: StillWorker | null = null;
let nextSeq = 1;

function stop(still: StillWorker, answer: StillImageAnswer): void {
  if (current === still) current = null;
  still.worker.onmessage = null;
  still.worker.onerror = null;
  still.worker.onmessageerror = null;
  still.worker.terminate();
  for (const settle of still.waiting.values()) settle(answer);
  still.waiting.clear();
}

function stillWorker(create: () => WorkerLike): StillWorker {
  if (current?.create === create) return current;
  // Another factory (a test's): the worker of the old one goes.
  if (current) stop(current, { status: 'unsupported' });
  const still: StillWorker = { create, worker: create(), waiting: new Map() };
  current = still;
  const onReply = (reply: WorkerReply) => {
    if (reply.type === 'failed') stop(still, { status: 'unsupported' });
    if (reply.type !== 'image-result') return;
    const settle = still.waiting.get(reply.seq);
    if (!settle) return;
    still.waiting.delete(reply.seq);
    if (reply.error === 'UNREADABLE_IMAGE') settle({ status: 'unreadable' });
    else if (reply.codes.length > 0) settle({ status: 'found', codes: reply.codes });
    else settle({ status: 'none' });
  };
  still.worker.onmessage = (event) => onReply(event.data as WorkerReply);
  still.worker.onerror = (event) => {
    event.preventDefault?.();
    stop(still, { status: 'unsupported' });
  };
  still.worker.onmessageerror = () => stop(still, { status: 'unsupported' });
  return still;
}

/** Starts the still-image worker ahead of use (its decoders load while the user picks a file). */
export function prepareStillImages(options: StillImageOptions = {}): void {
  try {
    stillWorker(options.createWorker ?? startDecodeWorker);
  } catch {
    // No worker here: readImageFile will answer `unsupported`.
  }
}

/** Reads every QR code in an image file, in the decode worker, within the deadline. */
export function readImageFile(
  file: Blob,
  options: StillImageOptions = {},
): Promise<StillImageAnswer> {
  const { deadlineMs = STILL_DEADLINE_MS, budgetMs = STILL_BUDGET_MS } = options;
  let still: StillWorker;
  try {
    still = stillWorker(options.createWorker ?? startDecodeWorker);
  } catch {
    return Promise.resolve({ status: 'unsupported' });
  }
  const seq = nextSeq++;
  return new Promise<StillImageAnswer>((resolve) => {
    const timer = setTimeout(() => stop(still, { status: 'timeout' }), deadlineMs);
    still.waiting.set(seq, (answer) => {
      clearTimeout(timer);
      resolve(answer);
    });
    const request: ImageRequest = { type: 'image', seq, file, budgetMs };
    try {
      still.worker.postMessage(request);
    } catch {
      stop(still, { status: 'unsupported' });
    }
  });
}
