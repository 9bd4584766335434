/**
 * One event on this tablet (SPEC §11): its Yjs document, kept in IndexedDB by y-indexeddb so that
 * a reload or a restart offline loses nothing, and synced with every other gate through the
 * event's Hocuspocus hub. Entries are only ever added (and dropped past the log's retention), each
 * under its own random id, so any two copies merge into their union: none lost, none doubled.
 * Loaded lazily, only on a tablet that is a gate of an event.
 */
import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { EventConfig } from '../store/db.ts';
import {
  ENTRIES_MAP,
  ENTRY_ID_PATTERN,
  deriveHubToken,
  deriveTagKey,
  isEventEntry,
  randomBase64url,
  tagOf,
  type EventEntry,
} from './shared.ts';
import { entriesToCsv } from './csv.ts';

/** How the tablet stands with the hub. */
export type HubStatus = 'connecting' | 'connected' | 'offline' | 'refused';

/** What the screens show of the event. */
export interface SessionSnapshot {
  /** Entries of the whole event. */
  all: number;
  /** Entries made at this tablet's gate. */
  gate: number;
  status: HubStatus;
  /** When this tablet last held everything the hub held (and the hub everything it held). */
  lastSyncedAt: number | null;
}

/** The earliest check of a credential at any gate of the event. */
export interface FirstCheck {
  gate: string;
  time: number;
}

/** An entry as the check pipeline adds it: the gate and the id are the session's. */
export type NewEntry = Omit<EventEntry, 'gate'>;

/** Where the tablet's copy of an event lives in IndexedDB. */
export function eventDocName(eventId: string): string {
  return `kycvs-event-${eventId}`;
}

const SYNCED_KEY = (id: string) => `kycvs-event-synced:${id}`;

/** The least time between two snapshots of a session (ms). */
const SNAPSHOT_GAP_MS = 250;

/** What `openSession` needs besides the event. */
export interface SessionOptions {
  now: () => number;
  onChange: (snapshot: SessionSnapshot) => void;
  /** The WebSocket constructor (tests in Node pass one). */
  WebSocket?: unknown;
  /** Keeps the tablet offline (tests, and a tablet with no hub). */
  connect?: boolean;
}

/** An open event session. */
export interface EventSession {
  snapshot(): SessionSnapshot;
  /** The credential's SPEC §11 tag and its earliest check at any gate, if it had one. */
  lookup(credentialId: string): Promise<{ tag: string; first: FirstCheck | null }>;
  /** Adds one check's entry under a new random id. */
  add(entry: NewEntry): void;
  /** Drops the entries made before `before` (the log's retention); returns how many went. */
  purge(before: number): number;
  /** The whole event, one row an entry. */
  csv(): string;
  /** Dials the hub again now (the network came back). */
  reconnect(): void;
  /** Stops syncing; the local copy stays. */
  close(): Promise<void>;
  /** Stops syncing and deletes the tablet's copy of the event. */
  destroy(): Promise<void>;
}

