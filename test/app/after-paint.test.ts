/** Work after the verdict's paint: once, after the next frame, or after a wait without frames. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../src/app/after-paint.ts';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterPaint', () => {
  it('runs the task after the next animation frame, and only once', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
    const task = vi.fn();
    afterPaint(task);
    expect(task).not.toHaveBeenCalled();
    frames.forEach((frame) => frame(0));
    expect(task).not.toHaveBeenCalled();
    // The task after the paint, then one task more.
    vi.advanceTimersByTime(0);
    expect(task).not.toHaveBeenCalled();
    // (The fake clock puts a zero-delay timer set by a timer 1 ms on.)
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('lets a task queued just after the same paint run first', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
    const order: string[] = [];
    afterPaint(() => order.push('task'));
    // Registered after afterPaint, for the same frame: a reader of the painted screen.
    requestAnimationFrame(() => setTimeout(() => order.push('reader'), 0));
    frames.forEach((frame) => frame(0));
    vi.advanceTimersByTime(0);
    expect(order).toEqual(['reader']);
    vi.advanceTimersByTime(1);
    expect(order).toEqual(['reader', 'task']);
  });

  it('runs the task anyway where no frame is drawn (a hidden tab)', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 1);
    const task = vi.fn();
    afterPaint(task);
    vi.advanceTimersByTime(199);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
