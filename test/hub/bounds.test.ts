import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MAX_PAYLOAD_BYTES } from '../../simulator/hub/create-hub.ts';
import { MAX_PENDING_MESSAGES } from '../../simulator/hub/socket-guard.ts';
import { connect, newEvent, startHub, waitFor } from './helpers.ts';

/** A raw socket to the hub; resolves with the close code once the hub closes it. */
async function rawSocket(url: string): Promise<{ socket: WebSocket; closed: Promise<number> }> {
  const socket = new WebSocket(url);
  const closed = new Promise<number>((done) => socket.once('close', (code) => done(code)));
  socket.on('error', () => {});
  await new Promise<void>((done) => socket.once('open', () => done()));
  return { socket, closed };
}

/** A Hocuspocus message for `documentName` (lib0 var-string, then a sync message type). */
function syncMessage(documentName: string): Buffer {
  const name = Buffer.from(documentName, 'utf8');
  return Buffer.concat([Buffer.from([name.length]), name, Buffer.from([0, 0, 1, 0])]);
}

describe('the hub under bad input', () => {
  it('closes a socket that sends unreadable bytes, an oversized message or a flood before authenticating, and keeps serving', async () => {
    const { url } = await startHub();
    const event = await newEvent();

    const garbage = await rawSocket(url);
    garbage.socket.send(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
    expect(await garbage.closed).toBe(4401);

    const oversized = await rawSocket(url);
    oversized.socket.send(Buffer.alloc(MAX_PAYLOAD_BYTES + 1));
    expect(await oversized.closed).toBe(1009);

    const flood = await rawSocket(url);
    for (let i = 0; i <= MAX_PENDING_MESSAGES; i++) flood.socket.send(syncMessage(event.id));
    expect(await flood.closed).toBe(1008);

    const gate = connect(url, event.id, event.token);
    await waitFor(() => gate.authenticated() && gate.synced(), 'a tablet served afterwards');
  });
});
