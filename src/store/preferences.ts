/** The desk's preferences (language, sound, vibration, kiosk mode, log retention). */
import type { LanguageChoice, Preferences, VerifierDatabase } from './db.ts';
import { DEFAULT_RETENTION_DAYS, normaliseRetention } from './log.ts';
import { isLanguage } from '../lib/languages.ts';

/** Preferences of a fresh device: the browser's language, sound and vibration on. */
export const DEFAULT_PREFERENCES: Preferences = {
  language: 'auto',
  sound: true,
  vibration: true,
  kiosk: false,
  retentionDays: DEFAULT_RETENTION_DAYS,
};

/** Preferences made whole and valid: each bad or missing field takes its default. */
export function normalisePreferences(input: unknown): Preferences {
  const value = (typeof input === 'object' && input !== null ? input : {}) as Record<
    string,
    unknown
  >;
  const flag = (key: 'sound' | 'vibration' | 'kiosk') =>
    typeof value[key] === 'boolean' ? (value[key] as boolean) : DEFAULT_PREFERENCES[key];
  return {
    language:
      value.language === 'auto' || isLanguage(value.language)
        ? (value.language as LanguageChoice)
        : DEFAULT_PREFERENCES.language,
    sound: flag('sound'),
    vibration: flag('vibration'),
    kiosk: flag('kiosk'),
    retentionDays: normaliseRetention(value.retentionDays),
  };
}

/** The stored preferences, or the defaults. */
export async function loadPreferences(db: VerifierDatabase): Promise<Preferences> {
  return normalisePreferences(await db.get('preferences', 'current'));
}

/** Stores the preferences (normalised) and returns what was stored. */
export async function savePreferences(
  db: VerifierDatabase,
  input: Preferences,
): Promise<Preferences> {
  const preferences = normalisePreferences(input);
  await db.put('preferences', preferences, 'current');
  return preferences;
}
