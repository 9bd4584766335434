/**
 * The trust list worker: verifies and parses a signed list (SPEC §10) away from the page, so a
 * list of 200,000 revoked codes never holds the screen while it is checked. It answers each
 * request with the verdict of `verifyTrustList`, which is plain data.
 */
import { verifyTrustList, type TrustListOptions } from '../protocol/index.ts';

// The app's tsconfig has the DOM lib, not WebWorker: the two members of the scope used here.
interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const request = event.data as { jws?: unknown; options?: TrustListOptions } | null;
  const jws = typeof request?.jws === 'string' ? request.jws : '';
  void verifyTrustList(jws, request?.options ?? {}).then((verdict) => scope.postMessage(verdict));
};
