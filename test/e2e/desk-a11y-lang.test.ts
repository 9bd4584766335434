/**
 * The desk's accessible names and languages (SPEC §8), in a real Chromium served by the real simulator: a hand-held scanner
 * (typed QR text and Enter) gives a verdict without touching a field; axe-core finds no
 * violation on any screen (home, scan, each kind of result, the desk check steps, settings) in
 * English and in Hindi; switching to Hindi leaves no English string on any screen.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EN } from '../../src/app/i18n/en.ts';
import { describeBrowser } from '../helpers/browser.ts';
import { LATIN_WORDS, beyondNames, trustListWords } from '../helpers/languages.ts';
import { blankFrame, qrTextFor, writeY4m } from '../helpers/qr-frames.ts';
import { latestOtp } from '../helpers/registry-client.ts';
import {
  STEP_TIMEOUT,
  VERIFIER_ID,
  configure,
  expectNoAxeViolations,
  forge,
  healthCards,
  openDeskBrowser,
  startDeskWorld,
  strangerToken,
  type DeskWorld,
} from './desk-fixtures.ts';

/** The seeded beneficiary the desk check uses (SPEC: the simulator's demo data). */
const DESK_PERSON = { mobile: '9000000003', fullName: 'Arjun Singh' };

let world: DeskWorld;

function blankCamera(): string {
  const path = join(world.workDir, 'blank.y4m');
  const blank = blankFrame(320, 240);
  writeY4m(path, [blank, blank, blank], 320, 240, 5);
  return path;
}

/**
 * Types `token`'s QR text as a hand-held scanner does (a key every 4 ms), then Enter; returns
 * the verdict text. Each key event carries the time it was "pressed": the app times bursts by
 * the events' own time stamps, so a loaded machine delivering them late cannot split the burst.
 */
async function hardwareScan(page: Page, token: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 };
  const started = Date.now() / 1000;
  // A SMART Health Card's text is typed as it is; a KYC-VS token as its SPEC §5 QR text.
  const keys = [...(token.startsWith('shc:/') ? token : qrTextFor(token))];
  const at = (i: number) => started + i * 0.004;
  const events = keys.flatMap((ch, i) => [
    { type: 'keyDown', key: ch, text: ch, timestamp: at(i) },
    { type: 'keyUp', key: ch, timestamp: at(i) + 0.001 },
  ]);
  events.push(
    { type: 'keyDown', ...enter, text: '\r', timestamp: at(keys.length) },
    { type: 'keyUp', ...enter, timestamp: at(keys.length) + 0.001 },
  );
  for (const event of events) await cdp.send('Input.dispatchKeyEvent', event as never);
  await cdp.detach();
  const status = page.getByRole('status');
  await status.waitFor({ timeout: STEP_TIMEOUT });
  return (await status.textContent()) ?? '';
}

/** Clicks the verdict's "Next" (named in the UI language) and waits for the scan screen. */
async function next(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('status').waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
}

/** English strings and Latin words left on the page (allowing loanwords and `dynamic` words). */
async function englishLeft(page: Page, dynamic: string[]): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const left: string[] = [];
  for (const [id, value] of Object.entries(EN)) {
    for (const fragment of value.split(/\{\w+\}/)) {
      const piece = fragment.trim().replace(/[.:]$/, '');
      if (beyondNames(piece).length >= 3 && /[A-Za-z]{3}/.test(piece) && text.includes(piece)) {
        left.push(`${id}: "${piece}"`);
      }
    }
  }
  const allowed = new Set([...LATIN_WORDS, ...dynamic]);
  for (const word of text.match(/[A-Za-z]{2,}/g) ?? []) {
    if (!allowed.has(word)) left.push(`word: ${word}`);
  }
  return [...new Set(left)];
}

