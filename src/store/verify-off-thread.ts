/**
 * Verifies a signed trust list (SPEC §10) in a module worker when the browser has one, else on
 * this thread: the same `verifyTrustList`, the same verdict. A worker that cannot start or
 * fails falls back to this thread, so a list is never lost to the worker.
 */
import {
  verifyTrustList,
  type TrustListOptions,
  type TrustListVerdict,
} from '../protocol/index.ts';

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    // Vite bundles the worker as a chunk of its own, precached with the others.
    return new Worker(new URL('./trust-list-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** `verifyTrustList(jws, options)`, away from the page when a worker can run it. */
export function verifyOffThread(jws: string, options: TrustListOptions): Promise<TrustListVerdict> {
  const worker = startWorker();
  if (!worker) return verifyTrustList(jws, options);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (verdict: Promise<TrustListVerdict> | TrustListVerdict) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      resolve(verdict);
    };
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const verdict = event.data as TrustListVerdict | null;
      const readable = typeof verdict === 'object' && verdict !== null && 'ok' in verdict;
      finish(readable ? verdict : verifyTrustList(jws, options));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(verifyTrustList(jws, options));
    };
    worker.onmessageerror = () => finish(verifyTrustList(jws, options));
    worker.postMessage({ jws, options });
  });
}
