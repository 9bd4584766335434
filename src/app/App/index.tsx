/**
 * The app root: opens the database, starts the verifier core (src/core), follows its state and
 * language, and routes between the screens. Everything the app decides is in the core.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { VerifierDatabase } from '../../store/db.ts';
import { createVerifier, type Verifier, type VerifierState } from '../../core/verifier.ts';
import type { Feedback } from '../../core/platform.ts';
import { AppContext, appApi, type Route } from '../context.ts';
import { languageSettled, resolveLanguage, setLanguage, t } from '../i18n/index.ts';
import { useLanguage } from '../use-language.ts';
import { createFeedback } from '../feedback.ts';
import { afterPaint } from '../after-paint.ts';
import { Home } from '../Home/index.tsx';
import { Scan } from '../Scan/index.tsx';
import { Result } from '../Result/index.tsx';
import { LazyScreen } from '../lazy-screens.tsx';

/** The fragment that carries an event invitation (SPEC §11); Settings read the rest. */
const INVITE_FRAGMENT = '#event=';

/**
 * The event invitation in the page's URL fragment (SPEC §11: one link provisions a tablet), taken
 * out of the address bar and the history at once so the secret does not linger there.
 */
function takeInviteFromUrl(): string | null {
  if (typeof location === 'undefined') return null;
  if (!location.hash.startsWith(INVITE_FRAGMENT)) return null;
  const link = location.href;
  history.replaceState(history.state, '', location.pathname + location.search);
  return link;
}

/** Props of `App`. */
export interface AppProps {
  /** Opens the database; tests pass one backed by fake-indexeddb. */
  openDb: () => Promise<VerifierDatabase>;
  /** The origin the app was served from: the default registry. */
  origin: string;
  /** The clock, ms since the epoch. */
  now?: () => number;
  /** The network, for key refreshes. */
  fetch?: typeof fetch;
  /** Verdict sounds and vibration; tests pass a silent one. */
  feedback?: Feedback;
}

function Notice({ text, reload = false }: { text: string; reload?: boolean }) {
  return (
    <main class="screen">
      <p class="warning" role="alert">
        {text}
      </p>
      {reload && (
        <button type="button" class="button button--primary" onClick={() => location.reload()}>
          {t('app.reload')}
        </button>
      )}
    </main>
  );
}

/** The app. */
export function App({ openDb, origin, now, fetch, feedback }: AppProps) {
  const [core, setCore] = useState<{ verifier: Verifier; state: VerifierState } | null>(null);
  const [failed, setFailed] = useState(false);
  const [invite, setInvite] = useState<string | null>(takeInviteFromUrl);
  const [route, setRoute] = useState<Route>(() =>
    invite === null ? { name: 'home' } : { name: 'settings' },
  );

  useEffect(() => {
    // A link opened while the app is open (the same tab) lands here.
    const onHash = () => {
      const link = takeInviteFromUrl();
      if (link === null) return;
      setInvite(link);
      setRoute({ name: 'settings' });
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    let alive = true;
    let started: Verifier | null = null;
    let stop = () => {};
    (async () => {
      const db = await openDb();
      const verifier = await createVerifier({
        db,
        origin,
        ...(now ? { now } : {}),
        ...(fetch ? { fetch } : {}),
        feedback: feedback ?? createFeedback(),
        afterPaint,
      });
      if (!alive) return verifier.dispose();
      started = verifier;
      // The i18n module holds the language in use; the preference in Settings sets it.
      let choice: string | null = null;
      const apply = (state: VerifierState) => {
        if (state.preferences.language === choice) return;
        choice = state.preferences.language;
        setLanguage(resolveLanguage(state.preferences.language));
      };
      stop = verifier.subscribe((state) => {
        apply(state);
        setCore({ verifier, state });
      });
      apply(verifier.getState());
      setCore({ verifier, state: verifier.getState() });
    })().catch(() => alive && setFailed(true));
    return () => {
      alive = false;
      stop();
      started?.dispose();
    };
  }, [openDb, origin]);

  // The one UI language lives in i18n; the app re-renders when it changes. A table is loaded
  // before its language applies, and no screen renders before the first one has: no flash of
  // English on a device set to another language.
  useLanguage();
  const choice = core?.state.preferences.language;
  const wanted = choice === undefined ? null : resolveLanguage(choice);
  useEffect(() => {
    if (wanted !== null) void setLanguage(wanted);
  }, [wanted]);

  const api = useMemo(() => {
    if (!core) return null;
    const { verifier } = core;
    const navigate = (next: Route) => {
      // Settings guarded by a PIN ask for it again each time they open (SPEC §8).
      if (next.name !== 'settings') verifier.lock();
      setRoute(next);
    };
    return appApi(verifier, core.state, navigate, {
      // Once the tablet is in an event, the invitation has done its work.
      invite: core.state.event ? null : invite,
      openInvite(text) {
        setInvite(text);
        navigate({ name: 'settings' });
      },
    });
  }, [core, invite]);

  if (core?.state.closed) return <Notice text={t('app.reloadNeeded')} reload />;
  if (failed) return <Notice text={t('app.storageError')} />;
  if (!api || !languageSettled()) {
    return (
      <main class="screen" aria-busy="true">
        <p class="note">{languageSettled() ? t('app.loading') : ''}</p>
      </main>
    );
  }
  const home = () => api.navigate({ name: 'home' });
  return (
    <AppContext.Provider value={api}>
      {route.name === 'home' && <Home />}
      {route.name === 'scan' && <Scan />}
      {route.name === 'desk' && <LazyScreen name="desk" />}
      {route.name === 'settings' && <LazyScreen name="settings" />}
      {route.name === 'result' && (
        <Result
          outcome={route.outcome}
          onNext={route.from === 'desk' ? () => api.navigate({ name: 'desk' }) : home}
          onClear={home}
        />
      )}
    </AppContext.Provider>
  );
}
