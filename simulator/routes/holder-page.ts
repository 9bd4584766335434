/** The holder page itself: standalone, embedded for a verifier, or a rejection (SPEC §2C). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { CONFIG_ELEMENT_ID, serializeHolderConfig } from '../../src/holder/config.ts';
import type { HolderPageConfig, RejectionReason } from '../../src/holder/config.ts';
import { errorResponse, router } from '../http.ts';
import type { Registry } from '../registry.ts';
import { Nonce, VERIFIER_ID_PATTERN } from '../schemas.ts';
import { PAGE_SUBPATH, findVerifier } from './holder-verifier.ts';

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Know your vaccination status</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Know your vaccination status</h1>
<p>The registry's holder page is not built yet. Build it with <code>npm run build</code>
(or <code>npx vite build -c vite.holder.config.ts</code>), then reload.</p>
</main></body></html>
`;

const CONFIG_PATTERN = new RegExp(
  `<script type="application/json" id="${CONFIG_ELEMENT_ID}">[\\s\\S]*?</script>`,
);

/** The page's Content-Security-Policy; `frameAncestors` decides who may embed it. */
function holderCsp(frameAncestors: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'none'",
    "base-uri 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

function originOf(url: string | undefined): string | null {
  if (url === undefined || url === '') return null;
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

const html = { 'text/html': { schema: z.string() } };

/** The page route, relative to a /v3 base. */
export function holderPageRoutes(registry: Registry, holderDir: string): OpenAPIHono {
  const holder = router();

  async function page(
    c: Context,
    config: HolderPageConfig,
    frameAncestors: string,
    status: 200 | 403 | 404,
  ) {
    c.header('Content-Security-Policy', holderCsp(frameAncestors));
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Vary', 'Referer, Sec-Fetch-Dest');
    if (frameAncestors === "'none'") c.header('X-Frame-Options', 'DENY');
    let text: string;
    try {
      text = await readFile(join(holderDir, 'index.html'), 'utf8');
    } catch {
      return c.html(NOT_BUILT_PAGE, 503);
    }
    const inlined = `<script type="application/json" id="${CONFIG_ELEMENT_ID}">${serializeHolderConfig(config)}</script>`;
    const filled = CONFIG_PATTERN.test(text)
      ? text.replace(CONFIG_PATTERN, () => inlined)
      : text.replace('</head>', () => `${inlined}</head>`);
    return c.html(filled, status);
  }

  function reject(c: Context, reason: RejectionReason, embedder: string | null, status: 403 | 404) {
    // A rejection page holds no form, no token and no data: any page may show it, so the person
    // sees why.
    const config: HolderPageConfig = {
      mode: 'rejected',
      reason,
      ...(embedder !== null ? { notify: embedder } : {}),
    };
    return page(c, config, reason === 'NOT_EMBEDDED' ? "'none'" : '*', status);
  }

  holder.openapi(
    createRoute({
      method: 'get',
      path: PAGE_SUBPATH,
      summary: 'The holder page (HTML)',
      description:
        'Standalone: the person gets a holder token (no aud, 7 days) as a QR; the page is not ' +
        "framable (frame-ancestors 'none'). Embedded (client_id): the page names the verifier " +
        'and posts {type: "kycvs:status", token} to the embedding window at the verifier’s ' +
        'registered origin only; frame-ancestors lists those origins. The page carries the ' +
        'single-use token its POSTs need.',
      request: {
        query: z.object({
          client_id: z
            .string()
            .optional()
            .openapi({ description: 'Embedded mode: a verifier id.' }),
          nonce: Nonce.optional(),
        }),
      },
      responses: {
        200: { description: 'The page.', content: html },
        400: errorResponse('REQVAL0001: bad nonce.'),
        403: { description: 'Rejected: embedded by an unregistered origin.', content: html },
        404: { description: 'Rejected: unknown client_id.', content: html },
        503: { description: 'The page is not built.', content: html },
      },
    }),
    async (c) => {
      const { client_id: clientId, nonce } = c.req.valid('query');
      if (clientId === undefined) {
        return page(
          c,
          { mode: 'standalone', pageToken: registry.pageTokens.issue(null) },
          "'none'",
          200,
        );
      }
      const dest = c.req.header('Sec-Fetch-Dest');
      const embedder =
        dest === 'iframe' || dest === undefined ? originOf(c.req.header('Referer')) : null;
      const verifier = VERIFIER_ID_PATTERN.test(clientId) ? findVerifier(registry, clientId) : null;
      if (verifier === null) return reject(c, 'UNKNOWN_CLIENT', embedder, 404);
      if (dest === 'document') return reject(c, 'NOT_EMBEDDED', null, 403);
      if (
        verifier.origins.length === 0 ||
        (embedder !== null && !verifier.origins.includes(embedder))
      ) {
        return reject(c, 'UNREGISTERED_ORIGIN', embedder, 403);
      }
      // frame-ancestors is the real guard: a browser that withheld the Referer is still held to it.
      const shown = { id: verifier.id, name: verifier.name, origins: verifier.origins };
      return page(
        c,
        {
          mode: 'embedded',
          verifier: shown,
          ...(nonce !== undefined ? { nonce } : {}),
          pageToken: registry.pageTokens.issue(verifier.id),
        },
        verifier.origins.join(' '),
        200,
      );
    },
  );

  return holder;
}
