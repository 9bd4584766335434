/** The desk's preferences in Settings: each change is stored and applied at once. */
import { useState } from 'preact/hooks';
import { LANGUAGES, LANGUAGE_NAMES, t, type MessageId } from '../i18n/index.ts';
import type { LanguageChoice, Preferences as PreferenceValues } from '../../store/db.ts';
import { RETENTION_LIMITS } from '../../store/log.ts';
import { useApp } from '../context.ts';

/** Language, sound, vibration, kiosk mode and log retention: each change is stored at once. */
export function PreferencesPanel() {
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
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
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
