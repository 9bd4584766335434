/** The simulator's HTTP app: handlers are Request -> Response, so tests need no port. */
import { Hono } from 'hono';
import { ApiError } from './errors.ts';
import { holderRoutes } from './holder-routes.ts';
import { errorHandler, requestLog, sendError } from './http.ts';
import { openapiRoutes } from './openapi.ts';
import type { Registry } from './registry.ts';
import { devRoutes } from './routes/dev.ts';
import { staticRoutes } from './routes/static.ts';
import { v3Routes } from './routes/v3.ts';
import { wellKnownRoutes } from './routes/well-known.ts';

/** Builds the app over a registry. Route groups live in routes/, one file each; static goes last. */
export function createApp(registry: Registry): Hono {
  const app = new Hono();
  app.use('*', requestLog(registry.log));
  app.route('/.well-known', wellKnownRoutes(registry));
  // The holder page's paths sit under /v3: mounted first, so its keyless endpoints stay its own.
  app.route('/', holderRoutes(registry));
  app.route('/', openapiRoutes(registry));
  app.route('/v3', v3Routes(registry));
  app.route('/dev', devRoutes(registry));
  app.route('/', staticRoutes(registry));
  app.notFound((c) => sendError(c, new ApiError(404, 'NOTFOUND0001', 'No such resource.')));
  app.onError(errorHandler(registry.log));
  return app;
}
