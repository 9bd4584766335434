/**
 * Static files through @hono/node-server's serveStatic: the built verifier PWA at `/` (or a
 * placeholder until it is built) and the holder page's assets. Brotli and gzip copies written at
 * build are chosen by Accept-Encoding (RFC 9110 §12.5.3), with `Vary: Accept-Encoding`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, MiddlewareHandler } from 'hono';
import { router } from '../http.ts';
import type { Registry } from '../registry.ts';

/** Paths that are API space: a miss there is a JSON 404, never the app shell. */
const API_PREFIXES = ['/v3/', '/api/', '/dev/', '/.well-known/'];

/**
 * The verifier app's policy. connect-src stays open to http(s) and ws(s): the registry is
 * configurable and may live on another origin, and so may an event's hub (SPEC §11).
 */
const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' http: https: ws: wss:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const PLACEHOLDER = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>KYC-VS registry simulator</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>KYC-VS registry simulator</h1>
<p>The registry API is running, but the verifier PWA is not built yet.</p>
<p>Build it with <code>npm run build</code> (or run <code>npm start</code>, which builds it), then reload.</p>
<p>Public keys: <a href="/.well-known/jwks.json">/.well-known/jwks.json</a></p>
</main></body></html>
`;

/** The icon answered at /favicon.ico when the built PWA has none (the holder page asks for it). */
const FAVICON_FILE = fileURLToPath(new URL('../../public/favicon.ico', import.meta.url));

/** Hashed build output keeps for a year; the shell, the service worker and the manifest revalidate. */
function cacheControl(relativePath: string): string {
  const name = relativePath.split('/').pop() ?? '';
  if (
    name === 'index.html' ||
    name === 'sw.js' ||
    name.endsWith('.webmanifest') ||
    name === 'registerSW.js'
  ) {
    return 'no-cache';
  }
  if (relativePath.startsWith('assets/') || /[.-][A-Za-z0-9_-]{8,}\.(js|css|wasm)$/.test(name)) {
    return 'public, max-age=31536000, immutable';
  }
  return 'public, max-age=3600';
}

/** Options of one static tree. */
interface TreeOptions {
  root: string;
  /** The URL prefix the tree sits under ('' for the root). */
  prefix: string;
  /** Which relative paths may be served at all. */
  allow?: (relative: string) => boolean;
  /** Serve this one file whatever the path (the app shell). */
  file?: string;
}

/**
 * A static tree: answers a file (its precompressed copy when the client takes one) with the
 * cache, type and security headers, or null when there is no such file.
 */
function staticTree(options: TreeOptions) {
  let files: MiddlewareHandler | null = null;
  return async (c: Context): Promise<Response | null> => {
    const relative = options.file ?? c.req.path.slice(options.prefix.length).replace(/^\/+/, '');
    if (options.allow !== undefined && !options.allow(relative)) return null;
    if (files === null) {
      // Created once the directory exists, so a build made after start is served too.
      if (!existsSync(options.root)) return null;
      files = serveStatic({
        root: options.root,
        precompressed: true,
        ...(options.file !== undefined
          ? { path: options.file }
          : { rewriteRequestPath: (path: string) => path.slice(options.prefix.length) }),
      });
    }
    const found = (await files(c, async () => {})) as Response | undefined;
    if (found === undefined) return null;
    const served = relative === '' ? 'index.html' : relative;
    found.headers.set('Cache-Control', cacheControl(served));
    found.headers.set('X-Content-Type-Options', 'nosniff');
    const type = found.headers.get('Content-Type') ?? '';
    if (/^(text\/|application\/(json|manifest\+json|javascript|wasm))/.test(type)) {
      // The same URL may answer br, gzip or identity: caches must key on Accept-Encoding.
      if (!/accept-encoding/i.test(found.headers.get('Vary') ?? '')) {
        found.headers.append('Vary', 'Accept-Encoding');
      }
    }
    if (extname(served) === '.html') {
      // The app holds an API key: no framing (clickjacking), no script but its own files.
      found.headers.set('Content-Security-Policy', APP_CSP);
      found.headers.set('X-Frame-Options', 'DENY');
      found.headers.set('Referrer-Policy', 'no-referrer');
    }
    return found;
  };
}

/** The PWA's routes; mounted last, as they answer every GET no other route took. */
export function staticRoutes(registry: Registry) {
  const files = router();
  const pwa = staticTree({ root: registry.staticDir, prefix: '' });
  const shell = staticTree({ root: registry.staticDir, prefix: '', file: 'index.html' });

  files.get('*', async (c) => {
    const found = await pwa(c);
    if (found !== null) return found;
    const isApi = API_PREFIXES.some((prefix) => c.req.path.startsWith(prefix));
    if (c.req.path === '/favicon.ico' && existsSync(FAVICON_FILE)) {
      c.header('Cache-Control', 'public, max-age=86400');
      c.header('Content-Type', 'image/x-icon');
      return c.body(new Uint8Array(readFileSync(FAVICON_FILE)));
    }
    // A navigation to an app route (no extension) gets the shell, as a single-page app expects.
    if (isApi || extname(c.req.path) !== '') return c.notFound();
    const index = await shell(c);
    if (index !== null) return index;
    c.header('Cache-Control', 'no-cache');
    return c.html(PLACEHOLDER);
  });
  return files;
}

/** The holder page's built files (vite.holder.config.ts): scripts, styles and images only. */
export function holderAssets(holderDir: string, prefix: string) {
  return staticTree({
    root: holderDir,
    prefix,
    allow: (relative) => /\.(js|css|png|svg|map)$/.test(relative),
  });
}
