/**
 * The QR scanner, loaded lazily by the scan screen: the camera, a frame loop, and a chain of
 * decoders that are themselves lazy chunks (see decoder-chain.ts for their order).
 */
import { applyTorch, hasTorch, listCameras, openCamera, type CameraChoice } from './camera.ts';
import { createDecoderChain, decodeFrame, type DecoderChain } from './decoder-chain.ts';
import {
  createFrameGrabber,
  planFrame,
  stillImageScales,
  type FramePass,
} from './frame-grabber.ts';
import { createFrameLoop } from './frame-loop.ts';
import { createRepeatFilter } from './repeat-filter.ts';
import { ScannerError } from './types.ts';

export { listCameras };
export { createDecoderChain, decodeFrame, chainOf, DEFAULT_FALLBACKS } from './decoder-chain.ts';
export type { DecoderChain, DecoderStats, FrameResult, JsDecoderName } from './decoder-chain.ts';
export { ScannerError } from './types.ts';
export type { Decoder, FrameImage, ScannerErrorCode } from './types.ts';

/** What one decoded frame cost, for a debug overlay or a bench. */
export interface FrameInfo {
  /** Milliseconds spent copying and decoding the frame. */
  ms: number;
  /** The decoder that read a code in this frame, or null. */
  decoder: string | null;
  pass: FramePass;
}

/** Options of `startScanner`. */
export interface ScannerOptions extends CameraChoice {
  /** Called once per code read (the same code held in view is one read). */
  onCode: (text: string) => void;
  /** Called when the scanner fails after it started (a camera unplugged, say). */
  onError?: (error: Error) => void;
  /** Called after each decoded frame. */
  onFrame?: (info: FrameInfo) => void;
}

/** A running scanner. */
export interface ScannerHandle {
  /** Stops decoding and releases the camera. */
  stop(): void;
  /** True when the camera's torch can be switched from the page. */
  torchSupported: boolean;
  /** Switches the torch; rejects with `UNSUPPORTED` where there is none. */
  setTorch(on: boolean): Promise<void>;
  /** Stops decoding, keeping the camera open (while a result is shown). */
  pause(): void;
  /** Decodes again; the code read last counts as new. */
  resume(): void;
}

/** Opens the camera into `video` and reports each code read until stopped. */
export async function startScanner(
  video: HTMLVideoElement,
  options: ScannerOptions,
): Promise<ScannerHandle> {
  // Fetch the decoders while the user answers the permission prompt.
  const chainLoading = createDecoderChain();
  chainLoading.catch(() => undefined);
  const stream = await openCamera(options);
  const releaseCamera = () => stream.getTracks().forEach((track) => track.stop());
  let chain: DecoderChain;
  try {
    chain = await chainLoading;
    video.muted = true;
    video.playsInline = true;
    video.srcObject = stream;
    await video.play();
  } catch (error) {
    releaseCamera();
    video.srcObject = null;
    throw error instanceof ScannerError
      ? error
      : new ScannerError('UNSUPPORTED', 'the scanner could not start', { cause: error });
  }

  const [track] = stream.getVideoTracks();
  const grabber = createFrameGrabber();
  const repeats = createRepeatFilter();
  let pass: FramePass = 'full';
  let active = true;
  // Bumped by pause() and stop(): a frame whose decode began before them reports nothing, or a
  // code still in view would replace the verdict the pause was made for.
  let generation = 0;

  const reportError = (error: unknown) => {
    if (!options.onError) return;
    options.onError(error instanceof Error ? error : new Error(String(error)));
  };

  const onFrame = async (): Promise<void> => {
    // HAVE_CURRENT_DATA: a frame is there to copy.
    if (video.readyState < 2 || video.videoWidth === 0) return;
    const started = performance.now();
    const frameGeneration = generation;
    try {
      const image = grabber.grab(video, planFrame(video.videoWidth, video.videoHeight, pass));
      const framePass = pass;
      // Alternate the whole frame and its centre, which holds a small code at more pixels.
      pass = pass === 'full' ? 'centre' : 'full';
      const result = await decodeFrame(chain, image, { paced: true });
      if (!active || frameGeneration !== generation) return;
      options.onFrame?.({
        ms: performance.now() - started,
        decoder: result?.decoder ?? null,
        pass: framePass,
      });
      if (result && repeats.accept(result.text)) options.onCode(result.text);
    } catch (error) {
      reportError(error);
    }
  };

  const loop = createFrameLoop(video, onFrame);
  track?.addEventListener('ended', () => {
    if (!active) return;
    active = false;
    loop.stop();
    reportError(new ScannerError('CAMERA_ENDED', 'the camera stopped'));
  });
  loop.start();

  return {
    torchSupported: track ? hasTorch(track) : false,
    async setTorch(on) {
      if (!track || !hasTorch(track)) throw new ScannerError('UNSUPPORTED', 'no torch');
      await applyTorch(track, on);
    },
    pause() {
      generation += 1;
      loop.stop();
    },
    resume() {
      if (!active) return;
      repeats.reset();
      loop.start();
    },
    stop() {
      active = false;
      generation += 1;
      loop.stop();
      releaseCamera();
      video.srcObject = null;
    },
  };
}

let stillChain: Promise<DecoderChain> | null = null;

/** Reads a QR code from an image file (the "choose image" fallback); null when there is none. */
export async function decodeImageFile(file: Blob): Promise<string | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch (error) {
    throw new ScannerError('UNREADABLE_IMAGE', 'not an image this browser can read', {
      cause: error,
    });
  }
  try {
    stillChain ??= createDecoderChain();
    const chain = await stillChain.catch((error: unknown) => {
      stillChain = null;
      throw error;
    });
    const grabber = createFrameGrabber();
    for (const scale of stillImageScales(bitmap.width, bitmap.height)) {
      const plan = {
        sx: 0,
        sy: 0,
        sw: bitmap.width,
        sh: bitmap.height,
        width: Math.max(1, Math.round(bitmap.width * scale)),
        height: Math.max(1, Math.round(bitmap.height * scale)),
      };
      const result = await decodeFrame(chain, grabber.grab(bitmap, plan));
      if (result) return result.text;
    }
    return null;
  } finally {
    bitmap.close();
  }
}
