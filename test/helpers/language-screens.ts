/**
 * The screens of the language tests (SPEC §12) at 360 × 640, each reached through the
 * language's own strings: Settings, a verdict of each kind, the desk check, the event screens and
 * the holder page, each held to the rules of a screen in that language (nothing overflowing, no
 * English left but the SPEC §12 names, no digit but 0-9), the result screens photographed.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { EN, type MessageId, type Messages } from '../../src/app/i18n/en.ts';
import { HOLDER_EN, type HolderMessageId, type HolderMessages } from '../../src/holder/i18n/en.ts';
import { LANGUAGES, type Language } from '../../src/lib/languages.ts';
import { STEP_TIMEOUT, VERIFIER_ID, forge, type DeskWorld } from '../e2e/desk-fixtures.ts';
import { NATIVE_DIGIT, SCRIPT, englishIn } from './languages.ts';
import { overflowsOn } from './layout.ts';
import { qrTextFor } from './qr-frames.ts';
import { latestOtp } from './registry-client.ts';

const HOLDER_PAGE = '/v3/vaccination/status/knowYourStatus';
export const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'i18n');
/** The desk check's person; one mobile per language, as the registry limits OTPs per mobile. */
export const DESK_NAME = 'Arjun Singh';
/** A long name, with a 28-letter word, for the result screen and the holder page. */
export const LONG_NAME = {
  mobile: '9100000099',
  fullName: 'Venkatanarasimharajuvaripeta Subrahmanyam Lakshminarayanan Chidambaranathan',
};
export const TWO_DOSES = [
  { vaccine: 'Covishield', date: '2021-05-03' },
  { vaccine: 'Covishield', date: '2021-08-02' },
];

/** The mobile number of the desk (`2`) or holder (`3`) check in `language`. */
export function mobileFor(check: 2 | 3, language: Language): string {
  return `9${check}${String(LANGUAGES.indexOf(language)).padStart(8, '0')}`;
}

/** The app's and the holder page's strings in one language. */
export type Tables = { app: Messages; holder: HolderMessages };
const ENGLISH = [...Object.values(EN), ...Object.values(HOLDER_EN)];

export async function tablesOf(language: Language): Promise<Tables> {
  if (language === 'en') return { app: EN, holder: HOLDER_EN };
  const app = (await import(`../../src/app/i18n/${language}.ts`)) as { default: Messages };
  const holder = (await import(`../../src/holder/i18n/${language}.ts`)) as {
    default: HolderMessages;
  };
  return { app: app.default, holder: holder.default };
}

/** What the screens are checked with: the desk world, the browser, and the codes to show. */
export interface LanguageRun {
  world: DeskWorld;
  browser: Browser;
  tokens: { full: string; long: string; partial: string; none: string; unknown: string };
  cards: { full: string; lab: string };
  /** Latin words that may show: the people's names, the issuer's host, the verifier id. */
  dynamicWords: string[];
}

/** What a screen must hold in `language`: nothing overflows, no English, no native digits. */
export async function expectScreen(
  run: LanguageRun,
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
    englishIn(text, ENGLISH, [...run.dynamicWords, ...extraWords]),
    `${language} ${screen}: English left`,
  ).toEqual([]);
}

