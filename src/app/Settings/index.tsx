/** Settings: which registry to trust, this verifier's id and API key, and the held keys. */
import { useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { requestPersistentStorage, useApp } from '../context.ts';
import { Header } from '../Header/index.tsx';
import { KeyPanel } from '../Home/index.tsx';
import { SettingsError } from '../../store/settings.ts';

/** The settings screen. */
export function Settings() {
  const app = useApp();
  const [registryUrl, setRegistryUrl] = useState(app.settings.registryUrl);
  const [verifierId, setVerifierId] = useState(app.settings.verifierId);
  const [apiKey, setApiKey] = useState(app.settings.apiKey);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState(false);

  const save = async () => {
    requestPersistentStorage();
    setSaving(true);
    setError('');
    setSaved(false);
    try {
      await app.saveSettings({ registryUrl, verifierId, apiKey });
      setSaved(true);
    } catch (caught) {
      setError(
        caught instanceof SettingsError
          ? t(`settings.error.${caught.code}`)
          : t('settings.error.STORAGE'),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <main class="screen">
      <Header title={t('settings.title')} back />
      <form
        class="form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label class="field">
          <span>{t('settings.registryUrl')}</span>
          <input
            type="url"
            autoComplete="off"
            spellcheck={false}
            value={registryUrl}
            onInput={(event) => setRegistryUrl((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label class="field">
          <span>{t('settings.verifierId')}</span>
          <input
            type="text"
            autoComplete="off"
            spellcheck={false}
            value={verifierId}
            onInput={(event) => setVerifierId((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label class="field">
          <span>{t('settings.apiKey')}</span>
          <input
            type="password"
            autoComplete="off"
            spellcheck={false}
            value={apiKey}
            onInput={(event) => setApiKey((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="button button--primary" disabled={saving}>
          {t('settings.save')}
        </button>
        {error && (
          <p class="warning" role="alert">
            {error}
          </p>
        )}
        <p class="note" aria-live="polite">
          {saved ? t('settings.saved') : ''}
        </p>
      </form>
      <h2>{t('settings.keys')}</h2>
      {app.issuerNames.map((issuer) => (
        <p key={issuer} class="note">
          {t('settings.keysIssuer', { issuer })}
        </p>
      ))}
      <KeyPanel />
      <button
        type="button"
        class="button"
        disabled={app.refresh.running}
        onClick={() => void app.refreshKeys()}
      >
        {t('home.refresh')}
      </button>
    </main>
  );
}
