/** Dates in the twelve languages (SPEC §12): the language's own months, Latin digits, never English. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES, type Language } from '../../src/lib/languages.ts';
import { NATIVE_DIGIT } from '../helpers/languages.ts';

const WHEN = Date.UTC(2026, 11, 4, 6, 26);
const STYLE = {
  dateStyle: 'medium',
  timeStyle: 'short',
  hourCycle: 'h23',
  timeZone: 'UTC',
} as const;

async function freshModule(): Promise<typeof import('../../src/lib/languages.ts')> {
  vi.resetModules();
  return import('../../src/lib/languages.ts');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('dateTimeFormat', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    'writes %s dates with its own months and Latin digits',
    async (language) => {
      const { dateTimeFormat } = await freshModule();
      const text = dateTimeFormat(language as Language, STYLE).format(WHEN);
      expect(text).toContain('2026');
      expect(text).toMatch(/\b0?6:26\b/);
      expect(text).not.toMatch(/[A-Za-z]/);
      expect(NATIVE_DIGIT.test(text)).toBe(false);
    },
  );

  it('writes the date in numbers when the runtime holds no months for the language', async () => {
    const Real = Intl.DateTimeFormat;
    // A runtime with no Odia data, as some Chromium builds: `M12` for the month.
    const Fake = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      if (String(locales).startsWith('or')) {
        const root = new Real('en', options);
        return {
          ...root,
          format: () => '2026 M12 4',
          resolvedOptions: () => root.resolvedOptions(),
        };
      }
      return new Real(locales, options);
    };
    vi.stubGlobal('Intl', { ...Intl, DateTimeFormat: Fake });
    const { dateTimeFormat } = await freshModule();
    expect(dateTimeFormat('or', STYLE).format(WHEN)).toBe('04/12/2026, 06:26');
    expect(dateTimeFormat('or', { dateStyle: 'medium', timeZone: 'UTC' }).format(WHEN)).toBe(
      '04/12/2026',
    );
    // A time of day alone needs no month names.
    const clock = {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'UTC',
    } as const;
    expect(dateTimeFormat('or', clock).format(WHEN)).toBe('2026 M12 4');
    // Languages the runtime does hold keep their months.
    expect(dateTimeFormat('ta', STYLE).format(WHEN)).toMatch(/டிச/);
  });
});
