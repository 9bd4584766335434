/**
 * The twelve languages of the CoWIN portal (SPEC §12), shared by the verifier PWA and the
 * holder page: their tags, their names in their own scripts, how a browser's preferences map
 * onto them, and the locale each formats numbers, dates and plurals with (Latin digits always).
 */

/** Every language the UI speaks, in the order the picker lists them. */
export const LANGUAGES = [
  'en',
  'hi',
  'bn',
  'te',
  'mr',
  'ta',
  'gu',
  'kn',
  'ml',
  'pa',
  'or',
  'as',
] as const;

/** A language the UI speaks (its BCP 47 primary subtag). */
export type Language = (typeof LANGUAGES)[number];

/** Each language named in its own script, as language pickers do. */
export const LANGUAGE_NAMES: Record<Language, string> = {
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
};

/** True when `value` is a language the UI speaks. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first of `preferred` (the browser's languages, best first) the UI speaks, matched on the
 * primary subtag (`pa-Guru-IN` is `pa`, `or-IN` is `or`); English when none is.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/**
 * The locale to format with: the language in India, with Latin digits (`-u-nu-latn`), as CoWIN
 * writes them; without it Bengali, Assamese and Marathi would switch to their own digits.
 */
export function localeOf(language: Language): string {
  return `${language === 'pa' ? 'pa-Guru' : language}-IN-u-nu-latn`;
}

/**
 * `template` with each `{name}` replaced by `params.name` (numbers formatted for the language);
 * a placeholder with no value is left as it is.
 */
export function fillTemplate(
  template: string,
  language: Language,
  params: Record<string, string | number> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number'
      ? new Intl.NumberFormat(localeOf(language), { useGrouping: false }).format(value)
      : value;
  });
}

/** The CLDR plural category of `count` in `language` (`one`, `other`, …). */
export function pluralCategory(language: Language, count: number): Intl.LDMLPluralRule {
  return new Intl.PluralRules(localeOf(language)).select(count);
}
