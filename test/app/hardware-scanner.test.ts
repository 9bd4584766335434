import { describe, expect, it, vi } from 'vitest';
import {
  MAX_KEY_GAP_MS,
  MIN_SCAN_LENGTH,
  createKeyBuffer,
  isTextEntry,
  listenForHardwareScans,
} from '../../src/app/hardware-scanner.ts';

const CODE = 'kycvs:/' + '12'.repeat(20);

function typeInto(
  buffer: ReturnType<typeof createKeyBuffer>,
  text: string,
  start: number,
  gap: number,
) {
  let at = start;
  for (const key of text) {
    buffer.key(key, at);
    at += gap;
  }
  return { enter: buffer.key('Enter', at), end: at };
}

describe('hardware scanner key buffer', () => {
  it('turns a fast burst ending in Enter into one scan', () => {
    const buffer = createKeyBuffer();
    expect(typeInto(buffer, CODE, 1000, 4).enter).toEqual({ kind: 'scan', text: CODE });
  });

  it('lets a person typing at human speed keep their Enter', () => {
    const buffer = createKeyBuffer();
    expect(typeInto(buffer, CODE, 1000, MAX_KEY_GAP_MS + 40).enter).toEqual({ kind: 'pass' });
  });

  it('ignores a short fast burst (Enter on a focused button stays a click)', () => {
    const buffer = createKeyBuffer();
    expect(typeInto(buffer, 'ab', 1000, 3).enter).toEqual({ kind: 'pass' });
    expect(MIN_SCAN_LENGTH).toBeGreaterThan(2);
  });

  it('starts again after a pause or a navigation key, so stray keys never prefix a scan', () => {
    const buffer = createKeyBuffer();
    buffer.key('x', 0);
    buffer.key('y', 5);
    expect(typeInto(buffer, CODE, 500, 3).enter).toEqual({ kind: 'scan', text: CODE });
    buffer.key('z', 2000);
    buffer.key('Tab', 2002);
    expect(typeInto(buffer, CODE, 2004, 3).enter).toEqual({ kind: 'scan', text: CODE });
  });

  it('keeps a Shift typed inside a burst (scanners shift for capitals)', () => {
    const buffer = createKeyBuffer();
    let at = 0;
    for (const key of 'eyJhbGciOiJFUzI1NiJ9.abc') {
      if (key !== key.toLowerCase()) buffer.key('Shift', (at += 2));
      buffer.key(key, (at += 2));
    }
    expect(buffer.key('Enter', at + 2)).toEqual({ kind: 'scan', text: 'eyJhbGciOiJFUzI1NiJ9.abc' });
  });

  it('knows text fields from buttons', () => {
    const input = (type: string) => ({ tagName: 'INPUT', type }) as unknown as EventTarget;
    expect(isTextEntry(input('text'))).toBe(true);
    expect(isTextEntry(input('tel'))).toBe(true);
    expect(isTextEntry(input('checkbox'))).toBe(false);
    expect(isTextEntry({ tagName: 'TEXTAREA' } as unknown as EventTarget)).toBe(true);
    expect(isTextEntry({ tagName: 'BUTTON' } as unknown as EventTarget)).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });

  it('stops the closing Enter from reaching the focused control', () => {
    const listeners: ((event: KeyboardEvent) => void)[] = [];
    const target = {
      addEventListener: (_: string, fn: EventListener) => listeners.push(fn as never),
      removeEventListener: vi.fn(),
    };
    const onScan = vi.fn();
    let clock = 0;
    const stop = listenForHardwareScans(target as never, onScan, () => (clock += 2));
    const events: { prevented: boolean }[] = [];
    for (const key of [...CODE, 'Enter']) {
      const event = {
        key,
        target: { tagName: 'BUTTON' },
        ctrlKey: false,
        metaKey: false,
        altKey: false,
        prevented: false,
        preventDefault() {
          this.prevented = true;
        },
        stopPropagation() {},
      };
      listeners[0]!(event as unknown as KeyboardEvent);
      events.push(event);
    }
    expect(onScan).toHaveBeenCalledWith(CODE);
    expect(events.at(-1)!.prevented).toBe(true);
    expect(events.slice(0, -1).some((event) => event.prevented)).toBe(false);
    stop();
    expect(target.removeEventListener).toHaveBeenCalled();
  });
});
