/** Turns a stream of per-frame reads into reads a person means: a code held still is one read. */

/** How long a code must be out of sight before the same code counts as a new read. */
export const REPEAT_WINDOW_MS = 3000;

/** Remembers the last code read so that the same code, read again, is not reported again. */
export interface RepeatFilter {
  /** True when `text` is a new read; false when it is the code just read, still in view. */
  accept(text: string): boolean;
  /** Forgets the last code, so it counts as new when next read (after pause and resume). */
  reset(): void;
  /**
   * Counts the last code as seen just now: still in view, it stays one read; it counts as new
   * only once it has been out of sight for the window (after "Next", with the code still held up).
   */
  hold(): void;
}

/** Creates a filter; `now` is a clock in milliseconds (monotonic in production). */
export function createRepeatFilter(
  windowMs = REPEAT_WINDOW_MS,
  now: () => number = () => performance.now(),
): RepeatFilter {
  let last: string | null = null;
  let lastSeen = 0;
  return {
    accept(text) {
      const at = now();
      const repeat = text === last && at - lastSeen < windowMs;
      last = text;
      // Every sighting extends the window: a code left in view is never reported twice.
      lastSeen = at;
      return !repeat;
    },
    reset() {
      last = null;
    },
    hold() {
      lastSeen = now();
    },
  };
}
