/**
 * Public discovery: the JWKS, the KYC-VS configuration and the trust list of the simulator's
 * test issuers (SPEC §9), readable from any origin.
 */
import { createHash } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { preflight, router } from '../http.ts';
import { hubUrlOf } from '../hub/mount-hub.ts';
import type { Registry } from '../registry.ts';
import { Jwks, KycvsConfiguration, TrustList } from '../schemas.ts';

/** True when `If-None-Match` names `etag` (or `*`). */
function notModified(c: Context, etag: string): boolean {
  const ifNoneMatch = c.req.header('If-None-Match') ?? '';
  const tags = ifNoneMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  return tags.includes(etag) || ifNoneMatch.trim() === '*';
}

/** The /.well-known routes. */
export function wellKnownRoutes(registry: Registry): OpenAPIHono {
  const wellKnown = router();

  wellKnown.use('*', async (c, next) => {
    await next();
    c.header('Access-Control-Allow-Origin', '*');
    // The PWA reads Date to check its clock against the registry's.
    c.header('Access-Control-Expose-Headers', 'Date, ETag');
  });

  const paths = [
    '/jwks.json',
    '/kycvs-configuration',
    '/kycvs-trust-list.json',
    '/kycvs-trust-list.jws',
  ];
  for (const path of paths) {
    // A conditional GET (If-None-Match) from another origin needs a preflight.
    preflight(wellKnown, path, 'CORS preflight: any origin may read the public keys', (c) => {
      c.header('Access-Control-Allow-Methods', 'GET, HEAD');
      c.header('Access-Control-Allow-Headers', 'If-None-Match, Accept');
      c.header('Access-Control-Max-Age', '86400');
    });
  }

  wellKnown.openapi(
    createRoute({
      method: 'get',
      path: '/jwks.json',
      summary:
        'The registry’s public keys (every signing key it has used, so older tokens still verify)',
      description: 'CORS *, ETag / If-None-Match, max-age 300.',
      responses: {
        200: { description: 'The JWKS.', content: { 'application/json': { schema: Jwks } } },
        304: { description: 'Not modified.' },
      },
    }),
    (c) => {
      const etag = registry.keys.etag;
      c.header('ETag', etag);
      c.header('Cache-Control', 'public, max-age=300');
      if (notModified(c as unknown as Context, etag)) return c.body(null, 304);
      c.header('Content-Type', 'application/json; charset=utf-8');
      return c.body(registry.keys.jwksJson, 200);
    },
  );

  wellKnown.openapi(
    createRoute({
      method: 'get',
      path: '/kycvs-configuration',
      summary:
        'The issuer, where its keys, trust list and event hub are; every URL derives from the issuer URL',
      responses: {
        200: {
          description: 'Discovery.',
          content: { 'application/json': { schema: KycvsConfiguration } },
        },
      },
    }),
    (c) => {
      c.header('Cache-Control', 'public, max-age=300');
      // SPEC §3: published URLs derive from the issuer URL, not from whatever Host was sent.
      const base = registry.issuer;
      return c.json(
        {
          issuer: registry.issuer,
          jwks_uri: `${base}/.well-known/jwks.json`,
          api_base: base,
          trust_list_uri: `${base}/.well-known/kycvs-trust-list.jws`,
          trust_list_key: registry.trustLists.thumbprint,
          hub_url: hubUrlOf(base),
        },
        200,
      );
    },
  );

  wellKnown.openapi(
    createRoute({
      method: 'get',
      path: '/kycvs-trust-list.json',
      summary: 'The keys that verify the codes /dev/credentials issues (SPEC §9)',
      description:
        'CORS *, ETag / If-None-Match, max-age 300. The simulator’s own test keys, never a ' +
        'real authority’s.',
      responses: {
        200: {
          description: 'The trust list.',
          content: { 'application/json': { schema: TrustList } },
        },
        304: { description: 'Not modified.' },
      },
    }),
    (c) => {
      const body = JSON.stringify(registry.credentials.trustList());
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
      c.header('ETag', etag);
      c.header('Cache-Control', 'public, max-age=300');
      if (notModified(c as unknown as Context, etag)) return c.body(null, 304);
      c.header('Content-Type', 'application/json; charset=utf-8');
      return c.body(body, 200);
    },
  );

  wellKnown.openapi(
    createRoute({
      method: 'get',
      path: '/kycvs-trust-list.jws',
      summary:
        'The signed trust list (SPEC §10): a compact JWS signed by the simulator’s trust key',
      description:
        'CORS *, ETag / If-None-Match, max-age 60. `trust_list_key` in the configuration is the ' +
        'RFC 7638 thumbprint of the signer; `seq` grows with every revocation.',
      responses: {
        200: {
          description: 'The signed list.',
          content: { 'application/jose': { schema: z.string() } },
        },
        304: { description: 'Not modified.' },
      },
    }),
    (c) => {
      const jws = registry.trustLists.current();
      const etag = `"${createHash('sha256').update(jws).digest('base64url').slice(0, 22)}"`;
      c.header('ETag', etag);
      c.header('Cache-Control', 'public, max-age=60');
      if (notModified(c as unknown as Context, etag)) return c.body(null, 304);
      c.header('Content-Type', 'application/jose');
      return c.body(jws, 200);
    },
  );

  return wellKnown;
}
