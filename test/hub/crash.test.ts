import { describe, expect, it } from 'vitest';
import { randomBase64url } from '../../src/events/shared.ts';
import type { Tablet } from './helpers.ts';
import {
  connect,
  entry,
  newEvent,
  spawnHub,
  stopChild,
  storedEntryIds,
  tempDir,
  waitFor,
} from './helpers.ts';

const keys = (tablet: Tablet) => [...tablet.entries.keys()].sort();

/** Three hub processes start in turn, each through tsx: slow on a loaded 2-core machine. */
const PROCESS_TEST_TIMEOUT_MS = 120_000;

describe('the hub process (node bin/kycvs-hub.js)', () => {
  it(
    'keeps every entry through kill -9: from its file, and from the tablets that reconnect',
    async () => {
      const dataDir = tempDir();
      const event = await newEvent();
      const args = ['--port', '0', '--data-dir', dataDir];

      let hub = await spawnHub(args);
      let gate1 = connect(hub.url, event.id, event.token);
      let gate2 = connect(hub.url, event.id, event.token);
      const [e1, e2, e3] = [randomBase64url(16), randomBase64url(16), randomBase64url(16)];
      gate1.entries.set(e1, entry('Gate 1'));
      gate2.entries.set(e2, entry('Gate 2'));
      await waitFor(
        () => gate1.entries.size === 2 && gate2.entries.size === 2,
        'both entries synced',
      );
      const both = [e1, e2].sort();
      // Written within the hub's debounce: poll the file itself, then kill without warning.
      await waitFor(
        async () => (await storedEntryIds(dataDir, event.id)).length === 2,
        'both entries in hub.sqlite',
      );
      expect(await storedEntryIds(dataDir, event.id)).toEqual(both);
      await stopChild(hub.child, 'SIGKILL');
      gate1.disconnect();
      gate2.disconnect();

      hub = await spawnHub(args);
      const fresh = connect(hub.url, event.id, event.token);
      await waitFor(() => fresh.synced() && fresh.entries.size === 2, 'the file read back');
      expect(keys(fresh)).toEqual(both);

      // An entry synced between the tablets, then kill -9 at once: the file may not have it yet.
      gate1 = connect(hub.url, event.id, event.token, gate1.doc);
      gate2 = connect(hub.url, event.id, event.token, gate2.doc);
      await waitFor(() => gate1.synced() && gate2.synced(), 'the tablets back');
      gate1.entries.set(e3, entry('Gate 1'));
      await waitFor(() => gate2.entries.has(e3), 'the third entry at gate 2');
      await stopChild(hub.child, 'SIGKILL');
      for (const tablet of [gate1, gate2, fresh]) tablet.disconnect();

      hub = await spawnHub(args);
      gate1 = connect(hub.url, event.id, event.token, gate1.doc);
      gate2 = connect(hub.url, event.id, event.token, gate2.doc);
      const observer = connect(hub.url, event.id, event.token);
      const all = [e1, e2, e3].sort();
      await waitFor(
        () => [gate1, gate2, observer].every((t) => t.synced() && t.entries.size === 3),
        'all three entries everywhere',
      );
      for (const tablet of [gate1, gate2, observer]) expect(keys(tablet)).toEqual(all);

      // SIGTERM stores everything and exits 0.
      await stopChild(hub.child, 'SIGTERM');
      expect(await hub.exited).toBe(0);
      expect(await storedEntryIds(dataDir, event.id)).toEqual(all);
      expect(hub.output()).not.toContain(event.token);
      expect(hub.output()).not.toContain(e3);
    },
    PROCESS_TEST_TIMEOUT_MS,
  );
});
