/**
 * The event hub (SPEC §11): a Hocuspocus server for the events' Yjs documents, one per event,
 * named by the event id. A tablet opens its event with the hub token derived from the event
 * secret; the hub keeps only the token's hash (token-check.ts), the documents and nothing else,
 * in `<dataDir>/hub.sqlite`; with `redis`, every hub on that Redis serves the same documents.
 * It does not listen: `handleUpgrade` takes the upgrade requests of an http server.
 */
import type { IncomingMessage } from 'node:http';
import { mkdir } from 'node:fs/promises';
import type { Duplex } from 'node:stream';
import { Database } from '@hocuspocus/extension-database';
import { Hocuspocus } from '@hocuspocus/server';
import type { Extension } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { EVENT_ID_PATTERN, HUB_TOKEN_PATTERN } from '../../src/events/shared.ts';
import type { HubRefusal } from '../../src/events/shared.ts';
import { lockDataDir } from '../lock.ts';
import { filterEntries } from './entry-filter.ts';
import { HubDatabase } from './hub-database.ts';
import { HubRedis } from './hub-redis.ts';
import { parseRedisUrl } from './redis-url.ts';
import { guardSocket } from './socket-guard.ts';
import type { SocketGuard } from './socket-guard.ts';
import { createTokenCheck } from './token-check.ts';

/** How long `close()` waits for Hocuspocus to unload the documents. */
const UNLOAD_TIMEOUT_MS = 2000;
/** The lock file that keeps a second hub off a data dir. */
export const HUB_LOCK_FILE = 'hub.lock';
/** The largest WebSocket message the hub reads; a bigger one closes the socket (1009). */
export const MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;
/** Hocuspocus's store debounce: a document is stored this long after its last change... */
const STORE_DEBOUNCE_MS = 1000;
/** ...and at the latest this long after its first unstored one. */
const STORE_MAX_DEBOUNCE_MS = 5000;

/** How a hub is set up. */
export interface HubOptions {
  /** Where `hub.sqlite` lives; created when missing. */
  dataDir: string;
  /** `redis://host:port`: share the documents with every hub on this Redis. */
  redis?: string;
  /** No log lines at all (tests). */
  quiet?: boolean;
  /** How many events the hub registers at most (default `DEFAULT_MAX_EVENTS`). */
  maxEvents?: number;
}

/** A running hub. */
export interface Hub {
  hocuspocus: Hocuspocus;
  /** Takes an http server's 'upgrade' request and makes it a hub connection. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every connection, stores every document, writes the file, leaves Redis. */
  close(): Promise<void>;
}

/** What each connection's hooks receive as context. */
interface HubContext {
  guard: SocketGuard;
}

/** The error a hook throws to refuse: no message, so Hocuspocus logs nothing. */
function refusal(reason: HubRefusal): Error {
  return Object.assign(new Error(), { reason });
}

/**
 * The extensions are typed against their own copy of @hocuspocus/server (3.4.4, one hook payload
 * field apart from the 3.4.3 the hub runs): the same hooks at runtime, distinct types to tsc.
 */
function asExtension(extension: object): Extension {
  return extension as Extension;
}

/** How long the hub waits at start for its Redis to answer. */
const REDIS_START_TIMEOUT_MS = 5000;

