/** Calls a frame handler once per new video frame, never two at once. */

/** A loop that can be started and stopped any number of times. */
export interface FrameLoop {
  start(): void;
  stop(): void;
}

/** Options of `createFrameLoop`. */
export interface FrameLoopOptions {
  /**
   * On each start, handle the frame the video shows now, when it has one, instead of waiting
   * for the next: the first code is read up to a frame interval sooner.
   */
  now?: boolean;
}

/** Fallback pace when the browser has neither requestVideoFrameCallback nor rAF (ms). */
const TIMER_INTERVAL_MS = 100;

/**
 * Creates a loop over `video`'s frames: requestVideoFrameCallback where the browser has it (one
 * call per decoded camera frame, none for repeats), else requestAnimationFrame, else a timer.
 * The next frame is only asked for after `onFrame` settles, so slow decodes drop frames instead
 * of queueing them.
 */
export function createFrameLoop(
  video: HTMLVideoElement,
  onFrame: () => Promise<void>,
  options: FrameLoopOptions = {},
): FrameLoop {
  let running = false;
  let generation = 0;
  let cancel: (() => void) | null = null;

  const schedule = (run: () => void): void => {
    if ('requestVideoFrameCallback' in video) {
      const id = video.requestVideoFrameCallback(run);
      cancel = () => video.cancelVideoFrameCallback(id);
    } else if (typeof requestAnimationFrame === 'function') {
      const id = requestAnimationFrame(run);
      cancel = () => cancelAnimationFrame(id);
    } else {
      const id = setTimeout(run, TIMER_INTERVAL_MS);
      cancel = () => clearTimeout(id);
    }
  };

  const run = (mine: number): void => {
    onFrame().finally(() => {
      if (running && mine === generation) next(mine);
    });
  };

  const next = (mine: number): void => {
    schedule(() => {
      cancel = null;
      if (running && mine === generation) run(mine);
    });
  };

  return {
    start() {
      if (running) return;
      running = true;
      const mine = ++generation;
      // HAVE_CURRENT_DATA: there is a frame to read already.
      if (options.now && video.readyState >= 2) run(mine);
      else next(mine);
    },
    stop() {
      running = false;
      generation++;
      cancel?.();
      cancel = null;
    },
  };
}
