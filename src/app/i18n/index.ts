/**
 * Looks up UI strings by id in the language in use (English or Hindi) and fills in their
 * `{placeholders}`; formats times for that language; keeps `<html lang>` in step.
 */
import { EN, type MessageId } from './en.ts';
import { HI } from './hi.ts';

export type { MessageId };

/** The languages the UI speaks. */
export type Language = 'en' | 'hi';

/** The languages offered in Settings, each named in its own script (as language pickers do). */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', hi: 'हिन्दी' };

const TABLES: Record<Language, Record<MessageId, string>> = { en: EN, hi: HI };

/** The BCP 47 tag used to format dates and times in each language. */
const LOCALES: Record<Language, string> = { en: 'en-IN', hi: 'hi-IN' };

let language: Language = 'en';
const listeners = new Set<(next: Language) => void>();

/**
 * The language to use for a choice in Settings: the fixed one, or for `auto` the first of the
 * browser's languages the UI speaks (English when none).
 */
export function resolveLanguage(
  choice: 'auto' | Language,
  preferred: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Language {
  if (choice !== 'auto') return choice;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'en' || primary === 'hi') return primary;
  }
  return 'en';
}

/** Switches the UI language and the document's `lang` (screens re-render to pick it up). */
export function setLanguage(next: Language): void {
  language = next;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = next;
    document.title = t('app.title');
  }
  for (const listener of listeners) listener(next);
}

/** Calls `listener` on each change of language; returns a function that stops it. */
export function onLanguageChange(listener: (next: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The language in use. */
export function currentLanguage(): Language {
  return language;
}

/** The string for `id`, with each `{name}` replaced by `params.name`. */
export function t(id: MessageId, params: Record<string, string | number> = {}): string {
  return TABLES[language][id].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A date and time for people, in the UI language (24-hour: no "am"/"pm" left untranslated). */
export function formatTime(ms: number): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(ms);
}

/** A calendar date for people, in the UI language, for "Already checked on …". */
export function formatDay(ms: number): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium' }).format(ms);
}

/** True when `a` and `b` (ms since the epoch) fall on the same local calendar day. */
export function sameDay(a: number, b: number): boolean {
  return new Date(a).toDateString() === new Date(b).toDateString();
}

/** A time of day as HH:MM (24 h), for "Already checked at …". */
export function formatClock(ms: number): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);
}
