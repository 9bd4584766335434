/**
 * Privacy after a full browser run (SPEC §1, §9 minimal disclosure; common ground rules on
 * secrets): settings saved, an OTP desk check (a wrong
 * OTP, then the right one), several QR checks. Then every IndexedDB record, every Cache Storage
 * entry and local/session storage are dumped and searched for the run's mobile numbers, names,
 * OTPs (digits and SHA-256), bearers and raw tokens; and the simulator's output is read line by
 * line: OTPs only in the masked SMS lines, no token, no bearer, no full mobile number of the run.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { jwsToQrText } from '../../src/protocol/index.ts';
import { DEMO_PERSONS } from '../../simulator/beneficiaries.ts';
import { forge } from '../fixtures/tokens.ts';
import { describeBrowser, launchChromium } from '../helpers/browser.ts';
import { addPerson, latestOtp, registerVerifier } from '../helpers/registry-client.ts';
import { startSimulator, type RunningSimulator } from '../helpers/simulator-process.ts';
import {
  digitsNeedle,
  leaksIn,
  nameNeedles,
  otpNeedles,
  sha256Hex,
  textNeedle,
  tokenNeedles,
  type Needle,
} from '../hardening/leak-scan.ts';
import {
  STEP_TIMEOUT,
  alertText,
  configure,
  dumpCaches,
  dumpIndexedDb,
  enterOtp,
  expectVerdict,
  leaveDeskResult,
  pasteCheck,
  sendOtp,
  signHolderToken,
  waitForSms,
  type CacheEntry,
} from '../hardening/pwa-driver.ts';

const VERIFIER_ID = 'privacy-gate';
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const DOSES = [
  { vaccine: 'Covaxin', date: '2021-04-10' },
  { vaccine: 'Covaxin', date: '2021-05-20' },
];
/** Unusual names, so a hit is never a chance match with the app's own text. */
const PEOPLE = {
  qrA: { mobile: '9855500011', fullName: 'Ottoline Brackenridge' },
  qrB: { mobile: '9855500022', fullName: 'Perpetua Vandersloot' },
  desk: { mobile: '9855500033', fullName: 'Thaddeus Wigglesworth' },
  holder: { mobile: '9855500044', fullName: 'Esmeralda Quintavalle' },
};
/** The holder of an EU DCC and a SMART Health Card (SPEC §9): name and birth date never stored. */
const TRAVELLER = { full_name: 'Leopoldina Featherstonehaugh', birth_date: '1957-03-29' };

/** A credential from the simulator's `POST /dev/credentials`, as its QR text. */
async function credential(format: 'eudcc' | 'shc'): Promise<string> {
  const response = await fetch(`${sim.url}/dev/credentials`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...TRAVELLER, format, doses: 2, total_doses: 2 }),
  });
  return ((await response.json()) as { qr_text: string }).qr_text;
}

let sim: RunningSimulator;
let browser: Browser;
let page: Page;
let appUrl: string;
let apiKey: string;
let issuer: string;
const needles: Needle[] = [];
/** Every token, OTP and bearer of the run, for the log check. */
const secrets = { otps: [] as string[], bearers: [] as string[], tokens: [] as string[] };

/** The desk flow from Node, keeping what the browser never sees: the OTP and the bearer. */
async function nodeFlow(person: { mobile: string; fullName: string }): Promise<string> {
  const headers = { 'Content-Type': 'application/json', 'X-Api-Key': apiKey };
  const generated = await fetch(`${sim.url}/v3/vaccination/generateOTP`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ mobile_number: person.mobile, full_name: person.fullName }),
  });
  const { txnId } = (await generated.json()) as { txnId: string };
  const otp = (await latestOtp(sim.url, person.mobile))!;
  const confirmed = await fetch(`${sim.url}/v3/vaccination/confirmOTP`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ otp: sha256Hex(otp), txnId }),
  });
  const { token: bearer } = (await confirmed.json()) as { token: string };
  const status = await fetch(`${sim.url}/v3/vaccination/status`, {
    headers: { 'X-Api-Key': apiKey, Authorization: `Bearer ${bearer}` },
  });
  const { signed_status: token } = (await status.json()) as { signed_status: string };
  secrets.otps.push(otp);
  secrets.bearers.push(bearer);
  secrets.tokens.push(token);
  return token;
}

function jtiOf(jws: string): string {
  return (JSON.parse(Buffer.from(jws.split('.')[1]!, 'base64url').toString()) as { jti: string })
    .jti;
}

/** True when a cached response is byte for byte the built file its URL names. */
function isUnchangedBuildFile(entry: CacheEntry): boolean {
  const path = new URL(entry.url).pathname.slice(1) || 'index.html';
  const file = join(DIST, path);
  if (!existsSync(file)) return false;
  return createHash('sha256').update(readFileSync(file)).digest('hex') === entry.sha256;
}