/** Resolves once Redis answers a PING; rejects, naming the address, when it does not in time. */
async function reachable(redis: HubRedis): Promise<void> {
  const { host, port } = redis.configuration;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer')), REDIS_START_TIMEOUT_MS);
  });
  try {
    await Promise.race([redis.pub.ping(), timeout]);
  } catch (error) {
    throw new Error(`cannot reach Redis at ${host}:${port}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/** Opens the hub's database (and Redis) and returns the hub; rejects on a corrupt file. */
export async function createHub(options: HubOptions): Promise<Hub> {
  const log = options.quiet ? () => {} : (line: string) => console.error(`kycvs-hub: ${line}`);
  const address = options.redis === undefined ? undefined : parseRedisUrl(options.redis);
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  const unlock = lockDataDir(options.dataDir, HUB_LOCK_FILE);
  let db: HubDatabase;
  try {
    // The message names the file and the errno, never what was being written.
    db = await HubDatabase.open(options.dataDir, (error) =>
      log(`cannot write ${db.path}: ${(error as NodeJS.ErrnoException).code ?? error.message}`),
    );
  } catch (error) {
    unlock();
    throw error;
  }

  let closing = false;
  const save = (name: string, document: Y.Doc) => {
    if (!closing) db.putDocument(name, Y.encodeStateAsUpdate(document));
  };
  const redis = address && new HubRedis(address, save, log);
  if (redis) {
    try {
      await reachable(redis);
    } catch (error) {
      await redis.onDestroy();
      await db.close();
      unlock();
      throw error;
    }
  }
  const checkToken = createTokenCheck(db, redis?.pub, options.maxEvents);
  const stopFilters = new Map<string, () => void>();

  const extensions: Extension[] = [
    asExtension(
      new Database({
        fetch: async ({ documentName }) => db.getDocument(documentName),
        store: async ({ documentName, state }) => {
          if (!closing) db.putDocument(documentName, state);
        },
      }),
    ),
  ];
  if (redis) extensions.push(asExtension(redis));

  const hocuspocus = new Hocuspocus({
    name: 'kycvs-hub',
    quiet: true,
    debounce: STORE_DEBOUNCE_MS,
    maxDebounce: STORE_MAX_DEBOUNCE_MS,
    extensions,
    // Runs before any document is loaded for the connection: a refusal loads nothing.
    async onAuthenticate({ documentName, token, context }) {
      const { guard } = context as HubContext;
      let reason: HubRefusal | null;
      if (!EVENT_ID_PATTERN.test(documentName)) reason = 'not-an-event';
      else if (typeof token !== 'string' || !HUB_TOKEN_PATTERN.test(token)) reason = 'bad-token';
      else if (closing) reason = 'hub-unavailable';
      else reason = await checkToken(documentName, token).catch(() => 'hub-unavailable' as const);
      if (reason !== null) {
        guard.refused();
        throw refusal(reason);
      }
      guard.opened(documentName);
    },
    async afterLoadDocument({ documentName, document }) {
      stopFilters.set(documentName, filterEntries(document));
    },
    async afterUnloadDocument({ documentName }) {
      stopFilters.get(documentName)?.();
      stopFilters.delete(documentName);
    },
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD_BYTES });
  let stopped: Promise<void> | undefined;

  /** Closes the sockets, stores every document, writes the file, leaves Redis. */
  const stop = async (): Promise<void> => {
    redis?.savePending();
    // Stored here, synchronously, rather than through the debounced hooks still pending.
    for (const [name, document] of hocuspocus.documents) save(name, document);
    closing = true;
    for (const websocket of sockets.clients) websocket.terminate();
    await new Promise<void>((done) => sockets.close(() => done()));
    // Let Hocuspocus unload the documents (and unsubscribe them) while Redis is still there.
    const deadline = Date.now() + UNLOAD_TIMEOUT_MS;
    while (hocuspocus.getDocumentsCount() > 0 && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 10));
    }
    try {
      await db.close();
    } finally {
      if (redis) await redis.onDestroy();
      for (const stopFilter of stopFilters.values()) stopFilter();
      unlock();
    }
  };

  return {
    hocuspocus,
    handleUpgrade(request, socket, head) {
      if (closing) {
        socket.destroy();
        return;
      }
      sockets.handleUpgrade(request, socket, head, (websocket) => {
        const context: HubContext = { guard: guardSocket(websocket) };
        hocuspocus.handleConnection(websocket, request, context);
      });
    },
    close() {
      stopped ??= stop();
      return stopped;
    },
  };
}
