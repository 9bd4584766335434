/**
 * The codes people carry (SPEC §9), in the built PWA in a real Chromium with the network cut
 * after the first visit: a CoWIN certificate (a byte-mode QR of its ZIP), an EU DCC and a SMART
 * Health Card issued by the real simulator's `POST /dev/credentials`, read through "Choose
 * image" to the right verdict and kind (SPEC §8); a genuine card with no vaccination, and a code
 * by a signer not on the trust list.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CredentialIssuers, type IssuedCredential } from '../../simulator/issuers/index.ts';
import { cardPayload, jwsToShcText, signCardPayload } from '../../simulator/issuers/shc.ts';
import { describeBrowser, firstVisitThenOffline, launchChromium } from '../helpers/browser.ts';
import { startSimulator, type RunningSimulator } from '../helpers/simulator-process.ts';

const STEP_TIMEOUT = 20_000;
const PERSON = { full_name: 'Kavya Nair', birth_date: '1992-08-17' };

let sim: RunningSimulator;
let appUrl: string;
let issuer: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let strangerDir: string;

async function issue(format: 'divoc' | 'eudcc' | 'shc', doses: number): Promise<IssuedCredential> {
  const response = await fetch(`${sim.url}/dev/credentials`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...PERSON, format, doses, total_doses: 2 }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as IssuedCredential;
}

/** A PNG of the code's QR: the ZIP in one byte segment for a CoWIN certificate, else the text. */
async function qrPng(issued: IssuedCredential): Promise<Buffer> {
  const data =
    'qr_bytes' in issued ? Buffer.from(issued.qr_bytes, 'base64') : Buffer.from(issued.qr_text);
  return QRCode.toBuffer([{ data, mode: 'byte' }], {
    errorCorrectionLevel: 'L',
    margin: 4,
    scale: 4,
    type: 'png',
  });
}

/** Chooses the code's image on the scan screen and returns the verdict's text. */
async function verdictFor(issued: IssuedCredential, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Scan QR' }).click();
  const input = page.locator('input[type="file"]');
  await input.waitFor({ state: 'attached', timeout: STEP_TIMEOUT });
  await input.setInputFiles({
    name: `${name}.png`,
    mimeType: 'image/png',
    buffer: await qrPng(issued),
  });
  const status = page.getByRole('status').filter({ hasText: /\S/ });
  await status.waitFor({ timeout: STEP_TIMEOUT });
  const text = ((await status.textContent()) ?? '').trim();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  return text;
}

describeBrowser('CoWIN, EU DCC and SMART Health Card codes offline in Chromium', () => {
  beforeAll(async () => {
    expect(existsSync(new URL('../../dist/sw.js', import.meta.url)), 'run `npm run build`').toBe(
      true,
    );
    sim = await startSimulator();
    appUrl = sim.url.replace('://localhost:', '://127.0.0.1:');
    issuer = sim.url;
    strangerDir = mkdtempSync(join(tmpdir(), 'kycvs-stranger-'));
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    page = await context.newPage();
    // The first visit: the shell, every chunk (precached) and the trust list.
    await firstVisitThenOffline(context, page, appUrl, STEP_TIMEOUT);
  });

  afterAll(async () => {
    await browser?.close();
    await sim?.stop();
    if (strangerDir) rmSync(strangerDir, { recursive: true, force: true });
  });

  it.each([
    ['divoc', 'CoWIN certificate'],
    ['eudcc', 'EU Digital COVID Certificate'],
    ['shc', 'SMART Health Card'],
  ] as const)('reads a %s code offline to its verdict and kind (%s)', async (format, kind) => {
    const full = await verdictFor(await issue(format, 2), `${format}-full`);
    expect(full.startsWith('Fully vaccinated'), full).toBe(true);
    expect(full).toContain(kind);
    expect(full).toContain('Kavya Nair');
    expect(full).toContain('1992-08-17');
    const partial = await verdictFor(await issue(format, 1), `${format}-partial`);
    expect(partial.startsWith('Partially vaccinated'), partial).toBe(true);
    expect(partial).toContain(kind);
  });

  it('says "Not a vaccination certificate" for a genuine card with no immunization', async () => {
    const own = await CredentialIssuers.open(sim.dataDir, issuer);
    const payload = cardPayload({
      iss: issuer,
      nbf: Math.floor(Date.now() / 1000) - 60,
      fullName: 'Kavya Nair',
      birthDate: '1992-08-17',
      doses: [],
    });
    const text = jwsToShcText(signCardPayload(payload, own.shcSigner()));
    const verdict = await verdictFor({ qr_text: text }, 'lab-result');
    expect(verdict.startsWith('Not a vaccination certificate'), verdict).toBe(true);
    expect(verdict).toContain('SMART Health Card');
  });

  it('says "Cannot verify", never forged, for a code by a signer not on the trust list', async () => {
    const stranger = await CredentialIssuers.open(strangerDir, issuer);
    const issued = await stranger.issueCredential({
      ...PERSON,
      format: 'eudcc',
      doses: 2,
      total_doses: 2,
    });
    const verdict = await verdictFor(issued, 'stranger');
    expect(verdict.startsWith('Cannot verify'), verdict).toBe(true);
    expect(verdict).toContain('EU Digital COVID Certificate');
  });
});
