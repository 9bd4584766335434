/** The panel about the registry's keys, on the home and settings screens. */
import { t, tp, formatTime } from '../i18n/index.ts';
import { useApp } from '../context.ts';
import { trustListWarnings } from './trust-list.tsx';

/**
 * The held keys and trust list (SPEC §9): their age, the clock and the last refresh; with `sources`, also the issuer each
 * key set claims beside the registry origin it came from (SPEC §8).
 */
export function KeyPanel({ sources = false }: { sources?: boolean }) {
  const { health, refresh, keySources, trustList, trustListRefresh } = useApp();
  const warnings: string[] = [];
  if (!health.hasKeys) warnings.push(t('home.noKeys'));
  else if (health.stale) warnings.push(t('home.keysStale'));
  if (health.clockWarning && health.clockSkewMs !== null) {
    const minutes = Math.round(Math.abs(health.clockSkewMs) / 60_000);
    warnings.push(tp('home.clockSkew', minutes, { minutes }));
  }
  const refused = trustListRefresh && !trustListRefresh.ok ? trustListRefresh.reason : null;
  warnings.push(...trustListWarnings(trustList, refused, Date.now()));
  let refreshText = '';
  if (refresh.running) refreshText = t('home.refreshing');
  else if (refresh.last?.ok) refreshText = t('home.refreshOk');
  else if (refresh.last) refreshText = t(`home.refreshFailed.${refresh.last.reason}`);
  return (
    <section class="panel" aria-label={t('settings.keys')}>
      {sources &&
        keySources.map(({ issuer, registry }) => (
          <p key={issuer} class="note">
            {t('settings.keysIssuer', { issuer, registry })}
          </p>
        ))}
      {health.fetchedAt !== null && (
        <p>{t('home.keysFetched', { time: formatTime(health.fetchedAt) })}</p>
      )}
      <p class="note">
        {trustList
          ? t('home.trustListFetched', { time: formatTime(trustList.fetchedAt) })
          : t('home.noTrustList')}
      </p>
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
