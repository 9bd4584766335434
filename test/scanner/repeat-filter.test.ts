import { describe, expect, it } from 'vitest';
import { REPEAT_WINDOW_MS, createRepeatFilter } from '../../src/scanner/repeat-filter.ts';

function filterWithClock() {
  const clock = { t: 1000 };
  return { clock, filter: createRepeatFilter(REPEAT_WINDOW_MS, () => clock.t) };
}

describe('createRepeatFilter', () => {
  it('reports a code held in view once', () => {
    const { clock, filter } = filterWithClock();
    const reads = [];
    for (let i = 0; i < 50; i++) {
      reads.push(filter.accept('A'));
      clock.t += 100; // 5 s of frames, each within the window of the one before
    }
    expect(reads.filter(Boolean)).toHaveLength(1);
    expect(reads[0]).toBe(true);
  });

  it('reports a different code at once, and the first one again after it', () => {
    const { filter } = filterWithClock();
    expect(filter.accept('A')).toBe(true);
    expect(filter.accept('B')).toBe(true);
    expect(filter.accept('A')).toBe(true);
  });

  it('reports the same code again after it was out of sight for the window', () => {
    const { clock, filter } = filterWithClock();
    expect(filter.accept('A')).toBe(true);
    clock.t += REPEAT_WINDOW_MS - 1;
    expect(filter.accept('A')).toBe(false);
    clock.t += REPEAT_WINDOW_MS;
    expect(filter.accept('A')).toBe(true);
  });

  it('reports the same code again after a reset', () => {
    const { filter } = filterWithClock();
    expect(filter.accept('A')).toBe(true);
    filter.reset();
    expect(filter.accept('A')).toBe(true);
    expect(filter.accept('A')).toBe(false);
  });
});
