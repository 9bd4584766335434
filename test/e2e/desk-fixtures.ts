/**
 * Shared set-up of the front-desk browser tests: a simulator with twenty beneficiaries and a
 * verifier, their status tokens, fake-camera files, a first visit that configures the app, and
 * axe-core run in the page.
 */
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT, generateKeyPair } from 'jose';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { CredentialIssuers } from '../../simulator/issuers/index.ts';
import { cardPayload, jwsToShcText, signCardPayload } from '../../simulator/issuers/shc.ts';
import { launchChromium } from '../helpers/browser.ts';
import { addPerson, registerVerifier, runOtpFlow } from '../helpers/registry-client.ts';
import { startSimulator, type RunningSimulator } from '../helpers/simulator-process.ts';

/** The verifier id the desk tests configure. */
export const VERIFIER_ID = 'desk-e2e';
/** How long one step may wait for the page. */
export const STEP_TIMEOUT = 20_000;

const FIRST_NAMES = [
  'Kavya',
  'Ravi',
  'Priya',
  'Imran',
  'Lakshmi',
  'Gurpreet',
  'Anil',
  'Sunita',
  'Joseph',
  'Neha',
  'Farhan',
  'Deepa',
  'Vikram',
  'Aisha',
  'Suresh',
  'Pooja',
  'Rahul',
  'Zoya',
  'Manoj',
  'Divya',
];
const LAST_NAMES = [
  'Nair',
  'Kumar',
  'Sharma',
  'Qureshi',
  'Iyer',
  'Kaur',
  'Patil',
  'Yadav',
  'Dsouza',
  'Gupta',
  'Ansari',
  'Menon',
  'Rathore',
  'Siddiqui',
  'Reddy',
  'Joshi',
  'Bose',
  'Mirza',
  'Tiwari',
  'Pillai',
];

/** One beneficiary the tests add, with the token the registry signed for them. */
export interface DeskPerson {
  mobile: string;
  fullName: string;
  status: 0 | 1 | 2;
  token: string;
}

/** The running simulator and what the tests need from it. */
export interface DeskWorld {
  sim: RunningSimulator;
  appUrl: string;
  apiKey: string;
  issuer: string;
  people: DeskPerson[];
  workDir: string;
}

function dosesFor(index: number): {
  status: 0 | 1 | 2;
  doses: { vaccine: string; date: string }[];
} {
  if (index % 7 === 6) return { status: 0, doses: [] };
  if (index % 5 === 3) return { status: 1, doses: [{ vaccine: 'Covaxin', date: '2022-01-10' }] };
  return {
    status: 2,
    doses: [
      { vaccine: 'Covishield', date: '2021-05-03' },
      { vaccine: 'Covishield', date: '2021-08-02' },
    ],
  };
}

/** Starts a simulator, registers the verifier, adds twenty people and fetches their tokens. */
export async function startDeskWorld(count = 20): Promise<DeskWorld> {
  const workDir = mkdtempSync(join(tmpdir(), 'kycvs-desk-e2e-'));
  const sim = await startSimulator({ args: ['--otp-resend-gap', '0', '--rate-limit', '0'] });
  const appUrl = sim.url.replace('://localhost:', '://127.0.0.1:');
  const apiKey = await registerVerifier(sim.url, {
    verifier_id: VERIFIER_ID,
    name: 'Desk E2E',
    origins: [sim.url, appUrl],
  });
  const config = (await (await fetch(`${sim.url}/.well-known/kycvs-configuration`)).json()) as {
    issuer: string;
  };
  const people: DeskPerson[] = [];
  for (let index = 0; index < count; index++) {
    const mobile = `91000000${String(index + 10).padStart(2, '0')}`;
    const fullName = `${FIRST_NAMES[index]} ${LAST_NAMES[index]}`;
    const { status, doses } = dosesFor(index);
    await addPerson(sim.url, {
      mobile_number: mobile,
      full_name: fullName,
      birth_year: 1980,
      doses,
    });
    const { signed_status: token, status: got } = await runOtpFlow(sim.url, apiKey, {
      mobile,
      fullName,
    });
    expect(got).toBe(status);
    people.push({ mobile, fullName, status, token });
  }
  return { sim, appUrl, apiKey, issuer: config.issuer, people, workDir };
}

