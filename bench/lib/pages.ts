/** Bundles bench pages with esbuild and serves them from memory on 127.0.0.1 (a secure context). */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Files by URL path (`/index.html`), with their bodies. */
export type Site = Map<string, string | Uint8Array>;

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  // The scanner's decode worker, served under its source name (see bench/decode.ts).
  ts: 'text/javascript; charset=utf-8',
  wasm: 'application/wasm',
};

/**
 * Vite's `?url` imports (the zxing-cpp binary in decoder-chain.ts): the file without the suffix,
 * which the `file` loader emits beside the chunks and imports as its URL, as Vite does.
 */
const viteUrlImports: Plugin = {
  name: 'vite-url-imports',
  setup(builder) {
    builder.onResolve({ filter: /\?url$/ }, async (args) => {
      const resolved = await builder.resolve(args.path.slice(0, -'?url'.length), {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
      });
      return resolved.errors.length > 0 ? { errors: resolved.errors } : { path: resolved.path };
    });
  },
};

/**
 * Bundles `entry` (a path from the project root) as ES modules with code splitting, so the lazy
 * decoders stay lazy chunks as in the PWA. Minified like a production build.
 */
export async function bundlePage(entry: string): Promise<Site> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { page: entry },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    outdir: '/site',
    publicPath: '/',
    loader: { '.wasm': 'file' },
    plugins: [viteUrlImports],
    logLevel: 'warning',
  });
  const site: Site = new Map();
  // Bytes, not text: the wasm binary is among the outputs.
  for (const file of result.outputFiles) {
    site.set(file.path.replace(/^\/site/, ''), file.contents);
  }
  return site;
}

/** Bundles `entry` into one classic script (an init script to inject into other pages). */
export async function bundleScript(entry: string): Promise<string> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

/** A page that loads `/page.js` as a module. */
export function pageHtml(title: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><video id="camera" muted playsinline></video><script type="module" src="/page.js"></script></body></html>`;
}

/** Serves `site` on 127.0.0.1; `/` is `/index.html`. */
export async function serveSite(site: Site): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const body = site.get(path === '/' ? '/index.html' : path);
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[path.split('.').pop() ?? 'html'] ?? TYPES.html!;
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
