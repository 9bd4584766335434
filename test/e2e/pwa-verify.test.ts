/**
 * The verifier PWA in a real Chromium with a fake camera, served by the real simulator: QR
 * verdicts online and offline (a reload with no network included), the OTP desk check through
 * the SMS outbox, and a registry that is down.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, generateKeyPair, importJWK, type JWK } from 'jose';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchChromium, untilServiceWorkerControls } from '../helpers/browser.ts';
import { blankFrame, qrMatrix, qrTextFor, renderFrame, writeY4m } from '../helpers/qr-frames.ts';
import { latestOtp, registerVerifier, runOtpFlow } from '../helpers/registry-client.ts';
import { startSimulator, type RunningSimulator } from '../helpers/simulator-process.ts';

const WIDTH = 640;
const HEIGHT = 480;
const VERIFIER_ID = 'e2e-gate';
const STEP_TIMEOUT = 20_000;

let sim: RunningSimulator;
/** Where the app is opened: 127.0.0.1, while tokens say localhost (discovery must cope). */
let appUrl: string;
let apiKey: string;
let issuer: string;
let workDir: string;
const tokens: Record<'valid' | 'forged' | 'unknownKey' | 'expired', string> = {
  valid: '',
  forged: '',
  unknownKey: '',
  expired: '',
};

function forge(jws: string): string {
  const [header, payload, signature] = jws.split('.') as [string, string, string];
  const at = Math.floor(payload.length / 2);
  const swapped = payload[at] === 'A' ? 'B' : 'A';
  return `${header}.${payload.slice(0, at)}${swapped}${payload.slice(at + 1)}.${signature}`;
}

async function signWithStrangerKey(iss: string): Promise<string> {
  const { privateKey } = await generateKeyPair('ES256');
  const now = Math.floor(Date.now() / 1000);
  const kid = Buffer.from(crypto.getRandomValues(new Uint8Array(8))).toString('base64url');
  return new SignJWT({
    iss,
    iat: now,
    exp: now + 3600,
    jti: Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url'),
    vs: 2,
    name: 'Asha Verma',
    mob: '0001',
  })
    .setProtectedHeader({ alg: 'ES256', kid, typ: 'kycvs+jwt' })
    .sign(privateKey);
}

/**
 * A holder token the registry really signed (its current key, read from its data dir) that
 * expired a day ago: issued 8 days ago with the 7-day holder lifetime.
 */
async function signExpiredHolderToken(dataDir: string, iss: string): Promise<string> {
  const file = JSON.parse(readFileSync(join(dataDir, 'keys.json'), 'utf8')) as {
    current: string;
    keys: { kid: string; privateJwk: JWK }[];
  };
  const key = file.keys.find((entry) => entry.kid === file.current)!;
  const iat = Math.floor(Date.now() / 1000) - 8 * 24 * 3600;
  return new SignJWT({
    iss,
    iat,
    exp: iat + 7 * 24 * 3600,
    jti: Buffer.from(crypto.getRandomValues(new Uint8Array(12))).toString('base64url'),
    vs: 2,
    name: 'Asha Verma',
    mob: '0001',
  })
    .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'kycvs+jwt' })
    .sign(await importJWK(key.privateJwk, 'ES256'));
}

/** A fake-camera file: a few blank frames, then the token's QR code. */
function cameraFile(name: string, jws: string): string {
  const matrix = qrMatrix(qrTextFor(jws), 'M');
  const code = renderFrame(matrix, { width: WIDTH, height: HEIGHT, noise: 6, seed: 7 });
  const blank = blankFrame(WIDTH, HEIGHT);
  const path = join(workDir, `${name}.y4m`);
  writeY4m(path, [blank, blank, blank, code, code, code, code, code, code, code], WIDTH, HEIGHT);
  return path;
}