/** A full-page screenshot of `screen` in test-artifacts/i18n/. */
export async function shoot(page: Page, language: Language, screen: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${language}-${screen}.png`), fullPage: true });
}

/** A 360 × 640 browser context set to `language` (locale and Accept-Language). */
export async function openContext(run: LanguageRun, language: Language): Promise<BrowserContext> {
  const locale = language === 'pa' ? 'pa-Guru-IN' : `${language}-IN`;
  const context = await run.browser.newContext({
    viewport: { width: 360, height: 640 },
    locale,
    extraHTTPHeaders: { 'Accept-Language': `${locale},${language};q=0.9` },
  });
  await context.grantPermissions(['camera'], { origin: run.world.appUrl });
  return context;
}

/** Enters the verifier id and API key in Settings, through the language's labels. */
export async function configure(
  run: LanguageRun,
  page: Page,
  language: Language,
  T: Messages,
): Promise<void> {
  const { world } = run;
  await page.goto(world.appUrl);
  await page.getByRole('button', { name: T['home.settings'], exact: true }).click();
  await page.getByRole('heading', { name: T['settings.title'], level: 1 }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
  await page.getByLabel(T['settings.verifierId'], { exact: true }).fill(VERIFIER_ID);
  await page.getByLabel(T['settings.apiKey'], { exact: true }).fill(world.apiKey);
  await page.getByRole('button', { name: T['settings.save'], exact: true }).click();
  await page.getByText(T['settings.saved']).waitFor({ timeout: STEP_TIMEOUT });
  await page.getByText(world.issuer).first().waitFor({ timeout: STEP_TIMEOUT });
  await expectScreen(run, page, language, 'settings', ['English']);
  await page.getByRole('button', { name: T['nav.back'], exact: true }).click();
}

/** Pastes `text` on the scan screen and checks it: returns the verdict's text. */
export async function scanText(page: Page, T: Messages, text: string): Promise<string> {
  await page.getByLabel(T['scan.pasteLabel'], { exact: true }).fill(text);
  await page.getByRole('button', { name: T['scan.pasteSubmit'], exact: true }).click();
  const status = page.getByRole('status');
  await status.waitFor({ timeout: STEP_TIMEOUT });
  return (await status.textContent()) ?? '';
}

/** The scan screen, then a verdict of each kind (a long name, a repeat, each card). */
export async function checkResults(
  run: LanguageRun,
  page: Page,
  language: Language,
  T: Messages,
): Promise<void> {
  const { tokens, cards } = run;
  await page.getByRole('button', { name: T['home.scan'], exact: true }).click();
  await page.getByLabel(T['scan.pasteLabel'], { exact: true }).waitFor();
  // The fake camera's label is its file's path: a long label the picker must fit in its box.
  await page.locator('select option', { hasText: 'blank.y4m' }).waitFor({ state: 'attached' });
  const cameraWords = (await page.locator('select option').allInnerTexts()).flatMap(
    (label) => label.match(/[A-Za-z]{2,}/g) ?? [],
  );
  await expectScreen(run, page, language, 'scan', cameraWords);
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
    await expectScreen(run, page, language, `result ${screen}`, cameraWords);
    await shoot(page, language, `result-${screen}`);
    await page.getByRole('button', { name: T['result.next'], exact: true }).click();
    await page.getByRole('status').waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
  }
  await page.getByRole('button', { name: T['nav.back'], exact: true }).click();
}

/** The desk check: details, OTP and the verdict. */
export async function checkDesk(
  run: LanguageRun,
  page: Page,
  language: Language,
  T: Messages,
): Promise<void> {
  const { world } = run;
  await page.getByRole('button', { name: T['home.desk'], exact: true }).click();
  await page.getByLabel(T['desk.mobile'], { exact: true }).waitFor();
  await expectScreen(run, page, language, 'desk details');
  const mobile = mobileFor(2, language);
  await page.getByLabel(T['desk.mobile'], { exact: true }).fill(mobile);
  await page.getByLabel(T['desk.name'], { exact: true }).fill(DESK_NAME);
  await page.getByRole('button', { name: T['desk.send'], exact: true }).click();
  await page.getByLabel(T['desk.otp'], { exact: true }).waitFor({ timeout: STEP_TIMEOUT });
  await expectScreen(run, page, language, 'desk OTP');
  const otp = await latestOtp(world.sim.url, mobile);
  await page.getByLabel(T['desk.otp'], { exact: true }).fill(otp!);
  await page.getByRole('button', { name: T['desk.verify'], exact: true }).click();
  const status = page.getByRole('status');
  await status.waitFor({ timeout: STEP_TIMEOUT });
  expect((await status.textContent())?.startsWith(T['verdict.full'])).toBe(true);
  await expectScreen(run, page, language, 'desk result');
  await shoot(page, language, 'desk-result');
  await page.getByRole('button', { name: T['result.next'], exact: true }).click();
  await page.getByLabel(T['desk.mobile'], { exact: true }).waitFor();
  await page.getByRole('button', { name: T['nav.back'], exact: true }).click();
}

/** The event screens (SPEC §11): create, the gate's Settings, the home counts, a repeat by gate. */
export async function checkEvent(
  run: LanguageRun,
  page: Page,
  language: Language,
  T: Messages,
): Promise<void> {
  const { tokens } = run;
  const words = ['Mela', 'A1'];
  // Settings' language picker names English in its own script.
  const settingsWords = [...words, 'English'];
  await page.getByRole('button', { name: T['home.settings'], exact: true }).click();
  await page.getByRole('button', { name: T['event.create'], exact: true }).click();
  await page.getByLabel(T['event.name'], { exact: true }).fill('Mela');
  await page.getByLabel(T['event.gate'], { exact: true }).fill('A1');
  await expectScreen(run, page, language, 'event create', settingsWords);
  await page.getByRole('button', { name: T['event.create'], exact: true }).click();
  await page.getByRole('button', { name: T['event.leave'], exact: true }).waitFor();
  await page.getByText(T['event.status.connected']).first().waitFor({ timeout: STEP_TIMEOUT });
  const link = (await page.locator('code', { hasText: '#event=' }).textContent()) ?? '';
  const linkWords = link.match(/[A-Za-z]{2,}/g) ?? [];
  await expectScreen(run, page, language, 'event settings', [...settingsWords, ...linkWords]);
  await shoot(page, language, 'event-settings');
  await page.getByRole('button', { name: T['nav.back'], exact: true }).click();
  await page.getByText(T['event.allGates'], { exact: true }).waitFor();
  await expectScreen(run, page, language, 'event home', words);
  await page.getByRole('button', { name: T['home.scan'], exact: true }).click();
  // A token this tablet has not seen before the event: its repeat names the gate.
  await scanText(page, T, qrTextFor(tokens.full));
  await page.getByRole('button', { name: T['result.next'], exact: true }).click();
  await page.getByRole('status').waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
  const got = await scanText(page, T, qrTextFor(tokens.full));
  const atGate = T['result.alreadyCheckedAtGate']
    .replace('{gate}', 'A1')
    .split('{time}')[0]!
    .trim();
  expect(got, `${language} event repeat`).toContain(atGate);
  await expectScreen(run, page, language, 'result event repeat', words);
  await shoot(page, language, 'result-event-repeat');
  await page.getByRole('button', { name: T['result.next'], exact: true }).click();
  await page.getByRole('button', { name: T['nav.back'], exact: true }).click();
  await page.getByRole('button', { name: T['home.settings'], exact: true }).click();
  await page.getByRole('button', { name: T['event.leave'], exact: true }).click();
  await page.getByRole('button', { name: T['event.create'], exact: true }).waitFor();
  await page.getByRole('button', { name: T['nav.back'], exact: true }).click();
}

/** The registry's holder page: details, OTP (the SMS in the language) and the status QR. */
export async function checkHolder(
  run: LanguageRun,
  page: Page,
  language: Language,
  H: HolderMessages,
): Promise<void> {
  const { world } = run;
  const h = (id: HolderMessageId) => H[id];
  await page.goto(`${world.sim.url}${HOLDER_PAGE}`);
  await page.getByRole('heading', { name: h('page.title'), level: 1 }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
  await expectScreen(run, page, language, 'holder details');
  const mobile = mobileFor(3, language);
  await page.getByLabel(h('field.mobile'), { exact: true }).fill(mobile);
  await page.getByLabel(h('field.fullName'), { exact: true }).fill(LONG_NAME.fullName);
  await page.getByRole('button', { name: h('action.sendOtp'), exact: true }).click();
  await page.getByLabel(h('field.otp'), { exact: true }).waitFor({ timeout: STEP_TIMEOUT });
  await expectScreen(run, page, language, 'holder OTP');
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
  await expectScreen(run, page, language, 'holder result');
  await shoot(page, language, 'holder-result');
}