describeBrowser('front desk: hand-held scanner, accessibility and Hindi', () => {
  beforeAll(async () => {
    world = await startDeskWorld(7);
  }, 120_000);

  afterAll(async () => {
    await world?.sim.stop();
    if (world) rmSync(world.workDir, { recursive: true, force: true });
  });

  it('passes axe on every screen in English and Hindi, reads a hand-held scanner, and leaves no English in Hindi', async () => {
    const [full, , , partial, , , none] = world.people;
    expect([full!.status, partial!.status, none!.status]).toEqual([2, 1, 0]);
    const unknown = await strangerToken(world.issuer);
    const cards = await healthCards(world);
    const { browser, page } = await openDeskBrowser(world, blankCamera());
    try {
      await configure(page, world);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await expectNoAxeViolations(page, 'home (en)');

      await page.getByRole('button', { name: 'Scan QR' }).click();
      await page.getByLabel('QR text').waitFor();
      await expectNoAxeViolations(page, 'scan (en)');

      // A hand-held scanner: the QR text typed with nothing focused, then Enter.
      const cases: [string, string, string][] = [
        [full!.token, 'Fully vaccinated', 'result full (en)'],
        [full!.token, 'Fully vaccinated', 'result repeat (en)'],
        [partial!.token, 'Partially vaccinated', 'result partial (en)'],
        [none!.token, 'Not vaccinated', 'result none (en)'],
        [forge(full!.token), 'Invalid', 'result invalid (en)'],
        [unknown, 'Cannot verify', 'result cannot (en)'],
        [cards.full, 'Fully vaccinated', 'result SMART Health Card (en)'],
        [cards.lab, 'Not a vaccination certificate', 'result not a vaccination (en)'],
        [cards.stranger, 'Cannot verify', 'result card cannot (en)'],
      ];
      for (const [token, heading, screen] of cases) {
        const text = await hardwareScan(page, token);
        expect(text.startsWith(heading), `${screen}: ${text.slice(0, 60)}`).toBe(true);
        if (screen.includes('repeat')) expect(text).toMatch(/Already checked at \d{2}:\d{2}/);
        else expect(text).not.toContain('Already checked');
        // Focus is on the verdict, so a screen reader reads it at once.
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
        await expectNoAxeViolations(page, screen);
        await next(page, 'Next');
      }

      // Keys typed into the paste field stay there: no scan, no verdict.
      await page.getByLabel('QR text').focus();
      await page.keyboard.type(qrTextFor(full!.token).slice(0, 40));
      await page.keyboard.press('Enter');
      expect(await page.getByRole('status').count()).toBe(0);
      expect((await page.getByLabel('QR text').inputValue()).length).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Back' }).click();

      // The desk check, step by step.
      await page.getByRole('button', { name: 'Check with OTP' }).click();
      await page.getByLabel('Mobile number').waitFor();
      await expectNoAxeViolations(page, 'desk details (en)');
      await page.getByLabel('Mobile number').fill(DESK_PERSON.mobile);
      await page.getByLabel('Full name').fill(DESK_PERSON.fullName);
      await page.getByRole('button', { name: 'Send OTP' }).click();
      await page.getByLabel('OTP', { exact: true }).waitFor({ timeout: STEP_TIMEOUT });
      await expectNoAxeViolations(page, 'desk OTP (en)');
      await page
        .getByLabel('OTP', { exact: true })
        .fill((await latestOtp(world.sim.url, DESK_PERSON.mobile))!);
      await page.getByRole('button', { name: 'Verify' }).click();
      const desk = page.getByRole('status');
      await desk.waitFor({ timeout: STEP_TIMEOUT });
      expect((await desk.textContent())?.startsWith('Fully vaccinated')).toBe(true);
      await expectNoAxeViolations(page, 'desk result (en)');
      // "Next" after a desk check starts the next desk check.
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByLabel('Mobile number').waitFor();
      await page.getByRole('button', { name: 'Back' }).click();

      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('button', { name: 'Clear log' }).click();
      await page.getByRole('alertdialog').waitFor();
      await expectNoAxeViolations(page, 'settings with the clear-log question (en)');
      await page.getByRole('button', { name: 'Keep the log' }).click();

      // Hindi, chosen in Settings.
      await page.getByLabel('Language').selectOption('hi');
      await page.getByRole('heading', { name: 'सेटिंग्स', level: 1 }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('hi');
      const issuerWords = world.issuer.match(/[A-Za-z]{2,}/g) ?? [];
      const settingsWords = [...issuerWords, 'English', ...(await trustListWords(world.issuer))];
      expect(await englishLeft(page, settingsWords)).toEqual([]);
      await expectNoAxeViolations(page, 'settings (hi)');

      await page.getByRole('button', { name: 'वापस' }).click();
      await page.getByRole('button', { name: 'QR स्कैन करें' }).waitFor();
      expect(await englishLeft(page, [])).toEqual([]);
      await expectNoAxeViolations(page, 'home (hi)');

      await page.getByRole('button', { name: 'QR स्कैन करें' }).click();
      await page.getByLabel('QR का टेक्स्ट').waitFor();
      const cameraLabels = await page.locator('select option').allInnerTexts();
      const cameraWords = cameraLabels.flatMap((label) => label.match(/[A-Za-z]{2,}/g) ?? []);
      expect(await englishLeft(page, cameraWords)).toEqual([]);
      await expectNoAxeViolations(page, 'scan (hi)');

      const hindiCases: [string, string, string][] = [
        [partial!.token, 'आंशिक टीकाकरण', 'result repeat (hi)'],
        [forge(none!.token), 'अमान्य', 'result invalid (hi)'],
        [unknown, 'जाँच नहीं हो सकी', 'result cannot (hi)'],
        [cards.lab, 'टीकाकरण प्रमाणपत्र नहीं', 'result not a vaccination (hi)'],
        [cards.stranger, 'जाँच नहीं हो सकी', 'result card cannot (hi)'],
      ];
      for (const [token, heading, screen] of hindiCases) {
        const text = await hardwareScan(page, token);
        expect(text.startsWith(heading), `${screen}: ${text.slice(0, 60)}`).toBe(true);
        const names = [
          ...world.people.flatMap((person) => person.fullName.split(' ')),
          'Kavya',
          'Nair',
        ];
        expect(await englishLeft(page, names)).toEqual([]);
        await expectNoAxeViolations(page, screen);
        await next(page, 'अगला');
      }
      await page.getByRole('button', { name: 'वापस' }).click();

      await page.getByRole('button', { name: 'OTP से जाँचें' }).click();
      await page.getByLabel('मोबाइल नंबर').waitFor();
      expect(await englishLeft(page, VERIFIER_ID.match(/[A-Za-z]{2,}/g) ?? [])).toEqual([]);
      await expectNoAxeViolations(page, 'desk details (hi)');
      await page.getByLabel('मोबाइल नंबर').fill(DESK_PERSON.mobile);
      await page.getByLabel('पूरा नाम').fill(DESK_PERSON.fullName);
      await page.getByRole('button', { name: 'OTP भेजें' }).click();
      await page.getByLabel('OTP', { exact: true }).waitFor({ timeout: STEP_TIMEOUT });
      expect(await englishLeft(page, VERIFIER_ID.match(/[A-Za-z]{2,}/g) ?? [])).toEqual([]);
      await expectNoAxeViolations(page, 'desk OTP (hi)');
      await page
        .getByLabel('OTP', { exact: true })
        .fill((await latestOtp(world.sim.url, DESK_PERSON.mobile))!);
      await page.getByRole('button', { name: 'सत्यापित करें' }).click();
      const hindiDesk = page.getByRole('status');
      await hindiDesk.waitFor({ timeout: STEP_TIMEOUT });
      expect((await hindiDesk.textContent())?.startsWith('पूर्ण टीकाकरण')).toBe(true);
      expect(await englishLeft(page, DESK_PERSON.fullName.split(' '))).toEqual([]);
      await expectNoAxeViolations(page, 'desk result (hi)');
    } finally {
      await browser.close();
    }
  }, 240_000);
});
