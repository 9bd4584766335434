/** Tells the user when a new version of the app waits, and lets them switch to it. */
import { useRegisterSW } from 'virtual:pwa-register/preact';
import { t } from '../i18n/index.ts';
import { useLanguage } from '../use-language.ts';

/** The update prompt (and the one-time "ready offline" note). */
export function UpdatePrompt() {
  // Lives outside the app root: follows a change of language by itself.
  useLanguage();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();
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
