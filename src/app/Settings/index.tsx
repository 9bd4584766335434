/**
 * Settings: which registry to trust, this verifier's id and API key, and the held keys; the
 * desk's preferences (language, sound, vibration, kiosk mode, log retention), applied at once;
 * the verification log (CSV export, clear with a confirmation).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { LANGUAGE_NAMES, t, type MessageId } from '../i18n/index.ts';
import type { LanguageChoice, Preferences as PreferenceValues } from '../../store/db.ts';
import { RETENTION_LIMITS } from '../../store/log.ts';
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
      <Preferences />
      <LogPanel />
    </main>
  );
}

/** Language, sound, vibration, kiosk mode and log retention: each change is stored at once. */
function Preferences() {
  const app = useApp();
  const { preferences } = app;
  const [retention, setRetention] = useState(String(preferences.retentionDays));
  const [note, setNote] = useState<MessageId | null>(null);
  const [error, setError] = useState<MessageId | null>(null);

  const change = async (patch: Partial<PreferenceValues>) => {
    setNote(null);
    setError(null);
    try {
      await app.savePreferences({ ...app.preferences, ...patch });
      setNote('settings.preferencesSaved');
    } catch {
      setError('settings.error.STORAGE');
    }
  };

  const changeRetention = () => {
    const days = Number(retention);
    if (!Number.isInteger(days) || days < RETENTION_LIMITS.min || days > RETENTION_LIMITS.max) {
      setNote(null);
      setError('settings.retentionError');
      return;
    }
    if (days !== preferences.retentionDays) void change({ retentionDays: days });
    else setError(null);
  };

  const toggle = (key: 'sound' | 'vibration' | 'kiosk', label: MessageId) => (
    <label class="check">
      <input
        type="checkbox"
        checked={preferences[key]}
        onChange={(event) =>
          void change({ [key]: (event.currentTarget as HTMLInputElement).checked })
        }
      />
      <span>{t(label)}</span>
    </label>
  );

  return (
    <section class="panel" aria-labelledby="preferences-heading">
      <h2 id="preferences-heading">{t('settings.preferences')}</h2>
      <label class="field">
        <span>{t('settings.language')}</span>
        <select
          value={preferences.language}
          onChange={(event) =>
            void change({
              language: (event.currentTarget as HTMLSelectElement).value as LanguageChoice,
            })
          }
        >
          <option value="auto">{t('settings.languageAuto')}</option>
          <option value="en" lang="en">
            {LANGUAGE_NAMES.en}
          </option>
          <option value="hi" lang="hi">
            {LANGUAGE_NAMES.hi}
          </option>
        </select>
      </label>
      {toggle('sound', 'settings.sound')}
      {toggle('vibration', 'settings.vibration')}
      {toggle('kiosk', 'settings.kiosk')}
      <label class="field">
        <span>{t('settings.retention')}</span>
        <input
          type="number"
          inputMode="numeric"
          min={RETENTION_LIMITS.min}
          max={RETENTION_LIMITS.max}
          step={1}
          value={retention}
          aria-invalid={error === 'settings.retentionError'}
          aria-describedby={error ? 'preferences-error' : undefined}
          onInput={(event) => setRetention((event.currentTarget as HTMLInputElement).value)}
          onChange={changeRetention}
        />
      </label>
      {error && (
        <p id="preferences-error" class="warning" role="alert">
          {t(error)}
        </p>
      )}
      <p class="note" aria-live="polite">
        {note ? t(note) : ''}
      </p>
    </section>
  );
}

/** Today's date as YYYY-MM-DD on this device's clock, for the file name. */
function localDate(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The verification log: its size, a CSV download, and "Clear log" behind a confirmation. */
function LogPanel() {
  const app = useApp();
  const [count, setCount] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState<MessageId | null>(null);
  const [error, setError] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const clear = useRef<HTMLButtonElement>(null);

  const recount = () =>
    app.countLog().then(
      (value) => setCount(value),
      () => setError(true),
    );

  useEffect(() => {
    void recount();
  }, [app.todayCounts]);

  useEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);

  const exportCsv = async () => {
    setNote(null);
    setError(false);
    try {
      const csv = await app.exportLog();
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `kycvs-log-${localDate()}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      // Revoked later: the download reads the blob after the click returns.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setNote('settings.exported');
    } catch {
      setError(true);
    }
  };

  const confirmClear = async () => {
    setConfirming(false);
    try {
      await app.clearLog();
      setNote('settings.cleared');
      await recount();
    } catch {
      setError(true);
    }
    clear.current?.focus();
  };

  return (
    <section class="panel" aria-labelledby="log-heading">
      <h2 id="log-heading">{t('settings.log')}</h2>
      {count !== null && <p>{t('settings.logSummary', { count })}</p>}
      <div class="actions actions--row">
        <button type="button" class="button" onClick={() => void exportCsv()}>
          {t('settings.export')}
        </button>
        <button
          ref={clear}
          type="button"
          class="button button--danger"
          aria-expanded={confirming}
          onClick={() => {
            setNote(null);
            setConfirming(true);
          }}
        >
          {t('settings.clearLog')}
        </button>
      </div>
      {confirming && (
        <div
          class="confirm"
          role="alertdialog"
          aria-labelledby="clear-question"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              setConfirming(false);
              clear.current?.focus();
            }
          }}
        >
          <p id="clear-question">{t('settings.clearConfirm')}</p>
          <div class="actions actions--row">
            <button
              type="button"
              class="button button--danger-solid"
              onClick={() => void confirmClear()}
            >
              {t('settings.clearYes')}
            </button>
            <button
              ref={keep}
              type="button"
              class="button"
              onClick={() => {
                setConfirming(false);
                clear.current?.focus();
              }}
            >
              {t('settings.clearNo')}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p class="warning" role="alert">
          {t('settings.logError')}
        </p>
      )}
      <p class="note" aria-live="polite">
        {note ? t(note) : ''}
      </p>
    </section>
  );
}
