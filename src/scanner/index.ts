/**
 * The QR scanner, loaded lazily by the scan screen: the camera, a frame loop, and a chain of
 * decoders that are themselves lazy chunks (see decoder-chain.ts for their order), run in a decode
 * worker (see frame-decoder.ts; still images: still-image.ts).
 */
import {
  applyTorch,
  hasTorch,
  listCameras,
  openCamera,
  prepareCamera,
  type CameraChoice,
} from './camera.ts';
import {
  createFrameGrabber,
  planFrame,
  type FrameGrabber,
  type FramePass,
} from './frame-grabber.ts';
import { createFrameDecoder, type DecodeSite, type FrameDecoder } from './frame-decoder.ts';
import { createFrameLoop } from './frame-loop.ts';
import { createRepeatFilter } from './repeat-filter.ts';
import { ScannerError, type ScannedCode } from './types.ts';

export { listCameras };
export { closeCameraOpening, openCameraOnTap, takeCameraOpening } from './camera-on-tap.ts';
// The decoders run in the decode worker only: nothing here may import decoder-chain.ts.
export type { DecoderChain, DecoderStats, FrameResult } from './chain-run.ts';
export { ScannerError } from './types.ts';
export type { Decoder, FrameImage, ScannedCode, ScannerErrorCode } from './types.ts';
export { prepareStillImages, readImageFile } from './still-image.ts';
export type { StillImageAnswer } from './still-image.ts';
export type { DecodeSite } from './frame-decoder.ts';

/** What one decoded frame cost, for a debug overlay or a bench. */
export interface FrameInfo {
  /** Milliseconds spent copying and decoding the frame (decoding timed where it ran). */
  ms: number;
  /** The decoder that read a code in this frame, or null. */
  decoder: string | null;
  pass: FramePass;
  /** The thread the decoders ran on. */
  where: DecodeSite;
  /** Milliseconds the page's own thread was busy with the frame (copy, hand-over, decode). */
  mainThreadMs: number;
}

/** Options of `startScanner`. */
export interface ScannerOptions extends CameraChoice {
  /**
   * Called once per code read (the same code held in view is one read), with its text and its
   * own bytes (see `ScannedCode`), to be handed on unchanged.
   */
  onCode: (code: ScannedCode) => void;
  /** Called when the scanner fails after it started (a camera unplugged, say). */
  onError?: (error: Error) => void;
  /** Called after each decoded frame. */
  onFrame?: (info: FrameInfo) => void;
  /**
   * This choice's camera, already being opened (`openCamera`, in the tap that opened the scan
   * screen); without it `startScanner` opens the camera itself.
   */
  opening?: Promise<MediaStream>;
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
  /**
   * Decodes again. The code read last counts as new, unless `hold`: then it is not read again
   * while it stays in view, only once it has been out of sight for the repeat window.
   */
  resume(options?: { hold?: boolean }): void;
}

let sharedFrames: FrameDecoder | null = null;

/**
 * The page's one frame decoder, kept from one scan screen to the next: a new worker would load
 * its decoders again and run them uncompiled for its first codes (measured with bench/pwa.ts,
 * which opens a new scan screen per scan: 28 ms scan to verdict with the worker kept, 55-90 ms
 * with a new worker per scan screen).
 */
function frameDecoder(): FrameDecoder {
  if (!sharedFrames) {
    const created = createFrameDecoder();
    sharedFrames = created;
    created.ready().catch(() => {
      // No decoder could load on either thread: the next start tries afresh.
      if (sharedFrames === created) sharedFrames = null;
      created.close();
    });
  }
  return sharedFrames;
}

/**
 * Starts the decode worker, which loads the decoders and compiles zxing-cpp's wasm, and wakes
 * the camera list where the camera is allowed already, before the scanner is needed (the home screen calls it when idle); `startScanner` then finds it ready.
 */
export function prepareScanner(): void {
  frameDecoder();
  // Once a page: pressed again ("Scan QR" calls this too), the camera list is not asked for
  // again while the camera opens.
  cameraPrepared ??= prepareCamera();
}

let cameraPrepared: Promise<void> | null = null;

/** The frame `video` shows, as a `VideoFrame` to hand over; null where one cannot be made. */
function videoFrameOf(video: HTMLVideoElement): VideoFrame | null {
  try {
    return new VideoFrame(video);
  } catch {
    return null;
  }
}

