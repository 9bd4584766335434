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
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EN, type MessageId, type Messages } from '../../src/app/i18n/en.ts';
import { HOLDER_EN, type HolderMessageId, type HolderMessages } from '../../src/holder/i18n/en.ts';
import { LANGUAGES, type Language } from '../../src/lib/languages.ts';
import { describeBrowser, launchChromium } from '../helpers/browser.ts';
import { NATIVE_DIGIT, SCRIPT, englishIn, trustListWords } from '../helpers/languages.ts';
import { overflowsOn } from '../helpers/layout.ts';
import { blankFrame, qrTextFor, writeY4m } from '../helpers/qr-frames.ts';
import { addPerson, latestOtp, runOtpFlow } from '../helpers/registry-client.ts';
import {
  STEP_TIMEOUT,
  VERIFIER_ID,
  forge,
  healthCards,
  startDeskWorld,
  strangerToken,
  type DeskWorld,
} from './desk-fixtures.ts';

const HOLDER_PAGE = '/v3/vaccination/status/knowYourStatus';
const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'i18n');
/** The desk check's person; one mobile per language, as the registry limits OTPs per mobile. */
const DESK_NAME = 'Arjun Singh';
/** A long name, with a 28-letter word, for the result screen and the holder page. */
const LONG_NAME = {
  mobile: '9100000099',
  fullName: 'Venkatanarasimharajuvaripeta Subrahmanyam Lakshminarayanan Chidambaranathan',
};
const TWO_DOSES = [
  { vaccine: 'Covishield', date: '2021-05-03' },
  { vaccine: 'Covishield', date: '2021-08-02' },
];

/** The mobile number of the desk (`2`) or holder (`3`) check in `language`. */
function mobileFor(check: 2 | 3, language: Language): string {
  return `9${check}${String(LANGUAGES.indexOf(language)).padStart(8, '0')}`;
}

type Tables = { app: Messages; holder: HolderMessages };
const ENGLISH = [...Object.values(EN), ...Object.values(HOLDER_EN)];

async function tablesOf(language: Language): Promise<Tables> {
  if (language === 'en') return { app: EN, holder: HOLDER_EN };
  const app = (await import(`../../src/app/i18n/${language}.ts`)) as { default: Messages };
  const holder = (await import(`../../src/holder/i18n/${language}.ts`)) as {
    default: HolderMessages;
  };
  return { app: app.default, holder: holder.default };
}

let world: DeskWorld;
let browser: Browser;
let tokens: { full: string; long: string; partial: string; none: string; unknown: string };
let cards: { full: string; lab: string };
/** Latin words that may show: the people's names, the issuer's host, the verifier id. */
let dynamicWords: string[];

/** What a screen must hold in `language`: nothing overflows, no English, no native digits. */
async function expectScreen(
  page: Page | Frame,
  language: Language,
  screen: string,
  extraWords: string[] = [],
): Promise<void> {
  expect(await overflowsOn(page), `${language} ${screen}: overflow`).toEqual([]);
  const text = await page.locator('body').innerText();
  expect(NATIVE_DIGIT.test(text), `${language} ${screen}: native digits`).toBe(false);
  // A date written by a runtime with no data for the language shows its month as `M12`.
  expect(text, `${language} ${screen}: a month with no name`).not.toMatch(/\bM\d{1,2}\b/);
  if (language === 'en') return;
  expect(text, `${language} ${screen}: script`).toMatch(SCRIPT[language]);
  expect(
    englishIn(text, ENGLISH, [...dynamicWords, ...extraWords]),
    `${language} ${screen}: English left`,
  ).toEqual([]);
}

