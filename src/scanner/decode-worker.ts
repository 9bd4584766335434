/**
 * The decode worker: runs the decoder chain on the frames the scanner transfers to it, and on
 * the still images the user chooses, so a slow decode never freezes the page. The decoders
 * (zxing-cpp's wasm among them) load lazily here and only here: the page's own build carries
 * none of them.
 */
import { createDecoderChain, decodeFrame, type DecoderChain } from './decoder-chain.ts';
import type {
  DecodeRequest,
  ImageRequest,
  VideoFrameRequest,
  WorkerReply,
} from './decode-messages.ts';
import { createFrameGrabber, planFrame, type FrameGrabber } from './frame-grabber.ts';
import { decodeStill } from './still-decoder.ts';
import { ScannerError, type FrameImage } from './types.ts';
import { lumaPlane } from './luma-plane.ts';
import { warmUp } from './warm-up.ts';

// The app's tsconfig has the DOM lib, not WebWorker: the two members of the scope used here.
interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;

/** How many times the warm-up code is decoded: once before 'ready', the rest after. */
const WARM_UP_RUNS = 3;
/** Set by the first request: the warm-up runs left are not made. */
let requested = false;

// Ready once the first decoder has run once (warm-up.ts) and a camera-sized frame was copied.
const chainLoading: Promise<DecoderChain> = createDecoderChain().then(async (chain) => {
  await warmUp(chain);
  await warmFrameCopy();
  return chain;
});
chainLoading.then(
  async (chain) => {
    scope.postMessage({ type: 'ready', decoders: chain.decoders.map((d) => d.name) });
    // A few more runs have the engine optimise the decoder's hot functions (measured in Node:
    // a first camera frame decoded in ~8.5 ms after three runs, 14-18 ms after one, against
    // ~8 ms steady). Each waits a turn, and none starts once a frame or an image has come: real
    // work waits for one run at most.
    for (let run = 1; run < WARM_UP_RUNS && !requested; run++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!requested) await warmUp(chain);
    }
  },
  () => scope.postMessage({ type: 'failed' }),
);

function isDecodeRequest(message: unknown): message is DecodeRequest {
  const m = message as Partial<DecodeRequest> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.type === 'decode' &&
    typeof m.seq === 'number' &&
    m.data instanceof ArrayBuffer
  );
}

function isVideoFrameRequest(message: unknown): message is VideoFrameRequest {
  const m = message as Partial<VideoFrameRequest> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.type === 'video-frame' &&
    typeof m.seq === 'number' &&
    typeof VideoFrame === 'function' &&
    m.frame instanceof VideoFrame &&
    typeof m.plan === 'object' &&
    m.plan !== null
  );
}

function isImageRequest(message: unknown): message is ImageRequest {
  const m = message as Partial<ImageRequest> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.type === 'image' &&
    typeof m.seq === 'number' &&
    typeof m.budgetMs === 'number' &&
    m.file instanceof Blob
  );
}

async function loadedChain(): Promise<DecoderChain | null> {
  try {
    return await chainLoading;
  } catch {
    scope.postMessage({ type: 'failed' });
    return null;
  }
}

async function decode(request: DecodeRequest): Promise<void> {
  const data = new Uint8ClampedArray(request.data);
  const { width, height } = request;
  // An RGBA frame goes to the decoders as ImageData without a copy; anything else is checked
  // (and rejected with BAD_FRAME) by the chain.
  const rgba =
    typeof ImageData === 'function' &&
    Number.isInteger(width) &&
    Number.isInteger(height) &&
    width > 0 &&
    height > 0 &&
    data.length === width * height * 4;
  const image: ImageData | FrameImage = rgba
    ? new ImageData(data, width, height)
    : { data, width, height };
  await decodePixels(request.seq, () => image, request.paced);
}

/** This worker's own canvas for camera frames, made on the first one. */
let grabber: FrameGrabber | null = null;

/**
 * Copies one blank camera-sized frame (I420, as cameras give) both ways a camera frame is
 * copied, so the first real one finds the plane copy, the canvas and its colour conversion set
 * up: measured, the first canvas copy took ~80 ms unthrottled.
 */
async function warmFrameCopy(): Promise<void> {
  if (typeof VideoFrame !== 'function') return;
  const [width, height] = [640, 480];
  let frame: VideoFrame | null = null;
  try {
    const init = { format: 'I420' as const, codedWidth: width, codedHeight: height, timestamp: 0 };
    frame = new VideoFrame(new Uint8Array((width * height * 3) / 2), init);
    const plan = planFrame(width, height, 'full');
    await lumaPlane(frame, plan);
    grabber ??= createFrameGrabber();
    grabber.grab(frame, plan);
  } catch {
    // A warm-up only: the first camera frame meets the same error and is copied on the page.
  } finally {
    frame?.close();
  }
}

async function decodeVideoFrame(request: VideoFrameRequest): Promise<void> {
  const { frame, plan } = request;
  const copy = async () => {
    try {
      // The camera's own luminance where the frame has it, else drawn and read back as RGBA.
      const luma = await lumaPlane(frame, plan);
      if (luma) return luma;
      grabber ??= createFrameGrabber();
      return grabber.grab(frame, plan);
    } finally {
      // Closed at once: the camera has only a few frame buffers to lend.
      frame.close();
    }
  };
  try {
    await decodePixels(request.seq, copy, request.paced);
  } finally {
    frame.close();
  }
}

/** Decodes the frame `pixels` gives (timed with the copy) and posts the result or the error. */
async function decodePixels(
  seq: number,
  pixels: () => ImageData | FrameImage | Promise<ImageData | FrameImage>,
  paced: boolean,
): Promise<void> {
  const chain = await loadedChain();
  if (!chain) return;
  const started = performance.now();
  try {
    const result = await decodeFrame(chain, await pixels(), { paced });
    scope.postMessage({
      type: 'result',
      seq,
      result,
      ms: performance.now() - started,
    });
  } catch (error) {
    scope.postMessage({
      type: 'error',
      seq,
      code: error instanceof ScannerError ? error.code : 'BAD_FRAME',
      message: error instanceof Error ? error.message : 'the frame could not be decoded',
    });
  }
}

async function decodeImage(request: ImageRequest): Promise<void> {
  const started = performance.now();
  const chain = await loadedChain();
  if (!chain) return;
  const reply = { type: 'image-result' as const, seq: request.seq };
  try {
    // The budget counts from the request: loading the decoders spent part of it.
    const remaining = request.budgetMs - (performance.now() - started);
    const codes = await decodeStill(chain, request.file, remaining);
    scope.postMessage({ ...reply, codes, ms: performance.now() - started });
  } catch (error) {
    // A file that is no image, or an image the worker cannot draw: no code can be in it.
    const unreadable = !(error instanceof ScannerError) || error.code === 'UNREADABLE_IMAGE';
    scope.postMessage({
      ...reply,
      codes: [],
      ...(unreadable ? { error: 'UNREADABLE_IMAGE' as const } : {}),
      ms: performance.now() - started,
    });
  }
}

scope.onmessage = (event) => {
  requested = true;
  if (isDecodeRequest(event.data)) void decode(event.data);
  else if (isVideoFrameRequest(event.data)) void decodeVideoFrame(event.data);
  else if (isImageRequest(event.data)) void decodeImage(event.data);
};
