/** The home screen: the two checks, today's counts, the key and clock warnings, settings. */
import { useEffect } from 'preact/hooks';
import { t, formatTime } from '../i18n/index.ts';
import { requestPersistentStorage, useApp } from '../context.ts';
import { Header } from '../Header/index.tsx';
import { loadScanner } from '../scanner-loader.ts';
import type { VerdictGroup } from '../../store/log.ts';

const GROUPS: VerdictGroup[] = ['full', 'partial', 'none', 'repeat', 'invalid', 'cannot'];

/** The home screen. */
export function Home() {
  const app = useApp();
  const { online, refresh, settings } = app;
  const configured = settings.verifierId !== '' && settings.apiKey !== '';
  const deskBlocked = !online
    ? t('home.deskOffline')
    : !configured
      ? t('home.deskNotConfigured')
      : null;

  useEffect(() => {
    // Start downloading the scanner now so the scan screen opens at once.
    loadScanner().catch(() => undefined);
  }, []);

  return (
    <main class="screen">
      <Header title={t('app.title')} />
      <div class="actions">
        <button
          type="button"
          class="button button--primary button--huge"
          onClick={() => {
            requestPersistentStorage();
            app.primeFeedback();
            app.navigate({ name: 'scan' });
          }}
        >
          {t('home.scan')}
        </button>
        <button
          type="button"
          class="button button--primary button--huge"
          disabled={deskBlocked !== null}
          aria-describedby={deskBlocked ? 'desk-blocked' : undefined}
          onClick={() => {
            app.primeFeedback();
            app.navigate({ name: 'desk' });
          }}
        >
          {t('home.desk')}
        </button>
        {deskBlocked && (
          <p id="desk-blocked" class="note">
            {deskBlocked}
          </p>
        )}
      </div>
      <TodayCounts />
      <KeyPanel />
      <div class="actions actions--row">
        <button type="button" class="button" onClick={() => app.navigate({ name: 'settings' })}>
          {t('home.settings')}
        </button>
        <button
          type="button"
          class="button"
          disabled={refresh.running}
          onClick={() => void app.refreshKeys()}
        >
          {t('home.refresh')}
        </button>
      </div>
    </main>
  );
}

/** Today's checks on this device, by verdict, in words and numbers. */
function TodayCounts() {
  const { todayCounts } = useApp();
  const total = GROUPS.reduce((sum, group) => sum + todayCounts[group], 0);
  return (
    <section class="panel counts" aria-labelledby="today-heading">
      <h2 id="today-heading" class="counts__title">
        {t('home.today')}
      </h2>
      <dl class="counts__list">
        {GROUPS.map((group) => (
          <div key={group} class={`counts__item counts__item--${group}`}>
            <dt>{t(`count.${group}`)}</dt>
            <dd>{todayCounts[group]}</dd>
          </div>
        ))}
      </dl>
      <p class="note">{t('home.todayTotal', { count: total })}</p>
    </section>
  );
}

/** Key age, clock and refresh messages; shared by home and settings. */
export function KeyPanel() {
  const { health, refresh } = useApp();
  const warnings: string[] = [];
  if (!health.hasKeys) warnings.push(t('home.noKeys'));
  else if (health.stale) warnings.push(t('home.keysStale'));
  if (health.clockWarning && health.clockSkewMs !== null) {
    warnings.push(
      t('home.clockSkew', { minutes: Math.round(Math.abs(health.clockSkewMs) / 60_000) }),
    );
  }
  let refreshText = '';
  if (refresh.running) refreshText = t('home.refreshing');
  else if (refresh.last?.ok) refreshText = t('home.refreshOk');
  else if (refresh.last) refreshText = t(`home.refreshFailed.${refresh.last.reason}`);
  return (
    <section class="panel" aria-label={t('settings.keys')}>
      {health.fetchedAt !== null && (
        <p>{t('home.keysFetched', { time: formatTime(health.fetchedAt) })}</p>
      )}
      {warnings.map((warning) => (
        <p key={warning} class="warning">
          <span class="warning__icon" aria-hidden="true">
            !
          </span>
          {warning}
        </p>
      ))}
      <p aria-live="polite" class="note">
        {refreshText}
      </p>
    </section>
  );
}
