/**
 * The registry's holder page in a real Chromium, across origins: a booking page on a registered
 * origin gets a token through the iframe (aud = its verifier id); one on an unregistered origin
 * gets nothing and shows the rejection; the standalone page's QR, decoded by ZXing from a
 * screenshot, carries a holder token the verifier accepts offline.
 */
import {
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  QRCodeReader,
  RGBLuminanceSource,
} from '@zxing/library';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildBookingAssets, startBookingServer } from '../../examples/booking/serve.ts';
import type { BookingServer } from '../../examples/booking/serve.ts';
import { qrTextToJws, verifyStatusToken } from '../../src/protocol/index.ts';
import type { TrustedIssuer } from '../../src/protocol/index.ts';
import { describeBrowser, launchChromium } from '../helpers/browser.ts';
import {
  accessibilityViolations,
  ensureHolderBuilt,
  luminanceOf,
  received,
  recordMessages,
} from '../helpers/holder-page.ts';
import { addPerson, latestOtp, registerVerifier } from '../helpers/registry-client.ts';
import { startSimulator } from '../helpers/simulator-process.ts';
import type { RunningSimulator } from '../helpers/simulator-process.ts';

const VERIFIER_ID = 'railbook-e2e';
const STEP_TIMEOUT = 20_000;
// Seeded demo beneficiary: two doses of Covishield, fully vaccinated.
const ASHA = { mobile: '9000000001', name: 'Asha Verma' };
// A typical holder for the QR size: a 20-character name (SPEC §5).
const PRIYANKA = { mobile: '9123456780', name: 'Priyanka Raghunathan' };
const HOLDER_PAGE = '/v3/vaccination/status/knowYourStatus';

let sim: RunningSimulator;
let browser: Browser;
let registered: BookingServer;
let unregistered: BookingServer;
let trusted: TrustedIssuer[];

