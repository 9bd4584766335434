/**
 * The home screen: the two checks, the event's counts (SPEC §11), today's counts, the key and
 * clock warnings, settings.
 */
import { h, render } from 'preact';
import { useEffect } from 'preact/hooks';
import { prepareFormats, t } from '../i18n/index.ts';
import { requestPersistentStorage, useApp } from '../context.ts';
import { Header } from '../Header/index.tsx';
import { KeyPanel } from '../KeyPanel/index.tsx';
import { EventCounts } from './event-counts.tsx';
import { loadedScanner, prepareScanner } from '../scanner-loader.ts';
import { preloadScreens } from '../lazy-screens.tsx';
import { whenIdle } from '../when-idle.ts';
import { ResultCard } from '../Result/index.tsx';
import { VERDICT_GROUPS, type VerdictGroup } from '../../store/verdicts.ts';
import type { MessageId } from '../i18n/index.ts';

/** The words of each group the home screen counts. */
const GROUP_WORDS: Record<VerdictGroup, MessageId> = {
  full: 'count.full',
  partial: 'count.partial',
  none: 'count.none',
  repeat: 'count.repeat',
  invalid: 'count.invalid',
  'cannot-verify': 'count.cannot',
  other: 'count.other',
};

/** How long the scanner's preparation waits for an idle moment at most (ms). */
const IDLE_FALLBACK_MS = 1_000;

/** The home screen. */
export function Home() {
  const app = useApp();
  const { online, refresh, pinSet, configured } = app;
  const deskBlocked = !online
    ? t('home.deskOffline')
    : !configured
      ? t('home.deskNotConfigured')
      : null;

  useEffect(() => {
    // Start downloading the other screens now, and the scanner with its decode worker (and
    // zxing-cpp's wasm compile) once the page has loaded and is idle, so a scan finds them
    // ready and the first load never shares the network with the decoders.
    // The verdict sound's output (silent until the tap; made in the tap, it held "Scan QR" up
    // ~100 ms on a cheap tablet), the revocation index, the date formats and a first verdict
    // (drawn off screen, Result/rehearse.ts) are readied then too.
    preloadScreens();
    let cancel: (() => void) | null = null;
    let rehearsal: ReturnType<typeof setTimeout> | undefined;
    const prepare = () => {
      prepareScanner();
      app.prepareCheck();
      prepareFormats();
      // A task of its own, right after: a first scan soon after opening must find it done.
      rehearsal = setTimeout(
        () =>
          void import('../Result/rehearse.ts').then(
            ({ rehearseResult }) => rehearseResult({ render, h, Card: ResultCard }),
            () => undefined,
          ),
        0,
      );
    };
    const onLoad = () => {
      cancel = whenIdle(prepare, IDLE_FALLBACK_MS);
    };
    if (document.readyState === 'complete') onLoad();
    else window.addEventListener('load', onLoad, { once: true });
    return () => {
      window.removeEventListener('load', onLoad);
      cancel?.();
      clearTimeout(rehearsal);
    };
  }, []);

  return (
    <main class="screen">
      <Header title={t('app.title')} />
      <div class="actions">
        <button
          type="button"
          class="button button--primary button--huge"
          // Pressed: the scanner starts loading before the click is complete.
          onPointerDown={prepareScanner}
          onClick={() => {
            // First: the camera opens while the scan screen renders (once the scanner is loaded).
            loadedScanner()?.openCameraOnTap();
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
      <EventCounts />
      <TodayCounts />
      <KeyPanel />
      {!pinSet && <p class="note">{t('home.settingsOpen')}</p>}
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
  const total = VERDICT_GROUPS.reduce((sum, group) => sum + todayCounts[group], 0);
  return (
    <section class="panel counts" aria-labelledby="today-heading">
      <h2 id="today-heading" class="counts__title">
        {t('home.today')}
      </h2>
      <dl class="counts__list">
        {VERDICT_GROUPS.map((group) => (
          <div key={group} class={`counts__item counts__item--${group}`}>
            <dt>{t(GROUP_WORDS[group])}</dt>
            <dd>{todayCounts[group]}</dd>
          </div>
        ))}
      </dl>
      <p class="note">{t('home.todayTotal', { count: total })}</p>
    </section>
  );
}
