import { afterEach, describe, expect, it } from 'vitest';
import { EN } from '../../src/app/i18n/en.ts';
import { HI } from '../../src/app/i18n/hi.ts';
import { formatClock, resolveLanguage, setLanguage, t } from '../../src/app/i18n/index.ts';

/** Latin-letter words a Hindi reader sees as they are: codes, acronyms, URL schemes, the name. */
const LOANWORDS = new Set([
  ...['OTP', 'QR', 'CSV', 'API', 'ID', 'URL', 'KYC', 'VS', 'https', 'http', 'localhost'],
  // The names of the credential formats (SPEC 8).
  ...['CoWIN', 'EU', 'COVID', 'SMART'],
]);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

afterEach(() => setLanguage('en'));

describe('Hindi strings', () => {
  it('has every English id and no other', () => {
    expect(Object.keys(HI).sort()).toEqual(Object.keys(EN).sort());
  });

  it('leaves no value in English: Latin letters only in loanwords and codes', () => {
    const english: string[] = [];
    for (const [id, text] of Object.entries(HI)) {
      const words = text.replace(/\{\w+\}/g, '').match(/[A-Za-z]+/g) ?? [];
      for (const word of words) if (!LOANWORDS.has(word)) english.push(`${id}: ${word}`);
      expect(/[\u0900-\u097F]/.test(text) || text === EN[id as keyof typeof EN], id).toBe(true);
    }
    expect(english).toEqual([]);
  });

  it('keeps the same placeholders as English in every string', () => {
    for (const id of Object.keys(EN) as (keyof typeof EN)[]) {
      expect(placeholders(HI[id]), id).toEqual(placeholders(EN[id]));
    }
  });

  it('translates every string but the bare code "OTP"', () => {
    const same = (Object.keys(EN) as (keyof typeof EN)[]).filter((id) => HI[id] === EN[id]);
    expect(same).toEqual(['desk.otp']);
  });
});

describe('language', () => {
  it('follows the first browser language it speaks, English by default', () => {
    expect(resolveLanguage('auto', ['hi-IN', 'en-US'])).toBe('hi');
    expect(resolveLanguage('auto', ['ta-IN', 'en-GB', 'hi'])).toBe('en');
    expect(resolveLanguage('auto', ['fr-FR'])).toBe('en');
    expect(resolveLanguage('auto', [])).toBe('en');
    expect(resolveLanguage('hi', ['en-US'])).toBe('hi');
    expect(resolveLanguage('en', ['hi-IN'])).toBe('en');
  });

  it('switches every lookup and fills placeholders in the sentence order of each language', () => {
    expect(t('result.alreadyChecked', { time: '10:05' })).toBe('Already checked at 10:05');
    setLanguage('hi');
    expect(t('result.alreadyChecked', { time: '10:05' })).toBe('10:05 बजे पहले ही जाँचा जा चुका है');
    expect(t('home.scan')).toBe('QR स्कैन करें');
  });

  it('writes times of day as 24-hour HH:MM', () => {
    const at = new Date(2025, 0, 15, 14, 7).getTime();
    expect(formatClock(at)).toBe('14:07');
    setLanguage('hi');
    expect(formatClock(at)).toBe('14:07');
  });
});