describeBrowser('the holder page and the embedded consent flow', () => {
  beforeAll(async () => {
    await ensureHolderBuilt();
    sim = await startSimulator({ args: ['--otp-resend-gap', '0'] });
    const assets = await buildBookingAssets();
    registered = await startBookingServer({ registry: sim.url, clientId: VERIFIER_ID, assets });
    unregistered = await startBookingServer({ registry: sim.url, clientId: VERIFIER_ID, assets });
    await addPerson(sim.url, {
      mobile_number: PRIYANKA.mobile,
      full_name: PRIYANKA.name,
      doses: [
        { vaccine: 'Covaxin', date: '2021-06-01' },
        { vaccine: 'Covaxin', date: '2021-07-01' },
      ],
    });
    await registerVerifier(sim.url, {
      verifier_id: VERIFIER_ID,
      name: 'RailBook E2E',
      origins: [registered.origin],
    });
    const configuration = (await (
      await fetch(`${sim.url}/.well-known/kycvs-configuration`)
    ).json()) as {
      issuer: string;
    };
    const jwks = (await (await fetch(`${sim.url}/.well-known/jwks.json`)).json()) as {
      keys: JsonWebKey[];
    };
    trusted = [{ iss: configuration.issuer, jwks }];
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await registered?.close();
    await unregistered?.close();
    await sim?.stop();
  });

  it('gives a page on a registered origin a token bound to its verifier', async () => {
    expect(new URL(registered.origin).origin).not.toBe(new URL(sim.url).origin);
    const page = await browser.newPage();
    try {
      await page.goto(registered.url);
      await recordMessages(page);
      await page.getByRole('button', { name: 'Check vaccination status' }).click();
      const frame = page.frameLocator('#registry-frame iframe');
      await expect
        .poll(() => frame.getByText('RailBook E2E', { exact: true }).first().isVisible(), {
          timeout: STEP_TIMEOUT,
        })
        .toBe(true);
      await frame.getByLabel('Mobile number').fill(ASHA.mobile);
      await frame.getByLabel('Full name').fill(ASHA.name);
      await frame.getByRole('button', { name: 'Send OTP' }).click();
      await frame.getByLabel('OTP').waitFor({ timeout: STEP_TIMEOUT });
      const otp = await latestOtp(sim.url, ASHA.mobile);
      expect(otp).toMatch(/^\d{6}$/);
      await frame.getByLabel('OTP').fill(otp!);
      await frame.getByRole('button', { name: 'Verify' }).click();
      const result = page.locator('#vs-result[data-state="verified"]');
      await result.waitFor({ timeout: STEP_TIMEOUT });
      expect(await result.textContent()).toMatch(/^Fully vaccinated: verified for Asha Verma/);

      const messages = await received(page);
      const tokens = messages.filter(
        (m) => (m.data as { type?: string } | null)?.type === 'kycvs:status',
      );
      expect(tokens).toHaveLength(1);
      expect(tokens[0]!.origin).toBe(new URL(sim.url).origin);
      const token = (tokens[0]!.data as { token: string }).token;
      const verdict = await verifyStatusToken(token, trusted, { audience: VERIFIER_ID });
      expect(verdict).toMatchObject({ ok: true, status: 2, aud: VERIFIER_ID, name: ASHA.name });
      expect(await verifyStatusToken(token, trusted, { audience: 'someone-else' })).toEqual({
        ok: false,
        code: 'WRONG_AUDIENCE',
      });
      // The embed always sends a nonce of its own, and the booking page checked the token with it.
      const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
        nonce?: string;
      };
      expect(claims.nonce).toMatch(/^[A-Za-z0-9_-]{22}$/);
      const src = await page.locator('#registry-frame iframe').getAttribute('src');
      expect(new URL(src!).searchParams.get('nonce')).toBe(claims.nonce);
      expect(
        await verifyStatusToken(token, trusted, { audience: VERIFIER_ID, nonce: 'another' }),
      ).toEqual({ ok: false, code: 'NONCE_MISMATCH' });
    } finally {
      await page.close();
    }
  });

  it('gives a page on an unregistered origin nothing, and shows the rejection', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(unregistered.url);
      await recordMessages(page);
      await page.getByRole('button', { name: 'Check vaccination status' }).click();
      const frame = page.frameLocator('#registry-frame iframe');
      await frame.getByRole('alert').waitFor({ timeout: STEP_TIMEOUT });
      expect(await frame.getByRole('alert').textContent()).toMatch(/rejected/);
      expect(await frame.getByLabel('Mobile number').count()).toBe(0);
      await page.locator('#vs-result[data-state="rejected"]').waitFor({ timeout: STEP_TIMEOUT });
      const messages = await received(page);
      expect(
        messages.some((m) => (m.data as { type?: string } | null)?.type === 'kycvs:status'),
      ).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('is held to frame-ancestors when the embedder hides its origin', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(unregistered.url);
      await recordMessages(page);
      // No Referer reaches the registry, so only the browser's CSP check can reject this frame;
      // the standalone page, too, must reject any frame.
      const urls = [
        `${sim.url}${HOLDER_PAGE}?client_id=${VERIFIER_ID}`,
        `${sim.url}${HOLDER_PAGE}`,
      ];
      for (const url of urls) {
        await page.evaluate(
          (src) =>
            new Promise<void>((resolve) => {
              const frame = document.createElement('iframe');
              frame.referrerPolicy = 'no-referrer';
              frame.src = src;
              frame.addEventListener('load', () => resolve(), { once: true });
              document.body.appendChild(frame);
            }),
          url,
        );
      }
      const children = page.frames().filter((f) => f !== page.mainFrame());
      expect(children).toHaveLength(2);
      for (const child of children) {
        expect(child.url()).not.toContain(HOLDER_PAGE);
        expect(await child.getByLabel('Mobile number').count()).toBe(0);
      }
      expect(await received(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('still frames for a registered origin that hides its Referer (the control case)', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(registered.url);
      await page.evaluate(
        (src) =>
          new Promise<void>((resolve) => {
            const frame = document.createElement('iframe');
            frame.referrerPolicy = 'no-referrer';
            frame.src = src;
            frame.addEventListener('load', () => resolve(), { once: true });
            document.body.appendChild(frame);
          }),
        `${sim.url}${HOLDER_PAGE}?client_id=${VERIFIER_ID}`,
      );
      const child = page.frames().find((f) => f !== page.mainFrame())!;
      expect(child.url()).toContain(HOLDER_PAGE);
      await child.getByLabel('Mobile number').waitFor({ timeout: STEP_TIMEOUT });
    } finally {
      await page.close();
    }
  });

  it('shows a standalone holder token as a QR that ZXing decodes and the verifier accepts offline', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${sim.url}${HOLDER_PAGE}`);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByLabel('Mobile number').fill(PRIYANKA.mobile);
      await page.getByLabel('Full name').fill(PRIYANKA.name);
      await page.getByRole('button', { name: 'Send OTP' }).click();
      await page.getByLabel('OTP').waitFor({ timeout: STEP_TIMEOUT });
      const otp = await latestOtp(sim.url, PRIYANKA.mobile);
      await page.getByLabel('OTP').fill(otp!);
      await page.getByRole('button', { name: 'Verify' }).click();
      const image = page.getByRole('img', { name: 'Status QR' });
      await image.waitFor({ timeout: STEP_TIMEOUT });
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(await page.getByRole('status').first().textContent()).toMatch(/^Fully vaccinated/);
      const src = await image.getAttribute('src');
      expect(await page.getByRole('link', { name: 'Download QR' }).getAttribute('href')).toBe(src);
      expect(await page.getByRole('button', { name: 'Copy token' }).count()).toBe(1);

      // The element can be visible before its PNG is decoded and painted.
      await image.evaluate((img) => (img as HTMLImageElement).decode());
      const screenshot = await image.screenshot({ animations: 'disabled' });
      const { data, width, height } = await luminanceOf(page, screenshot);
      const bitmap = new BinaryBitmap(
        new HybridBinarizer(new RGBLuminanceSource(data, width, height)),
      );
      const hints = new Map([[DecodeHintType.TRY_HARDER, true]]);
      const text = new QRCodeReader().decode(bitmap, hints).getText();
      expect(text).toMatch(/^kycvs:\/\d+$/);
      const jws = qrTextToJws(text);
      expect(jws).not.toBeNull();

      // Offline: the trust list was fetched before; nothing is fetched now.
      const verdict = await verifyStatusToken(jws!, trusted);
      expect(verdict).toMatchObject({ ok: true, status: 2, name: PRIYANKA.name, mob: '6780' });
      if (!verdict.ok) throw new Error('unreachable');
      expect(verdict.aud).toBeUndefined();
      expect(verdict.exp - verdict.iat).toBe(7 * 24 * 3600);

      // The version, from the PNG's own size: margin 4 and 4 pixels a module.
      const natural = await image.evaluate((img) => (img as HTMLImageElement).naturalWidth);
      const modules = natural / 4 - 8;
      const version = (modules - 17) / 4;
      expect(Number.isInteger(version)).toBe(true);
      expect(await page.locator('figure.qr').getAttribute('data-qr-version')).toBe(String(version));
      console.log(
        `[holder QR] JWS ${jws!.length} characters, issuer ${trusted[0]!.iss} ` +
          `(${trusted[0]!.iss.length} chars): QR version ${version} at level M`,
      );
    } finally {
      await page.close();
    }
  });
});
