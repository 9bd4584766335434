/**
 * Runs work after the next frame is painted, off the path to a verdict on screen: after the
 * next animation frame and one task more, or after a short wait where frames are not drawn (a
 * hidden tab). The extra task lets what others queued for just after that paint (a test reading
 * the screen, an input) run before this work.
 */

/** The longest wait for a frame before the work runs anyway (ms). */
const FRAME_WAIT_MS = 200;

/** Runs `task` once, after the next paint. */
export function afterPaint(task: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  if (typeof requestAnimationFrame === 'function') {
    // The frame callback runs before the paint; the tasks after it.
    requestAnimationFrame(() => setTimeout(() => setTimeout(run, 0), 0));
  }
  setTimeout(run, FRAME_WAIT_MS);
}
