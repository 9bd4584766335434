/**
 * Bounds what one socket can make the hub hold before it has authenticated. Hocuspocus queues a
 * document's messages until that document's authentication succeeds, and after a refusal it keeps
 * queueing them; so a refused socket is closed once it has been told why (SPEC §11: a client
 * without the token reads and writes nothing), and a socket that sends many messages for
 * documents it has not opened is closed too.
 */
import type { WebSocket } from 'ws';

/** Messages a socket may send, over all documents it has not yet opened. */
export const MAX_PENDING_MESSAGES = 64;
/** Documents a socket may be opening at once. */
export const MAX_PENDING_DOCUMENTS = 8;

/** RFC 6455 §7.4.1: 1008, the message violates the endpoint's policy. */
const POLICY_VIOLATION = 1008;
/** Hocuspocus's own code for a refused connection. */
const FORBIDDEN = 4403;

/** What the hub's hooks tell the guard of one socket. */
export interface SocketGuard {
  /** The socket opened `documentName`: its messages no longer count. */
  opened(documentName: string): void;
  /** The socket was refused: close it once the refusal has been sent. */
  refused(): void;
}

/** The document name a Hocuspocus message starts with (lib0 var-string), or null. */
function documentNameOf(data: Uint8Array): string | null {
  let length = 0;
  let shift = 0;
  let offset = 0;
  for (;;) {
    if (offset >= data.length || shift > 28) return null;
    const byte = data[offset++]!;
    length |= (byte & 0x7f) << shift;
    shift += 7;
    if (byte < 0x80) break;
  }
  if (offset + length > data.length) return null;
  return Buffer.from(data.buffer, data.byteOffset + offset, length).toString('utf8');
}

/** Watches one socket; call before handing it to Hocuspocus. */
export function guardSocket(socket: WebSocket): SocketGuard {
  const open = new Set<string>();
  const pending = new Set<string>();
  let pendingMessages = 0;
  // ws reports bad frames (over maxPayload, invalid UTF-8 close reasons) as an 'error' and then
  // closes the socket itself; unheard, the event would end the process.
  socket.on('error', () => {});
  socket.on('message', (data: Buffer) => {
    const name = documentNameOf(data);
    // Unreadable input is Hocuspocus's to refuse; it closes the socket itself.
    if (name === null || open.has(name)) return;
    pending.add(name);
    pendingMessages += 1;
    if (pendingMessages > MAX_PENDING_MESSAGES || pending.size > MAX_PENDING_DOCUMENTS) {
      socket.close(POLICY_VIOLATION, 'too many unauthenticated messages');
    }
  });
  return {
    opened(documentName) {
      open.add(documentName);
      pending.delete(documentName);
    },
    refused() {
      // The hook's rejection reaches Hocuspocus, which sends the refusal, within this turn.
      setTimeout(() => socket.close(FORBIDDEN, 'Forbidden'), 0);
    },
  };
}
