/**
 * The registry's own holder page (SPEC §2C, §3): GET /v3/vaccination/status/knowYourStatus,
 * its built assets under /holder-assets/, and its keyless JSON endpoints. Standalone it issues
 * holder tokens (no aud, 7 days); embedded (?client_id=) it issues tokens bound to the verifier
 * and lets only that verifier's registered origins frame it.
 */
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import type { Context } from 'hono';
import {
  CONFIG_ELEMENT_ID,
  HOLDER_API,
  HOLDER_ASSETS_BASE,
  HOLDER_PAGE_PATH,
  serializeHolderConfig,
} from '../src/holder/config.ts';
import type { HolderPageConfig, RefusalReason } from '../src/holder/config.ts';
import { ApiError, badRequest } from './errors.ts';
import { limitBody } from './http.ts';
import { fileIfExists } from './routes/static.ts';
import { RATE_WINDOW_MS, RateLimiter } from './limits.ts';
import type { Requester } from './otp.ts';
import type { Registry } from './registry.ts';
import {
  checkFullName,
  checkMobile,
  checkNonce,
  checkOtpHash,
  checkTxnId,
  readJsonObject,
} from './validate.ts';

/** The built holder page (vite.holder.config.ts writes it). */
export const DEFAULT_HOLDER_DIR = fileURLToPath(new URL('../dist-holder/', import.meta.url));

/** Requests per client address per 5 minutes on the keyless endpoints. */
export const DEFAULT_HOLDER_IP_LIMIT = 60;

/** Options of the holder routes. */
export interface HolderRouteOptions {
  /** Where the built page is; the package's dist-holder/ by default. */
  holderDir?: string;
  /** Requests per client address per 5 minutes; 0 for none. */
  ipLimit?: number;
}

/** The verifier an embedded page works for, as the page shows it. */
interface EmbeddingVerifier {
  id: string;
  name: string;
  origins: string[];
}

const VERIFIER_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

