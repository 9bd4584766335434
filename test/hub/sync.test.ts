import { describe, expect, it } from 'vitest';
import { randomBase64url } from '../../src/events/shared.ts';
import { connect, entry, newEvent, startHub, storedEntryIds, tempDir, waitFor } from './helpers.ts';

describe('the event hub', () => {
  it('syncs an entry both ways between two tablets with the event token', async () => {
    const { url } = await startHub();
    const event = await newEvent();
    const gate1 = connect(url, event.id, event.token);
    const gate2 = connect(url, event.id, event.token);
    await waitFor(() => gate1.synced() && gate2.synced(), 'both tablets synced');

    const first = randomBase64url(16);
    gate1.entries.set(first, entry('Gate 1'));
    await waitFor(() => gate2.entries.has(first), 'the entry of gate 1 at gate 2');
    expect(gate2.entries.get(first)).toEqual(entry('Gate 1', gate1.entries.get(first)!.tag));

    const second = randomBase64url(16);
    gate2.entries.set(second, entry('Gate 2'));
    await waitFor(() => gate1.entries.has(second), 'the entry of gate 2 at gate 1');
    expect([...gate1.entries.keys()].sort()).toEqual([first, second].sort());
    expect([...gate2.entries.keys()].sort()).toEqual([first, second].sort());
  });

  it('keeps the entries across a restart on the same data dir', async () => {
    const dataDir = tempDir();
    const event = await newEvent();
    const first = await startHub({ dataDir });
    const gate1 = connect(first.url, event.id, event.token);
    await waitFor(() => gate1.synced(), 'gate 1 synced');
    const ids = [randomBase64url(16), randomBase64url(16)];
    for (const id of ids) gate1.entries.set(id, entry('Gate 1'));
    await waitFor(() => gate1.synced(), 'the entries acknowledged by the hub');
    gate1.disconnect();
    await first.close();
    expect(await storedEntryIds(dataDir, event.id)).toEqual([...ids].sort());

    const second = await startHub({ dataDir });
    const gate3 = connect(second.url, event.id, event.token);
    await waitFor(() => gate3.synced() && gate3.entries.size === 2, 'the stored entries at gate 3');
    expect([...gate3.entries.keys()].sort()).toEqual([...ids].sort());
  });
});
