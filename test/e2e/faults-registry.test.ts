/**
 * Faults with the PWA open (SPEC §3 `/dev/faults`), real simulator and real Chromium: a slow, a failing
 * and a down registry (the OTP check says so and recovers on retry, QR checks never stop), a JWKS
 * refresh that fails or returns garbage (the held keys stay), and corrupted IndexedDB records.
 */
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchChromium } from '../helpers/browser.ts';
import { addPerson, registerVerifier } from '../helpers/registry-client.ts';
import { startSimulator, type RunningSimulator } from '../helpers/simulator-process.ts';
import {
  STEP_TIMEOUT,
  alertText,
  configure,
  deleteRawRecord,
  dumpIndexedDb,
  enterOtp,
  expectVerdict,
  leaveDeskResult,
  outbox,
  pasteCheck,
  sendOtp,
  setFaults,
  signHolderToken,
  waitForSms,
  writeRawRecord,
} from '../hardening/pwa-driver.ts';

const VERIFIER_ID = 'faults-gate';
/** Above the app's 10 s request timeout (REQUEST_TIMEOUT_MS). */
const SLOW_MS = 12_000;
const HOLDER = { mobile: '9833300001', fullName: 'Kavita Raghunathan' };
const QR_HOLDER = { mobile: '9833300002', fullName: 'Mohan Lal Khurana' };

let sim: RunningSimulator;
let appUrl: string;
let apiKey: string;
let issuer: string;
let holderToken: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** A QR check through the paste fallback: the holder token verifies, whatever the registry does. */
async function qrStillWorks(): Promise<void> {
  expectVerdict(await pasteCheck(page, holderToken), 'Fully vaccinated', QR_HOLDER.fullName);
}

/** The kids of the keys held for the issuer in the app's IndexedDB. */
async function heldKids(): Promise<string[]> {
  const dump = await dumpIndexedDb(page);
  const records = (dump['kycvs-verifier/issuers'] ?? []).map(
    (entry) => entry.value as { iss: string; jwks: { keys: { kid: string }[] } },
  );
  const record = records.find((value) => value.iss === issuer);
  return record ? record.jwks.keys.map((key) => key.kid).sort() : [];
}

async function registryKids(): Promise<string[]> {
  const jwks = (await (await fetch(`${sim.url}/.well-known/jwks.json`)).json()) as {
    keys: { kid: string }[];
  };
  return jwks.keys.map((key) => key.kid).sort();
}

/**
 * An OTP check that first fails as `expected` says, then (faults cleared) succeeds on "Try
 * again". A request that timed out may still reach the registry late and text an OTP: the
 * retry waits for that SMS first, so the OTP read afterwards is the retry's own.
 */
async function failThenRecover(expected: RegExp, lateSms: boolean): Promise<void> {
  const before = (await outbox(sim.url, HOLDER.mobile)).length;
  await sendOtp(page, HOLDER);
  expect(await alertText(page)).toMatch(expected);
  await setFaults(sim.url, {});
  if (lateSms) await waitForSms(sim.url, HOLDER.mobile, before + 1);
  expect((await outbox(sim.url, HOLDER.mobile)).length).toBe(before + (lateSms ? 1 : 0));
  await page.getByRole('button', { name: 'Try again' }).click();
  const otp = await waitForSms(sim.url, HOLDER.mobile, before + (lateSms ? 2 : 1));
  expectVerdict(await enterOtp(page, otp), 'Fully vaccinated', HOLDER.fullName);
  await leaveDeskResult(page);
}

