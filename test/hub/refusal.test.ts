import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ENTRIES_MAP, deriveHubToken, randomBase64url } from '../../src/events/shared.ts';
import type { EventEntry } from '../../src/events/shared.ts';
import { connect, entry, newEvent, startHub, storedEntryIds, tempDir, waitFor } from './helpers.ts';

/** A doc that already holds one entry, as a tablet's IndexedDB copy would. */
function docWith(id: string, gate: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getMap<EventEntry>(ENTRIES_MAP).set(id, entry(gate));
  return doc;
}

describe('the event hub refuses', () => {
  it('a wrong token and no token: they read nothing, their writes reach no one, the socket closes', async () => {
    const dataDir = tempDir();
    const { url, close } = await startHub({ dataDir });
    const event = await newEvent();
    const gate1 = connect(url, event.id, event.token);
    const admitted = randomBase64url(16);
    gate1.entries.set(admitted, entry('Gate 1'));
    await waitFor(() => gate1.synced(), 'gate 1 synced');

    const otherToken = await deriveHubToken(randomBase64url(32), event.id);
    const forged = randomBase64url(16);
    const wrong = connect(url, event.id, otherToken, docWith(forged, 'Intruder'));
    const anonymous = connect(url, event.id, null, docWith(randomBase64url(16), 'Anonymous'));
    await waitFor(() => wrong.refusals.length > 0, 'the wrong token refused');
    await waitFor(() => anonymous.refusals.length > 0, 'no token refused');
    expect(wrong.refusals[0]).toBe('wrong-token');
    expect(anonymous.refusals[0]).toBe('bad-token');
    wrong.entries.set(randomBase64url(16), entry('Intruder'));
    await waitFor(() => wrong.closeCodes.includes(4403), 'the refused socket closed');
    await waitFor(() => anonymous.closeCodes.includes(4403), 'the anonymous socket closed');
    expect(wrong.authenticated()).toBe(false);
    expect(anonymous.authenticated()).toBe(false);
    expect(wrong.entries.has(admitted)).toBe(false);
    expect(anonymous.entries.has(admitted)).toBe(false);

    // A tablet joining now sees the admitted entry and nothing the refused ones wrote.
    const gate2 = connect(url, event.id, event.token);
    await waitFor(() => gate2.synced() && gate2.entries.has(admitted), 'gate 2 synced');
    expect([...gate2.entries.keys()]).toEqual([admitted]);
    expect([...gate1.entries.keys()]).toEqual([admitted]);
    wrong.disconnect();
    anonymous.disconnect();
    gate1.disconnect();
    gate2.disconnect();
    await close();
    expect(await storedEntryIds(dataDir, event.id)).toEqual([admitted]);
  });

  it('a wrong token without loading the document, and a name that is not an event id', async () => {
    const { hub, url } = await startHub();
    const event = await newEvent();
    const gate1 = connect(url, event.id, event.token);
    await waitFor(() => gate1.synced(), 'gate 1 synced');
    gate1.disconnect();
    await waitFor(() => hub.hocuspocus.getDocumentsCount() === 0, 'the document unloaded');

    const wrong = connect(url, event.id, await deriveHubToken(randomBase64url(32), event.id));
    await waitFor(() => wrong.refusals.length > 0, 'the wrong token refused');
    expect(wrong.refusals).toEqual(['wrong-token']);
    const misnamed = connect(url, 'not-an-event-id', event.token);
    await waitFor(() => misnamed.refusals.length > 0, 'the bad name refused');
    expect(misnamed.refusals).toEqual(['not-an-event']);
    expect(hub.hocuspocus.getDocumentsCount()).toBe(0);
    expect(hub.hocuspocus.loadingDocuments.size).toBe(0);
  });

  it('lets the first token of an event in again, and a second event its own first token', async () => {
    const { url } = await startHub();
    const [one, two] = [await newEvent(), await newEvent()];
    const a = connect(url, one.id, one.token);
    const b = connect(url, two.id, two.token);
    await waitFor(() => a.authenticated() && b.authenticated(), 'both events opened');
    const swapped = connect(url, one.id, two.token);
    await waitFor(() => swapped.refusals.length > 0, 'the other event token refused');
    expect(swapped.refusals).toEqual(['wrong-token']);
  });

  it('a new event once the hub holds its most, while the events it knows still open', async () => {
    const { url } = await startHub({ maxEvents: 1 });
    const first = await newEvent();
    const gate1 = connect(url, first.id, first.token);
    await waitFor(() => gate1.synced(), 'the first event opened');
    const second = await newEvent();
    const late = connect(url, second.id, second.token);
    await waitFor(() => late.refusals.length > 0, 'the second event refused');
    expect(late.refusals).toEqual(['hub-full']);
    expect(late.authenticated()).toBe(false);
    const again = connect(url, first.id, first.token);
    await waitFor(() => again.synced(), 'the known event still opens');
    gate1.disconnect();
    again.disconnect();
    late.disconnect();
  });
});
