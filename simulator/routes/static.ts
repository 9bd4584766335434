/** Serves the built verifier PWA from the static dir, or a placeholder page until it is built. */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { Hono } from 'hono';
import type { Context } from 'hono';
import type { Registry } from '../registry.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Paths that are API space: a miss there is a JSON 404, never the app shell. */
const API_PREFIXES = ['/v3/', '/dev/', '/.well-known/'];

/**
 * The verifier app's policy. connect-src stays open to http(s): the registry is configurable and
 * may live on another origin.
 */
const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' http: https:",
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

/** Cache policy: the shell, the service worker and the manifest must revalidate; hashed files keep. */
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

/** The bytes of a regular file, or null when there is none at `path`. */
export async function fileIfExists(path: string): Promise<Buffer | null> {
  try {
    if (!(await stat(path)).isFile()) return null;
    return await readFile(path);
  } catch {
    return null;
  }
}

/** The static routes; mount last, as they answer every GET no other route took. */
export function staticRoutes(registry: Registry): Hono {
  const files = new Hono();

  const serve = async (c: Context) => {
    const root = resolve(registry.staticDir);
    let relative: string;
    try {
      relative = decodeURIComponent(c.req.path).replace(/^\/+/, '');
    } catch {
      return c.notFound();
    }
    if (relative === '') relative = 'index.html';
    const full = resolve(join(root, relative));
    if (relative.includes('\0') || !full.startsWith(root + sep)) return c.notFound();

    let body = await fileIfExists(full);
    let served = relative;
    const isApi = API_PREFIXES.some((prefix) => c.req.path.startsWith(prefix));
    // A navigation to an app route (no extension) gets the shell, as a single-page app expects.
    if (body === null && !isApi && extname(relative) === '') {
      body = await fileIfExists(join(root, 'index.html'));
      served = 'index.html';
    }
    if (body === null) {
      if (served === 'index.html' && !isApi) {
        c.header('Cache-Control', 'no-cache');
        return c.html(PLACEHOLDER);
      }
      return c.notFound();
    }
    c.header('Content-Type', CONTENT_TYPES[extname(served)] ?? 'application/octet-stream');
    c.header('Cache-Control', cacheControl(served));
    c.header('X-Content-Type-Options', 'nosniff');
    if (extname(served) === '.html') {
      // The app holds an API key: no framing (clickjacking), no script but its own files.
      c.header('Content-Security-Policy', APP_CSP);
      c.header('X-Frame-Options', 'DENY');
      c.header('Referrer-Policy', 'no-referrer');
    }
    return c.body(new Uint8Array(body));
  };

  files.get('*', serve);
  return files;
}
