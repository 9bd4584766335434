import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openVerifierDb } from '../../src/store/db.ts';
import {
  SettingsError,
  loadSettings,
  normaliseRegistryUrl,
  saveSettings,
} from '../../src/store/settings.ts';

let counter = 0;
const freshDb = () => openVerifierDb(`settings-test-${++counter}`);

describe('settings', () => {
  it('defaults the registry to the origin that served the app', async () => {
    const db = await freshDb();
    expect(await loadSettings(db, 'http://127.0.0.1:4010')).toEqual({
      registryUrl: 'http://127.0.0.1:4010',
      verifierId: '',
      apiKey: '',
    });
  });

  it('saves trimmed values and a registry URL without a trailing slash', async () => {
    const db = await freshDb();
    await saveSettings(db, {
      registryUrl: ' https://registry.example/api/ ',
      verifierId: ' gate-7 ',
      apiKey: 'k3y',
    });
    expect(await loadSettings(db, 'http://ignored')).toEqual({
      registryUrl: 'https://registry.example/api',
      verifierId: 'gate-7',
      apiKey: 'k3y',
    });
  });

  it('refuses a bad registry URL with BAD_REGISTRY_URL and writes nothing', async () => {
    const db = await freshDb();
    await saveSettings(db, { registryUrl: 'http://a.example', verifierId: 'v', apiKey: 'k' });
    for (const registryUrl of ['not a url', 'ftp://x.example', 'javascript:alert(1)']) {
      const attempt = saveSettings(db, { registryUrl, verifierId: 'w', apiKey: 'j' });
      await expect(attempt).rejects.toBeInstanceOf(SettingsError);
      await expect(attempt).rejects.toMatchObject({ code: 'BAD_REGISTRY_URL' });
    }
    expect(await loadSettings(db, 'http://ignored')).toMatchObject({
      verifierId: 'v',
      apiKey: 'k',
    });
  });

  it('refuses a verifier id or key with spaces', async () => {
    const db = await freshDb();
    await expect(
      saveSettings(db, { registryUrl: 'http://a.example', verifierId: 'a b', apiKey: 'k' }),
    ).rejects.toMatchObject({ code: 'BAD_VERIFIER_ID' });
    await expect(
      saveSettings(db, { registryUrl: 'http://a.example', verifierId: 'a', apiKey: 'k k' }),
    ).rejects.toMatchObject({ code: 'BAD_API_KEY' });
  });

  it('normalises registry URLs', () => {
    expect(normaliseRegistryUrl('http://localhost:4010/')).toBe('http://localhost:4010');
    expect(normaliseRegistryUrl('http://user:pw@localhost:4010')).toBeNull();
  });
});
