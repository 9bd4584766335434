/**
 * Stores a signed trust list (SPEC §10) from a response whose body is still unread: in the
 * trust list worker when the browser runs one, else on this thread. The page hands the body
 * over as a stream, so neither the text of the list nor the list itself is ever held on the
 * page: the screen keeps answering while 200,000 revoked codes are checked and stored.
 */
import type { VerifierDatabase } from './db.ts';
import {
  importTrustList,
  readCapped,
  type ImportMessage,
  type ImportOutcome,
  type ImportRequest,
  type WorkerReport,
} from './trust-list-import.ts';

/** The worker stopped before it answered, or could not store the list: the held list stays. */
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

/** The same steps as the worker's, on this thread (no worker, or one that cannot start). */
async function importHere(
  db: VerifierDatabase,
  body: ReadableStream<Uint8Array>,
  request: ImportRequest,
  onRead: () => void,
): Promise<ImportOutcome> {
  let jws: string | undefined;
  try {
    jws = await readCapped(body, request.maxChars);
  } catch {
    return { ok: false, reason: 'OFFLINE' };
  }
  onRead();
  if (jws === undefined) return { ok: false, reason: 'GARBLED' };
  return importTrustList(db, jws, request);
}

/**
 * Reads, verifies and stores the list in `body`; `onRead` is called once the body is in (the
 * caller's time limit covers the reading, not the storing). Rejects with
 * `TrustListStoreError` when the list could not be stored; the held list is then untouched.
 */
export function importOffThread(
  db: VerifierDatabase,
  body: ReadableStream<Uint8Array>,
  request: ImportRequest,
  onRead: () => void,
): Promise<ImportOutcome> {
  const worker = startWorker();
  if (!worker) return importHere(db, body, request, onRead);
  return new Promise((resolve, reject) => {
    let handedOver = false;
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      settle();
    };
    // Before the body is handed over the page can still do the work; after, it is the worker's.
    const fail = () => {
      if (handedOver) finish(() => reject(new TrustListStoreError('the worker stopped')));
      else finish(() => resolve(importHere(db, body, request, onRead)));
    };
    worker.onmessage = (event: MessageEvent<WorkerReport>) => {
      const report = event.data;
      if (report?.kind === 'ready' && !handedOver) {
        handedOver = true;
        const message: ImportMessage = { dbName: db.name, request, body };
        worker.postMessage(message, [body as unknown as Transferable]);
      } else if (report?.kind === 'read') {
        onRead();
      } else if (report?.kind === 'done') {
        finish(() => resolve(report.outcome));
      } else if (report?.kind === 'failed') {
        finish(() => reject(new TrustListStoreError('the list could not be stored')));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail();
    };
    worker.onmessageerror = fail;
  });
}
