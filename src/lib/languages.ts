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
    return typeof value === 'number' ? numberFormatOf(language).format(value) : value;
  });
}

/**
 * The value kept in `cache` under `key`, made by `make` the first time: an Intl object costs
 * far more to build than to use (tens of ms at 6x CPU for a date format).
 */
function kept<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

const numberFormats = new Map<Language, Intl.NumberFormat>();
const pluralRules = new Map<Language, Intl.PluralRules>();

function numberFormatOf(language: Language): Intl.NumberFormat {
  return kept(
    numberFormats,
    language,
    () => new Intl.NumberFormat(localeOf(language), { useGrouping: false }),
  );
}

/** The CLDR plural category of `count` in `language` (`one`, `other`, …). */
export function pluralCategory(language: Language, count: number): Intl.LDMLPluralRule {
  return kept(pluralRules, language, () => new Intl.PluralRules(localeOf(language))).select(count);
}

/** Per language: whether this runtime's Intl holds its month names. */
const monthNames = new Map<Language, boolean>();

function hasMonthNames(language: Language): boolean {
  return kept(monthNames, language, () => {
    const month = new Intl.DateTimeFormat(localeOf(language), { month: 'short' }).format(
      Date.UTC(2026, 11, 15),
    );
    // A runtime without the language's data writes `M12`, or the month in English.
    return language === 'en' || !/[A-Za-z]/.test(month);
  });
}

/**
 * A date and time format for `language` (Latin digits): its own month names where the runtime
 * holds them; else day, month and year as numbers, as 04/12/2026, 06:26, never a month left in
 * English or as `M12` (some Chromium builds carry no Punjabi, Odia or Assamese dates).
 */
export function dateTimeFormat(
  language: Language,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return kept(formats, `${language} ${JSON.stringify(options)}`, () =>
    makeDateTimeFormat(language, options),
  );
}

/** The formats made, by language and options. */
const formats = new Map<string, Intl.DateTimeFormat>();

function makeDateTimeFormat(
  language: Language,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const { dateStyle, timeStyle, ...rest } = options;
  if ((!dateStyle && !rest.month) || hasMonthNames(language)) {
    return new Intl.DateTimeFormat(localeOf(language), options);
  }
  const numeric: Intl.DateTimeFormatOptions = { ...rest };
  if (dateStyle || rest.month)
    Object.assign(numeric, { day: '2-digit', month: '2-digit', year: 'numeric' });
  if (timeStyle) Object.assign(numeric, { hour: '2-digit', minute: '2-digit' });
  return new Intl.DateTimeFormat('en-IN-u-nu-latn', numeric);
}
