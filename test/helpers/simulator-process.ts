/** Starts the real simulator CLI as a child process, for end-to-end tests. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A simulator child process that answered KYCVS_READY. */
export interface RunningSimulator {
  /** Base URL, e.g. http://localhost:41234. */
  url: string;
  port: number;
  dataDir: string;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, then waits for the exit; removes the data dir if this helper created it. */
  stop(): Promise<void>;
  /** SIGKILL at once. */
  kill(): void;
}

const CLI = fileURLToPath(new URL('../../bin/kycvs-simulator.js', import.meta.url));
const READY_TIMEOUT_MS = 45_000;
const running = new Set<ChildProcess>();

process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Spawns `node bin/kycvs-simulator.js --port 0 --data-dir <dir> ...args` and waits for it. */
export function startSimulator(
  opts: { args?: string[]; dataDir?: string } = {},
): Promise<RunningSimulator> {
  const ownDir = opts.dataDir === undefined;
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'kycvs-sim-'));
  const child = spawn(
    process.execPath,
    [CLI, '--port', '0', '--data-dir', dataDir, ...(opts.args ?? [])],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  running.add(child);
  let output = '';
  let ready = false;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  void exited.then(() => {
    running.delete(child);
    if (ownDir) rmSync(dataDir, { recursive: true, force: true });
  });

  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Simulator not ready after ${READY_TIMEOUT_MS} ms. Output:\n${output}`));
    }, READY_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /^KYCVS_READY (\S+)$/m.exec(output);
      if (match && !ready) {
        ready = true;
        clearTimeout(timer);
        const url = match[1]!;
        resolvePromise({
          url,
          port: Number(new URL(url).port),
          dataDir,
          output: () => output,
          stop: async () => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            await exited;
          },
          kill: () => {
            child.kill('SIGKILL');
          },
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Simulator exited (${code ?? signal}) before ready. Output:\n${output}`));
    });
  });
}
