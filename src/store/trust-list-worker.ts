/**
 * The trust list worker: fetches, verifies and stores a signed list (SPEC §10) away from the
 * page, so a list of 200,000 revoked codes never holds the screen. It reads the body, checks
 * the list, writes its revocation index to IndexedDB through its own connection and switches
 * the list in, then answers with a few fields: neither the text nor the list reaches the page.
 */
import { openVerifierDb } from './db.ts';
import { fetchAndImport, type ImportMessage, type WorkerReport } from './trust-list-import.ts';

// The app's tsconfig has the DOM lib, not WebWorker: the two members of the scope used here.
interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: WorkerReport): void;
}

const scope = self as unknown as WorkerScope;

async function store({ dbName, request }: ImportMessage): Promise<WorkerReport> {
  const db = await openVerifierDb(dbName);
  try {
    const outcome = await fetchAndImport(db, request, globalThis.fetch.bind(globalThis));
    return { kind: 'done', outcome };
  } finally {
    db.close();
  }
}

scope.onmessage = (event) => {
  void store(event.data as ImportMessage).then(
    (report) => scope.postMessage(report),
    () => scope.postMessage({ kind: 'failed' }),
  );
};
