/**
 * Child processes of the bench: the simulator CLI, a bare node:http server and the fake-clock
 * simulator. Load runs in the bench process, servers in children, so they share the cores.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'bin/kycvs-simulator.js');
const READY_TIMEOUT_MS = 90_000;
/** What is kept of a child's output for error messages; the rest (request log lines) is dropped. */
const KEEP_OUTPUT_CHARS = 16_000;
const children = new Set<ChildProcess>();

process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** A server running in a child process. */
export interface ChildServer {
  url: string;
  port: number;
  pid: number;
  child: ChildProcess;
  /** The simulator's data dir (CLI simulators only). */
  dataDir?: string;
  /** The start of what the process printed. */
  output(): string;
  stop(): Promise<void>;
}

/** Spawns `command args`, drains its output, and resolves when a line matches `ready`. */
export function spawnServer(
  command: string,
  args: string[],
  ready: RegExp,
  options: { ipc?: boolean; cleanup?: () => void; dataDir?: string } = {},
): Promise<ChildServer> {
  const child = spawn(command, args, {
    cwd: ROOT,
    stdio: options.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  children.add(child);
  let output = '';
  let found = false;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  void exited.then(() => {
    children.delete(child);
    options.cleanup?.();
  });
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} not ready after ${READY_TIMEOUT_MS} ms:\n${output}`));
    }, READY_TIMEOUT_MS);
    // Every line is read and dropped after the first few kB: a pipe left full would stall the
    // server, and the request log would grow without bound.
    const onData = (chunk: Buffer) => {
      if (output.length < KEEP_OUTPUT_CHARS) output += chunk.toString('utf8');
      if (found) return;
      const match = ready.exec(output);
      if (!match) return;
      found = true;
      clearTimeout(timer);
      const url = match[1]!;
      resolvePromise({
        url,
        port: Number(new URL(url).port),
        pid: child.pid!,
        child,
        ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
        output: () => output,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          const timeout = setTimeout(() => child.kill('SIGKILL'), 5000);
          await exited;
          clearTimeout(timeout);
        },
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!found) reject(new Error(`${command} exited (${code ?? signal}):\n${output}`));
    });
  });
}

/** Starts `bin/kycvs-simulator.js --port 0` on a fresh data dir with extra CLI arguments. */
export function startSimulatorCli(args: string[]): Promise<ChildServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kycvs-bench-sim-'));
  return spawnServer(
    process.execPath,
    [CLI, '--port', '0', '--data-dir', dataDir, ...args],
    /^KYCVS_READY (\S+)$/m,
    { cleanup: () => rmSync(dataDir, { recursive: true, force: true }), dataDir },
  );
}

/** The smallest useful JSON answer from node:http: the ceiling any handler can reach here. */
const HELLO_SERVER = `
const http = require('node:http');
const body = Buffer.from('{"hello":"world"}');
const server = http.createServer((request, response) => {
  response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length });
  response.end(body);
});
server.listen(0, '127.0.0.1', () => console.log('HELLO_READY http://127.0.0.1:' + server.address().port));
process.on('SIGTERM', () => process.exit(0));
`;

/** Starts the bare node:http baseline in its own process. */
export function startHelloServer(): Promise<ChildServer> {
  return spawnServer(process.execPath, ['-e', HELLO_SERVER], /^HELLO_READY (\S+)$/m);
}

/** The same answer through Hono and @hono/node-server, as the simulator serves: the framework's cost. */
const HONO_HELLO_SERVER = `
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
const app = new Hono().get('/', (c) => c.json({ hello: 'world' }));
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
  console.log('HELLO_READY http://127.0.0.1:' + info.port),
);
process.on('SIGTERM', () => process.exit(0));
`;

/** Starts the Hono baseline in its own process. */
export function startHonoHelloServer(): Promise<ChildServer> {
  return spawnServer(
    process.execPath,
    ['--input-type=module', '-e', HONO_HELLO_SERVER],
    /^HELLO_READY (\S+)$/m,
  );
}

/** Starts bench/sim-clock-child.ts: the simulator's app on a clock the bench moves over IPC. */
export function startClockSimulator(args: string[]): Promise<ChildServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kycvs-bench-clock-'));
  return spawnServer(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      join(ROOT, 'bench/sim-clock-child.ts'),
      '--data-dir',
      dataDir,
      ...args,
    ],
    /^KYCVS_READY (\S+)$/m,
    { ipc: true, cleanup: () => rmSync(dataDir, { recursive: true, force: true }), dataDir },
  );
}

/** Resident set size of a process in MB, from /proc (Linux); null where unreadable. */
export function rssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}
