/** Finds and launches the system Chromium for browser tests; never downloads a browser. */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type LaunchOptions,
  type Page,
} from 'playwright-core';
import { describe } from 'vitest';

/** Flags that keep Chromium quiet and working on a machine with no internet. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium binary to use: CHROME_PATH, else Debian's, else null. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  return null;
}

const chromiumPath = findChromium();
if (!chromiumPath) {
  if (process.env.CI === 'true') {
    throw new Error(
      'No Chromium found (CHROME_PATH or /usr/bin/chromium) and CI=true: browser tests cannot be skipped in CI.',
    );
  }
  console.warn(
    '\n*** BROWSER TESTS SKIPPED: no Chromium at CHROME_PATH or /usr/bin/chromium ***\n',
  );
}

/** `describe` when a Chromium is present, a loud skip otherwise (a failure under CI=true). */
export const describeBrowser = chromiumPath ? describe : describe.skip;

/** Launches headless Chromium with the project's flags plus any extra ones (a fake camera, say). */
export async function launchChromium(
  extraArgs: string[] = [],
  options: LaunchOptions = {},
): Promise<Browser> {
  if (!chromiumPath) throw new Error('No Chromium available');
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraArgs],
    ...options,
  });
}

/** Waits until the service worker is active and controls `page` (the first visit is cached). */
export async function untilServiceWorkerControls(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) =>
        navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
      );
    }
  });
}

/**
 * The first visit of the PWA with its trust list fetched, then the network cut and the page
 * reloaded from the service worker: the gate with no signal.
 */
export async function firstVisitThenOffline(
  context: BrowserContext,
  page: Page,
  appUrl: string,
  timeout: number,
): Promise<void> {
  await page.goto(appUrl);
  await untilServiceWorkerControls(page);
  await page.getByText(/Trust list for CoWIN.*updated/).waitFor({ timeout });
  await context.setOffline(true);
  await page.reload();
  await page.getByText('Offline').first().waitFor({ timeout });
}

/**
 * Serves the files of `root` on 127.0.0.1 (a secure context, so a page may use the camera),
 * `index` for `/`, with a content type by extension (text/html otherwise).
 */
export async function serveDirectory(
  root: string,
  index: string,
  types: Record<string, string>,
): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    try {
      const body = readFileSync(join(root, path || index));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'text/html' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}
