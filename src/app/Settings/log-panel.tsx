/** The verification log in Settings: its size, a CSV download, and "Clear log" behind a confirmation. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, tp, type MessageId } from '../i18n/index.ts';
import { useApp } from '../context.ts';
import { Confirm } from '../Confirm/index.tsx';
import { downloadText, localDate } from '../download.ts';

/** The verification log: its size, a CSV download, and "Clear log" behind a confirmation. */
export function LogPanel() {
  const app = useApp();
  const [count, setCount] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState<MessageId | null>(null);
  const [error, setError] = useState(false);
  const clear = useRef<HTMLButtonElement>(null);

  const recount = () =>
    app.countLog().then(
      (value) => setCount(value),
      () => setError(true),
    );

  useEffect(() => {
    void recount();
  }, [app.todayCounts]);

  const exportCsv = async () => {
    setNote(null);
    setError(false);
    try {
      downloadText(`kycvs-log-${localDate()}.csv`, await app.exportLog());
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
      {count !== null && <p>{tp('settings.logSummary', count, { count })}</p>}
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
        <Confirm
          id="clear-question"
          question={t('settings.clearConfirm')}
          yes={t('settings.clearYes')}
          no={t('settings.clearNo')}
          onYes={() => void confirmClear()}
          onNo={() => {
            setConfirming(false);
            clear.current?.focus();
          }}
        />
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
