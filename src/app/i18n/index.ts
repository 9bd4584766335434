/**
 * The one UI language of the verifier (SPEC §12): looks up strings by id in it, fills in their
 * `{placeholders}`, picks plural forms and formats times for it, and keeps `<html lang>` in step.
 * English is in the first load; every other table is a lazy chunk (precached by the service
 * worker), loaded before the language switches, so no screen shows a half-loaded language.
 */
import {
  LANGUAGES,
  LANGUAGE_NAMES,
  dateTimeFormat,
  fillTemplate,
  pickLanguage,
  pluralCategory,
  type Language,
} from '../../lib/languages.ts';
import { EN, type MessageId, type Messages, type PluralId } from './en.ts';

export type { Language, MessageId, PluralId };
export { LANGUAGES, LANGUAGE_NAMES };

/** The lazy tables: one chunk per language. */
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<{ default: Messages }>> = {
  hi: () => import('./hi.ts'),
  bn: () => import('./bn.ts'),
  te: () => import('./te.ts'),
  mr: () => import('./mr.ts'),
  ta: () => import('./ta.ts'),
  gu: () => import('./gu.ts'),
  kn: () => import('./kn.ts'),
  ml: () => import('./ml.ts'),
  pa: () => import('./pa.ts'),
  or: () => import('./or.ts'),
  as: () => import('./as.ts'),
};

const tables: Partial<Record<Language, Messages>> = { en: EN };
let language: Language = 'en';
let table: Messages = EN;
let settled = false;
/** The language last asked for: a slower load never overrides a later choice. */
let wanted: Language = 'en';
const listeners = new Set<(next: Language) => void>();

/**
 * The language to use for a choice in Settings: the fixed one, or for `auto` the first of the
 * browser's languages the UI speaks (English when none).
 */
export function resolveLanguage(
  choice: 'auto' | Language,
  preferred: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Language {
  return choice === 'auto' ? pickLanguage(preferred) : choice;
}

/** Loads the table of `next` (a no-op when held); rejects when its chunk cannot load. */
export async function loadLanguage(next: Language): Promise<Messages> {
  const held = tables[next];
  if (held) return held;
  const loaded = (await LOADERS[next as Exclude<Language, 'en'>]()).default;
  tables[next] = loaded;
  return loaded;
}

function apply(next: Language, messages: Messages): void {
  language = next;
  table = messages;
  settled = true;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = next;
    document.title = t('app.title');
  }
  for (const listener of listeners) listener(next);
}

/**
 * Switches the UI language once its table is loaded, then sets `<html lang>` and tells every
 * subscriber. A table that cannot load leaves the language in use as it is.
 */
export async function setLanguage(next: Language): Promise<void> {
  wanted = next;
  const held = tables[next];
  if (held) return apply(next, held);
  let messages: Messages;
  try {
    messages = await loadLanguage(next);
  } catch {
    if (wanted === next && !settled) apply(language, table);
    return;
  }
  if (wanted === next) apply(next, messages);
}

/** Calls `listener` on each change of language; returns a function that stops it. */
export function subscribeLanguage(listener: (next: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The language in use. */
export function currentLanguage(): Language {
  return language;
}

/** True once a language was applied: before that, screens show no words at all. */
export function languageSettled(): boolean {
  return settled;
}

/** The string for `id`, with each `{name}` replaced by `params.name`. */
export function t(id: MessageId, params: Record<string, string | number> = {}): string {
  return fillTemplate(table[id], language, params);
}

/** The plural form of `id` for `count` (CLDR rules of the language), filled like `t`. */
export function tp(
  id: PluralId,
  count: number,
  params: Record<string, string | number> = {},
): string {
  const form = `${id}.${pluralCategory(language, count)}`;
  const key = (form in table ? form : `${id}.other`) as MessageId;
  return t(key, params);
}

/** A date and time for people, in the UI language (24-hour: no "am"/"pm" left untranslated). */
export function formatTime(ms: number): string {
  return dateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(ms);
}

/** Makes the formats a verdict card uses ahead of it (each takes tens of ms at 6x CPU). */
export function prepareFormats(): void {
  const now = Date.now();
  formatTime(now);
  formatDay(now);
  formatClock(now);
}

/** A calendar date for people, in the UI language, for "Already checked on …". */
export function formatDay(ms: number): string {
  return dateTimeFormat(language, { dateStyle: 'medium' }).format(ms);
}

/** True when `a` and `b` (ms since the epoch) fall on the same local calendar day. */
export function sameDay(a: number, b: number): boolean {
  return new Date(a).toDateString() === new Date(b).toDateString();
}

/** A time of day as HH:MM (24 h, Latin digits), for "Already checked at …". */
export function formatClock(ms: number): string {
  return dateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);
}
