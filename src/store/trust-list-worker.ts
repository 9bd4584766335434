/**
 * The trust list worker: reads, verifies and stores a signed list (SPEC §10) away from the
 * page, so a list of 200,000 revoked codes never holds the screen. The page hands over the
 * response body unread; this worker decodes it, checks it, writes its revocation index to
 * IndexedDB through its own connection and switches the list in, then answers with a few
 * fields: the list itself never crosses back to the page.
 */
import { openVerifierDb } from './db.ts';
import {
  importTrustList,
  readCapped,
  type ImportMessage,
  type WorkerReport,
} from './trust-list-import.ts';

// The app's tsconfig has the DOM lib, not WebWorker: the two members of the scope used here.
interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: WorkerReport): void;
}

const scope = self as unknown as WorkerScope;

async function store({ dbName, request, body }: ImportMessage): Promise<WorkerReport> {
  let jws: string | undefined;
  try {
    jws = await readCapped(body, request.maxChars);
  } catch {
    return { kind: 'done', outcome: { ok: false, reason: 'OFFLINE' } };
  }
  scope.postMessage({ kind: 'read' });
  if (jws === undefined) return { kind: 'done', outcome: { ok: false, reason: 'GARBLED' } };
  const db = await openVerifierDb(dbName);
  try {
    return { kind: 'done', outcome: await importTrustList(db, jws, request) };
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
scope.postMessage({ kind: 'ready' });
