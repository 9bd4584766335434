/**
 * The verifier core with an event (SPEC §11): it loads the event engine only once the tablet is
 * in an event, adds each check to it, finds it again after a restart offline, and leaves it.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Network } from '../../src/core/platform.ts';
import { createVerifier, type Verifier } from '../../src/core/verifier.ts';
import { openSession } from '../../src/events/session.ts';
import { openVerifierDb, type VerifierDatabase } from '../../src/store/db.ts';

const NOW = Date.UTC(2026, 4, 1, 12, 0, 0);
const OFFLINE: Network = { isOnline: () => false, subscribe: () => () => {} };

function verifier(db: VerifierDatabase, now = () => NOW): Promise<Verifier> {
  return createVerifier({
    db,
    origin: 'http://127.0.0.1:4010',
    appUrl: 'http://127.0.0.1:4010/',
    now,
    network: OFFLINE,
    fetch: async () => {
      throw new TypeError('offline');
    },
    openEventSession: (config, onChange) => openSession(config, { now, onChange, connect: false }),
  });
}

/** Resolves once `verifier`'s state satisfies `test`. */
function until(core: Verifier, test: (v: Verifier) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (test(core)) return resolve();
    const stop = core.subscribe(() => {
      if (!test(core)) return;
      stop();
      resolve();
    });
  });
}

describe('the verifier in an event', () => {
  it('counts its checks in the event, keeps them over a restart, and leaves it', async () => {
    const db = await openVerifierDb('verifier-events');
    const first = await verifier(db);
    expect(first.getState().event).toBeNull();
    await first.createEvent({ name: 'Fair', gate: 'Gate 1', hub: 'ws://127.0.0.1:9/hub' });
    await until(first, (v) => v.getState().event?.ready === true);
    expect(first.getState().event).toMatchObject({ name: 'Fair', gate: 'Gate 1', all: 0 });
    await first.checkCode('not a code');
    await first.checkCode('HC1:nothing');
    await until(first, (v) => v.getState().event?.all === 2);
    expect((await first.exportEvent()).trim().split('\r\n')).toHaveLength(3);
    first.dispose();

    // A restart offline, a day later: the event and its entries come back from IndexedDB.
    const again = await verifier(db, () => NOW + 86_400_000);
    await until(again, (v) => v.getState().event?.ready === true);
    expect(again.getState().event).toMatchObject({ name: 'Fair', all: 2, gateCount: 2 });
    await again.leaveEvent();
    expect(again.getState().event).toBeNull();
    expect(await db.get('event', 'current')).toBeUndefined();
    again.dispose();
    db.close();
  });

  it('drops the event entries past the log retention on start', async () => {
    const db = await openVerifierDb('verifier-events-retention');
    const first = await verifier(db);
    await first.createEvent({ name: 'Fair', gate: 'Gate 1', hub: 'ws://127.0.0.1:9/hub' });
    await first.checkCode('not a code');
    await until(first, (v) => v.getState().event?.all === 1);
    first.dispose();
    const later = await verifier(db, () => NOW + 31 * 86_400_000);
    await until(later, (v) => v.getState().event?.ready === true && v.getState().event?.all === 0);
    expect(later.getState().event?.all).toBe(0);
    await later.leaveEvent();
    later.dispose();
    db.close();
  });
});
