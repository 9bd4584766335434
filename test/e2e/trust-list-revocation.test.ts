/**
 * The signed trust list and offline revocation (SPEC §10) in the built PWA, served by the real
 * simulator, in Chromium: a code revoked through `POST /dev/revocations` reads "Invalid"
 * (revoked) offline on a tablet that synced the list, and is still accepted on one that did
 * not; a list signed by another key, with an older `seq`, or with a swapped payload is refused,
 * and the last good list keeps working offline.
 */
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SignedTrustList } from '../../src/protocol/index.ts';
import { generateTrustKeyJwk, signTrustList, trustKeyFromJwk } from '../../trust/sign.ts';
import { describeBrowser, firstVisitThenOffline, launchChromium } from '../helpers/browser.ts';
import { startSimulator, type RunningSimulator } from '../helpers/simulator-process.ts';
import { credentialIdOf, issueDcc, verdictFor } from '../helpers/gate-flows.ts';

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

async function tablet(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await firstVisitThenOffline(context, page, appUrl, STEP_TIMEOUT);
  return { context, page };
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
    const revoked = await issueDcc(sim.url, PERSON);
    const kept = await issueDcc(sim.url, PERSON);
    const held = await (await fetch(`${sim.url}/.well-known/kycvs-trust-list.jws`)).text();

    const answer = await post('/dev/revocations', {
      format: 'eudcc',
      id: await credentialIdOf(sim.url, revoked),
    });
    expect(answer.status).toBe(200);
    await sync(synced.context, synced.page);

    const there = await verdictFor(synced.page, revoked, STEP_TIMEOUT);
    expect(there.startsWith('Invalid'), there).toBe(true);
    expect(there).toMatch(/revoked/i);
    expect(there).not.toContain('Kavya Nair');
    const keptThere = await verdictFor(synced.page, kept, STEP_TIMEOUT);
    expect(keptThere.startsWith('Fully vaccinated'), keptThere).toBe(true);
    const elsewhere = await verdictFor(stale.page, revoked, STEP_TIMEOUT);
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
      const still = await verdictFor(synced.page, revoked, STEP_TIMEOUT);
      expect(still.startsWith('Invalid'), still).toBe(true);
      const good = await verdictFor(synced.page, kept, STEP_TIMEOUT);
      expect(good.startsWith('Fully vaccinated'), good).toBe(true);
    }
    await synced.context.close();
    await stale.context.close();
  }, 60_000);
});
