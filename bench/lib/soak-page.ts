/**
 * The soak bench's hands in the page: the heap after a garbage collection, the log's counts and
 * a stale entry written straight into IndexedDB, and the script that reads verdicts in the page
 * itself.
 */
import type { CDPSession, Page } from 'playwright-core';
import { STEP_TIMEOUT } from './app.ts';

/** The verifier's IndexedDB database (src/store/db.ts). */
const DB_NAME = 'kycvs-verifier';

/** The page's JS heap after a full garbage collection, in MB. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

/** Counts the log's entries in the page: all, those since `since`, and the stale ones. */
export function logStats(page: Page, since: number) {
  return page.evaluate(
    ({ name, since }) =>
      new Promise<{
        total: number;
        since: number;
        verdicts: Record<string, number>;
        stale: number;
      }>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('log').objectStore('log').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            const entries = all.result as { time: number; verdict: string }[];
            const recent = entries.filter((entry) => entry.time >= since);
            const verdicts: Record<string, number> = {};
            for (const entry of recent)
              verdicts[entry.verdict] = (verdicts[entry.verdict] ?? 0) + 1;
            const stale = entries.filter((entry) => entry.time < since - 30 * 86_400_000).length;
            open.result.close();
            resolve({ total: entries.length, since: recent.length, verdicts, stale });
          };
        };
      }),
    { name: DB_NAME, since },
  );
}

/** Adds one log entry older than the retention, straight into the store. */
export function addStaleEntry(page: Page, time: number) {
  return page.evaluate(
    ({ name, time }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('log', 'readwrite');
          tx.objectStore('log').add({
            time,
            method: 'qr',
            format: 'kycvs',
            verdict: 'pass',
            status: 2,
            idHash: 'a'.repeat(64),
            initials: 'S.H.',
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: DB_NAME, time },
  );
}

/**
 * Injected before the app: counts camera openings, records every change of the scan screen's
 * `data-scanner` state, and
 * offers `__soakRun(n)`, which reads the next `n` verdicts in the page itself (no round trip to
 * the bench per code): the result card's text, then "Next", then the time until the scanner is
 * live again.
 */
export const SOAK_PAGE = `(() => {
  const states = [];
  window.__scanStates = states;
  window.__cameraOpens = 0;
  const media = navigator.mediaDevices;
  const open = media.getUserMedia.bind(media);
  media.getUserMedia = (constraints) => {
    window.__cameraOpens += 1;
    return open(constraints);
  };
  new MutationObserver((records) => {
    for (const record of records) {
      states.push({ state: record.target.getAttribute('data-scanner'), at: performance.now() });
    }
    if (states.length > 200) states.splice(0, states.length - 100);
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-scanner'] });
  const until = (test, timeout) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const tick = () => {
        const value = test();
        if (value) resolve(value);
        else if (performance.now() - started > timeout) reject(new Error('timed out'));
        else setTimeout(tick, 5);
      };
      tick();
    });
  window.__soakRun = async (count) => {
    const out = [];
    for (let i = 0; i < count; i++) {
      const status = await until(() => document.querySelector('[role="status"]'), 60000);
      const text = status.textContent || '';
      const next = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Next');
      if (!next) throw new Error('no Next button beside: ' + text.slice(0, 40));
      const at = performance.now();
      next.click();
      const live = await until(
        () => states.find((entry) => entry.state === 'live' && entry.at > at),
        ${STEP_TIMEOUT},
      );
      out.push({ text, nextToLiveMs: live.at - at });
    }
    return out;
  };
})();`;
