/** Listens: binds the app to a port. Everything else lives in app.ts and registry.ts. */
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';

/** A listening simulator server. */
export interface Listening {
  server: ServerType;
  port: number;
  close(): Promise<void>;
}

/** Listens on `hostname:port` (port 0 picks a free one) and resolves once it is listening. */
export function listen(
  app: { fetch: (request: Request, env: never) => Response | Promise<Response> },
  port: number,
  hostname = '127.0.0.1',
): Promise<Listening> {
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch as never, port, hostname }, (info) => {
      resolvePromise({
        server,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
