import { describe, expect, it } from 'vitest';
import { deriveHubToken, randomBase64url } from '../../src/events/shared.ts';
import {
  connect,
  entry,
  newEvent,
  startHub,
  startRedis,
  storedEntryIds,
  tempDir,
  waitFor,
} from './helpers.ts';

describe('hubs sharing a Redis', () => {
  it('act as one: tablets on two hubs see each other, and the first token holds on both', async () => {
    const redis = await startRedis();
    const hubA = await startHub({ redis });
    const dataDirB = tempDir();
    const hubB = await startHub({ redis, dataDir: dataDirB });
    const event = await newEvent();

    const gateA = connect(hubA.url, event.id, event.token);
    await waitFor(() => gateA.synced(), 'gate A synced');
    const gateB = connect(hubB.url, event.id, event.token);
    await waitFor(() => gateB.synced(), 'gate B synced');

    const fromA = randomBase64url(16);
    gateA.entries.set(fromA, entry('Gate A'));
    await waitFor(() => gateB.entries.has(fromA), 'the entry of gate A at gate B');
    const fromB = randomBase64url(16);
    gateB.entries.set(fromB, entry('Gate B'));
    await waitFor(() => gateA.entries.has(fromB), 'the entry of gate B at gate A');
    expect([...gateA.entries.keys()].sort()).toEqual([fromA, fromB].sort());

    // Hub B stores what reached it through Redis alone, not only what its own tablets wrote.
    const onlyA = randomBase64url(16);
    gateA.entries.set(onlyA, entry('Gate A'));
    await waitFor(
      async () => (await storedEntryIds(dataDirB, event.id)).includes(onlyA),
      "the entry of gate A in hub B's file",
    );

    // Hub A registered the event's token; hub B, which never stored one itself, refuses another.
    const newcomer = await newEvent();
    const first = connect(hubA.url, newcomer.id, newcomer.token);
    await waitFor(() => first.authenticated(), 'the new event opened on hub A');
    const wrong = await deriveHubToken(randomBase64url(32), newcomer.id);
    const intruder = connect(hubB.url, newcomer.id, wrong);
    await waitFor(() => intruder.refusals.length > 0, 'the wrong token refused on hub B');
    expect(intruder.refusals).toEqual(['wrong-token']);
    const right = connect(hubB.url, newcomer.id, newcomer.token);
    await waitFor(() => right.authenticated(), 'the right token let in on hub B');
  });
});
