/**
 * Injected into the PWA before its own scripts: watches the camera video the scan screen shows
 * and the result card it paints, and records, per verdict, when the frame that first held the
 * code reached the page and when the verdict was painted. It reads pixels from its own small
 * canvas only; the app is not changed.
 */

/** One painted verdict. Times are `performance.now()` milliseconds. */
export interface ProbeVerdict {
  /** The first frame holding the code after a blank one, on the video of this scan; else null. */
  codeAt: number | null;
  /** After the frame that showed the result card was painted. */
  paintedAt: number;
  text: string;
  /** How many blank-to-code changes this video showed before the verdict. */
  codePhases: number;
}

interface VideoWatch {
  video: HTMLVideoElement;
  codeAt: number | null;
  holding: boolean;
  sawBlank: boolean;
  codePhases: number;
}

type FrameCallback = (now: number, metadata: { presentationTime?: number }) => void;

const SAMPLE_WIDTH = 64;
const SAMPLE_HEIGHT = 48;
/** A blank fake-camera frame is uniform light gray; a frame with the code has dark pixels. */
const DARK_LEVEL = 160;

const verdicts: ProbeVerdict[] = [];
(window as unknown as { scanProbe: { verdicts: ProbeVerdict[] } }).scanProbe = { verdicts };

let watch: VideoWatch | null = null;
let lastStatus: Element | null = null;

const canvas = document.createElement('canvas');
canvas.width = SAMPLE_WIDTH;
canvas.height = SAMPLE_HEIGHT;
const context = canvas.getContext('2d', { willReadFrequently: true })!;

const watchVideo = (video: HTMLVideoElement): VideoWatch => {
  const state: VideoWatch = { video, codeAt: null, holding: false, sawBlank: false, codePhases: 0 };
  const onFrame: FrameCallback = (now, metadata) => {
    if (!video.isConnected) return;
    if (video.videoWidth > 0) {
      context.drawImage(video, 0, 0, SAMPLE_WIDTH, SAMPLE_HEIGHT);
      const pixels = context.getImageData(0, 0, SAMPLE_WIDTH, SAMPLE_HEIGHT).data;
      let darkest = 255;
      for (let i = 0; i < pixels.length; i += 4) darkest = Math.min(darkest, pixels[i + 1]!);
      const holds = darkest < DARK_LEVEL;
      if (!holds) state.sawBlank = true;
      else if (!state.holding && state.sawBlank) {
        // The frame reached the page at presentationTime; the callback may run a little later.
        state.codeAt = Math.min(now, metadata.presentationTime ?? now);
        state.codePhases++;
      }
      state.holding = holds;
    }
    (
      video as unknown as { requestVideoFrameCallback(callback: FrameCallback): number }
    ).requestVideoFrameCallback(onFrame);
  };
  (
    video as unknown as { requestVideoFrameCallback(callback: FrameCallback): number }
  ).requestVideoFrameCallback(onFrame);
  return state;
};

const onMutation = () => {
  const video = document.querySelector('video');
  if (video && video !== watch?.video) watch = watchVideo(video);
  const status = document.querySelector('[role="status"]');
  if (status && status !== lastStatus) {
    lastStatus = status;
    const seen = watch;
    const codeAt = seen?.codeAt ?? null;
    const codePhases = seen?.codePhases ?? 0;
    // The card is in the DOM; the frame that shows it is painted right after this rAF callback.
    requestAnimationFrame(() =>
      setTimeout(() =>
        verdicts.push({
          codeAt,
          paintedAt: performance.now(),
          text: status.textContent ?? '',
          codePhases,
        }),
      ),
    );
  }
  if (!status) lastStatus = null;
};

new MutationObserver(onMutation).observe(document, { childList: true, subtree: true });
