/**
 * Every string of the holder page comes through here, in the page's one language (SPEC §12):
 * `?lang=` when the page was opened with one (an embedding verifier passes its own), else the
 * first of the browser's languages it speaks. English is built in; the others are lazy chunks.
 */
import {
  fillTemplate,
  isLanguage,
  localeOf,
  pickLanguage,
  pluralCategory,
  type Language,
} from '../lib/languages.ts';
import type { VaccinationStatus } from '../protocol/index.ts';
import type { HolderApiError } from './api.ts';
import type { RejectionReason } from './config.ts';
import {
  HOLDER_EN,
  type HolderMessageId,
  type HolderMessages,
  type HolderPluralId,
} from './i18n/en.ts';

export type { HolderMessageId };

const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<{ default: HolderMessages }>> = {
  hi: () => import('./i18n/hi.ts'),
  bn: () => import('./i18n/bn.ts'),
  te: () => import('./i18n/te.ts'),
  mr: () => import('./i18n/mr.ts'),
  ta: () => import('./i18n/ta.ts'),
  gu: () => import('./i18n/gu.ts'),
  kn: () => import('./i18n/kn.ts'),
  ml: () => import('./i18n/ml.ts'),
  pa: () => import('./i18n/pa.ts'),
  or: () => import('./i18n/or.ts'),
  as: () => import('./i18n/as.ts'),
};

let language: Language = 'en';
let table: HolderMessages = HOLDER_EN;

/** The page's language: `lang` from its URL when it is one it speaks, else the browser's. */
export function chooseHolderLanguage(search: string, preferred: readonly string[]): Language {
  const asked = new URLSearchParams(search).get('lang')?.trim().toLowerCase();
  if (asked && isLanguage(asked.split('-')[0])) return asked.split('-')[0] as Language;
  return pickLanguage(preferred);
}

/**
 * Loads `next`'s strings and makes it the page's language (`<html lang>` and title too); a
 * table that cannot load leaves English.
 */
export async function applyHolderLanguage(next: Language): Promise<void> {
  let messages: HolderMessages = HOLDER_EN;
  if (next !== 'en') {
    try {
      messages = (await LOADERS[next]()).default;
    } catch {
      next = 'en';
    }
  }
  language = next;
  table = messages;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = next;
    document.title = text('page.title');
  }
}

/** The page's language. */
export function holderLanguage(): Language {
  return language;
}

/** The string for `id` in the page's language, `{placeholders}` filled. */
export function text(id: HolderMessageId, params: Record<string, string | number> = {}): string {
  return fillTemplate(table[id], language, params);
}

/** The plural form of `id` for `count`, filled like `text`. */
export function plural(
  id: HolderPluralId,
  count: number,
  params: Record<string, string | number> = {},
): string {
  const form = `${id}.${pluralCategory(language, count)}`;
  return text((form in table ? form : `${id}.other`) as HolderMessageId, params);
}

/**
 * `id`'s sentence cut around its `{verifier}`: the page shows the organisation's name in an
 * element of its own, wherever the language puts it.
 */
export function splitAtVerifier(id: HolderMessageId): [string, string] {
  const [before = '', after = ''] = table[id].split('{verifier}');
  return [before, after];
}

/** A date and time in the page's language (Latin digits, 24-hour). */
export function formatWhen(ms: number): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(ms);
}

/** The status in words; the same openings as the verifier PWA's verdicts (SPEC §8). */
export function statusWords(status: VaccinationStatus): string {
  return text(`status.${status}`);
}

function tooMany(seconds: number | undefined): string {
  if (seconds === undefined) return text('error.tooMany');
  if (seconds < 90) return plural('error.tooManySeconds', seconds, { seconds });
  const minutes = Math.ceil(seconds / 60);
  return plural('error.tooManyMinutes', minutes, { minutes });
}

/** A sentence for a failed registry call. */
export function errorText(error: HolderApiError): string {
  switch (error.code) {
    case 'USRAUT0014':
      if (error.triesLeft === 0) return text('error.wrongOtpNone');
      if (error.triesLeft !== undefined) {
        return plural('error.wrongOtp', error.triesLeft, { tries: error.triesLeft });
      }
      return text('error.wrongOtpUnknown');
    case 'USRAUT0015':
      return text('error.otpExpired');
    case 'USRAUT0016':
      return tooMany(error.retryAfterS);
    case 'REQVAL0001':
      return text('error.badDetails');
    case 'NETWORK':
      return text('error.network');
    default:
      return text('error.server');
  }
}

/** Why the embedded flow was refused, in words. */
export function refusalText(reason: RejectionReason): string {
  return text(`refusal.${reason}`);
}
