/**
 * A simulated tablet for the hub load bench (SPEC §11): it speaks the Hocuspocus wire protocol
 * itself (authenticate with the event's token, then send each Yjs update of its own document) and
 * ignores what the hub broadcasts. Two hundred of them in one process then load the hub as two
 * hundred devices would, without this process also applying every other gate's entries 200 times
 * over, which real tablets do each on their own CPU.
 */
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { ENTRIES_MAP, type EventEntry } from '../../src/events/shared.ts';

/** Hocuspocus message types (its MessageType and AuthMessageType enums). */
const SYNC = 0;
const AUTH = 2;
const AUTH_TOKEN = 0;
/** y-protocols' sync message type for one update. */
const YJS_UPDATE = 2;

/** A tablet that only writes. */
export interface RawTablet {
  add(id: string, entry: EventEntry): void;
  close(): void;
}

/** Opens a socket to `hubUrl` for event `eventId` under `token`; resolves once it is open. */
export function rawTablet(hubUrl: string, eventId: string, token: string): Promise<RawTablet> {
  const socket = new WebSocket(hubUrl);
  const doc = new Y.Doc();
  const entries = doc.getMap<EventEntry>(ENTRIES_MAP);
  const message = (write: (encoder: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, eventId);
    write(encoder);
    return encoding.toUint8Array(encoder);
  };
  doc.on('update', (update: Uint8Array) => {
    if (socket.readyState !== WebSocket.OPEN) return;
    socket.send(
      message((encoder) => {
        encoding.writeVarUint(encoder, SYNC);
        encoding.writeVarUint(encoder, YJS_UPDATE);
        encoding.writeVarUint8Array(encoder, update);
      }),
    );
  });
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('open', () => {
      socket.send(
        message((encoder) => {
          encoding.writeVarUint(encoder, AUTH);
          encoding.writeVarUint(encoder, AUTH_TOKEN);
          encoding.writeVarString(encoder, token);
        }),
      );
      resolve({
        add: (id, entry) => entries.set(id, entry),
        close: () => {
          socket.close();
          doc.destroy();
        },
      });
    });
  });
}
