/**
 * The registry's own holder page (SPEC §2C, §3): GET …/status/knowYourStatus, its built assets
 * under /holder-assets/, and its keyless JSON endpoints, under /v3 and CoWIN's /api/v3 alike.
 * Standalone it issues holder tokens (no aud, 7 days); embedded (?client_id=) it issues tokens
 * bound to the verifier and lets only that verifier's registered origins frame it.
 */
import { fileURLToPath } from 'node:url';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { HOLDER_ASSETS_BASE } from '../../src/holder/config.ts';
import { router } from '../http.ts';
import type { Registry } from '../registry.ts';
import { holderApiRoutes } from './holder-api.ts';
import { holderPageRoutes } from './holder-page.ts';
import { holderAssets } from './static.ts';

/** The built holder page (vite.holder.config.ts writes it). */
const DEFAULT_HOLDER_DIR = fileURLToPath(new URL('../../dist-holder/', import.meta.url));

/** Requests per client address (an IPv6 /64) per 5 minutes on the keyless endpoints. */
const DEFAULT_HOLDER_IP_LIMIT = 60;

/** Options of the holder routes. */
export interface HolderRouteOptions {
  /** Where the built page is; the package's dist-holder/ by default. */
  holderDir?: string;
  /** Requests per client address per 5 minutes; 0 for none. */
  ipLimit?: number;
}

/** The holder routes, mounted at `/` by app.ts; the page and its endpoints under each base. */
export function holderRoutes(registry: Registry, options: HolderRouteOptions = {}): OpenAPIHono {
  const holder = router();
  const holderDir = options.holderDir ?? DEFAULT_HOLDER_DIR;
  const api = holderApiRoutes(registry, options.ipLimit ?? DEFAULT_HOLDER_IP_LIMIT);
  const page = holderPageRoutes(registry, holderDir);
  for (const base of ['/v3', '/api/v3']) {
    holder.route(base, api);
    holder.route(base, page);
  }
  const assets = holderAssets(holderDir, HOLDER_ASSETS_BASE.slice(0, -1));
  holder.get(`${HOLDER_ASSETS_BASE}*`, async (c) => (await assets(c)) ?? c.notFound());
  return holder;
}
