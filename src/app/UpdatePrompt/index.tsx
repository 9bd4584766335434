/** Tells the user when a new version of the app waits, and lets them switch to it. */
import { useEffect } from 'preact/hooks';
import { useRegisterSW } from 'virtual:pwa-register/preact';
import { t } from '../i18n/index.ts';
import { useLanguage } from '../use-language.ts';

/** How long the one-time "ready offline" note shows (ms). */
const OFFLINE_NOTE_MS = 6_000;

/** The update prompt (and the one-time "ready offline" note). */
export function UpdatePrompt() {
  // Lives outside the app root: follows a change of language by itself.
  useLanguage();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();
  useEffect(() => {
    // "Ready offline" is news, not a question: it goes by itself, so it never sits over a verdict.
    if (!offlineReady || needRefresh) return;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_NOTE_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, needRefresh]);
  if (!needRefresh && !offlineReady) return null;
  return (
    <aside class="toast" aria-live="polite">
      {needRefresh ? (
        <>
          <p>{t('update.available')}</p>
          <button
            type="button"
            class="button button--primary"
            onClick={() => void updateServiceWorker(true)}
          >
            {t('update.reload')}
          </button>
          <button type="button" class="button" onClick={() => setNeedRefresh(false)}>
            {t('update.later')}
          </button>
        </>
      ) : (
        <>
          <p>{t('update.offlineReady')}</p>
          <button type="button" class="button" onClick={() => setOfflineReady(false)}>
            {t('update.dismiss')}
          </button>
        </>
      )}
    </aside>
  );
}
