/** The built PWA in Chromium: the fake camera, a browser context, the first online visit. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../test/helpers/browser.ts';
import {
  blankFrame,
  qrMatrix,
  qrTextFor,
  renderFrame,
  writeY4m,
} from '../../test/helpers/qr-frames.ts';

/** Camera frames: 640x480 at 20 fps, 1.2 s blank, then 0.8 s of the code; Chromium loops it. */
const WIDTH = 640;
const HEIGHT = 480;
const FPS = 20;
const BLANK_FRAMES = 24;
const CODE_FRAMES = 16;
/** How long one step in the page may take before the bench gives up on it. */
export const STEP_TIMEOUT = 20_000;

/**
 * Writes the fake-camera file for `jws` and returns the QR version drawn: blank, then the code,
 * looped; with `codeOnly` the code is always in view.
 */
export function writeCameraFile(path: string, jws: string, codeOnly = false): number {
  const matrix = qrMatrix(qrTextFor(jws), 'M');
  const code = renderFrame(matrix, { width: WIDTH, height: HEIGHT, noise: 6, seed: 11 });
  const blank = blankFrame(WIDTH, HEIGHT);
  const frames = [
    ...Array<Uint8Array>(codeOnly ? 0 : BLANK_FRAMES).fill(blank),
    ...Array<Uint8Array>(CODE_FRAMES).fill(code),
  ];
  writeY4m(path, frames, WIDTH, HEIGHT, FPS);
  return matrix.version;
}

/** Opens Chromium with the fake camera playing `camera`. */
export function launchWithCamera(camera: string, extraArgs: string[] = []): Promise<Browser> {
  return launchChromium([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${camera}`,
    ...extraArgs,
  ]);
}

/** A tablet-sized context allowed to use the camera on the app's origin. */
export async function newAppContext(browser: Browser, appUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  await context.grantPermissions(['camera'], { origin: new URL(appUrl).origin });
  return context;
}

/** Waits until the service worker controls the page and the registry's keys are held. */
export async function firstVisit(page: Page, appUrl: string): Promise<void> {
  await page.goto(appUrl);
  await page.getByRole('button', { name: 'Scan QR' }).waitFor({ timeout: STEP_TIMEOUT });
  await page.evaluate(() =>
    navigator.serviceWorker.ready.then(() =>
      navigator.serviceWorker.controller
        ? undefined
        : new Promise((done) =>
            navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
          ),
    ),
  );
  await page
    .getByText(/keys updated|Keys refreshed/i)
    .first()
    .waitFor({ timeout: STEP_TIMEOUT });
}
