/**
 * "The same code again after Next": the scanner's repeat filter holds the code just read, so a
 * code still held up after a verdict is not checked twice, while a new code is read at once.
 */
import { describe, expect, it } from 'vitest';
import { REPEAT_WINDOW_MS, createRepeatFilter } from '../../src/scanner/repeat-filter.ts';

function filterWithClock() {
  const clock = { t: 10_000 };
  return { clock, filter: createRepeatFilter(REPEAT_WINDOW_MS, () => clock.t) };
}

describe('resume with a hold on the last code', () => {
  it('keeps ignoring the code just read while it stays in view after a hold', () => {
    const { clock, filter } = filterWithClock();
    expect(filter.accept('A')).toBe(true);
    // The verdict shows for longer than the window; then "Next" holds the code.
    clock.t += 10 * REPEAT_WINDOW_MS;
    filter.hold();
    for (let i = 0; i < 30; i++) {
      clock.t += 200;
      expect(filter.accept('A')).toBe(false);
    }
  });

  it('reads the held code again once it was out of sight for the window', () => {
    const { clock, filter } = filterWithClock();
    filter.accept('A');
    clock.t += 10 * REPEAT_WINDOW_MS;
    filter.hold();
    clock.t += REPEAT_WINDOW_MS - 1;
    expect(filter.accept('A')).toBe(false);
    clock.t += REPEAT_WINDOW_MS;
    expect(filter.accept('A')).toBe(true);
  });

  it('reads another code at once after a hold', () => {
    const { clock, filter } = filterWithClock();
    filter.accept('A');
    clock.t += 10 * REPEAT_WINDOW_MS;
    filter.hold();
    expect(filter.accept('B')).toBe(true);
  });

  it('without a hold (a reset), the code read last counts as new at once', () => {
    const { clock, filter } = filterWithClock();
    filter.accept('A');
    clock.t += 10;
    filter.reset();
    expect(filter.accept('A')).toBe(true);
  });
});
