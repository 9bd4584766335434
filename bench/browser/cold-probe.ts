/**
 * Injected into the PWA before its own scripts when a cold-start run is armed: as soon as the
 * "Scan QR" button is on screen it clicks it, and records when the button showed and when the
 * scan screen was painted, measured from the start of the navigation.
 */

/** What one load recorded. Times are `performance.now()` ms since the navigation started. */
export interface ColdProbe {
  buttonAt: number | null;
  scanAt: number | null;
  controlled: boolean;
  /** `navigator.onLine` once the scan screen showed. */
  online: boolean;
  /** From the navigation entry: when the service worker began handling the navigation. */
  workerStart: number;
  transferSize: number;
}

const ARM_KEY = 'kycvs-bench-cold-start';
const SCAN_TITLE = 'Scan a status QR code';

if (sessionStorage.getItem(ARM_KEY) === 'armed') {
  const probe: ColdProbe = {
    buttonAt: null,
    scanAt: null,
    controlled: navigator.serviceWorker?.controller != null,
    online: navigator.onLine,
    workerStart: 0,
    transferSize: -1,
  };
  (window as unknown as { coldProbe: ColdProbe }).coldProbe = probe;
  const afterPaint = (record: (at: number) => void) =>
    requestAnimationFrame(() => setTimeout(() => record(performance.now())));
  const observer = new MutationObserver(() => {
    if (probe.buttonAt === null) {
      const button = [...document.querySelectorAll('button')].find(
        (candidate) => candidate.textContent?.trim() === 'Scan QR' && !candidate.disabled,
      );
      if (button) {
        probe.buttonAt = performance.now();
        button.click();
      }
    } else if (probe.scanAt === null) {
      const title = document.querySelector('h1');
      if (title?.textContent === SCAN_TITLE) {
        observer.disconnect();
        afterPaint((at) => {
          probe.scanAt = at;
          const entry = performance.getEntriesByType('navigation')[0] as
            PerformanceNavigationTiming | undefined;
          probe.online = navigator.onLine;
          probe.workerStart = entry?.workerStart ?? 0;
          probe.transferSize = entry?.transferSize ?? -1;
        });
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}