describeBrowser('the PWA under registry faults', () => {
  beforeAll(async () => {
    expect(
      existsSync(new URL('../../dist/sw.js', import.meta.url)),
      'run `npx vite build` first',
    ).toBe(true);
    sim = await startSimulator({ args: ['--otp-resend-gap', '0'] });
    appUrl = sim.url.replace('://localhost:', '://127.0.0.1:');
    apiKey = await registerVerifier(sim.url, {
      verifier_id: VERIFIER_ID,
      name: 'Faults Gate',
      origins: [sim.url, appUrl],
    });
    const doses = [
      { vaccine: 'Covishield', date: '2021-05-03' },
      { vaccine: 'Covishield', date: '2021-08-02' },
    ];
    await addPerson(sim.url, { mobile_number: HOLDER.mobile, full_name: HOLDER.fullName, doses });
    issuer = (
      (await (await fetch(`${sim.url}/.well-known/kycvs-configuration`)).json()) as {
        issuer: string;
      }
    ).issuer;
    holderToken = await signHolderToken(sim.dataDir, {
      iss: issuer,
      name: QR_HOLDER.fullName,
      mobile: QR_HOLDER.mobile,
      vs: 2,
    });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    page = await context.newPage();
    await configure(page, appUrl, { verifierId: VERIFIER_ID, apiKey, issuer });
    await qrStillWorks();
  });

  afterAll(async () => {
    await browser?.close();
    await sim?.stop();
  });

  it('reports a slow registry as not answering, keeps QR checks going, and recovers on retry', async () => {
    await setFaults(sim.url, { latencyMs: SLOW_MS });
    try {
      await qrStillWorks();
      await failThenRecover(/The registry is not answering/, true);
    } finally {
      await setFaults(sim.url, {});
    }
    await qrStillWorks();
  }, 90_000);

  it('reports a failing registry clearly, keeps QR checks going, and recovers on retry', async () => {
    await setFaults(sim.url, { failRate: 1 });
    try {
      await qrStillWorks();
      await failThenRecover(/The registry has a problem right now/, false);
    } finally {
      await setFaults(sim.url, {});
    }
  }, 90_000);

  it('reports a registry that is down, keeps QR checks going, and completes the OTP check once it is back', async () => {
    await setFaults(sim.url, { down: true });
    try {
      await qrStillWorks();
      await failThenRecover(/The registry has a problem right now/, false);
    } finally {
      await setFaults(sim.url, {});
    }
    await qrStillWorks();
  }, 90_000);

  it('keeps the held keys when the JWKS refresh fails or returns garbage, and verifies offline', async () => {
    const kids = await registryKids();
    expect(await heldKids()).toEqual(kids);
    const answers: { status: number; body: string; message: RegExp }[] = [
      { status: 500, body: '{"error":"boom"}', message: /refused to send its keys/ },
      { status: 200, body: 'garbage{not json', message: /sent keys that cannot be used/ },
      { status: 200, body: '{"keys":[]}', message: /sent keys that cannot be used/ },
      {
        status: 200,
        body: JSON.stringify({
          keys: [{ kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA', d: 'AA', kid: 'x' }],
        }),
        message: /sent keys that cannot be used/,
      },
    ];
    for (const answer of answers) {
      let hits = 0;
      const handler = async (route: Route) => {
        hits += 1;
        await route.fulfill({
          status: answer.status,
          contentType: 'application/json',
          body: answer.body,
        });
      };
      // A good refresh first, so the failure's message is this refresh's own.
      await page.getByRole('button', { name: 'Refresh keys' }).click();
      await page.getByText('Keys refreshed.').waitFor({ timeout: STEP_TIMEOUT });
      await context.route('**/.well-known/jwks.json', handler);
      try {
        await page.getByRole('button', { name: 'Refresh keys' }).click();
        await page.getByText(answer.message).waitFor({ timeout: STEP_TIMEOUT });
        expect(hits).toBeGreaterThan(0);
      } finally {
        await context.unroute('**/.well-known/jwks.json', handler);
      }
      expect(await heldKids()).toEqual(kids);
      await qrStillWorks();
    }
    await context.setOffline(true);
    try {
      await qrStillWorks();
    } finally {
      await context.setOffline(false);
    }
  }, 120_000);

  it('opens and verifies after a garbage issuer record, keeping the other records', async () => {
    const before = await dumpIndexedDb(page);
    const settings = before['kycvs-verifier/settings']![0]!.value as { registryUrl: string };
    // Well-formed but for one field each; trusted for this registry, so the app reads them.
    const good = {
      iss: 'https://corrupt.invalid',
      jwks: { keys: [] },
      fetchedAt: Date.now(),
      etag: null,
      registryUrl: settings.registryUrl,
      clockSkewMs: null,
    };
    const variants: Record<string, Record<string, unknown>> = {
      'jwks not a key set': { ...good, jwks: 'garbage' },
      'etag and clock skew of the wrong types': { ...good, etag: 42, clockSkewMs: {} },
      'fetchedAt not a time': { ...good, fetchedAt: 'not a time' },
    };
    const failures: string[] = [];
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    for (const [name, record] of Object.entries(variants)) {
      pageErrors.length = 0;
      await writeRawRecord(page, 'issuers', record);
      try {
        await page.reload();
        await page.getByRole('button', { name: 'Scan QR' }).waitFor({ timeout: 8_000 });
        await qrStillWorks();
        const after = await dumpIndexedDb(page);
        expect(after['kycvs-verifier/settings']).toEqual(before['kycvs-verifier/settings']);
        expect(await heldKids()).toEqual(await registryKids());
      } catch (error) {
        const crash = pageErrors.length > 0 ? ` (page error: ${pageErrors[0]})` : '';
        failures.push(`${name}: ${(error as Error).message.split('\n')[0]}${crash}`);
      } finally {
        await deleteRawRecord(page, 'issuers', good.iss);
        await page.reload();
        await page.getByRole('button', { name: 'Scan QR' }).waitFor({ timeout: STEP_TIMEOUT });
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('opens and verifies after a garbage settings record, keeping the keys and the log', async () => {
    const before = await dumpIndexedDb(page);
    const logBefore = before['kycvs-verifier/log']!;
    await writeRawRecord(page, 'settings', 'garbage', 'current');
    await page.reload();
    await page.getByRole('button', { name: 'Scan QR' }).waitFor({ timeout: STEP_TIMEOUT });
    expect(await page.getByText('could not open its storage').count()).toBe(0);
    expect(await heldKids()).toEqual(await registryKids());
    await qrStillWorks();
    const after = await dumpIndexedDb(page);
    // Every earlier log entry is still there, unchanged.
    expect(after['kycvs-verifier/log']!.slice(0, logBefore.length)).toEqual(logBefore);
    // The settings screen opens on usable values (the defaults: the registry is this origin).
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByLabel('Registry URL').inputValue()).resolves.toBe(appUrl);
    await page.getByRole('button', { name: 'Back' }).click();
  }, 90_000);
});
