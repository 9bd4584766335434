/** What the core needs from the device beyond storage: verdict cues and the network state. */
import type { Cue } from './classify.ts';

/** Verdict sounds and vibration (src/app/feedback.ts in the browser). */
export interface Feedback {
  /**
   * Creates the audio output ahead of need, silent (suspended) until `prime`: creating it blocks
   * the page's thread (~100 ms on a cheap tablet), so the home screen does it while idle rather
   * than in the tap on "Scan QR". Optional: a feedback without it creates the output in `prime`.
   */
  prepare?(): void;
  /** Creates or wakes the audio output; call from a user gesture (autoplay rules). */
  prime(): void;
  /** Plays `cue` as sound and/or vibration, as switched on. */
  play(cue: Cue, options: { sound: boolean; vibration: boolean }): void;
}

/** Whether the device is online, and word when that changes. */
export interface Network {
  isOnline(): boolean;
  /** Calls `listener` on each change; returns a function that stops it. */
  subscribe(listener: (online: boolean) => void): () => void;
}

/** A feedback that plays nothing. */
export const SILENT_FEEDBACK: Feedback = { prime: () => undefined, play: () => undefined };

/** The browser's `navigator.onLine` and its `online` and `offline` events. */
export const BROWSER_NETWORK: Network = {
  isOnline: () => navigator.onLine,
  subscribe(listener) {
    const online = () => listener(true);
    const offline = () => listener(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  },
};
