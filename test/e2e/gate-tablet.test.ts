/**
 * The gate tablet in a real Chromium against the real simulator (SPEC 5, 8): a saved PIN
 * guards Settings and rejects a wrong one, an http: registry other than localhost is rejected in
 * words, and a desk token shown as a QR is Invalid.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { jwsToQrText } from '../../src/protocol/index.ts';
import { describeBrowser, launchChromium } from '../helpers/browser.ts';
import { registerVerifier, runOtpFlow } from '../helpers/registry-client.ts';
import { startSimulator, type RunningSimulator } from '../helpers/simulator-process.ts';

const STEP_TIMEOUT = 20_000;
const VERIFIER_ID = 'gate-e2e';

let sim: RunningSimulator;
let browser: Browser;
let page: Page;
let appUrl: string;
let apiKey: string;

describeBrowser(
  'the gate tablet',
  () => {
    beforeAll(async () => {
      sim = await startSimulator({ args: ['--otp-resend-gap', '0', '--rate-limit', '0'] });
      appUrl = sim.url.replace('://localhost:', '://127.0.0.1:');
      apiKey = await registerVerifier(sim.url, {
        verifier_id: VERIFIER_ID,
        name: 'Gate E2E',
        origins: [sim.url, appUrl],
      });
      browser = await launchChromium(['--lang=en-US']);
      page = await (await browser.newContext({ locale: 'en-US' })).newPage();
      await page.goto(appUrl);
    }, 90_000);

    afterAll(async () => {
      await browser?.close();
      await sim?.stop();
    });

    it('shows the offline-ready notice without shifting the home page', async () => {
      await page.getByText('The app is ready to work offline.').waitFor({ timeout: STEP_TIMEOUT });
      const { shift, position } = await page.evaluate(async () => {
        const entries = await new Promise<PerformanceEntry[]>((resolve) => {
          new PerformanceObserver((list) => resolve(list.getEntries())).observe({
            type: 'layout-shift',
            buffered: true,
          });
          setTimeout(() => resolve([]), 500);
        });
        const toast = document.querySelector('.toast');
        return {
          shift: entries.reduce(
            (sum, entry) => sum + (entry as unknown as { value: number }).value,
            0,
          ),
          position: toast ? getComputedStyle(toast).position : null,
        };
      });
      expect(position).toBe('fixed');
      expect(shift).toBeLessThan(0.01);
      await page.getByRole('button', { name: 'OK' }).click();
    });

    it('says Settings are open to anyone until a PIN is saved', async () => {
      await page.getByText('Settings are open to anyone').waitFor({ timeout: STEP_TIMEOUT });
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByLabel('Verifier ID').fill(VERIFIER_ID);
      await page.getByLabel('API key').fill(apiKey);
      await page.getByLabel('PIN').fill('2580');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Settings saved.').waitFor({ timeout: STEP_TIMEOUT });
      await page.getByRole('button', { name: 'Back' }).click();
      await page.getByRole('button', { name: 'Scan QR' }).waitFor({ timeout: STEP_TIMEOUT });
      expect(await page.getByText('Settings are open to anyone').count()).toBe(0);
    });

    it('asks for the PIN before Settings open, rejects a wrong one, opens with the right one', async () => {
      await page.reload();
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('button', { name: 'Unlock' }).waitFor({ timeout: STEP_TIMEOUT });
      expect(await page.getByLabel('Registry URL').count()).toBe(0);
      await page.getByLabel('PIN').fill('1111');
      await page.getByRole('button', { name: 'Unlock' }).click();
      const rejection = page.getByRole('alert');
      await rejection.waitFor({ timeout: STEP_TIMEOUT });
      expect(await rejection.textContent()).toContain('Wrong PIN');
      expect(await page.getByLabel('Registry URL').count()).toBe(0);
      await page.getByLabel('PIN').fill('2580');
      await page.getByRole('button', { name: 'Unlock' }).click();
      await page.getByLabel('Registry URL').waitFor({ timeout: STEP_TIMEOUT });
      expect(await page.getByLabel('Verifier ID').inputValue()).toBe(VERIFIER_ID);
    });

    it('rejects an http: registry other than localhost with a clear message', async () => {
      await page.getByLabel('Registry URL').fill('http://registry.example');
      await page.getByRole('button', { name: 'Save' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: STEP_TIMEOUT });
      expect(await alert.textContent()).toBe(
        'The registry URL must start with https:// (http:// only for localhost and 127.0.0.1).',
      );
      // Nothing changed: leaving and coming back asks for the PIN again, then shows the old URL.
      await page.getByRole('button', { name: 'Back' }).click();
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByLabel('PIN').fill('2580');
      await page.getByRole('button', { name: 'Unlock' }).click();
      await expect(page.getByLabel('Registry URL').inputValue()).resolves.toBe(appUrl);
      await page.getByRole('button', { name: 'Back' }).click();
    });

    it('calls a desk token shown as a QR Invalid', async () => {
      const { signed_status: desk } = await runOtpFlow(sim.url, apiKey, {
        mobile: '9000000003',
        fullName: 'Arjun Singh',
        nonce: 'desk-nonce-1',
      });
      await page.getByRole('button', { name: 'Scan QR' }).click();
      await page.getByLabel('QR text').fill(jwsToQrText(desk));
      await page.getByRole('button', { name: 'Check text' }).click();
      const verdict = page.getByRole('status');
      await verdict.waitFor({ timeout: STEP_TIMEOUT });
      expect(((await verdict.textContent()) ?? '').startsWith('Invalid')).toBe(true);
      expect(await verdict.textContent()).toContain('answers another check');
      expect(await verdict.textContent()).not.toContain('Arjun');
    });
  },
  180_000,
);
