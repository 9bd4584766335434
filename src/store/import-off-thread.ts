/**
 * Fetches and stores a signed trust list (SPEC §10) in the trust list worker when the browser
 * runs one, else on this thread: the same `fetchAndImport`, the same outcome. In the worker,
 * neither the text of the list nor the list itself is ever held on the page, so the screen
 * keeps answering while 200,000 revoked codes are checked and stored.
 */
import type { VerifierDatabase } from './db.ts';
import type {
  ImportMessage,
  ImportOutcome,
  ImportRequest,
  WorkerReport,
} from './trust-list-import.ts';

/** The list could not be stored (the worker said so, or stopped); the held list stays. */
export class TrustListStoreError extends Error {
  override name = 'TrustListStoreError';
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    // Vite bundles the worker as a chunk of its own, precached with the others.
    return new Worker(new URL('./trust-list-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/**
 * `fetchAndImport(db, request)`, in the worker unless a `fetch` is given (a test's, which
 * cannot cross to a worker) or no worker can start. Rejects with `TrustListStoreError` when
 * the list could not be stored; the held list and its index are then untouched.
 */
export function importOffThread(
  db: VerifierDatabase,
  request: ImportRequest,
  doFetch?: typeof fetch,
): Promise<ImportOutcome> {
  // On this thread only when no worker runs: the import code is then loaded, never at start.
  const here = async () =>
    (await import('./trust-list-import.ts')).fetchAndImport(
      db,
      request,
      doFetch ?? globalThis.fetch.bind(globalThis),
    );
  const worker = doFetch ? null : startWorker();
  if (!worker) return here();
  return new Promise((resolve, reject) => {
    let answered = false;
    const finish = (settle: () => void) => {
      if (answered) return;
      answered = true;
      worker.terminate();
      settle();
    };
    worker.onmessage = (event: MessageEvent<WorkerReport>) => {
      const report = event.data;
      if (report?.kind === 'done') finish(() => resolve(report.outcome));
      else finish(() => reject(new TrustListStoreError('the trust list could not be stored')));
    };
    // A worker that cannot load (or crashes) leaves the list to this thread: never lost to it.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(() => resolve(here()));
    };
    worker.onmessageerror = () => finish(() => resolve(here()));
    const message: ImportMessage = { dbName: db.name, request };
    worker.postMessage(message);
  });
}
