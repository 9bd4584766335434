/**
 * Announces a verdict without the screen: a short tone pattern (WebAudio) and a vibration
 * pattern, distinct for pass, fail and warning (the cue `classify` gives), each switchable in
 * Settings.
 */
import type { Cue } from '../core/classify.ts';
import type { Feedback } from '../core/platform.ts';

interface Tone {
  /** Hz. */
  frequency: number;
  /** Seconds after the cue starts. */
  at: number;
  /** Seconds. */
  length: number;
  type: OscillatorType;
}

/** Rising two-note chime for a pass, one low buzz for a fail, three short beeps for a warning. */
export const TONES: Record<Cue, Tone[]> = {
  pass: [
    { frequency: 880, at: 0, length: 0.12, type: 'sine' },
    { frequency: 1320, at: 0.14, length: 0.18, type: 'sine' },
  ],
  fail: [{ frequency: 196, at: 0, length: 0.5, type: 'square' }],
  warning: [
    { frequency: 660, at: 0, length: 0.09, type: 'triangle' },
    { frequency: 660, at: 0.16, length: 0.09, type: 'triangle' },
    { frequency: 660, at: 0.32, length: 0.09, type: 'triangle' },
  ],
};

/** Vibration patterns (ms on, off, on…) matching the tones. */
export const VIBRATIONS: Record<Cue, number[]> = {
  pass: [90],
  fail: [400, 120, 400],
  warning: [120, 80, 120, 80, 120],
};

/** What the feedback uses from the platform; tests pass their own. */
export interface FeedbackPlatform {
  createAudio: () => AudioContext | null;
  vibrate: (pattern: number[]) => void;
}

const browserPlatform: FeedbackPlatform = {
  createAudio: () => {
    const Context =
      globalThis.AudioContext ??
      (globalThis as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    return Context ? new Context() : null;
  },
  vibrate: (pattern) => {
    if (typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function') {
      navigator.vibrate(pattern);
    }
  },
};

/** Creates the verdict feedback; every platform failure is silent (a cue is a nicety). */
export function createFeedback(platform: FeedbackPlatform = browserPlatform): Feedback {
  let audio: AudioContext | null = null;
  let primed = false;
  const createAudio = (): AudioContext | null => {
    if (!audio) {
      try {
        audio = platform.createAudio();
      } catch {
        audio = null;
      }
    }
    return audio;
  };
  const ensureAudio = (): AudioContext | null => {
    const context = createAudio();
    if (context?.state === 'suspended') void context.resume().catch(() => undefined);
    return context;
  };
  return {
    prepare() {
      if (audio) return;
      const context = createAudio();
      // Made before any tap, it stays silent and holds no audio output until prime().
      if (!primed && context?.state === 'running') void context.suspend().catch(() => undefined);
    },
    prime() {
      primed = true;
      ensureAudio();
    },
    play(cue, { sound, vibration }) {
      if (vibration) {
        try {
          platform.vibrate(VIBRATIONS[cue]);
        } catch {
          // Some browsers throw when vibration is blocked; the screen still shows the verdict.
        }
      }
      if (!sound) return;
      const context = ensureAudio();
      if (!context) return;
      try {
        const start = context.currentTime + 0.01;
        for (const tone of TONES[cue]) {
          const oscillator = context.createOscillator();
          const gain = context.createGain();
          oscillator.type = tone.type;
          oscillator.frequency.value = tone.frequency;
          // A short fade in and out: a hard edge clicks.
          gain.gain.setValueAtTime(0, start + tone.at);
          gain.gain.linearRampToValueAtTime(0.25, start + tone.at + 0.01);
          gain.gain.setValueAtTime(0.25, start + tone.at + tone.length - 0.02);
          gain.gain.linearRampToValueAtTime(0, start + tone.at + tone.length);
          oscillator.connect(gain).connect(context.destination);
          oscillator.start(start + tone.at);
          oscillator.stop(start + tone.at + tone.length + 0.01);
        }
      } catch {
        // An audio device that fails mid-way must not stop the check.
      }
    },
  };
}
