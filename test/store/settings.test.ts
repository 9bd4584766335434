import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openVerifierDb } from '../../src/store/db.ts';
import {
  SettingsError,
  loadSettings,
  normaliseRegistryUrl,
  saveSettings,
} from '../../src/store/settings.ts';
import { readServiceUrl } from '../../src/protocol/rules.ts';

let counter = 0;
const freshDb = () => openVerifierDb(`settings-test-${++counter}`);

describe('settings', () => {
  it('defaults the registry to the origin that served the app', async () => {
    const db = await freshDb();
    expect(await loadSettings(db, 'http://127.0.0.1:4010')).toEqual({
      registryUrl: 'http://127.0.0.1:4010',
      verifierId: '',
      apiKey: '',
      trustListUrl: '',
      trustListKey: '',
    });
  });

  it('saves trimmed values and a registry URL without a trailing slash', async () => {
    const db = await freshDb();
    await saveSettings(db, {
      registryUrl: ' https://registry.example/api/ ',
      verifierId: ' gate-7 ',
      apiKey: 'k3y',
      trustListUrl: ' https://trust.example/list.json ',
      trustListKey: '',
    });
    expect(await loadSettings(db, 'http://ignored')).toEqual({
      registryUrl: 'https://registry.example/api',
      verifierId: 'gate-7',
      apiKey: 'k3y',
      trustListUrl: 'https://trust.example/list.json',
      trustListKey: '',
    });
  });

  it('rejects a bad registry URL with BAD_REGISTRY_URL and writes nothing', async () => {
    const db = await freshDb();
    await saveSettings(db, { registryUrl: 'https://a.example', verifierId: 'v', apiKey: 'k' });
    for (const registryUrl of ['not a url', 'ftp://x.example', 'javascript:alert(1)']) {
      const attempt = saveSettings(db, { registryUrl, verifierId: 'w', apiKey: 'j' });
      await expect(attempt).rejects.toBeInstanceOf(SettingsError);
      await expect(attempt).rejects.toMatchObject({ code: 'BAD_REGISTRY_URL' });
    }
    expect(await loadSettings(db, 'http://ignored')).toMatchObject({
      registryUrl: 'https://a.example',
      verifierId: 'v',
      apiKey: 'k',
    });
  });

  it('rejects an http: registry or trust list other than localhost and 127.0.0.1 (SPEC 8)', async () => {
    const db = await freshDb();
    for (const registryUrl of ['http://a.example', 'http://192.168.1.5:8080', 'http://[::1]:80']) {
      await expect(
        saveSettings(db, { registryUrl, verifierId: 'v', apiKey: 'k' }),
      ).rejects.toMatchObject({ code: 'INSECURE_REGISTRY_URL' });
    }
    await expect(
      saveSettings(db, {
        registryUrl: 'https://a.example',
        verifierId: 'v',
        apiKey: 'k',
        trustListUrl: 'http://trust.example/list.json',
        trustListKey: '',
      }),
    ).rejects.toMatchObject({ code: 'INSECURE_TRUST_LIST_URL' });
    await expect(
      saveSettings(db, {
        registryUrl: 'https://a.example',
        verifierId: 'v',
        apiKey: 'k',
        trustListUrl: 'list.json',
        trustListKey: '',
      }),
    ).rejects.toMatchObject({ code: 'BAD_TRUST_LIST_URL' });
    // Nothing was written by the rejected saves.
    expect(await loadSettings(db, 'http://127.0.0.1:1')).toMatchObject({
      registryUrl: 'http://127.0.0.1:1',
    });
    for (const registryUrl of ['http://localhost:8080', 'http://127.0.0.1:8080']) {
      const saved = await saveSettings(db, { registryUrl, verifierId: 'v', apiKey: 'k' });
      expect(saved.registryUrl).toBe(registryUrl);
    }
  });

  it('loads the defaults instead of a stored http: registry on another host', async () => {
    const db = await freshDb();
    await db.put(
      'settings',
      {
        registryUrl: 'http://evil.example',
        verifierId: 'v',
        apiKey: 'k',
        trustListUrl: '',
        trustListKey: '',
      },
      'current',
    );
    expect((await loadSettings(db, 'http://127.0.0.1:9')).registryUrl).toBe('http://127.0.0.1:9');
  });

  it('loads settings stored before the trust list URL existed', async () => {
    const db = await freshDb();
    await db.put(
      'settings',
      { registryUrl: 'https://a.example', verifierId: 'v', apiKey: 'k' } as never,
      'current',
    );
    expect(await loadSettings(db, 'http://unused')).toEqual({
      registryUrl: 'https://a.example',
      verifierId: 'v',
      apiKey: 'k',
      trustListUrl: '',
      trustListKey: '',
    });
  });

  it('rejects a verifier id or key with spaces', async () => {
    const db = await freshDb();
    await expect(
      saveSettings(db, { registryUrl: 'https://a.example', verifierId: 'a b', apiKey: 'k' }),
    ).rejects.toMatchObject({ code: 'BAD_VERIFIER_ID' });
    await expect(
      saveSettings(db, { registryUrl: 'https://a.example', verifierId: 'a', apiKey: 'k k' }),
    ).rejects.toMatchObject({ code: 'BAD_API_KEY' });
  });

  it('normalises registry URLs', () => {
    expect(normaliseRegistryUrl('http://localhost:4010/')).toBe('http://localhost:4010');
    expect(normaliseRegistryUrl('http://user:pw@localhost:4010')).toBeNull();
    expect(readServiceUrl('http://registry.example')).toEqual({ error: 'INSECURE' });
    expect(readServiceUrl('https://registry.example/x/')).toEqual({
      url: 'https://registry.example/x',
    });
  });
});
