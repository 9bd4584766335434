/**
 * The decode worker: runs the decoder chain on the frames the scanner transfers to it, so a slow
 * decode (jsQR on a busy frame: up to a second) never freezes the page. The decoders load lazily
 * here, as on the main thread; BarcodeDetector is used where the worker has one.
 */
import { createDecoderChain, decodeFrame, type DecoderChain } from './decoder-chain.ts';
import type { DecodeRequest, WorkerReply } from './decode-messages.ts';
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

async function decode(request: DecodeRequest): Promise<void> {
  let chain: DecoderChain;
  try {
    chain = await chainLoading;
  } catch {
    scope.postMessage({ type: 'failed' });
    return;
  }
  const data = new Uint8ClampedArray(request.data);
  const { width, height } = request;
  // An RGBA frame goes to BarcodeDetector as ImageData without a copy; anything else is checked
  // (and refused with BAD_FRAME) by the chain.
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

scope.onmessage = (event) => {
  if (isDecodeRequest(event.data)) void decode(event.data);
};