/** A token with the registry's issuer but signed by a key the registry never published. */
export async function strangerToken(iss: string): Promise<string> {
  const { privateKey } = await generateKeyPair('ES256');
  const now = Math.floor(Date.now() / 1000);
  const random = (n: number) =>
    Buffer.from(crypto.getRandomValues(new Uint8Array(n))).toString('base64url');
  return new SignJWT({
    iss,
    iat: now,
    exp: now + 3600,
    jti: random(16),
    vs: 2,
    name: 'Nobody Known',
    mob: '0000',
  })
    .setProtectedHeader({ alg: 'ES256', kid: random(8), typ: 'kycvs+jwt' })
    .sign(privateKey);
}

/** The token with one payload character changed: its signature no longer holds. */
export function forge(jws: string): string {
  const [header, payload, signature] = jws.split('.') as [string, string, string];
  const at = Math.floor(payload.length / 2);
  const swapped = payload[at] === 'A' ? 'B' : 'A';
  return `${header}.${payload.slice(0, at)}${swapped}${payload.slice(at + 1)}.${signature}`;
}

/** SMART Health Cards (SPEC §9): one by the simulator, one with no vaccination, one by a stranger. */
export async function healthCards(
  world: DeskWorld,
): Promise<{ full: string; lab: string; stranger: string }> {
  const person = { full_name: 'Kavya Nair', birth_date: '1992-08-17' };
  const issued = await fetch(`${world.sim.url}/dev/credentials`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...person, format: 'shc', doses: 2, total_doses: 2 }),
  });
  const { qr_text: full } = (await issued.json()) as { qr_text: string };
  const own = await CredentialIssuers.open(world.sim.dataDir, world.sim.url);
  const lab = cardPayload({
    iss: world.sim.url,
    nbf: Math.floor(Date.now() / 1000) - 60,
    fullName: 'Kavya Nair',
    birthDate: '1992-08-17',
    doses: [],
  });
  const strangerDir = join(world.workDir, 'stranger');
  const stranger = await CredentialIssuers.open(strangerDir, world.sim.url);
  const other = await stranger.issueCredential({
    ...person,
    format: 'shc',
    doses: 2,
    total_doses: 2,
  });
  return {
    full,
    lab: jwsToShcText(signCardPayload(lab, own.shcSigner())),
    stranger: 'qr_text' in other ? other.qr_text : '',
  };
}

/** A Chromium with `camera` as its fake camera, a context allowed to use it, and a page. */
export async function openDeskBrowser(
  world: DeskWorld,
  camera: string,
): Promise<{ browser: Browser; context: BrowserContext; page: Page }> {
  const browser = await launchChromium([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${camera}`,
    '--lang=en-US',
  ]);
  const context = await browser.newContext({
    viewport: { width: 1024, height: 768 },
    locale: 'en-US',
    acceptDownloads: true,
    // The app's CSP admits only its own scripts; axe-core is injected by the test.
    bypassCSP: true,
  });
  await context.grantPermissions(['camera'], { origin: world.appUrl });
  const page = await context.newPage();
  return { browser, context, page };
}

/** Opens the app and enters the verifier id and API key in Settings; ends on the home screen. */
export async function configure(page: Page, world: DeskWorld): Promise<void> {
  await page.goto(world.appUrl);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Verifier ID').fill(VERIFIER_ID);
  await page.getByLabel('API key').fill(world.apiKey);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Settings saved.').waitFor({ timeout: STEP_TIMEOUT });
  await page.getByText(`Issuer: ${world.issuer}`).waitFor({ timeout: STEP_TIMEOUT });
  await page.getByRole('button', { name: 'Back' }).click();
}

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe-core on the page as it is; fails with the violations printed when there are any. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } })
      .axe;
    const result = await axe.run();
    return result.violations as {
      id: string;
      impact: string;
      help: string;
      nodes: { target: string[]; failureSummary: string }[];
    }[];
  });
  if (violations.length > 0) {
    console.error(
      `axe violations on ${screen}:\n` +
        violations
          .map(
            (v) =>
              `- ${v.id} (${v.impact}): ${v.help}\n` +
              v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary}`).join('\n'),
          )
          .join('\n'),
    );
  }
  expect(violations, `axe violations on ${screen}`).toEqual([]);
}

/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
