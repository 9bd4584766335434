// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { EN, type Messages } from '../../src/app/i18n/en.ts';
import {
  LANGUAGES,
  LANGUAGE_NAMES,
  currentLanguage,
  formatClock,
  formatTime,
  loadLanguage,
  resolveLanguage,
  setLanguage,
  subscribeLanguage,
  t,
  tp,
  type Language,
} from '../../src/app/i18n/index.ts';
import { LATIN_WORDS, NATIVE_DIGIT, SCRIPT, beyondNames } from '../helpers/languages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const OTHERS = LANGUAGES.filter((l): l is Exclude<Language, 'en'> => l !== 'en');
const ids = Object.keys(EN) as (keyof typeof EN)[];

afterEach(() => setLanguage('en'));

describe.each(OTHERS)('the %s table', (language) => {
  let table: Messages;
  it('loads as its own chunk with every English id and no other', async () => {
    table = await loadLanguage(language);
    expect(Object.keys(table).sort()).toEqual(Object.keys(EN).sort());
  });

  it('keeps the same placeholders as English in every string', () => {
    for (const id of ids) expect(placeholders(table[id]), id).toEqual(placeholders(EN[id]));
  });

  it('leaves nothing in English but the SPEC 12 names, in its own script and Latin digits', () => {
    const problems: string[] = [];
    for (const id of ids) {
      const text = table[id];
      if (text === EN[id] && beyondNames(text) !== '') problems.push(`${id}: same as English`);
      if (beyondNames(text) !== '' && !SCRIPT[language].test(text)) problems.push(`${id}: script`);
      if (NATIVE_DIGIT.test(text)) problems.push(`${id}: digits`);
      for (const word of text.replace(/\{\w+\}/g, '').match(/[A-Za-z]+/g) ?? []) {
        if (!LATIN_WORDS.has(word)) problems.push(`${id}: ${word}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('reads the verdicts and kinds in the language, kind names keeping their SPEC 12 names', () => {
    for (const id of ['verdict.full', 'verdict.partial', 'verdict.none', 'verdict.invalid']) {
      expect(SCRIPT[language].test(table[id as keyof typeof EN]), id).toBe(true);
    }
    expect(table['format.kycvs']).toContain('KYC-VS');
    expect(table['format.divoc']).toContain('CoWIN');
    expect(table['format.eudcc']).toContain('EU');
    expect(table['format.shc']).toBe('SMART Health Card');
    expect(table['format.divoc']).not.toBe(EN['format.divoc']);
  });

  it('gives each of the SPEC 8 buttons on one screen a name of its own', () => {
    const home = ['home.scan', 'home.desk', 'home.settings', 'home.refresh'] as const;
    const desk = ['desk.send', 'desk.verify', 'nav.back', 'desk.retry', 'desk.restart'] as const;
    const result = ['result.next', 'result.home'] as const;
    for (const screen of [home, desk, result]) {
      const names = screen.map((id) => table[id]);
      expect(new Set(names).size, screen.join()).toBe(names.length);
    }
  });
});

describe('language', () => {
  it('follows the first browser language it speaks, on the primary subtag, English by default', () => {
    expect(resolveLanguage('auto', ['hi-IN', 'en-US'])).toBe('hi');
    expect(resolveLanguage('auto', ['fr-FR', 'ta-IN', 'en-GB', 'hi'])).toBe('ta');
    expect(resolveLanguage('auto', ['pa-Guru-IN'])).toBe('pa');
    expect(resolveLanguage('auto', ['pa-IN'])).toBe('pa');
    expect(resolveLanguage('auto', ['or-IN', 'as-IN'])).toBe('or');
    expect(resolveLanguage('auto', ['as'])).toBe('as');
    expect(resolveLanguage('auto', ['mr-IN'])).toBe('mr');
    expect(resolveLanguage('auto', ['ur-IN', 'ne-NP'])).toBe('en');
    expect(resolveLanguage('auto', ['fr-FR'])).toBe('en');
    expect(resolveLanguage('auto', [])).toBe('en');
    expect(resolveLanguage('hi', ['en-US'])).toBe('hi');
    expect(resolveLanguage('en', ['hi-IN'])).toBe('en');
  });

  it('names each language in its own script', () => {
    expect(LANGUAGE_NAMES).toEqual({
      en: 'English',
      hi: 'हिन्दी',
      bn: 'বাংলা',
      te: 'తెలుగు',
      mr: 'मराठी',
      ta: 'தமிழ்',
      gu: 'ગુજરાતી',
      kn: 'ಕನ್ನಡ',
      ml: 'മലയാളം',
      pa: 'ਪੰਜਾਬੀ',
      or: 'ଓଡ଼ିଆ',
      as: 'অসমীয়া',
    });
  });

  it('switches once the table is loaded, tells subscribers, and sets <html lang>', async () => {
    const seen: Language[] = [];
    const stop = subscribeLanguage((next) => seen.push(next));
    await setLanguage('ta');
    expect(currentLanguage()).toBe('ta');
    expect(document.documentElement.lang).toBe('ta');
    expect(t('home.scan')).toBe('QR ஸ்கேன் செய்');
    await setLanguage('en');
    stop();
    expect(seen).toEqual(['ta', 'en']);
    expect(document.documentElement.lang).toBe('en');
  });

  it('lets a later choice win over a slower load', async () => {
    const slow = setLanguage('kn');
    await setLanguage('en');
    await slow;
    expect(currentLanguage()).toBe('en');
  });

  it('fills placeholders in the sentence order of each language', async () => {
    expect(t('result.alreadyChecked', { time: '10:05' })).toBe('Already checked at 10:05');
    await setLanguage('hi');
    expect(t('result.alreadyChecked', { time: '10:05' })).toBe('10:05 बजे पहले ही जाँचा जा चुका है');
    expect(t('home.scan')).toBe('QR स्कैन करें');
  });

  it('picks plural forms by the language’s rules', async () => {
    expect(tp('settings.logSummary', 1, { count: 1 })).toMatch(/^The log holds 1 check\./);
    expect(tp('settings.logSummary', 5, { count: 5 })).toMatch(/^The log holds 5 checks\./);
    await setLanguage('ta');
    expect(tp('settings.logSummary', 1, { count: 1 })).toContain('1 சரிபார்ப்பு உள்ளது');
    expect(tp('settings.logSummary', 5, { count: 5 })).toContain('5 சரிபார்ப்புகள் உள்ளன');
  });

  it('writes times of day as 24-hour HH:MM and dates with Latin digits in every language', async () => {
    const at = new Date(2025, 0, 15, 9, 7).getTime();
    for (const language of LANGUAGES) {
      await setLanguage(language);
      expect(formatClock(at), language).toBe('09:07');
      expect(formatTime(at), language).toMatch(/2025/);
      expect(NATIVE_DIGIT.test(formatTime(at)), language).toBe(false);
      expect(NATIVE_DIGIT.test(t('home.todayTotal', { count: 1234 })), language).toBe(false);
    }
  });
});
