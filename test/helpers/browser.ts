/** Finds and launches the system Chromium for browser tests; never downloads a browser. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
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
