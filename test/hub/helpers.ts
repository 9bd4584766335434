/** Real hubs, real Hocuspocus providers and a real redis-server for the event hub's tests. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import initSqlJs from 'sql.js';
import { afterEach } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { createHub } from '../../simulator/hub/create-hub.ts';
import type { Hub, HubOptions } from '../../simulator/hub/create-hub.ts';
import { HUB_DB_FILE } from '../../simulator/hub/hub-database.ts';
import { HUB_PATH, listenHub } from '../../simulator/hub/mount-hub.ts';
import { ENTRIES_MAP, deriveHubToken, randomBase64url } from '../../src/events/shared.ts';
import {
  HUB_CLI,
  freePort,
  spawnHub as spawnHubChild,
  startRedis as startRedisProcess,
  stopChild,
  type HubChild,
} from '../helpers/event-hubs.ts';
import type { EventEntry } from '../../src/events/shared.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Runs `cleanup` after the current test, last registered first. */
export function onCleanup(cleanup: () => Promise<void> | void): void {
  cleanups.push(cleanup);
}

/** A temp dir removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kycvs-hub-test-'));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Polls `condition` every 20 ms; rejects naming `what` when it has not held within `ms`. */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string,
  ms = 10_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

/** An event as a tablet creates it: a random id and secret, and the hub token derived from them. */
export async function newEvent(): Promise<{ id: string; secret: string; token: string }> {
  const id = randomBase64url(16);
  const secret = randomBase64url(32);
  return { id, secret, token: await deriveHubToken(secret, id) };
}

/** A well-formed entry of SPEC §11. */
export function entry(gate: string, tag: string | null = randomBase64url(16)): EventEntry {
  return {
    gate,
    time: Date.UTC(2026, 2, 1, 10),
    method: 'qr',
    format: 'kycvs',
    verdict: 'full',
    tag,
  };
}

/** A hub in this process, listening on 127.0.0.1 at a free port. */
export interface TestHub {
  hub: Hub;
  url: string;
  close(): Promise<void>;
}

/** Starts `createHub(options)` behind `listenHub`, closed after the test unless closed before. */
export async function startHub(options: Partial<HubOptions> = {}): Promise<TestHub> {
  const hub = await createHub({ dataDir: options.dataDir ?? tempDir(), quiet: true, ...options });
  const listening = await listenHub(hub, 0);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await listening.close();
  };
  onCleanup(close);
  return { hub, url: `ws://127.0.0.1:${listening.port}${HUB_PATH}`, close };
}

/** A tablet's side: its own Y.Doc and a provider syncing it with a hub. */
export interface Tablet {
  doc: Y.Doc;
  entries: Y.Map<EventEntry>;
  provider: HocuspocusProvider;
  /** The reasons the hub gave for refusing, in order. */
  refusals: string[];
  /** The close codes of the tablet's WebSocket, in order. */
  closeCodes: number[];
  /** Whether the hub has let this tablet in. */
  authenticated(): boolean;
  /** Whether the first sync with the hub completed. */
  synced(): boolean;
  /** Stops syncing; the Y.Doc stays, as on a tablet going offline. */
  disconnect(): void;
}

/** Connects a tablet to `url` for `eventId`; a `doc` from an earlier connection keeps its entries. */
export function connect(
  url: string,
  eventId: string,
  token: string | null,
  doc: Y.Doc = new Y.Doc(),
): Tablet {
  const refusals: string[] = [];
  const closeCodes: number[] = [];
  const websocketProvider = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    delay: 100,
    minDelay: 100,
    maxDelay: 1000,
  });
  const provider = new HocuspocusProvider({
    name: eventId,
    document: doc,
    token,
    websocketProvider,
    onAuthenticationFailed: ({ reason }) => refusals.push(reason),
    onClose: ({ event }) => closeCodes.push(event.code),
  });
  provider.attach();
  let disconnected = false;
  const disconnect = () => {
    if (disconnected) return;
    disconnected = true;
    // ws reports closing a socket still connecting as an 'error' the provider does not hear.
    (websocketProvider.webSocket as WebSocket | null)?.on('error', () => {});
    provider.destroy();
    websocketProvider.destroy();
  };
  onCleanup(disconnect);
  return {
    doc,
    entries: doc.getMap<EventEntry>(ENTRIES_MAP),
    provider,
    refusals,
    closeCodes,
    authenticated: () => provider.isAuthenticated,
    synced: () => provider.isSynced && !provider.hasUnsyncedChanges,
    disconnect,
  };
}

export { freePort };

/** Starts Debian's redis-server on a free loopback port, without persistence; stopped after the test. */
export async function startRedis(): Promise<string> {
  const redis = await startRedisProcess();
  onCleanup(() => redis.stop());
  return redis.url;
}

/** A `node bin/kycvs-hub.js` child process that printed its URL. */
export type HubProcess = HubChild;

/** Runs the hub CLI with `args` until it prints its URL; killed after the test. */
export async function spawnHub(args: string[]): Promise<HubProcess> {
  const hub = await spawnHubChild(args);
  onCleanup(() => stopChild(hub.child, 'SIGKILL'));
  return hub;
}

/** Runs the hub CLI to its end; resolves with its exit code and everything it printed. */
export function runHubCli(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [HUB_CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  onCleanup(() => stopChild(child, 'SIGKILL'));
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((done) => child.once('exit', (code) => done({ code, output })));
}

export { stopChild };

/** The entry ids the hub's SQLite file holds for an event, read from the file's bytes ([] before the file exists). */
export async function storedEntryIds(dataDir: string, eventId: string): Promise<string[]> {
  const path = join(dataDir, HUB_DB_FILE);
  if (!existsSync(path)) return [];
  const SQL = await initSqlJs();
  const db = new SQL.Database(readFileSync(path));
  try {
    const rows = db.exec('SELECT state FROM documents WHERE name = ?', [eventId]);
    const state = rows[0]?.values[0]?.[0];
    if (!(state instanceof Uint8Array)) return [];
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    return [...doc.getMap(ENTRIES_MAP).keys()].sort();
  } finally {
    db.close();
  }
}
