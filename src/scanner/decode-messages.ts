/** The messages between the scanner and its decode worker: the types both sides use. */
import type { FrameResult } from './chain-run.ts';
import type { FramePlan } from './frame-grabber.ts';
import type { ScannerErrorCode } from './types.ts';

/** One frame to decode; its pixels (RGBA or luminance) are transferred, not copied. */
export interface DecodeRequest {
  type: 'decode';
  /** Sequence number of the frame, echoed in the reply. */
  seq: number;
  width: number;
  height: number;
  data: ArrayBuffer;
  /** Live video: paced fallbacks (see decoder-chain.ts). */
  paced: boolean;
}

/**
 * One camera frame, transferred as a `VideoFrame`: the worker draws `plan`'s region of it and
 * reads its pixels, so that copy (a frame's colour conversion and read-back) is not on the page's
 * thread. Answered as a `DecodeRequest` is.
 */
export interface VideoFrameRequest {
  type: 'video-frame';
  seq: number;
  frame: VideoFrame;
  plan: FramePlan;
  paced: boolean;
}

/** A still image (a file the user chose) to decode in the worker, within `budgetMs`. */
export interface ImageRequest {
  type: 'image';
  seq: number;
  file: Blob;
  /** After this many milliseconds the worker tries no further scale. */
  budgetMs: number;
}

/** The codes found in still image `seq` (none: an empty list), or why it could not be read. */
export interface ImageReply {
  type: 'image-result';
  seq: number;
  codes: FrameResult[];
  /** Set when the file is not an image the worker can read. */
  error?: 'UNREADABLE_IMAGE';
  ms: number;
}

/** Everything the worker is sent. */
export type WorkerRequest = DecodeRequest | VideoFrameRequest | ImageRequest;

/** The worker has loaded its decoders, these in this order. */
export interface ReadyReply {
  type: 'ready';
  decoders: string[];
}

/** The worker could not load its decoders: the scanner must decode on its own thread. */
export interface FailedReply {
  type: 'failed';
}

/** What the decoders found in frame `seq`, and how long they took in the worker (ms). */
export interface ResultReply {
  type: 'result';
  seq: number;
  result: FrameResult | null;
  ms: number;
}

/** Frame `seq` could not be decoded (a malformed frame). */
export interface ErrorReply {
  type: 'error';
  seq: number;
  code: ScannerErrorCode;
  message: string;
}

/** Everything the worker posts. */
export type WorkerReply = ReadyReply | FailedReply | ResultReply | ErrorReply | ImageReply;