async function openBrowser(
  camera: string,
): Promise<{ browser: Browser; context: BrowserContext; page: Page }> {
  const browser = await launchChromium([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${camera}`,
  ]);
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  await context.grantPermissions(['camera'], { origin: appUrl });
  const page = await context.newPage();
  return { browser, context, page };
}

/** First visit: configure Settings by their accessible names and wait for the service worker. */
async function firstVisit(page: Page): Promise<void> {
  await page.goto(appUrl);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Verifier ID').fill(VERIFIER_ID);
  await page.getByLabel('API key').fill(apiKey);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Settings saved.').waitFor({ timeout: STEP_TIMEOUT });
  await page.getByText(`Issuer: ${issuer}`).waitFor({ timeout: STEP_TIMEOUT });
  await untilServiceWorkerControls(page);
  await page.getByRole('button', { name: 'Back' }).click();
}

async function scanVerdict(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Scan QR' }).click();
  const status = page.getByRole('status');
  await status.waitFor({ timeout: STEP_TIMEOUT });
  return (await status.textContent()) ?? '';
}

async function goOfflineAndReload(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  await page.reload();
  await page.getByText('Offline').first().waitFor({ timeout: STEP_TIMEOUT });
}

describeBrowser('verifier PWA in Chromium', () => {
  beforeAll(async () => {
    expect(
      existsSync(new URL('../../dist/sw.js', import.meta.url)),
      'run `npx vite build` first',
    ).toBe(true);
    workDir = mkdtempSync(join(tmpdir(), 'kycvs-pwa-e2e-'));
    sim = await startSimulator({ args: ['--otp-resend-gap', '0'] });
    appUrl = sim.url.replace('://localhost:', '://127.0.0.1:');
    apiKey = await registerVerifier(sim.url, {
      verifier_id: VERIFIER_ID,
      name: 'E2E Gate',
      origins: [sim.url, appUrl],
    });
    const config = (await (await fetch(`${sim.url}/.well-known/kycvs-configuration`)).json()) as {
      issuer: string;
    };
    issuer = config.issuer;
    const { signed_status: desk } = await runOtpFlow(sim.url, apiKey, {
      mobile: '9000000001',
      fullName: 'Asha Verma',
    });
    tokens.valid = desk;
    tokens.forged = forge(desk);
    tokens.unknownKey = await signWithStrangerKey(issuer);
    tokens.expired = await signExpiredHolderToken(sim.dataDir, issuer);
  });

  afterAll(async () => {
    await sim?.stop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('verifies a valid QR online and offline, runs the OTP check, and survives a registry outage', async () => {
    const { browser, context, page } = await openBrowser(cameraFile('valid', tokens.valid));
    try {
      await firstVisit(page);

      const online = await scanVerdict(page);
      expect(online.startsWith('Fully vaccinated')).toBe(true);
      expect(online).toContain('Asha Verma');
      expect(online).toContain('0001');

      // "Next" goes straight back to scanning on the same camera; the code still held up is
      // not read twice.
      await page.getByRole('button', { name: 'Next' }).click();
      await page.locator('main[data-scanner="live"]').waitFor({ timeout: STEP_TIMEOUT });
      await page.getByRole('button', { name: 'Back' }).click();

      // The OTP desk check, end to end through the simulator's SMS outbox.
      await page.getByRole('button', { name: 'Check with OTP' }).click();
      await page.getByLabel('Mobile number').fill('9000000003');
      await page.getByLabel('Full name').fill('Arjun Singh');
      await page.getByRole('button', { name: 'Send OTP' }).click();
      await page.getByLabel('OTP', { exact: true }).waitFor({ timeout: STEP_TIMEOUT });
      const otp = await latestOtp(sim.url, '9000000003');
      expect(otp).toMatch(/^\d{6}$/);
      await page.getByLabel('OTP', { exact: true }).fill(otp!);
      await page.getByRole('button', { name: 'Verify' }).click();
      const desk = page.getByRole('status');
      await desk.waitFor({ timeout: STEP_TIMEOUT });
      const deskText = (await desk.textContent()) ?? '';
      expect(deskText.startsWith('Fully vaccinated')).toBe(true);
      expect(deskText).toContain('Arjun Singh');
      // "Next" after a desk check starts the next desk check.
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByLabel('Mobile number').waitFor({ timeout: STEP_TIMEOUT });
      await page.getByRole('button', { name: 'Back' }).click();

      // The registry goes down: the OTP check says so clearly, QR checks go on.
      await fetch(`${sim.url}/dev/faults`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ down: true }),
      });
      try {
        await page.getByRole('button', { name: 'Check with OTP' }).click();
        await page.getByLabel('Mobile number').fill('9000000003');
        await page.getByLabel('Full name').fill('Arjun Singh');
        await page.getByRole('button', { name: 'Send OTP' }).click();
        const alert = page.getByRole('alert');
        await alert.waitFor({ timeout: STEP_TIMEOUT });
        expect(await alert.textContent()).toMatch(
          /The registry (has a problem right now|cannot be reached|is not answering)/,
        );
        await expect(page.getByRole('button', { name: 'Try again' }).isVisible()).resolves.toBe(
          true,
        );
        await page.getByRole('button', { name: 'Back' }).click();
        const duringOutage = await scanVerdict(page);
        expect(duringOutage.startsWith('Fully vaccinated')).toBe(true);
        // Shown again on this device: still its status, flagged as a repeat.
        expect(duringOutage).toMatch(/Already checked at \d{2}:\d{2}/);
        await page.getByRole('button', { name: 'Next' }).click();
        await page.locator('main[data-scanner="live"]').waitFor({ timeout: STEP_TIMEOUT });
        await page.getByRole('button', { name: 'Back' }).click();
      } finally {
        await fetch(`${sim.url}/dev/faults`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{}',
        });
      }

      // No network at all: the reload comes from the service worker and the QR still verifies.
      await goOfflineAndReload(context, page);
      const offline = await scanVerdict(page);
      expect(offline.startsWith('Fully vaccinated')).toBe(true);
      expect(offline).toContain('Asha Verma');
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('calls a forged QR "Invalid", online and after an offline reload', async () => {
    const { browser, context, page } = await openBrowser(cameraFile('forged', tokens.forged));
    try {
      await firstVisit(page);
      const online = await scanVerdict(page);
      expect(online.startsWith('Invalid')).toBe(true);
      expect(online).not.toContain('Asha Verma');
      await goOfflineAndReload(context, page);
      const offline = await scanVerdict(page);
      expect(offline.startsWith('Invalid')).toBe(true);
    } finally {
      await browser.close();
    }
  }, 90_000);

  it('says "Cannot verify" for a QR signed by an unknown key, online and offline', async () => {
    const { browser, context, page } = await openBrowser(cameraFile('unknown', tokens.unknownKey));
    try {
      await firstVisit(page);
      const online = await scanVerdict(page);
      expect(online.startsWith('Cannot verify')).toBe(true);
      expect(online).not.toMatch(/forged/i);
      await goOfflineAndReload(context, page);
      const offline = await scanVerdict(page);
      expect(offline.startsWith('Cannot verify')).toBe(true);
    } finally {
      await browser.close();
    }
  }, 90_000);

  it('calls an expired QR "Invalid" with the reason, online and after an offline reload', async () => {
    const { browser, context, page } = await openBrowser(cameraFile('expired', tokens.expired));
    try {
      await firstVisit(page);
      const online = await scanVerdict(page);
      expect(online.startsWith('Invalid')).toBe(true);
      expect(online).toContain('expired');
      expect(online).not.toContain('Asha Verma');
      await goOfflineAndReload(context, page);
      const offline = await scanVerdict(page);
      expect(offline.startsWith('Invalid')).toBe(true);
      expect(offline).toContain('expired');
    } finally {
      await browser.close();
    }
  }, 90_000);
});
