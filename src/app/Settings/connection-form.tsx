/**
 * Which registry to trust and this verifier's credentials, the trust list URL and the Settings
 * PIN. A change of registry is confirmed first: the old registry's keys are deleted (SPEC §8).
 */
import { PinField, TextField } from '../TextField/index.tsx';
import { useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { PIN_PATTERN } from '../../core/gate.ts';
import { SettingsError, normaliseRegistryUrl } from '../../store/settings.ts';
import { originOf, requestPersistentStorage, useApp } from '../context.ts';
import { Confirm } from '../Confirm/index.tsx';

type Field = 'registryUrl' | 'verifierId' | 'apiKey' | 'trustListUrl' | 'trustListKey';

/** The settings form. */
export function ConnectionForm() {
  const app = useApp();
  const [values, setValues] = useState<Record<Field, string>>(() => ({ ...app.settings }));
  const [pin, setPin] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState('');
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);

  const field = (name: Field, label: string, type: 'url' | 'text' | 'password') => (
    <TextField
      label={label}
      type={type}
      value={values[name]}
      onValue={(value) => setValues({ ...values, [name]: value })}
    />
  );

  const save = async () => {
    setConfirming(null);
    requestPersistentStorage();
    setSaving(true);
    try {
      await app.saveSettings(values);
      if (pin !== '') await app.setPin(pin);
      setPin('');
      setNote(
        pin !== '' ? `${t('settings.saved')} ${t('settings.pinSaved')}` : t('settings.saved'),
      );
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

  const submit = () => {
    setError('');
    setNote('');
    if (pin !== '' && !PIN_PATTERN.test(pin)) return setError(t('settings.pinBad'));
    const registry = normaliseRegistryUrl(values.registryUrl);
    // A new registry is confirmed before its predecessor's keys go; a bad URL is rejected by save.
    if (registry !== null && registry !== app.settings.registryUrl) return setConfirming(registry);
    void save();
  };

  const removePin = async () => {
    setError('');
    try {
      await app.setPin(null);
      setNote(t('settings.pinRemoved'));
    } catch {
      setError(t('settings.error.STORAGE'));
    }
  };

  return (
    <form
      class="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!saving) submit();
      }}
    >
      {field('registryUrl', t('settings.registryUrl'), 'url')}
      {field('verifierId', t('settings.verifierId'), 'text')}
      {field('apiKey', t('settings.apiKey'), 'password')}
      {field('trustListUrl', t('settings.trustListUrl'), 'url')}
      <p class="note">{t('settings.trustListHint')}</p>
      {field('trustListKey', t('settings.trustListKey'), 'text')}
      <p class="note">{t('settings.trustListKeyHint')}</p>
      <PinField value={pin} onValue={setPin} autoComplete="new-password" describedBy="pin-hint" />
      <p id="pin-hint" class="note">
        {t('settings.pinHint')}
      </p>
      {app.pinSet && (
        <button type="button" class="button" onClick={() => void removePin()}>
          {t('settings.pinRemove')}
        </button>
      )}
      <button type="submit" class="button button--primary" disabled={saving}>
        {t('settings.save')}
      </button>
      {confirming !== null && (
        <Confirm
          id="registry-question"
          question={t('settings.registryChange', {
            registry: originOf(confirming),
            old: originOf(app.settings.registryUrl),
          })}
          yes={t('settings.registryChangeYes')}
          no={t('settings.registryChangeNo')}
          onYes={() => void save()}
          onNo={() => setConfirming(null)}
        />
      )}
      {error && (
        <p class="warning" role="alert">
          {error}
        </p>
      )}
      <p class="note" aria-live="polite">
        {note}
      </p>
    </form>
  );
}