async function shoot(page: Page, language: Language, screen: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${language}-${screen}.png`), fullPage: true });
}

async function openContext(language: Language): Promise<BrowserContext> {
  const locale = language === 'pa' ? 'pa-Guru-IN' : `${language}-IN`;
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    locale,
    extraHTTPHeaders: { 'Accept-Language': `${locale},${language};q=0.9` },
  });
  await context.grantPermissions(['camera'], { origin: world.appUrl });
  return context;
}

/** Enters the verifier id and API key in Settings, through the language's labels. */
async function configure(page: Page, language: Language, T: Messages): Promise<void> {
  await page.goto(world.appUrl);
  await page.getByRole('button', { name: T['home.settings'], exact: true }).click();
  await page.getByRole('heading', { name: T['settings.title'], level: 1 }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
  await page.getByLabel(T['settings.verifierId'], { exact: true }).fill(VERIFIER_ID);
  await page.getByLabel(T['settings.apiKey'], { exact: true }).fill(world.apiKey);
  await page.getByRole('button', { name: T['settings.save'], exact: true }).click();
  await page.getByText(T['settings.saved']).waitFor({ timeout: STEP_TIMEOUT });
  await page.getByText(world.issuer).first().waitFor({ timeout: STEP_TIMEOUT });
  await expectScreen(page, language, 'settings', ['English']);
  await page.getByRole('button', { name: T['nav.back'], exact: true }).click();
}

/** Pastes `text` on the scan screen and checks it: returns the verdict's text. */
async function scanText(page: Page, T: Messages, text: string): Promise<string> {
  await page.getByLabel(T['scan.pasteLabel'], { exact: true }).fill(text);
  await page.getByRole('button', { name: T['scan.pasteSubmit'], exact: true }).click();
  const status = page.getByRole('status');
  await status.waitFor({ timeout: STEP_TIMEOUT });
  return (await status.textContent()) ?? '';
}

async function checkResults(page: Page, language: Language, T: Messages): Promise<void> {
  await page.getByRole('button', { name: T['home.scan'], exact: true }).click();
  await page.getByLabel(T['scan.pasteLabel'], { exact: true }).waitFor();
  // The fake camera's label is its file's path: a long label the picker must fit in its box.
  await page.locator('select option', { hasText: 'blank.y4m' }).waitFor({ state: 'attached' });
  const cameraWords = (await page.locator('select option').allInnerTexts()).flatMap(
    (label) => label.match(/[A-Za-z]{2,}/g) ?? [],
  );
  await expectScreen(page, language, 'scan', cameraWords);
  const cases: [string, MessageId, string][] = [
    [qrTextFor(tokens.long), 'verdict.full', 'full-long-name'],
    [qrTextFor(tokens.long), 'verdict.full', 'repeat'],
    [qrTextFor(tokens.partial), 'verdict.partial', 'partial'],
    [qrTextFor(tokens.none), 'verdict.none', 'none'],
    [qrTextFor(forge(tokens.full)), 'verdict.invalid', 'invalid'],
    [qrTextFor(tokens.unknown), 'verdict.cannot', 'cannot-verify'],
    [cards.full, 'verdict.full', 'smart-health-card'],
    [cards.lab, 'verdict.notVaccination', 'not-a-vaccination'],
  ];
  for (const [text, verdict, screen] of cases) {
    const got = await scanText(page, T, text);
    expect(got.startsWith(T[verdict]), `${language} ${screen}: ${got.slice(0, 80)}`).toBe(true);
    const repeat = T['result.alreadyChecked'].split('{time}')[0]!.trim();
    if (screen === 'repeat') expect(got).toContain(repeat);
    if (screen === 'full-long-name') expect(got).toContain(LONG_NAME.fullName);
    await expectScreen(page, language, `result ${screen}`, cameraWords);
    await shoot(page, language, `result-${screen}`);
    await page.getByRole('button', { name: T['result.next'], exact: true }).click();
    await page.getByRole('status').waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
  }
  await page.getByRole('button', { name: T['nav.back'], exact: true }).click();
}

async function checkDesk(page: Page, language: Language, T: Messages): Promise<void> {
  await page.getByRole('button', { name: T['home.desk'], exact: true }).click();
  await page.getByLabel(T['desk.mobile'], { exact: true }).waitFor();
  await expectScreen(page, language, 'desk details');
  const mobile = mobileFor(2, language);
  await page.getByLabel(T['desk.mobile'], { exact: true }).fill(mobile);
  await page.getByLabel(T['desk.name'], { exact: true }).fill(DESK_NAME);
  await page.getByRole('button', { name: T['desk.send'], exact: true }).click();
  await page.getByLabel(T['desk.otp'], { exact: true }).waitFor({ timeout: STEP_TIMEOUT });
  await expectScreen(page, language, 'desk OTP');
  const otp = await latestOtp(world.sim.url, mobile);
  await page.getByLabel(T['desk.otp'], { exact: true }).fill(otp!);
  await page.getByRole('button', { name: T['desk.verify'], exact: true }).click();
  const status = page.getByRole('status');
  await status.waitFor({ timeout: STEP_TIMEOUT });
  expect((await status.textContent())?.startsWith(T['verdict.full'])).toBe(true);
  await expectScreen(page, language, 'desk result');
  await shoot(page, language, 'desk-result');
  await page.getByRole('button', { name: T['result.next'], exact: true }).click();
  await page.getByLabel(T['desk.mobile'], { exact: true }).waitFor();
  await page.getByRole('button', { name: T['nav.back'], exact: true }).click();
}

/** The event screens (SPEC §11): create, the gate's Settings, the home counts, a repeat by gate. */
async function checkEvent(page: Page, language: Language, T: Messages): Promise<void> {
  const words = ['Mela', 'A1'];
  // Settings' language picker names English in its own script.
  const settingsWords = [...words, 'English'];
  await page.getByRole('button', { name: T['home.settings'], exact: true }).click();
  await page.getByRole('button', { name: T['event.create'], exact: true }).click();
  await page.getByLabel(T['event.name'], { exact: true }).fill('Mela');
  await page.getByLabel(T['event.gate'], { exact: true }).fill('A1');
  await expectScreen(page, language, 'event create', settingsWords);
  await page.getByRole('button', { name: T['event.create'], exact: true }).click();
  await page.getByRole('button', { name: T['event.leave'], exact: true }).waitFor();
  await page.getByText(T['event.status.connected']).first().waitFor({ timeout: STEP_TIMEOUT });
  const link = (await page.locator('code', { hasText: '#event=' }).textContent()) ?? '';
  const linkWords = link.match(/[A-Za-z]{2,}/g) ?? [];
  await expectScreen(page, language, 'event settings', [...settingsWords, ...linkWords]);
  await shoot(page, language, 'event-settings');
  await page.getByRole('button', { name: T['nav.back'], exact: true }).click();
  await page.getByText(T['event.allGates'], { exact: true }).waitFor();
  await expectScreen(page, language, 'event home', words);
  await page.getByRole('button', { name: T['home.scan'], exact: true }).click();
  // A token this tablet has not seen before the event: its repeat names the gate.
  await scanText(page, T, qrTextFor(tokens.full));
  await page.getByRole('button', { name: T['result.next'], exact: true }).click();
  await page.getByRole('status').waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
  const got = await scanText(page, T, qrTextFor(tokens.full));
  const atGate = T['result.alreadyCheckedAtGate'].replace('{gate}', 'A1').split('{time}')[0]!.trim();
  expect(got, `${language} event repeat`).toContain(atGate);
  await expectScreen(page, language, 'result event repeat', words);
  await shoot(page, language, 'result-event-repeat');
  await page.getByRole('button', { name: T['result.next'], exact: true }).click();
  await page.getByRole('button', { name: T['nav.back'], exact: true }).click();
  await page.getByRole('button', { name: T['home.settings'], exact: true }).click();
  await page.getByRole('button', { name: T['event.leave'], exact: true }).click();
  await page.getByRole('button', { name: T['event.create'], exact: true }).waitFor();
  await page.getByRole('button', { name: T['nav.back'], exact: true }).click();
}

async function checkHolder(page: Page, language: Language, H: HolderMessages): Promise<void> {
  const h = (id: HolderMessageId) => H[id];
  await page.goto(`${world.sim.url}${HOLDER_PAGE}`);
  await page.getByRole('heading', { name: h('page.title'), level: 1 }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
  await expectScreen(page, language, 'holder details');
  const mobile = mobileFor(3, language);
  await page.getByLabel(h('field.mobile'), { exact: true }).fill(mobile);
  await page.getByLabel(h('field.fullName'), { exact: true }).fill(LONG_NAME.fullName);
  await page.getByRole('button', { name: h('action.sendOtp'), exact: true }).click();
  await page.getByLabel(h('field.otp'), { exact: true }).waitFor({ timeout: STEP_TIMEOUT });
  await expectScreen(page, language, 'holder OTP');
  // The SMS speaks the page's language (SPEC §12).
  const outbox = (await (
    await fetch(`${world.sim.url}/dev/sms?mobile_number=${mobile}`)
  ).json()) as { text: string }[];
  if (language !== 'en') expect(outbox[0]!.text).toMatch(SCRIPT[language]);
  const otp = await latestOtp(world.sim.url, mobile);
  await page.getByLabel(h('field.otp'), { exact: true }).fill(otp!);
  await page.getByRole('button', { name: h('action.verify'), exact: true }).click();
  await page
    .getByRole('img', { name: h('qr.alt'), exact: true })
    .waitFor({ timeout: STEP_TIMEOUT });
  expect(await page.getByRole('status').first().textContent()).toMatch(
    new RegExp(`^${h('status.2')}`),
  );
  await expectScreen(page, language, 'holder result');
  await shoot(page, language, 'holder-result');
}

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
    tokens = {
      full: full!.token,
      long: long.signed_status,
      partial: partial!.token,
      none: none!.token,
      unknown: await strangerToken(world.issuer),
    };
    cards = await healthCards(world);
    const names = [...world.people.map((p) => p.fullName), LONG_NAME.fullName, 'Kavya Nair'];
    dynamicWords = [
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
      const context = await openContext(language);
      try {
        const page = await context.newPage();
        await configure(page, language, T);
        await page.getByRole('button', { name: T['home.scan'], exact: true }).waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
        await expectScreen(page, language, 'home');
        await checkResults(page, language, T);
        await checkDesk(page, language, T);
        await checkEvent(page, language, T);
        await checkHolder(page, language, H);
      } finally {
        await context.close();
      }
    },
    180_000,
  );

  it('switches language in Settings at once, without a reload, and keeps it after one', async () => {
    const TA = (await tablesOf('ta')).app;
    const BN = (await tablesOf('bn')).app;
    const context = await openContext('ta');
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