/** The requester of the standalone page: the SMS names the registry's own page. */
const STANDALONE_REQUESTER: Requester = {
  id: 'holder-page',
  name: 'the CoWIN "Know your status" page',
};

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Know your vaccination status</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Know your vaccination status</h1>
<p>The registry's holder page is not built yet. Build it with <code>npm run build</code>
(or <code>npx vite build -c vite.holder.config.ts</code>), then reload.</p>
</main></body></html>
`;

/** The page's Content-Security-Policy; `frameAncestors` decides who may embed it. */
export function holderCsp(frameAncestors: string): string {
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

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'unknown';
  }
}

/** A verifier by id, with every origin it may embed the page from (null when unknown). */
function findVerifier(registry: Registry, id: string): EmbeddingVerifier | null {
  const verifier = registry.verifiers.find(id);
  if (verifier === null) return null;
  return { id: verifier.id, name: verifier.name, origins: registry.verifiers.originsOf(verifier) };
}

/** The holder routes, mounted at `/` by app.ts before the /v3 group. */
export function holderRoutes(registry: Registry, options: HolderRouteOptions = {}): Hono {
  const holder = new Hono();
  const holderDir = resolve(options.holderDir ?? DEFAULT_HOLDER_DIR);
  const limiter = new RateLimiter(options.ipLimit ?? DEFAULT_HOLDER_IP_LIMIT, registry.now);
  let lastSweep = registry.now();

  /** Counts a keyless request against its client address: no key means no other brake. */
  function limitAddress(c: Context): void {
    const now = registry.now();
    if (now - lastSweep > RATE_WINDOW_MS) {
      limiter.sweep();
      lastSweep = now;
    }
    try {
      limiter.hit(`ip:${clientAddress(c)}`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      throw new ApiError(
        429,
        'USRAUT0016',
        'Too many requests from this address; try again later.',
        error.extra,
      );
    }
  }

  /**
   * The endpoints serve the registry's own page only: a browser says so in Sec-Fetch-Site, and
   * an older one that does not send it still names another site in Origin.
   */
  function requireOwnPage(c: Context): void {
    const site = c.req.header('Sec-Fetch-Site');
    const origin = c.req.header('Origin');
    if (
      (site !== undefined && site !== 'same-origin') ||
      (origin !== undefined && origin !== new URL(c.req.url).origin)
    ) {
      throw new ApiError(403, 'REQVAL0001', "Only the registry's own page may call this endpoint.");
    }
  }

  function verifierFor(clientId: unknown): EmbeddingVerifier | null {
    if (clientId === undefined) return null;
    if (typeof clientId !== 'string' || !VERIFIER_ID_PATTERN.test(clientId)) {
      throw badRequest('client_id must be a verifier id.');
    }
    const verifier = findVerifier(registry, clientId);
    if (verifier === null) throw badRequest('client_id is not a registered verifier.');
    return verifier;
  }

  function requesterFor(verifier: EmbeddingVerifier | null): Requester {
    return verifier === null
      ? STANDALONE_REQUESTER
      : { id: `holder-page:${verifier.id}`, name: verifier.name };
  }

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
    const html = await fileIfExists(join(holderDir, 'index.html'));
    if (html === null) return c.html(NOT_BUILT_PAGE, 503);
    const inlined = `<script type="application/json" id="${CONFIG_ELEMENT_ID}">${serializeHolderConfig(config)}</script>`;
    const pattern = new RegExp(
      `<script type="application/json" id="${CONFIG_ELEMENT_ID}">[\\s\\S]*?</script>`,
    );
    const text = html.toString('utf8');
    const filled = pattern.test(text)
      ? text.replace(pattern, () => inlined)
      : text.replace('</head>', () => `${inlined}</head>`);
    return c.html(filled, status);
  }

  function refuse(c: Context, reason: RefusalReason, embedder: string | null, status: 403 | 404) {
    // A refusal page holds no form and no data: any page may show it, so the person sees why.
    const config: HolderPageConfig = {
      mode: 'refused',
      reason,
      ...(embedder !== null ? { notify: embedder } : {}),
    };
    return page(c, config, reason === 'NOT_EMBEDDED' ? "'none'" : '*', status);
  }

  holder.get(HOLDER_PAGE_PATH, async (c) => {
    const clientId = c.req.query('client_id');
    if (clientId === undefined) return page(c, { mode: 'standalone' }, "'none'", 200);

    const nonce = checkNonce(c.req.query('nonce'));
    const dest = c.req.header('Sec-Fetch-Dest');
    const embedder =
      dest === 'iframe' || dest === undefined ? originOf(c.req.header('Referer')) : null;
    const verifier = VERIFIER_ID_PATTERN.test(clientId) ? findVerifier(registry, clientId) : null;
    if (verifier === null) return refuse(c, 'UNKNOWN_CLIENT', embedder, 404);
    if (dest === 'document') return refuse(c, 'NOT_EMBEDDED', null, 403);
    if (
      verifier.origins.length === 0 ||
      (embedder !== null && !verifier.origins.includes(embedder))
    ) {
      return refuse(c, 'UNREGISTERED_ORIGIN', embedder, 403);
    }
    // frame-ancestors is the real guard: a browser that withheld the Referer is still held to it.
    return page(
      c,
      { mode: 'embedded', verifier, ...(nonce !== undefined ? { nonce } : {}) },
      verifier.origins.join(' '),
      200,
    );
  });

  holder.get(`${HOLDER_ASSETS_BASE}*`, async (c) => {
    let relative: string;
    try {
      relative = decodeURIComponent(c.req.path.slice(HOLDER_ASSETS_BASE.length));
    } catch {
      return c.notFound();
    }
    const full = resolve(join(holderDir, relative));
    const type = CONTENT_TYPES[extname(full)];
    if (relative.includes('\0') || !full.startsWith(holderDir + sep) || type === undefined) {
      return c.notFound();
    }
    const body = await fileIfExists(full);
    if (body === null) return c.notFound();
    c.header('Content-Type', type);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header(
      'Cache-Control',
      relative.startsWith('assets/')
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=3600',
    );
    return c.body(new Uint8Array(body));
  });

  // No CORS for the keyless endpoints: answer preflights here, before the /v3 group would.
  holder.options(`${HOLDER_PAGE_PATH}/*`, (c) => c.body(null, 204));

  holder.post(HOLDER_API.generateOtp, limitBody(), async (c) => {
    c.header('Cache-Control', 'no-store');
    requireOwnPage(c);
    limitAddress(c);
    await registry.faults.apply();
    const body = await readJsonObject(c.req.raw);
    const mobile = checkMobile(body.mobile_number);
    const fullName = checkFullName(body.full_name);
    const verifier = verifierFor(body.client_id);
    const { txnId } = registry.otp.startTransaction({
      mobile,
      fullName,
      requester: requesterFor(verifier),
    });
    return c.json({ txnId });
  });

  holder.post(HOLDER_API.confirmOtp, limitBody(), async (c) => {
    c.header('Cache-Control', 'no-store');
    requireOwnPage(c);
    limitAddress(c);
    await registry.faults.apply();
    const body = await readJsonObject(c.req.raw);
    const otpHash = checkOtpHash(body.otp);
    const txnId = checkTxnId(body.txnId);
    const verifier = verifierFor(body.client_id);
    if (body.nonce !== undefined && typeof body.nonce !== 'string') {
      throw badRequest('nonce must be 1 to 64 characters of A-Z, a-z, 0-9, _ and -.');
    }
    const nonce = checkNonce(body.nonce as string | undefined);
    if (verifier === null && nonce !== undefined) {
      throw badRequest('nonce is only for a token bound to a verifier (client_id).');
    }
    const beneficiary = registry.otp.confirmOtp({
      txnId,
      otpHash,
      requester: requesterFor(verifier),
    });
    const signed =
      verifier === null
        ? await registry.signHolderToken(beneficiary)
        : await registry.signDeskToken(beneficiary, verifier.id, nonce);
    return c.json({ vaccination_status: beneficiary.status, signed_status: signed });
  });

  return holder;
}