describeBrowser('privacy after a full browser run', () => {
  beforeAll(async () => {
    expect(existsSync(join(DIST, 'sw.js')), 'run `npx vite build` first').toBe(true);
    sim = await startSimulator({ args: ['--otp-resend-gap', '0'] });
    appUrl = sim.url.replace('://localhost:', '://127.0.0.1:');
    apiKey = await registerVerifier(sim.url, {
      verifier_id: VERIFIER_ID,
      name: 'Privacy Gate',
      origins: [sim.url, appUrl],
    });
    for (const person of [PEOPLE.qrA, PEOPLE.qrB, PEOPLE.desk]) {
      await addPerson(sim.url, {
        mobile_number: person.mobile,
        full_name: person.fullName,
        doses: DOSES,
      });
    }
    issuer = (
      (await (await fetch(`${sim.url}/.well-known/kycvs-configuration`)).json()) as {
        issuer: string;
      }
    ).issuer;
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await sim?.stop();
  });

  it('leaves no mobile number, name, OTP, bearer or raw token in browser storage or the logs', async () => {
    const tokenA = await nodeFlow(PEOPLE.qrA);
    const tokenB = await nodeFlow(PEOPLE.qrB);
    const holder = await signHolderToken(sim.dataDir, {
      iss: issuer,
      name: PEOPLE.holder.fullName,
      mobile: PEOPLE.holder.mobile,
      vs: 2,
    });
    secrets.tokens.push(holder);

    // What the app receives from the registry during the desk check, as it arrives.
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (!path.startsWith('/v3/vaccination/') || response.status() !== 200) return;
      void response.json().then(
        (body: Record<string, unknown>) => {
          if (typeof body.token === 'string') secrets.bearers.push(body.token);
          if (typeof body.signed_status === 'string') secrets.tokens.push(body.signed_status);
        },
        () => undefined,
      );
    });

    await configure(page, appUrl, { verifierId: VERIFIER_ID, apiKey, issuer });

    // Several QR checks: two desk tokens, a holder token as raw JWS and as QR text, a forgery
    // and a repeat.
    expectVerdict(await pasteCheck(page, tokenA), 'Fully vaccinated', PEOPLE.qrA.fullName);
    expectVerdict(await pasteCheck(page, tokenB), 'Fully vaccinated', PEOPLE.qrB.fullName);
    expectVerdict(await pasteCheck(page, holder), 'Fully vaccinated', PEOPLE.holder.fullName);
    expectVerdict(await pasteCheck(page, forge(tokenA)), 'Invalid');
    expectVerdict(await pasteCheck(page, jwsToQrText(holder)), 'Fully vaccinated');
    expectVerdict(await pasteCheck(page, tokenA), 'Fully vaccinated', PEOPLE.qrA.fullName);

    // Certificates of the other formats (SPEC §9): only the format, verdict and id hash stay.
    const dcc = await credential('eudcc');
    const card = await credential('shc');
    expectVerdict(await pasteCheck(page, dcc), 'Fully vaccinated', TRAVELLER.full_name);
    expectVerdict(await pasteCheck(page, card), 'Fully vaccinated', TRAVELLER.full_name);

    // The OTP desk check: a wrong OTP first, then the right one.
    await sendOtp(page, PEOPLE.desk);
    const otp = await waitForSms(sim.url, PEOPLE.desk.mobile, 1);
    const wrong = String((Number(otp) + 500_001) % 1_000_000).padStart(6, '0');
    secrets.otps.push(otp, wrong);
    const field = page.getByLabel('OTP', { exact: true });
    await field.waitFor({ timeout: STEP_TIMEOUT });
    await field.fill(wrong);
    await page.getByRole('button', { name: 'Verify' }).click();
    expect(await alertText(page)).toMatch(/Wrong OTP/);
    expectVerdict(await enterOtp(page, otp), 'Fully vaccinated', PEOPLE.desk.fullName);
    await leaveDeskResult(page);
    await expect.poll(() => secrets.bearers.length, { timeout: STEP_TIMEOUT }).toBe(3);
    await expect.poll(() => secrets.tokens.length, { timeout: STEP_TIMEOUT }).toBe(4);

    for (const [key, person] of Object.entries(PEOPLE)) {
      needles.push(digitsNeedle(`mobile of ${key}`, person.mobile));
      needles.push(...nameNeedles(key, person.fullName));
    }
    secrets.otps.forEach((value, i) => needles.push(...otpNeedles(`OTP ${i + 1}`, value)));
    secrets.bearers.forEach((value, i) => needles.push(textNeedle(`bearer ${i + 1}`, value)));
    secrets.tokens.forEach((value, i) => {
      needles.push(...tokenNeedles(`token ${i + 1}`, value));
      needles.push(textNeedle(`raw jti of token ${i + 1}`, jtiOf(value)));
    });
    needles.push(...tokenNeedles('forged token', forge(tokenA)));
    needles.push(textNeedle('holder QR text', jwsToQrText(holder).slice(0, 200)));
    needles.push(...nameNeedles('traveller', TRAVELLER.full_name));
    needles.push(textNeedle('traveller birth date', TRAVELLER.birth_date));
    needles.push(textNeedle('EU DCC QR text', dcc.slice(0, 120)));
    needles.push(textNeedle('SHC QR text', card.slice(0, 120)));

    // IndexedDB: every database, store and record.
    const idb = await dumpIndexedDb(page);
    const records = Object.values(idb).reduce((sum, list) => sum + list.length, 0);
    const idbText = JSON.stringify(idb);
    // The dump sees the run: the log holds one line per check (9), with initials at most, and
    // the certificates' lines name their format.
    expect(idb['kycvs-verifier/log']!.length).toBeGreaterThanOrEqual(9);
    expect(idbText).toContain('"format":"eudcc"');
    expect(idbText).toContain('"format":"shc"');
    expect(idbText).toContain('L.F.');
    expect(idbText).toContain('O.B.');
    expect(idbText).toContain(apiKey);
    for (const [store, list] of Object.entries(idb)) {
      expect(leaksIn(JSON.stringify(list), needles), `IndexedDB ${store}`).toEqual([]);
    }

    // Cache Storage: every cache, URL and body; bodies identical to the build are the app itself.
    const cached = await dumpCaches(page);
    let unchanged = 0;
    for (const entry of cached) {
      expect(new URL(entry.url).pathname, entry.url).not.toMatch(/^\/(v3|dev)\//);
      expect(leaksIn(entry.url, needles), `cached URL ${entry.url}`).toEqual([]);
      if (isUnchangedBuildFile(entry)) {
        unchanged += 1;
        continue;
      }
      expect(leaksIn(entry.body, needles), `cached body of ${entry.url}`).toEqual([]);
    }
    expect(cached.length).toBeGreaterThan(0);

    // Web storage.
    const webStorage = await page.evaluate(() => ({
      local: Object.entries(localStorage),
      session: Object.entries(sessionStorage),
    }));
    expect(leaksIn(JSON.stringify(webStorage), needles), 'local/sessionStorage').toEqual([]);

    // The simulator's output, line by line.
    const lines = sim.output().split('\n');
    const runMobiles = Object.values(PEOPLE).map((person) => person.mobile);
    const demoMobiles = new Set(DEMO_PERSONS.map((person) => person.mobile));
    // An SMS line may show its OTP's digits (the dev outbox), never anything else sought.
    const notOtp = needles.filter((needle) => !/^OTP \d+ \(6 digits\)$/.test(needle.label));
    let smsLines = 0;
    for (const line of lines) {
      expect(line, 'a bearer header in the log').not.toMatch(/Bearer\s/i);
      expect(line, 'a JWS in the log').not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/);
      expect(line.includes(apiKey), 'the API key in the log').toBe(false);
      for (const mobile of runMobiles) expect(line.includes(mobile), 'a full mobile').toBe(false);
      for (const match of line.matchAll(/(?<!\d)\d{10}(?!\d)/g)) {
        // Only the start-up banner's demo beneficiaries, printed as SPEC §7 asks.
        expect(demoMobiles.has(match[0]), 'a 10-digit number in the log').toBe(true);
      }
      if (line.startsWith('[sms] ')) {
        smsLines += 1;
        expect(line).toMatch(/^\[sms\] to \*{6}\d{4}: \d{6} is your OTP/);
        expect(leaksIn(line, notOtp), 'SMS line').toEqual([]);
      } else {
        expect(leaksIn(line, needles), 'log line').toEqual([]);
      }
    }
    expect(smsLines).toBe(3);

    console.log(
      `[privacy] ${needles.length} needles (${secrets.otps.length} OTPs, ${secrets.bearers.length} ` +
        `bearers, ${secrets.tokens.length} tokens, ${Object.keys(PEOPLE).length} people) sought in ` +
        `${records} IndexedDB records (${Object.keys(idb).length} stores), ${cached.length} cache ` +
        `entries (${unchanged} unchanged build files), ${webStorage.local.length + webStorage.session.length} ` +
        `web storage items, ${lines.length} log lines (${smsLines} SMS): 0 found`,
    );
  }, 150_000);
});