/** Opens the event: its local copy first (offline it is all there is), then the hub. */
export async function openSession(
  config: EventConfig,
  options: SessionOptions,
): Promise<EventSession> {
  const { now, onChange } = options;
  const doc = new Y.Doc();
  const local = new IndexeddbPersistence(eventDocName(config.id), doc);
  await local.whenSynced;
  const [tagKey, token] = await Promise.all([
    deriveTagKey(config.secret, config.id),
    deriveHubToken(config.secret, config.id),
  ]);
  const entries = doc.getMap<EventEntry>(ENTRIES_MAP);

  // The index: the earliest check per tag, and the counts. Entries out of shape are not counted.
  let firstByTag = new Map<string, FirstCheck>();
  let all = 0;
  let atGate = 0;
  const note = (entry: EventEntry) => {
    all += 1;
    if (entry.gate === config.gate) atGate += 1;
    if (entry.tag === null) return;
    const held = firstByTag.get(entry.tag);
    if (!held || entry.time < held.time)
      firstByTag.set(entry.tag, { gate: entry.gate, time: entry.time });
  };
  const rebuild = () => {
    firstByTag = new Map();
    all = 0;
    atGate = 0;
    entries.forEach((entry, id) => {
      if (ENTRY_ID_PATTERN.test(id) && isEventEntry(entry)) note(entry);
    });
  };
  rebuild();

  let status: HubStatus = options.connect === false ? 'offline' : 'connecting';
  let lastSyncedAt: number | null = readSynced(config.id);
  const snapshot = (): SessionSnapshot => ({ all, gate: atGate, status, lastSyncedAt });
  // Snapshots are spaced: a busy event re-renders the gate a few times a second, not once an
  // entry, and "Last synced" is written to storage once a snapshot, not once an update.
  let pending = false;
  let closed = false;
  let syncedChanged = false;
  let publishedAt = -Infinity;
  const publish = () => {
    pending = false;
    if (closed) return;
    publishedAt = performance.now();
    if (syncedChanged && lastSyncedAt !== null) writeSynced(config.id, lastSyncedAt);
    syncedChanged = false;
    onChange(snapshot());
  };
  const changed = () => {
    if (pending) return;
    pending = true;
    const wait = publishedAt + SNAPSHOT_GAP_MS - performance.now();
    if (wait <= 0) queueMicrotask(publish);
    else setTimeout(publish, wait);
  };

  entries.observe((event) => {
    let removed = false;
    for (const [id, change] of event.changes.keys) {
      if (change.action === 'add') {
        const entry = entries.get(id);
        if (ENTRY_ID_PATTERN.test(id) && isEventEntry(entry)) note(entry);
      } else {
        removed = true;
      }
    }
    if (removed) rebuild();
    changed();
  });

  let provider: HocuspocusProvider | null = null;
  let socket: HocuspocusProviderWebsocket | null = null;
  const markSynced = () => {
    if (!provider || !provider.isSynced || provider.unsyncedChanges > 0) return;
    lastSyncedAt = now();
    syncedChanged = true;
    changed();
  };
  if (options.connect !== false) {
    socket = new HocuspocusProviderWebsocket({
      url: config.hub,
      // Back within seconds after a hub restart or a network gap, never hammering the hub.
      delay: 500,
      factor: 2,
      minDelay: 250,
      maxDelay: 5000,
      jitter: true,
      maxAttempts: 0,
      messageReconnectTimeout: 15_000,
      ...(options.WebSocket ? { WebSocketPolyfill: options.WebSocket } : {}),
    });
    provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: config.id,
      document: doc,
      token,
      onStatus: ({ status: next }) => {
        if (status === 'refused') return;
        // Retries after a lost connection read as offline: the gate works on its own meanwhile.
        if (next === 'connected') status = 'connected';
        else if (next === 'connecting' && status === 'connecting') status = 'connecting';
        else status = 'offline';
        changed();
      },
      onAuthenticationFailed: () => {
        status = 'refused';
        changed();
      },
      onSynced: markSynced,
      onUnsyncedChanges: markSynced,
    });
    // A provider given its own socket starts only once attached to it.
    provider.attach();
    // Each update from the hub while in step is a sync too.
    doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === provider) markSynced();
    });
  }

  const stop = async () => {
    closed = true;
    provider?.destroy();
    socket?.destroy();
    provider = null;
    socket = null;
  };

  return {
    snapshot,
    async lookup(credentialId) {
      const tag = await tagOf(tagKey, credentialId);
      return { tag, first: firstByTag.get(tag) ?? null };
    },
    add(entry) {
      const value: EventEntry = { gate: config.gate, ...entry };
      if (!isEventEntry(value)) return;
      entries.set(randomBase64url(16), value);
    },
    purge(before) {
      const old: string[] = [];
      entries.forEach((entry, id) => {
        if (!isEventEntry(entry) || entry.time < before) old.push(id);
      });
      if (old.length > 0) doc.transact(() => old.forEach((id) => entries.delete(id)));
      return old.length;
    },
    csv() {
      const rows: Array<[string, EventEntry]> = [];
      entries.forEach((entry, id) => {
        if (ENTRY_ID_PATTERN.test(id) && isEventEntry(entry)) rows.push([id, entry]);
      });
      return entriesToCsv(rows);
    },
    reconnect() {
      if (socket && status !== 'connected' && status !== 'refused') void socket.connect();
    },
    async close() {
      await stop();
      await local.destroy();
      doc.destroy();
    },
    async destroy() {
      await stop();
      await local.destroy();
      doc.destroy();
      forgetSynced(config.id);
      await deleteDatabase(eventDocName(config.id));
    },
  };
}

/** Deletes an IndexedDB database and waits until it is gone (y-indexeddb's clearData does not wait). */
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
    // Another tab holds it open: it goes when that tab lets go; this one need not wait.
    request.onblocked = () => resolve();
  });
}

function readSynced(id: string): number | null {
  try {
    const value = Number(globalThis.localStorage?.getItem(SYNCED_KEY(id)));
    return Number.isSafeInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

function writeSynced(id: string, at: number): void {
  try {
    globalThis.localStorage?.setItem(SYNCED_KEY(id), String(at));
  } catch {
    // Storage full or denied: "Last synced" shows this session's time only.
  }
}

function forgetSynced(id: string): void {
  try {
    globalThis.localStorage?.removeItem(SYNCED_KEY(id));
  } catch {
    // Nothing held.
  }
}
