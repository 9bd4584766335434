/**
 * Stand-ins for the frame decoder's tests: a decode worker answered by hand, a main-thread chain
 * answering from a script, a small frame, a result as the worker posts it, and ways to look at a
 * promise without waiting for it.
 */
import type { DecodeRequest, WorkerReply } from '../../src/scanner/decode-messages.ts';
import { chainOf } from '../../src/scanner/decoder-chain.ts';
import type { WorkerLike } from '../../src/scanner/frame-decoder.ts';
import type { Decoder } from '../../src/scanner/types.ts';

/** A worker the test answers by hand; it records what the adapter posted and transferred. */
export class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  posted: Array<{ message: DecodeRequest; transfer: Transferable[] }> = [];
  terminated = false;

  postMessage(message: DecodeRequest, transfer: Transferable[]): void {
    this.posted.push({ message, transfer });
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(message: WorkerReply): void {
    this.onmessage?.({ data: message } as MessageEvent);
  }
  fail(): void {
    this.onerror?.({ preventDefault() {} } as ErrorEvent);
  }
  get last(): DecodeRequest {
    return this.posted[this.posted.length - 1]!.message;
  }
}

/** A result as the worker posts it: text, bytes and the decoder. */
export const found = (text: string, decoder: string) => ({
  text,
  bytes: new TextEncoder().encode(text),
  exact: true,
  decoder,
});

export const frame = () => ({ data: new Uint8ClampedArray(4 * 3 * 2), width: 3, height: 2 });

/** A main-thread chain with one decoder that answers from a script (or waits when told to). */
export function mainChain(answers: Array<string | null | Promise<string | null>>) {
  let calls = 0;
  const decoder: Decoder = {
    name: 'main-fake',
    decode: async () => {
      const answer = await answers[Math.min(calls++, answers.length - 1)];
      return answer ? { text: answer, bytes: new TextEncoder().encode(answer), exact: true } : null;
    },
  };
  let clock = 0;
  const chain = chainOf([decoder], () => (clock += 5));
  return { chain, calls: () => calls };
}

/** Resolves once every queued promise callback has run. */
export const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Whether `promise` has settled by now, and with what. */
export async function peek<T>(promise: Promise<T>): Promise<{ done: boolean; value?: T }> {
  let state: { done: boolean; value?: T } = { done: false };
  promise.then((value) => (state = { done: true, value }));
  await settled();
  return state;
}
