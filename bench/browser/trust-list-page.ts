/**
 * The trust list bench page: stores a signed list through the PWA's own `refreshTrustList`
 * (fetched, verified and indexed in IndexedDB by its worker) while counting the longest gap between animation frames and
 * the longest task, then times revocation lookups one by one.
 */
import { openVerifierDb } from '../../src/store/db.ts';
import { loadTrustList, refreshTrustList, revocationLookup } from '../../src/store/trust-list.ts';

async function run(listUrl: string, pin: string, probes: string[]) {
  const db = await openVerifierDb(`trust-bench-${Math.random()}`);
  let longestTask = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  let longestGap = 0;
  let last = performance.now();
  let framing = true;
  const frame = (at: number) => {
    longestGap = Math.max(longestGap, at - last);
    last = at;
    if (framing) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const start = performance.now();
  // The list comes over HTTP from the bench's server, read and stored by the trust list worker.
  const result = await refreshTrustList(db, listUrl, { pin });
  const importMs = performance.now() - start;
  framing = false;
  observer.disconnect();
  const record = await loadTrustList(db, listUrl);
  if (!record || !result.ok) throw new Error(`not stored: ${JSON.stringify(result)}`);
  const lookup = revocationLookup(db, record);
  const times: number[] = [];
  let hits = 0;
  for (const key of probes) {
    const t0 = performance.now();
    if (await lookup('eudcc', key, undefined)) hits++;
    times.push((performance.now() - t0) * 1000);
  }
  return { importMs, longestGap, longestTask, times, hits };
}

(window as unknown as { trustBench: unknown }).trustBench = { run };
