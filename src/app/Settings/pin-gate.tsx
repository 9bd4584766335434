/** The PIN asked before Settings open on a guarded tablet (SPEC §8): field "PIN", then "Unlock". */
import { PinField } from '../TextField/index.tsx';
import { useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { useApp } from '../context.ts';

/** The unlock form. */
export function PinGate() {
  const app = useApp();
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  const unlock = async () => {
    setBusy(true);
    setProblem('');
    try {
      const result = await app.unlock(pin);
      setPin('');
      if (!result.ok) {
        setProblem(
          result.reason === 'WAIT'
            ? t('settings.pinWait')
            : t('settings.pinWrong', { tries: result.triesLeft }),
        );
      }
    } catch {
      setProblem(t('settings.error.STORAGE'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!busy) void unlock();
      }}
    >
      <p>{t('settings.locked')}</p>
      <PinField value={pin} onValue={setPin} />
      <button type="submit" class="button button--primary" disabled={busy}>
        {t('settings.unlock')}
      </button>
      {problem && (
        <p class="warning" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
