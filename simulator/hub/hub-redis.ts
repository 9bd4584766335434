/**
 * Hocuspocus's Redis extension, as hubs that each keep their own SQLite file need it (SPEC §11,
 * "several hubs act as one"). Redis carries every update between the hubs; its store lock, which
 * guards one database shared by all instances, is dropped, since no two hubs share a file; and
 * what arrives from the other hubs is persisted here too, which the extension alone never does.
 */
import { Redis } from '@hocuspocus/extension-redis';
import type * as Y from 'yjs';
import type { RedisAddress } from './redis-url.ts';

/** The change payload as the extension's own copy of @hocuspocus/server types it. */
type ChangePayload = Parameters<Redis['onChange']>[0];

/** How long an update from another hub waits before this hub stores its document. */
const PEER_SAVE_DELAY_MS = 100;
/** How long a document stays subscribed after its last client left, for late updates. */
const DISCONNECT_DELAY_MS = 250;

/** The Redis extension for hubs with their own files; `save` stores a document here. */
export class HubRedis extends Redis {
  private readonly peerSaves = new Map<string, { timer: NodeJS.Timeout; run: () => void }>();

  constructor(
    address: RedisAddress,
    private readonly save: (documentName: string, document: Y.Doc) => void,
    log: (line: string) => void,
  ) {
    super({
      host: address.host,
      port: address.port,
      prefix: 'kycvs:hub:doc',
      disconnectDelay: DISCONNECT_DELAY_MS,
      // A token check waits for Redis through a few reconnects, then refuses ('hub-unavailable').
      options: { maxRetriesPerRequest: 3 },
    });
    // ioredis reconnects on its own; one line per outage instead of one per failed attempt.
    let down = false;
    for (const client of [this.pub, this.sub]) {
      client.on('error', (error: NodeJS.ErrnoException) => {
        if (down) return;
        down = true;
        log(`Redis at ${address.host}:${address.port}: ${error.code ?? error.message}`);
      });
      client.on('ready', () => {
        down = false;
      });
    }
  }

  /** No lock: each hub writes only its own file. */
  override async onStoreDocument(): Promise<void> {}

  /** No lock to release. */
  override async afterStoreDocument(): Promise<void> {}

  /** Publishes local changes (the extension's job) and stores those from other hubs. */
  override async onChange(data: ChangePayload): Promise<void> {
    if (data.transactionOrigin !== this.redisTransactionOrigin) {
      await super.onChange(data);
      return;
    }
    const name = data.documentName;
    if (this.peerSaves.has(name)) return;
    const run = () => {
      clearTimeout(entry.timer);
      this.peerSaves.delete(name);
      this.save(name, data.document);
    };
    const entry = { timer: setTimeout(run, PEER_SAVE_DELAY_MS), run };
    this.peerSaves.set(name, entry);
  }

  /** Stores at once every document still waiting for a peer save. */
  savePending(): void {
    for (const { run } of [...this.peerSaves.values()]) run();
  }
}
