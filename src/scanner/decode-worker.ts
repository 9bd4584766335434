/**
 * The decode worker: runs the decoder chain on the frames the scanner transfers to it, and on
 * the still images the user chooses, so a slow decode never freezes the page. The decoders
 * (zxing-cpp's wasm among them) load lazily here and only here: the page's own build carries
 * none of them.
 */
import { createDecoderChain, decodeFrame, type DecoderChain } from './decoder-chain.ts';
import type { DecodeRequest, ImageRequest, WorkerReply } from './decode-messages.ts';
import { decodeStill } from './still-decoder.ts';
import { ScannerError, type FrameImage } from './types.ts';

// The app's tsconfig has the DOM lib, not WebWorker: the two members of the scope used here.
interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;

const chainLoading: Promise<DecoderChain> = createDecoderChain();
chainLoading.then(
  (chain) => scope.postMessage({ type: 'ready', decoders: chain.decoders.map((d) => d.name) }),
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
  const chain = await loadedChain();
  if (!chain) return;
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
  const started = performance.now();
  try {
    const result = await decodeFrame(chain, image, { paced: request.paced });
    scope.postMessage({
      type: 'result',
      seq: request.seq,
      result,
      ms: performance.now() - started,
    });
  } catch (error) {
    scope.postMessage({
      type: 'error',
      seq: request.seq,
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
  if (isDecodeRequest(event.data)) void decode(event.data);
  else if (isImageRequest(event.data)) void decodeImage(event.data);
};
