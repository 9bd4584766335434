/**
 * A simulator killed with SIGKILL, with the PWA open (SPEC §7: keys persist in the data dir): while it is gone the OTP
 * check says the registry cannot be reached and QR checks go on; restarted on its data dir and
 * port it has the same keys (same kids, tokens from before still verify), the same verifier key
 * and the same added persons, so the OTP check completes again.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyStatusToken } from '../../src/protocol/index.ts';
import { describeBrowser, launchChromium } from '../helpers/browser.ts';
import { addPerson, registerVerifier, runOtpFlow } from '../helpers/registry-client.ts';
import { startSimulator, type RunningSimulator } from '../helpers/simulator-process.ts';
import {
  STEP_TIMEOUT,
  alertText,
  configure,
  enterOtp,
  expectVerdict,
  leaveDeskResult,
  outbox,
  pasteCheck,
  sendOtp,
  signHolderToken,
  waitForSms,
} from '../hardening/pwa-driver.ts';

const VERIFIER_ID = 'restart-gate';
const HOLDER = { mobile: '9844400001', fullName: 'Devika Subramaniam' };
const QR_HOLDER = { mobile: '9844400002', fullName: 'Harpreet Kaur Gill' };

let dataDir: string;
let sim: RunningSimulator;
let browser: Browser;
let page: Page;

async function jwks(url: string): Promise<{ keys: (JsonWebKey & { kid: string })[] }> {
  return (await (await fetch(`${url}/.well-known/jwks.json`)).json()) as {
    keys: (JsonWebKey & { kid: string })[];
  };
}

/** Resolves once nothing answers at `url` any more. */
async function gone(url: string): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT;
  for (;;) {
    try {
      await fetch(`${url}/.well-known/jwks.json`);
    } catch {
      return;
    }
    if (Date.now() > deadline) throw new Error('the killed simulator still answers');
    await new Promise((done) => setTimeout(done, 100));
  }
}

describeBrowser('a killed simulator, restarted on its data dir', () => {
  beforeAll(() => {
    expect(
      existsSync(new URL('../../dist/sw.js', import.meta.url)),
      'run `npx vite build` first',
    ).toBe(true);
    dataDir = mkdtempSync(join(tmpdir(), 'kycvs-restart-'));
  });

  afterAll(async () => {
    await browser?.close();
    await sim?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps its keys, verifier and persons across SIGKILL, and the PWA carries on', async () => {
    sim = await startSimulator({ dataDir, args: ['--otp-resend-gap', '0'] });
    const port = sim.port;
    const appUrl = sim.url.replace('://localhost:', '://127.0.0.1:');
    const apiKey = await registerVerifier(sim.url, {
      verifier_id: VERIFIER_ID,
      name: 'Restart Gate',
      origins: [sim.url, appUrl],
    });
    await addPerson(sim.url, {
      mobile_number: HOLDER.mobile,
      full_name: HOLDER.fullName,
      doses: [{ vaccine: 'Janssen', date: '2021-07-01' }],
    });
    const issuer = (
      (await (await fetch(`${sim.url}/.well-known/kycvs-configuration`)).json()) as {
        issuer: string;
      }
    ).issuer;
    // A token under the first key, then a rotation, then a token under the second key.
    const { signed_status: oldKeyToken } = await runOtpFlow(sim.url, apiKey, HOLDER);
    const rotated = await fetch(`${sim.url}/dev/keys/rotate`, { method: 'POST' });
    expect(rotated.status).toBe(200);
    const holderToken = await signHolderToken(dataDir, {
      iss: issuer,
      name: QR_HOLDER.fullName,
      mobile: QR_HOLDER.mobile,
      vs: 1,
    });
    const keysBefore = await jwks(sim.url);
    expect(keysBefore.keys).toHaveLength(2);

    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
    await configure(page, appUrl, { verifierId: VERIFIER_ID, apiKey, issuer });
    expectVerdict(await pasteCheck(page, oldKeyToken), 'Fully vaccinated', HOLDER.fullName);
    expectVerdict(await pasteCheck(page, holderToken), 'Partially vaccinated', QR_HOLDER.fullName);

    sim.kill();
    await gone(sim.url);

    // Gone: the OTP check says so; the QR checks go on with the keys held.
    await sendOtp(page, HOLDER);
    expect(await alertText(page)).toMatch(/The registry cannot be reached/);
    await page.getByRole('button', { name: 'Back' }).click();
    expectVerdict(await pasteCheck(page, holderToken), 'Partially vaccinated', QR_HOLDER.fullName);

    sim = await startSimulator({
      dataDir,
      args: ['--otp-resend-gap', '0', '--port', String(port)],
    });
    expect(sim.port).toBe(port);
    const keysAfter = await jwks(sim.url);
    expect(keysAfter.keys.map((key) => key.kid)).toEqual(keysBefore.keys.map((key) => key.kid));
    expect(keysAfter).toEqual(keysBefore);
    for (const token of [oldKeyToken, holderToken]) {
      const verdict = await verifyStatusToken(token, [{ iss: issuer, jwks: keysAfter }], {
        audience: VERIFIER_ID,
      });
      expect(verdict.ok).toBe(true);
    }
    // The restarted registry signs with the key that was current at the kill.
    const { signed_status: afterToken } = await runOtpFlow(sim.url, apiKey, HOLDER);
    const afterKid = (
      JSON.parse(Buffer.from(afterToken.split('.')[0]!, 'base64url').toString()) as { kid: string }
    ).kid;
    expect(afterKid).toBe(keysBefore.keys[1]!.kid);

    // Back: the PWA refreshes the same keys and the OTP check completes with the same API key.
    await page.getByRole('button', { name: 'Refresh keys' }).click();
    await page.getByText('Keys refreshed.').waitFor({ timeout: STEP_TIMEOUT });
    const sent = (await outbox(sim.url, HOLDER.mobile)).length;
    await sendOtp(page, HOLDER);
    const otp = await waitForSms(sim.url, HOLDER.mobile, sent + 1);
    expectVerdict(await enterOtp(page, otp), 'Fully vaccinated', HOLDER.fullName);
    await leaveDeskResult(page);
    expectVerdict(await pasteCheck(page, oldKeyToken), 'Fully vaccinated', HOLDER.fullName);
  }, 150_000);
});
