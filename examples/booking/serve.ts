/**
 * The demo booking site on its own origin. `npx tsx examples/booking/serve.ts` starts it (and a
 * simulator on port 8080 unless one answers there or `--registry URL` names one), registers it
 * as verifier `railbook-demo` with its origin, and prints the URL to open.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** One built file, ready to serve. */
export interface Asset {
  type: string;
  body: Uint8Array;
}

/** Options of the booking server. */
export interface BookingServerOptions {
  /** The registry's base URL. */
  registry: string;
  /** The verifier id this site is registered under. */
  clientId: string;
  /** 0 (the default) takes any free port. */
  port?: number;
  host?: string;
  /** The host name put in the printed URL (the origin the registry must know). */
  publicHost?: string;
  /** Files from `buildBookingAssets`, to share one build between servers. */
  assets?: Map<string, Asset>;
}

/** A running booking server. */
export interface BookingServer {
  url: string;
  origin: string;
  close(): Promise<void>;
}

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const REPO = fileURLToPath(new URL('../..', import.meta.url));
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
};

/** Bundles the page (and src/embed, src/protocol) in memory with Vite. */
export async function buildBookingAssets(): Promise<Map<string, Asset>> {
  const output = await build({
    configFile: false,
    root: ROOT,
    base: '/',
    logLevel: 'warn',
    publicDir: false,
    build: { write: false, modulePreload: { polyfill: false }, assetsInlineLimit: 0 },
  });
  const bundles = Array.isArray(output) ? output : [output];
  const assets = new Map<string, Asset>();
  for (const bundle of bundles) {
    if (!('output' in bundle)) continue;
    for (const file of bundle.output) {
      const ext = file.fileName.split('.').pop() ?? '';
      const body =
        file.type === 'chunk'
          ? new TextEncoder().encode(file.code)
          : typeof file.source === 'string'
            ? new TextEncoder().encode(file.source)
            : file.source;
      assets.set(`/${file.fileName}`, { type: TYPES[ext] ?? 'application/octet-stream', body });
    }
  }
  if (!assets.has('/index.html')) throw new Error('The booking page did not build.');
  return assets;
}

/** Serves the booking page and its `/config.json` on a port of its own. */
export async function startBookingServer(options: BookingServerOptions): Promise<BookingServer> {
  const assets = options.assets ?? (await buildBookingAssets());
  const registryOrigin = new URL(options.registry).origin;
  const config = new TextEncoder().encode(
    JSON.stringify({ registry: registryOrigin, clientId: options.clientId }),
  );
  const csp = [
    "default-src 'self'",
    `frame-src ${registryOrigin}`,
    `connect-src 'self' ${registryOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const asset =
      path === '/config.json'
        ? { type: TYPES.json!, body: config }
        : assets.get(path === '/' ? '/index.html' : path);
    if (request.method !== 'GET' || asset === undefined) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response
      .writeHead(200, {
        'Content-Type': asset.type,
        'Content-Security-Policy': csp,
        'Cache-Control': 'no-cache',
      })
      .end(asset.body);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${options.publicHost ?? host}:${port}`;
  return {
    url: `${origin}/`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function registryAnswers(registry: string): Promise<boolean> {
  try {
    return (await fetch(new URL('/.well-known/jwks.json', registry))).ok;
  } catch {
    return false;
  }
}

function startLocalSimulator(port: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['bin/kycvs-simulator.js', '--port', String(port), '--data-dir', '.data'],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      seen += chunk.toString();
      const ready = /KYCVS_READY (\S+)/.exec(seen);
      if (ready) resolve({ child, url: ready[1]! });
    });
    child.once('exit', (code) => reject(new Error(`The simulator exited (${code}).`)));
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const port = Number(option('--port') ?? 5174);
  const clientId = 'railbook-demo';
  let registry = option('--registry') ?? 'http://localhost:8080';
  let simulator: ChildProcess | undefined;
  if (!(await registryAnswers(registry))) {
    if (option('--registry') !== undefined) throw new Error(`No registry answers at ${registry}.`);
    const started = await startLocalSimulator(8080);
    simulator = started.child;
    registry = started.url;
  }
  const server = await startBookingServer({ registry, clientId, port });
  const registered = await fetch(new URL('/dev/verifiers', registry), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      verifier_id: clientId,
      name: 'RailBook (demo)',
      origins: [server.origin],
    }),
  });
  if (registered.status !== 201)
    throw new Error(`Registering the demo failed (${registered.status}).`);
  console.log(`\nRailBook demo: open ${server.url}`);
  console.log(`It embeds the registry at ${registry} as verifier "${clientId}".`);
  const stop = (): void => {
    simulator?.kill();
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
