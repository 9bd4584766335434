/**
 * The signed trust list and offline revocation (SPEC §10) in the built PWA, served by the real
 * simulator, in Chromium: a code revoked through `POST /dev/revocations` reads "Invalid"
 * (revoked) offline on a tablet that synced the list, and is still accepted on one that did
 * not; a list signed by another key, with an older `seq`, or with a swapped payload is refused,
 * and the last good list keeps working offline.
 */
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SignedTrustList } from '../../src/protocol/index.ts';
import { generateTrustKeyJwk, signTrustList, trustKeyFromJwk } from '../../trust/sign.ts';
import { describeBrowser, firstVisitThenOffline, launchChromium } from '../helpers/browser.ts';
import { startSimulator, type RunningSimulator } from '../helpers/simulator-process.ts';

const STEP_TIMEOUT = 20_000;
const PERSON = { full_name: 'Kavya Nair', birth_date: '1992-08-17' };

let sim: RunningSimulator;
let appUrl: string;
let browser: Browser;

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(`${sim.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function issueDcc(): Promise<string> {
  const response = await post('/dev/credentials', {
    ...PERSON,
    format: 'eudcc',
    doses: 2,
    total_doses: 2,
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { qr_text: string }).qr_text;
}

/** The UCI of an `HC1:` code the simulator issued (its SPEC §9 id), read by the protocol. */
async function uciOf(text: string): Promise<string> {
  const { verifyCredential, verifyTrustList } = await import('../../src/protocol/index.ts');
  const list = await verifyTrustList(
    await (await fetch(`${sim.url}/.well-known/kycvs-trust-list.jws`)).text(),
  );
  if (!list.ok) throw new Error(list.code);
  const verdict = await verifyCredential(text, list.list);
  if (!verdict.ok) throw new Error(verdict.code);
  return verdict.id;
}

async function tablet(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await firstVisitThenOffline(context, page, appUrl, STEP_TIMEOUT);
  return { context, page };
}

async function verdictFor(page: Page, text: string): Promise<string> {
  await page.getByRole('button', { name: 'Scan QR' }).click();
  const input = page.locator('input[type="file"]');
  await input.waitFor({ state: 'attached', timeout: STEP_TIMEOUT });
  const buffer = await QRCode.toBuffer([{ data: Buffer.from(text), mode: 'byte' }], {
    errorCorrectionLevel: 'L',
    margin: 4,
    scale: 4,
    type: 'png',
  });
  await input.setInputFiles({ name: 'code.png', mimeType: 'image/png', buffer });
  const status = page.getByRole('status').filter({ hasText: /\S/ });
  await status.waitFor({ timeout: STEP_TIMEOUT });
  const verdict = ((await status.textContent()) ?? '').trim();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  return verdict;
}

/** Goes online, refreshes the keys and the list, waits for the refresh to end, goes offline. */
async function sync(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(false);
  await page.getByText('Online').first().waitFor({ timeout: STEP_TIMEOUT });
  const refresh = page.getByRole('button', { name: 'Refresh keys' });
  await refresh.click();
  await page
    .getByText(/Keys refreshed|refused/)
    .first()
    .waitFor({ timeout: STEP_TIMEOUT });
  await context.setOffline(true);
}

describeBrowser('the signed trust list and offline revocation in Chromium', () => {
  beforeAll(async () => {
    expect(existsSync(new URL('../../dist/sw.js', import.meta.url)), 'run `npm run build`').toBe(
      true,
    );
    sim = await startSimulator();
    appUrl = sim.url.replace('://localhost:', '://127.0.0.1:');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await sim?.stop();
  });

  it('a revoked code is Invalid offline where the list synced, accepted where it did not; bad lists are refused', async () => {
    const synced = await tablet();
    const stale = await tablet();
    const revoked = await issueDcc();
    const kept = await issueDcc();
    const held = await (await fetch(`${sim.url}/.well-known/kycvs-trust-list.jws`)).text();

    const answer = await post('/dev/revocations', { format: 'eudcc', id: await uciOf(revoked) });
    expect(answer.status).toBe(200);
    await sync(synced.context, synced.page);

    const there = await verdictFor(synced.page, revoked);
    expect(there.startsWith('Invalid'), there).toBe(true);
    expect(there).toMatch(/revoked/i);
    expect(there).not.toContain('Kavya Nair');
    const keptThere = await verdictFor(synced.page, kept);
    expect(keptThere.startsWith('Fully vaccinated'), keptThere).toBe(true);
    const elsewhere = await verdictFor(stale.page, revoked);
    expect(elsewhere.startsWith('Fully vaccinated'), elsewhere).toBe(true);

    // Lists the synced tablet must refuse: another signer, an older seq, a swapped payload.
    const current = await (await fetch(`${sim.url}/.well-known/kycvs-trust-list.jws`)).text();
    const payload = JSON.parse(
      Buffer.from(current.split('.')[1]!, 'base64url').toString(),
    ) as SignedTrustList;
    const forged = { ...payload, seq: payload.seq + 5, revoked: { divoc: [], eudcc: [], shc: [] } };
    const [header, , signature] = current.split('.');
    const bad: [string, RegExp][] = [
      [
        signTrustList(forged, trustKeyFromJwk(generateTrustKeyJwk())),
        /signed by another key was refused/,
      ],
      [held, /older or altered trust list was refused/],
      [
        `${header}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`,
        /broken signature was refused/,
      ],
    ];
    for (const [body, refusal] of bad) {
      await synced.context.route('**/.well-known/kycvs-trust-list.jws', (route) =>
        route.fulfill({ status: 200, contentType: 'application/jose', body }),
      );
      await synced.context.setOffline(false);
      await synced.page.getByRole('button', { name: 'Refresh keys' }).click();
      await synced.page.getByText(refusal).first().waitFor({ timeout: STEP_TIMEOUT });
      await synced.context.setOffline(true);
      await synced.context.unrouteAll();
      const still = await verdictFor(synced.page, revoked);
      expect(still.startsWith('Invalid'), still).toBe(true);
      const good = await verdictFor(synced.page, kept);
      expect(good.startsWith('Fully vaccinated'), good).toBe(true);
    }
    await synced.context.close();
    await stale.context.close();
  });
});
