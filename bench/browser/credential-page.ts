/**
 * In-page verification time of `verifyCredential` for one code: the first call (its format's
 * chunk loaded and its key imported) apart, then the median of the calls after it.
 */
import { verifyCredential } from '../../src/protocol/index.ts';
import type { TrustStore } from '../../src/protocol/index.ts';

/** The first call's time and every later call's, in ms. */
export interface CredentialTimes {
  firstMs: number;
  samplesMs: number[];
}

function decodeInput(input: { text?: string; base64?: string }): string | Uint8Array {
  if (input.text !== undefined) return input.text;
  return Uint8Array.from(atob(input.base64!), (c) => c.charCodeAt(0));
}

/** Verifies the code `runs + 1` times in a row; throws when it does not verify as `status`. */
async function time(
  input: { text?: string; base64?: string },
  trust: TrustStore,
  nowMs: number,
  status: number,
  runs: number,
): Promise<CredentialTimes> {
  const code = decodeInput(input);
  const now = new Date(nowMs);
  const once = async () => {
    const started = performance.now();
    const verdict = await verifyCredential(code, trust, { now });
    const ms = performance.now() - started;
    // A benchmark of a failing path would measure the wrong thing.
    if (!verdict.ok || verdict.status !== status) {
      throw new Error(`code rejected: ${verdict.ok ? verdict.status : verdict.code}`);
    }
    return ms;
  };
  const firstMs = await once();
  const samplesMs: number[] = [];
  for (let i = 0; i < runs; i++) samplesMs.push(await once());
  return { firstMs, samplesMs };
}

(window as unknown as { credentialBench: { time: typeof time } }).credentialBench = { time };
