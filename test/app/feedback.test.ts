import { describe, expect, it, vi } from 'vitest';
import { TONES, VIBRATIONS, createFeedback } from '../../src/app/feedback.ts';

function fakeAudio() {
  const started: number[] = [];
  const param = { setValueAtTime: vi.fn(), linearRampToValueAtTime: vi.fn(), value: 0 };
  const context = {
    state: 'running',
    currentTime: 0,
    destination: {},
    resume: vi.fn(async () => undefined),
    createGain: () => ({ gain: param, connect: (next: unknown) => next }),
    createOscillator: () => {
      const oscillator = {
        type: 'sine',
        frequency: { value: 0 },
        connect: (next: unknown) => next,
        start: () => started.push(oscillator.frequency.value),
        stop: vi.fn(),
      };
      return oscillator;
    },
  };
  return { context: context as unknown as AudioContext, started };
}

describe('verdict feedback', () => {
  it('has distinct tones and vibrations for pass, fail and warning', () => {
    const signatures = (['pass', 'fail', 'warning'] as const).map((cue) =>
      JSON.stringify([TONES[cue].map((tone) => tone.frequency), VIBRATIONS[cue]]),
    );
    expect(new Set(signatures).size).toBe(3);
  });

  it('plays the tones and the vibration that are switched on, and nothing else', () => {
    const audio = fakeAudio();
    const vibrate = vi.fn();
    const feedback = createFeedback({ createAudio: () => audio.context, vibrate });
    feedback.play('pass', { sound: true, vibration: false });
    expect(audio.started).toEqual([880, 1320]);
    expect(vibrate).not.toHaveBeenCalled();
    feedback.play('fail', { sound: false, vibration: true });
    expect(vibrate).toHaveBeenCalledWith(VIBRATIONS.fail);
    expect(audio.started).toHaveLength(2);
  });

  it('stays silent, without throwing, where there is no audio or vibration', () => {
    const feedback = createFeedback({
      createAudio: () => {
        throw new Error('no audio');
      },
      vibrate: () => {
        throw new Error('blocked');
      },
    });
    expect(() => {
      feedback.prime();
      feedback.play('warning', { sound: true, vibration: true });
    }).not.toThrow();
  });

  it('prepares the audio output silent before a tap, and wakes it on the tap', () => {
    const audio = fakeAudio();
    const context = audio.context as unknown as { state: string; suspend: () => Promise<void> };
    const suspend = vi.fn(async () => {
      context.state = 'suspended';
    });
    context.suspend = suspend;
    const createAudio = vi.fn(() => audio.context);
    const feedback = createFeedback({ createAudio, vibrate: vi.fn() });
    feedback.prepare!();
    expect(createAudio).toHaveBeenCalledTimes(1);
    expect(suspend).toHaveBeenCalledTimes(1);
    context.state = 'suspended';
    feedback.prime();
    expect(createAudio).toHaveBeenCalledTimes(1);
    expect(audio.context.resume).toHaveBeenCalledTimes(1);
  });
});
