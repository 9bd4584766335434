/**
 * The simulator's console log. Lines are gathered and written once per turn of the event loop:
 * a write per request is a system call per request, which under load cost more than signing.
 */

const MAX_PENDING_LINES = 512;

/** A log function that batches its lines; `flush()` writes what is pending at once. */
export interface BatchedLog {
  (line: string): void;
  flush(): void;
}

/** Creates a batched log over `stream` (standard output by default), flushed on exit. */
export function createBatchedLog(stream: NodeJS.WritableStream = process.stdout): BatchedLog {
  let pending: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const text = `${pending.join('\n')}\n`;
    pending = [];
    stream.write(text);
  };
  const log = ((line: string) => {
    pending.push(line);
    if (pending.length >= MAX_PENDING_LINES) flush();
    else if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  }) as BatchedLog;
  log.flush = flush;
  process.once('exit', flush);
  return log;
}
