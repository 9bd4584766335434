/** Listens: binds the app (and the event hub, at /hub) to a port. Everything else lives elsewhere. */
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import type { Hub } from './hub/create-hub.ts';
import { mountHub } from './hub/mount-hub.ts';

/** A listening simulator server. */
export interface Listening {
  server: ServerType;
  port: number;
  close(): Promise<void>;
}

/**
 * Listens on `hostname:port` (port 0 picks a free one) and resolves once it is listening. With a
 * `hub`, WebSocket upgrades on /hub reach it (SPEC §11) and `close()` closes it too.
 */
export function listen(
  app: { fetch: (request: Request, env: never) => Response | Promise<Response> },
  port: number,
  hostname = '127.0.0.1',
  hub?: Hub,
): Promise<Listening> {
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch as never, port, hostname }, (info) => {
      resolvePromise({
        server,
        port: info.port,
        close: async () => {
          const closed = new Promise<void>((done) => server.close(() => done()));
          if ('closeAllConnections' in server) server.closeAllConnections();
          // The hub's sockets count as the server's connections until the hub ends them.
          await hub?.close();
          await closed;
        },
      });
    });
    // serve() without createServer makes a plain node:http server.
    if (hub) mountHub(server as Server, hub);
    server.once('error', reject);
  });
}