/** Opens the camera into `video` and reports each code read until stopped. */
export async function startScanner(
  video: HTMLVideoElement,
  options: ScannerOptions,
): Promise<ScannerHandle> {
  // Start the worker and fetch the decoders while the user answers the permission prompt.
  const frames = frameDecoder();
  const decodersReady = frames.ready();
  const stream = await (options.opening ?? openCamera(options));
  const releaseCamera = () => stream.getTracks().forEach((track) => track.stop());
  const [track] = stream.getVideoTracks();
  const repeats = createRepeatFilter();
  let pass: FramePass = 'full';
  let active = true;
  // Camera frames go to the worker whole, to be copied there, until that once fails; the page's
  // own canvas is made only when it copies them.
  let sendFrames = typeof VideoFrame === 'function';
  let grabber: FrameGrabber | null = sendFrames ? null : createFrameGrabber();

  const reportError = (error: unknown) => {
    if (!options.onError) return;
    options.onError(error instanceof Error ? error : new Error(String(error)));
  };

  const onFrame = async (): Promise<void> => {
    // HAVE_CURRENT_DATA: a frame is there to copy. A frame still in the worker (sent before a
    // pause and a quick resume) is waited for, never queued behind.
    if (video.readyState < 2 || video.videoWidth === 0 || frames.busy) return;
    const started = performance.now();
    try {
      const plan = planFrame(video.videoWidth, video.videoHeight, pass);
      const framePass = pass;
      // Alternate the whole frame and its centre, which holds a small code at more pixels.
      pass = pass === 'full' ? 'centre' : 'full';
      const sent = sendFrames && frames.where === 'worker' ? videoFrameOf(video) : null;
      const image = sent ? null : (grabber ??= createFrameGrabber()).grab(video, plan);
      const grabMs = performance.now() - started;
      const decoding = sent
        ? frames.decodeVideoFrame(sent, plan, { paced: true }).catch(() => {
            // A worker that cannot draw a VideoFrame: this frame is dropped and the page copies
            // the next ones itself, as without a worker.
            sendFrames = false;
            return null;
          })
        : frames.decode(image!, { paced: true });
      const handOverMs = performance.now() - started - grabMs;
      // Null: the frame was sent before pause() or stop(), and a code still in view would
      // replace the verdict the pause was made for.
      const decoded = await decoding;
      if (!active || !decoded) return;
      const { result, decodeMs, where } = decoded;
      // The code first: its check starts before any screen update a frame report may cause.
      if (result && repeats.accept(result.text)) options.onCode(result);
      options.onFrame?.({
        ms: grabMs + decodeMs,
        decoder: result?.decoder ?? null,
        pass: framePass,
        where,
        mainThreadMs: where === 'worker' ? grabMs + handOverMs : grabMs + decodeMs,
      });
    } catch (error) {
      reportError(error);
    }
  };

  const loop = createFrameLoop(video, onFrame, { now: true });
  try {
    await decodersReady;
    video.muted = true;
    video.playsInline = true;
    video.srcObject = stream;
    // The loop's first call comes with the first frame shown, before the 'playing' event that
    // play() waits for: the first code is read that much sooner.
    loop.start();
    await video.play();
  } catch (error) {
    active = false;
    loop.stop();
    frames.dropPending();
    releaseCamera();
    video.srcObject = null;
    throw error instanceof ScannerError
      ? error
      : new ScannerError('UNSUPPORTED', 'the scanner could not start', { cause: error });
  }
  track?.addEventListener('ended', () => {
    if (!active) return;
    active = false;
    frames.dropPending();
    loop.stop();
    reportError(new ScannerError('CAMERA_ENDED', 'the camera stopped'));
  });

  return {
    torchSupported: track ? hasTorch(track) : false,
    async setTorch(on) {
      if (!track || !hasTorch(track)) throw new ScannerError('UNSUPPORTED', 'no torch');
      await applyTorch(track, on);
    },
    pause() {
      frames.dropPending();
      loop.stop();
    },
    resume(options = {}) {
      if (!active) return;
      if (options.hold) repeats.hold();
      else repeats.reset();
      loop.start();
    },
    stop() {
      active = false;
      frames.dropPending();
      loop.stop();
      releaseCamera();
      video.srcObject = null;
    },
  };
}
