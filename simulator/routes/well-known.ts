/** Public discovery: the JWKS and the KYC-VS configuration, readable from any origin. */
import { Hono } from 'hono';
import type { Registry } from '../registry.ts';

/** The /.well-known routes. */
export function wellKnownRoutes(registry: Registry): Hono {
  const wellKnown = new Hono();

  wellKnown.use('*', async (c, next) => {
    await next();
    c.header('Access-Control-Allow-Origin', '*');
    // The PWA reads Date to check its clock against the registry's.
    c.header('Access-Control-Expose-Headers', 'Date, ETag');
  });

  // A conditional GET (If-None-Match) from another origin needs a preflight.
  wellKnown.options('*', (c) => {
    c.header('Access-Control-Allow-Methods', 'GET, HEAD');
    c.header('Access-Control-Allow-Headers', 'If-None-Match, Accept');
    c.header('Access-Control-Max-Age', '86400');
    return c.body(null, 204);
  });

  wellKnown.get('/jwks.json', (c) => {
    const etag = registry.keys.etag;
    c.header('ETag', etag);
    c.header('Cache-Control', 'public, max-age=300');
    const ifNoneMatch = c.req.header('If-None-Match') ?? '';
    const tags = ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    if (tags.includes(etag) || ifNoneMatch.trim() === '*') return c.body(null, 304);
    c.header('Content-Type', 'application/json; charset=utf-8');
    return c.body(registry.keys.jwksJson);
  });

  wellKnown.get('/kycvs-configuration', (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json({
      issuer: registry.issuer,
      // The key set on the origin that was asked, so a client on 127.0.0.1 stays same-origin.
      jwks_uri: `${new URL(c.req.url).origin}/.well-known/jwks.json`,
      api_base: registry.baseUrl,
    });
  });

  return wellKnown;
}
