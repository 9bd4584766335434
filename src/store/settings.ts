/** Reading and saving the verifier's settings (registry URL, verifier id, API key). */
import type { Settings, VerifierDatabase } from './db.ts';

/** Why a settings value was refused. */
export type SettingsErrorCode = 'BAD_REGISTRY_URL' | 'BAD_VERIFIER_ID' | 'BAD_API_KEY';

/** Thrown by `saveSettings` for a value that cannot be stored; nothing is written. */
export class SettingsError extends Error {
  /** Which field was refused. */
  readonly code: SettingsErrorCode;
  constructor(code: SettingsErrorCode) {
    super(code);
    this.name = 'SettingsError';
    this.code = code;
  }
}

/** Settings for a fresh device: the registry is the origin that served the app. */
export function defaultSettings(origin: string): Settings {
  return { registryUrl: origin, verifierId: '', apiKey: '' };
}

/**
 * Normalises a registry URL to `scheme://host[:port][/path]` with no trailing slash, or null when
 * it is not an http(s) URL.
 */
export function normaliseRegistryUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return (url.origin + url.pathname).replace(/\/+$/, '');
}

function isUsableSettings(value: unknown): value is Settings {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { registryUrl, verifierId, apiKey } = value as Record<string, unknown>;
  return (
    typeof registryUrl === 'string' &&
    normaliseRegistryUrl(registryUrl) === registryUrl &&
    typeof verifierId === 'string' &&
    typeof apiKey === 'string'
  );
}

/** Loads the stored settings, or the defaults for `origin` when none are stored. */
export async function loadSettings(db: VerifierDatabase, origin: string): Promise<Settings> {
  const stored: unknown = await db.get('settings', 'current');
  return isUsableSettings(stored) ? stored : defaultSettings(origin);
}

/** Validates and stores settings in one write; returns what was stored. */
export async function saveSettings(db: VerifierDatabase, input: Settings): Promise<Settings> {
  const registryUrl = normaliseRegistryUrl(input.registryUrl);
  if (!registryUrl) throw new SettingsError('BAD_REGISTRY_URL');
  const verifierId = input.verifierId.trim();
  if (verifierId.length > 200 || /[\s]/.test(verifierId))
    throw new SettingsError('BAD_VERIFIER_ID');
  const apiKey = input.apiKey.trim();
  if (apiKey.length > 500 || /[\s]/.test(apiKey)) throw new SettingsError('BAD_API_KEY');
  const settings: Settings = { registryUrl, verifierId, apiKey };
  await db.put('settings', settings, 'current');
  return settings;
}
