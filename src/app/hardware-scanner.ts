/**
 * USB and Bluetooth QR scanners act as keyboards: they type the code's text very fast and press
 * Enter. This tells such a burst from a person typing (inter-key gaps of a few ms, not ~100 ms)
 * and hands the text over, without a text field and without breaking keyboard navigation.
 */

/** Longest gap between two keys of one scanner burst, in ms. */
export const MAX_KEY_GAP_MS = 60;

/** Fewest characters a burst needs to count as a scan (a status code is hundreds long). */
export const MIN_SCAN_LENGTH = 16;

/** Longest text kept (SPEC §4: a token is at most 4096 characters, its QR text twice that). */
const MAX_SCAN_LENGTH = 10_000;

/** What the buffer does with one key. */
export type KeyVerdict =
  /** Not part of a scan: let the key do what it normally does. */
  | { kind: 'pass' }
  /** Part of a burst: keep it (the default action is harmless, so it is left alone). */
  | { kind: 'buffered' }
  /** Enter closing a burst: the scanned text; the caller stops Enter from clicking anything. */
  | { kind: 'scan'; text: string };

/** Buffers fast keystrokes into scans. */
export interface KeyBuffer {
  /** Feeds one key (`KeyboardEvent.key`) typed at `at` ms. */
  key(key: string, at: number): KeyVerdict;
  /** Forgets a burst in progress. */
  reset(): void;
}

/** Creates a buffer with the given limits. */
export function createKeyBuffer(maxGapMs = MAX_KEY_GAP_MS, minLength = MIN_SCAN_LENGTH): KeyBuffer {
  let text = '';
  let last = -Infinity;
  return {
    key(key, at) {
      const fast = at - last <= maxGapMs;
      last = at;
      if (key === 'Enter') {
        const scanned = fast && text.length >= minLength ? text : null;
        text = '';
        return scanned === null ? { kind: 'pass' } : { kind: 'scan', text: scanned };
      }
      if (key.length !== 1) {
        // Tab, arrows, Shift…: a person navigating. A scanner's Shift comes between fast keys.
        if (key !== 'Shift') text = '';
        return { kind: 'pass' };
      }
      // A slow key starts a new burst: a person typing never builds up a scan.
      text = fast && text.length < MAX_SCAN_LENGTH ? text + key : key;
      return { kind: 'buffered' };
    },
    reset() {
      text = '';
      last = -Infinity;
    },
  };
}

/** True when typing goes into a field there (the scanner burst then belongs to the field). */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT' || element.isContentEditable) return true;
  if (tag !== 'INPUT') return false;
  const type = (element as HTMLInputElement).type;
  return !['button', 'submit', 'reset', 'checkbox', 'radio', 'file', 'range', 'color'].includes(
    type,
  );
}

/**
 * Listens on `target` for scanner bursts and calls `onScan` with each text; returns a function
 * that stops listening. Ignores keys typed into a field.
 */
export function listenForHardwareScans(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  onScan: (text: string) => void,
  // When the key was pressed, not when this handler runs: a main thread busy decoding a camera
  // frame delays the handler, and must not split a scanner's burst into two.
  timeOf: (event: KeyboardEvent) => number = (event) => event.timeStamp,
): () => void {
  const buffer = createKeyBuffer();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) {
      buffer.reset();
      return;
    }
    const verdict = buffer.key(event.key, timeOf(event));
    if (verdict.kind === 'scan') {
      // The Enter ends the scan: it must not also press the focused button.
      event.preventDefault();
      event.stopPropagation();
      onScan(verdict.text);
    }
  };
  // Capture phase: the burst is read before any button sees its Enter.
  target.addEventListener('keydown', onKeyDown as EventListener, true);
  return () => target.removeEventListener('keydown', onKeyDown as EventListener, true);
}
