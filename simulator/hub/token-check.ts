/**
 * Who may open an event's document (SPEC §11): the hub keeps only the SHA-256 of the event's hub
 * token, learnt on first use, the first tablet to present a well-formed token for an unknown
 * event registers it. With Redis, the registration is one `SET … NX`, so every hub sharing the
 * Redis agrees on the first token; the hub's own SQLite keeps a copy, so a Redis that lost its
 * keys cannot be raced to a new token for an event this hub already knows.
 */
import { timingSafeEqual } from 'node:crypto';
import { hubTokenHash } from '../../src/events/shared.ts';
import type { HubRefusal } from '../../src/events/shared.ts';
import type { HubDatabase } from './hub-database.ts';

/** The Redis key that holds an event's token hash. */
export const REDIS_EVENT_KEY_PREFIX = 'kycvs:hub:event:';

/** How many events a hub registers by default: an event a tablet can make, not a disk to fill. */
export const DEFAULT_MAX_EVENTS = 10_000;

/** The two Redis commands the check needs (an ioredis client has both). */
export interface TokenHashRedis {
  set(key: string, value: string, mode: 'NX'): Promise<unknown>;
  get(key: string): Promise<string | null>;
}

/** Checks a presented token for an event: null when it opens the event, else why not. */
export type TokenCheck = (eventId: string, token: string) => Promise<HubRefusal | null>;

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The token check over the hub's database and, when several hubs act as one, their Redis. */
export function createTokenCheck(
  db: HubDatabase,
  redis?: TokenHashRedis,
  maxEvents = DEFAULT_MAX_EVENTS,
): TokenCheck {
  return async (eventId, token) => {
    const presented = await hubTokenHash(token);
    // A new event only while the hub has room: whoever can reach it cannot grow it without end.
    if (db.getTokenHash(eventId) === null && db.countEvents() >= maxEvents) return 'hub-full';
    if (!redis) {
      // sql.js is synchronous: the lookup and the insert cannot interleave with another check.
      return sameHash(db.registerTokenHash(eventId, presented), presented) ? null : 'wrong-token';
    }
    const local = db.getTokenHash(eventId);
    let shared: string | null;
    try {
      const key = `${REDIS_EVENT_KEY_PREFIX}${eventId}`;
      await redis.set(key, local ?? presented, 'NX');
      shared = await redis.get(key);
    } catch {
      return 'hub-unavailable';
    }
    if (shared === null) return 'hub-unavailable';
    const opens = sameHash(shared, presented) && (local === null || sameHash(local, presented));
    if (opens && local === null) db.registerTokenHash(eventId, shared);
    return opens ? null : 'wrong-token';
  };
}
