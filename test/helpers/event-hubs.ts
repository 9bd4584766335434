/**
 * Event hubs for tests (SPEC §11): `npm run hub`'s CLI as a child process (so it can be killed
 * with SIGKILL and started again on its port and data dir), Debian's redis-server on a loopback
 * port, and a Node client that joins an event from its invitation like a tablet does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { parseInvite } from '../../src/events/invite.ts';
import { ENTRIES_MAP, deriveHubToken, type EventEntry } from '../../src/events/shared.ts';

/** The `npm run hub` entry point. */
export const HUB_CLI = fileURLToPath(new URL('../../bin/kycvs-hub.js', import.meta.url));
const READY_MS = 30_000;
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** A free loopback TCP port (closed again before it is returned). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Everything a child printed, and when it exited. */
interface Child {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process has exited. */
  exited: Promise<number | string>;
}

/** Spawns `command` and resolves once its output matches `ready`; rejects if it exits first. */
function spawnUntil(
  command: string,
  args: string[],
  ready: RegExp,
): Promise<Child & { ready: RegExpExecArray }> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  const exited = new Promise<number | string>((done) =>
    child.once('exit', (code, signal) => {
      children.delete(child);
      done(code ?? signal ?? 'unknown');
    }),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} not ready after ${READY_MS} ms:\n${output}`));
    }, READY_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = ready.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({ child, output: () => output, exited, ready: match });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (${code}):\n${output}`));
    });
  });
}

/** Sends `signal` unless the child has exited, then waits for the exit. */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill(signal);
  await exited;
}

/** A `node bin/kycvs-hub.js` child that printed its URL. */
export interface HubChild extends Child {
  /** The URL the hub printed. */
  url: string;
}

/** Runs the hub CLI with `args`; resolves once it prints its URL, rejects if it exits first. */
export async function spawnHub(args: string[]): Promise<HubChild> {
  const started = await spawnUntil(process.execPath, [HUB_CLI, ...args], /(ws:\/\/\S+\/hub)/);
  return { ...started, url: started.ready[1]! };
}

/** A hub child process. */
export interface HubProcess {
  /** The hub's WebSocket URL on 127.0.0.1. */
  url: string;
  port: number;
  dataDir: string;
  /** SIGKILL: no flush, no goodbye. */
  kill(): Promise<void>;
  /** SIGTERM and wait. */
  stop(): Promise<void>;
}

/** Starts `node bin/kycvs-hub.js` on `port` (a free one when absent) with `dataDir`. */
export async function startHub(
  options: { port?: number; dataDir?: string; redis?: string } = {},
): Promise<HubProcess> {
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'kycvs-hub-'));
  const args = ['--port', String(port), '--data-dir', dataDir];
  if (options.redis) args.push('--redis', options.redis);
  const { child } = await spawnHub(args);
  return {
    url: `ws://127.0.0.1:${port}/hub`,
    port,
    dataDir,
    kill: () => stopChild(child, 'SIGKILL'),
    stop: () => stopChild(child, 'SIGTERM'),
  };
}

/** A redis-server on a loopback port, with nothing written to disk. */
export interface RedisProcess {
  url: string;
  stop(): Promise<void>;
}

/** Starts Debian's redis-server (no persistence) on a free loopback port. */
export async function startRedis(): Promise<RedisProcess> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'kycvs-redis-'));
  const { child } = await spawnUntil(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
    ],
    /Ready to accept connections/,
  );
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      await stopChild(child, 'SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A Node client in an event: a Y.Doc synced with a hub under the event's token. */
export interface EventClient {
  doc: Y.Doc;
  entries: Y.Map<EventEntry>;
  provider: HocuspocusProvider;
  /** Resolves once the client holds `count` entries (rejects after `timeoutMs`). */
  until(count: number, timeoutMs?: number): Promise<void>;
  destroy(): void;
}

/**
 * Joins the event of `link` through `hubUrl` (the invitation's hub when absent), with `doc` (a new
 * one when absent: pass one filled beforehand for a gate that worked apart).
 */
export async function eventClient(
  link: string,
  hubUrl?: string,
  doc: Y.Doc = new Y.Doc(),
): Promise<EventClient> {
  const invite = parseInvite(link);
  if (!invite) throw new Error('not an event link');
  const socket = new HocuspocusProviderWebsocket({
    url: hubUrl ?? invite.hub,
    WebSocketPolyfill: WebSocket,
    delay: 200,
    minDelay: 100,
    maxDelay: 2000,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: invite.id,
    document: doc,
    token: await deriveHubToken(invite.secret, invite.id),
  });
  provider.attach();
  const entries = doc.getMap<EventEntry>(ENTRIES_MAP);
  return {
    doc,
    entries,
    provider,
    until(count, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        if (entries.size >= count) return resolve();
        const timer = setTimeout(() => {
          entries.unobserve(check);
          reject(new Error(`${entries.size} of ${count} entries after ${timeoutMs} ms`));
        }, timeoutMs);
        const check = () => {
          if (entries.size < count) return;
          clearTimeout(timer);
          entries.unobserve(check);
          resolve();
        };
        entries.observe(check);
      });
    },
    destroy() {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}
