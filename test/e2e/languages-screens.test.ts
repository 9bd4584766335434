/**
 * Every screen in each of the twelve languages of SPEC §12, in a real Chromium served by the real
 * simulator, at 360 × 640 CSS pixels: the browser set to the language (locale and
 * Accept-Language), each screen reached through that language's own strings (home, scan, a
 * verdict of each kind, one with a long name, the desk check, Settings, the event screens, the
 * holder page);
 * `<html lang>` follows; no element overflows its box or the viewport; no English is left but
 * the SPEC §12 names; no digit but 0-9. Screenshots of the result screens are written to
 * test-artifacts/i18n/. Switching in Settings takes effect at once and survives a reload.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/lib/languages.ts';
import { describeBrowser, launchChromium } from '../helpers/browser.ts';
import {
  ARTIFACTS,
  DESK_NAME,
  LONG_NAME,
  TWO_DOSES,
  checkDesk,
  checkEvent,
  checkHolder,
  checkResults,
  configure,
  expectScreen,
  mobileFor,
  openContext,
  tablesOf,
  type LanguageRun,
} from '../helpers/language-screens.ts';
import { trustListWords } from '../helpers/languages.ts';
import { blankFrame, writeY4m } from '../helpers/qr-frames.ts';
import { addPerson, runOtpFlow } from '../helpers/registry-client.ts';
import {
  VERIFIER_ID,
  healthCards,
  startDeskWorld,
  strangerToken,
  type DeskWorld,
} from './desk-fixtures.ts';

let world: DeskWorld;
let browser: Browser;
let run: LanguageRun;

describeBrowser('every screen in each of the twelve languages, at 360 × 640', () => {
  beforeAll(async () => {
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    world = await startDeskWorld(7);
    await addPerson(world.sim.url, {
      mobile_number: LONG_NAME.mobile,
      full_name: LONG_NAME.fullName,
      birth_year: 1975,
      doses: TWO_DOSES,
    });
    for (const language of LANGUAGES) {
      const [desk, holder] = [mobileFor(2, language), mobileFor(3, language)];
      await addPerson(world.sim.url, {
        mobile_number: desk,
        full_name: DESK_NAME,
        doses: TWO_DOSES,
      });
      await addPerson(world.sim.url, {
        mobile_number: holder,
        full_name: LONG_NAME.fullName,
        doses: TWO_DOSES,
      });
    }
    const long = await runOtpFlow(world.sim.url, world.apiKey, LONG_NAME);
    const [full, , , partial, , , none] = world.people;
    expect([long.status, full!.status, partial!.status, none!.status]).toEqual([2, 2, 1, 0]);
    const tokens = {
      full: full!.token,
      long: long.signed_status,
      partial: partial!.token,
      none: none!.token,
      unknown: await strangerToken(world.issuer),
    };
    const cards = await healthCards(world);
    const names = [...world.people.map((p) => p.fullName), LONG_NAME.fullName, 'Kavya Nair'];
    const dynamicWords = [
      ...names.flatMap((name) => name.split(' ')),
      ...DESK_NAME.split(' '),
      ...(world.issuer.match(/[A-Za-z]{2,}/g) ?? []),
      ...(VERIFIER_ID.match(/[A-Za-z]{2,}/g) ?? []),
      ...(await trustListWords(world.issuer)),
    ];
    const camera = join(world.workDir, 'blank.y4m');
    const blank = blankFrame(320, 240);
    writeY4m(camera, [blank, blank, blank], 320, 240, 5);
    browser = await launchChromium([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${camera}`,
    ]);
    run = { world, browser, tokens, cards, dynamicWords };
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await world?.sim.stop();
    if (world) rmSync(world.workDir, { recursive: true, force: true });
  });

  it.each(LANGUAGES.map((language) => [language]))(
    '%s: every screen in the language, nothing overflowing',
    async (language) => {
      const { app: T, holder: H } = await tablesOf(language);
      const context = await openContext(run, language);
      try {
        const page = await context.newPage();
        await configure(run, page, language, T);
        await page.getByRole('button', { name: T['home.scan'], exact: true }).waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
        await expectScreen(run, page, language, 'home');
        await checkResults(run, page, language, T);
        await checkDesk(run, page, language, T);
        await checkEvent(run, page, language, T);
        await checkHolder(run, page, language, H);
      } finally {
        await context.close();
      }
    },
    180_000,
  );

  it('switches language in Settings at once, without a reload, and keeps it after one', async () => {
    const TA = (await tablesOf('ta')).app;
    const BN = (await tablesOf('bn')).app;
    const context = await openContext(run, 'ta');
    try {
      const page = await context.newPage();
      await page.goto(world.appUrl);
      await page.getByRole('button', { name: TA['home.settings'], exact: true }).click();
      // A mark on the window: a reload would wipe it.
      await page.evaluate(() => ((window as unknown as { mark: number }).mark = 1));
      await page.getByRole('combobox', { name: TA['settings.language'] }).selectOption('bn');
      await page.getByRole('heading', { name: BN['settings.title'], level: 1 }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('bn');
      expect(await page.evaluate(() => (window as unknown as { mark?: number }).mark)).toBe(1);
      await page.reload();
      await page.getByRole('button', { name: BN['home.settings'], exact: true }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('bn');
      // Back to automatic: the browser's language again.
      await page.getByRole('button', { name: BN['home.settings'], exact: true }).click();
      await page.getByRole('combobox', { name: BN['settings.language'] }).selectOption('auto');
      await page.getByRole('heading', { name: TA['settings.title'], level: 1 }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ta');
    } finally {
      await context.close();
    }
  }, 60_000);
});
