/**
 * Puts a hub on an http server: WebSocket upgrades on `/hub` go to the hub (SPEC §11: `npm start`
 * serves the hub on its own port at `/hub`), every other upgrade is refused by closing its socket.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Hub } from './create-hub.ts';

/** The path tablets connect to. */
export const HUB_PATH = '/hub';

/** Routes `server`'s upgrade requests: `/hub` to the hub, anything else closed. */
export function mountHub(server: Pick<Server, 'on'>, hub: Pick<Hub, 'handleUpgrade'>): void {
  server.on('upgrade', (request, socket, head) => {
    const path = (request.url ?? '').split('?')[0];
    if (path === HUB_PATH) hub.handleUpgrade(request, socket, head);
    else socket.destroy();
  });
}

/** The URL tablets use for a hub reached at `base` (an http(s) origin). */
export function hubUrlOf(base: string): string {
  return `${base.replace(/^http/, 'ws')}${HUB_PATH}`;
}

/** A hub listening alone on a port. */
export interface ListeningHub {
  port: number;
  /** Closes the http server, then the hub (which stores everything). */
  close(): Promise<void>;
}

/** Listens on `host:port` (0: any free port) with only the hub: plain requests get 426. */
export function listenHub(hub: Hub, port: number, host = '127.0.0.1'): Promise<ListeningHub> {
  const server = createServer((_request, response) => {
    response.writeHead(426, { 'Content-Type': 'text/plain; charset=utf-8', Upgrade: 'websocket' });
    response.end(`KYC-VS event hub: connect a WebSocket to ${HUB_PATH}.\n`);
  });
  mountHub(server, hub);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePromise({
        port: (server.address() as AddressInfo).port,
        async close() {
          const closed = new Promise<void>((done) => server.close(() => done()));
          server.closeAllConnections();
          await hub.close();
          await closed;
        },
      });
    });
  });
}
