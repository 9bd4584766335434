/** Reading and saving the verifier's settings (registry URL, verifier id, API key, trust list). */
import { CodedError } from '../lib/coded-error.ts';
import { readServiceUrl } from '../protocol/rules.ts';

import type { Settings, VerifierDatabase } from './db.ts';

/** Why a settings value was rejected. */
export type SettingsErrorCode =
  | 'BAD_REGISTRY_URL'
  | 'INSECURE_REGISTRY_URL'
  | 'BAD_TRUST_LIST_URL'
  | 'INSECURE_TRUST_LIST_URL'
  | 'BAD_VERIFIER_ID'
  | 'BAD_API_KEY'
  | 'BAD_TRUST_LIST_KEY'
  | 'LOCKED';

/** Thrown by `saveSettings` for a value that cannot be stored; nothing is written. */
export class SettingsError extends CodedError<SettingsErrorCode> {
  override name = 'SettingsError';
}

/** What Settings may save; the trust list URL and key may be left out (the defaults). */
export type SettingsInput = Omit<Settings, 'trustListUrl' | 'trustListKey'> & {
  trustListUrl?: string;
  trustListKey?: string;
};

/** An RFC 7638 SHA-256 thumbprint: base64url, 43 characters. */
export const THUMBPRINT = /^[A-Za-z0-9_-]{43}$/;

/** Settings for a fresh device: the registry is the origin that served the app. */
export function defaultSettings(origin: string): Settings {
  return { registryUrl: origin, verifierId: '', apiKey: '', trustListUrl: '', trustListKey: '' };
}

/** A registry URL normalised as `readServiceUrl` does, or null when it is rejected. */
export function normaliseRegistryUrl(input: string): string | null {
  const read = readServiceUrl(input);
  return 'url' in read ? read.url : null;
}

function isUsableSettings(value: unknown): value is SettingsInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { registryUrl, verifierId, apiKey, trustListUrl, trustListKey } = value as Record<
    string,
    unknown
  >;
  return (
    typeof registryUrl === 'string' &&
    normaliseRegistryUrl(registryUrl) === registryUrl &&
    typeof verifierId === 'string' &&
    typeof apiKey === 'string' &&
    (trustListUrl === undefined ||
      trustListUrl === '' ||
      (typeof trustListUrl === 'string' && normaliseRegistryUrl(trustListUrl) === trustListUrl)) &&
    (trustListKey === undefined ||
      trustListKey === '' ||
      (typeof trustListKey === 'string' && THUMBPRINT.test(trustListKey)))
  );
}

/** Loads the stored settings, or the defaults for `origin` when none are stored. */
export async function loadSettings(db: VerifierDatabase, origin: string): Promise<Settings> {
  const stored: unknown = await db.get('settings', 'current');
  if (!isUsableSettings(stored)) return defaultSettings(origin);
  const { registryUrl, verifierId, apiKey, trustListUrl = '', trustListKey = '' } = stored;
  return { registryUrl, verifierId, apiKey, trustListUrl, trustListKey };
}

/** Validates settings; returns them normalised, or throws `SettingsError`. */
function validateSettings(input: SettingsInput): Settings {
  const registry = readServiceUrl(input.registryUrl);
  if ('error' in registry) {
    throw new SettingsError(
      registry.error === 'INSECURE' ? 'INSECURE_REGISTRY_URL' : 'BAD_REGISTRY_URL',
    );
  }
  let trustListUrl = '';
  if (input.trustListUrl?.trim()) {
    const trust = readServiceUrl(input.trustListUrl);
    if ('error' in trust) {
      throw new SettingsError(
        trust.error === 'INSECURE' ? 'INSECURE_TRUST_LIST_URL' : 'BAD_TRUST_LIST_URL',
      );
    }
    trustListUrl = trust.url;
  }
  const verifierId = input.verifierId.trim();
  if (verifierId.length > 200 || /\s/.test(verifierId)) throw new SettingsError('BAD_VERIFIER_ID');
  const apiKey = input.apiKey.trim();
  if (apiKey.length > 500 || /\s/.test(apiKey)) throw new SettingsError('BAD_API_KEY');
  const trustListKey = (input.trustListKey ?? '').trim();
  if (trustListKey !== '' && !THUMBPRINT.test(trustListKey)) {
    throw new SettingsError('BAD_TRUST_LIST_KEY');
  }
  return { registryUrl: registry.url, verifierId, apiKey, trustListUrl, trustListKey };
}

/** Validates and stores settings in one write; returns what was stored. */
export async function saveSettings(db: VerifierDatabase, input: SettingsInput): Promise<Settings> {
  const settings = validateSettings(input);
  await db.put('settings', settings, 'current');
  return settings;
}
