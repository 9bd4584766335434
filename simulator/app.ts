/**
 * The simulator's HTTP app: handlers are Request -> Response, so tests need no port. Every route
 * is declared with its schemas (schemas.ts); /openapi.json and /docs are generated from them.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { renderDocs } from './docs-page.ts';
import { ApiError } from './errors.ts';
import { errorHandler, errorResponse, requestLog, router, sendError } from './http.ts';
import type { Registry } from './registry.ts';
import { devRoutes } from './routes/dev.ts';
import { holderRoutes } from './routes/holder.ts';
import type { HolderRouteOptions } from './routes/holder.ts';
import { staticRoutes } from './routes/static.ts';
import { v3Routes } from './routes/v3.ts';
import { wellKnownRoutes } from './routes/well-known.ts';

const INFO = {
  title: 'KYC-VS registry (simulator)',
  version: '0.1.0',
  description:
    'Know Your Customer’s Vaccination Status: a verifier asks; the person consents with an ' +
    'OTP; the registry answers with a signed status (0 not, 1 partially, 2 fully vaccinated). ' +
    'Check every status token with verifyStatusToken against /.well-known/jwks.json. Every ' +
    '/v3 path also answers under /api/v3, as CoWIN’s base URL is …/api. /dev answers loopback ' +
    'clients only.',
};

/** The OpenAPI 3.1 document of an app built by createApp, its server the registry's issuer. */
function openApiDocument(app: OpenAPIHono, registry: Registry): Record<string, unknown> {
  app.openAPIRegistry.registerComponent('securitySchemes', 'ApiKey', {
    type: 'apiKey',
    in: 'header',
    name: 'X-Api-Key',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'Bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'The token confirmOTP returned.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'PageToken', {
    type: 'apiKey',
    in: 'header',
    name: 'X-Page-Token',
    description: 'The single-use token of a holder page the registry served.',
  });
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: INFO,
    servers: [{ url: registry.issuer }],
  }) as unknown as Record<string, unknown>;
}

/** Builds the app over a registry. Route groups live in routes/, one file each; static goes last. */
export function createApp(registry: Registry, options: HolderRouteOptions = {}): OpenAPIHono {
  const app = router();
  app.use('*', requestLog(registry.log));
  app.route('/.well-known', wellKnownRoutes(registry));
  app.route('/', holderRoutes(registry, options));
  const v3 = v3Routes(registry);
  app.route('/v3', v3);
  app.route('/api/v3', v3);
  app.route('/dev', devRoutes(registry));

  app.openapi(
    createRoute({
      method: 'get',
      path: '/openapi.json',
      summary: 'This document, generated from the routes’ own schemas',
      responses: {
        200: {
          description: 'OpenAPI 3.1.',
          content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
        },
      },
    }),
    (c) => {
      c.header('Access-Control-Allow-Origin', '*');
      c.header('Cache-Control', 'no-cache');
      return c.json(openApiDocument(app, registry), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/docs',
      summary: 'This document as a page',
      responses: {
        200: { description: 'HTML.', content: { 'text/html': { schema: z.string() } } },
      },
    }),
    (c) => {
      c.header(
        'Content-Security-Policy',
        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      );
      c.header('Cache-Control', 'no-cache');
      return c.html(renderDocs(openApiDocument(app, registry)), 200);
    },
  );
  // The static trees answer what no declared route took; they are documented by hand here,
  // as their paths are wildcards.
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/{file}',
    summary: 'The built verifier PWA: a file, or the app shell for an app route',
    request: { params: z.object({ file: z.string() }) },
    responses: {
      200: { description: 'A file; br or gzip when Accept-Encoding allows (Vary set).' },
      404: errorResponse('NOTFOUND0001: no such file, or an unknown API path.'),
    },
  });
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/holder-assets/{file}',
    summary: 'The holder page’s built scripts, styles and images',
    request: { params: z.object({ file: z.string() }) },
    responses: {
      200: { description: 'A file; br or gzip when Accept-Encoding allows (Vary set).' },
      404: errorResponse('NOTFOUND0001: no such file.'),
    },
  });
  app.route('/', staticRoutes(registry));
  app.notFound((c) => sendError(c, new ApiError(404, 'NOTFOUND0001', 'No such resource.')));
  app.onError(errorHandler(registry.log));
  return app;
}
