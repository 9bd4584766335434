/**
 * Injected into the PWA before its own scripts: timestamps what happens between a click on
 * "Scan QR" (or a chosen image) and the verdict painted, on the page's own thread: the camera
 * opening, the first video frame, scripts and wasm fetched, wasm compiled here, the signature
 * verified, the result card in the DOM and painted. The app is not changed.
 */

/** One thing that happened. Times are `performance.now()` ms. */
export interface PhaseEvent {
  name:
    | 'click'
    | 'file'
    | 'camera'
    | 'first-frame'
    | 'fetch'
    | 'wasm-compile'
    | 'verify'
    | 'verdict-in-dom'
    | 'painted';
  at: number;
  /** How long it took, for the timed ones. */
  ms?: number;
  detail?: string;
}

/** The probe's state on `window.phaseProbe`. */
export interface PhaseProbe {
  events: PhaseEvent[];
  verdicts: string[];
}

/** The verdict headlines of SPEC §8, in English. */
const HEADLINES = [
  'Fully vaccinated',
  'Partially vaccinated',
  'Not vaccinated',
  'Invalid',
  'Cannot verify',
  'Not a vaccination certificate',
];

const probe: PhaseProbe = { events: [], verdicts: [] };
(window as unknown as { phaseProbe: PhaseProbe }).phaseProbe = probe;
const mark = (event: PhaseEvent) => probe.events.push(event);

type AnyAsync = (...args: unknown[]) => Promise<unknown>;

/** Replaces `owner[key]` with a version that records how long each call took. */
function timeCalls(owner: object, key: string, name: PhaseEvent['name']): void {
  const original = (owner as Record<string, unknown>)[key];
  if (typeof original !== 'function') return;
  const wrapped = async function (this: unknown, ...args: unknown[]) {
    const at = performance.now();
    try {
      return await (original as AnyAsync).apply(this, args);
    } finally {
      mark({ name, at, ms: performance.now() - at, detail: key });
    }
  };
  Object.defineProperty(owner, key, { value: wrapped, configurable: true, writable: true });
}

if (navigator.mediaDevices) timeCalls(navigator.mediaDevices, 'getUserMedia', 'camera');
for (const key of ['compile', 'compileStreaming', 'instantiate', 'instantiateStreaming']) {
  timeCalls(WebAssembly, key, 'wasm-compile');
}
if (crypto.subtle) timeCalls(crypto.subtle, 'verify', 'verify');

new PerformanceObserver((list) => {
  for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
    mark({
      name: 'fetch',
      at: entry.startTime,
      ms: Math.max(0, entry.responseEnd - entry.startTime),
      detail: new URL(entry.name).pathname,
    });
  }
}).observe({ type: 'resource' });

document.addEventListener(
  'click',
  (event) => {
    const button = (event.target as Element | null)?.closest?.('button');
    if (button?.textContent?.trim() === 'Scan QR') mark({ name: 'click', at: performance.now() });
  },
  true,
);
document.addEventListener(
  'change',
  (event) => {
    if ((event.target as HTMLInputElement | null)?.type === 'file') {
      mark({ name: 'file', at: performance.now() });
    }
  },
  true,
);

let watched: HTMLVideoElement | null = null;
let lastStatus: Element | null = null;
type FrameCallback = (now: number, metadata: { presentationTime?: number }) => void;

new MutationObserver(() => {
  const video = document.querySelector('video');
  if (video && video !== watched) {
    watched = video;
    const onFrame: FrameCallback = (now, metadata) =>
      mark({ name: 'first-frame', at: Math.min(now, metadata.presentationTime ?? now) });
    (
      video as unknown as { requestVideoFrameCallback(callback: FrameCallback): number }
    ).requestVideoFrameCallback(onFrame);
  }
  const status = document.querySelector('[role="status"]');
  const text = status?.textContent ?? '';
  if (status && status !== lastStatus && HEADLINES.some((headline) => text.startsWith(headline))) {
    lastStatus = status;
    mark({ name: 'verdict-in-dom', at: performance.now() });
    // The card is in the DOM; the frame that shows it is painted right after this rAF callback.
    requestAnimationFrame(() =>
      setTimeout(() => {
        mark({ name: 'painted', at: performance.now() });
        probe.verdicts.push(text);
      }),
    );
  }
  if (!status) lastStatus = null;
}).observe(document, { childList: true, subtree: true, characterData: true });
