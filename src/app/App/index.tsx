/**
 * The app root: opens the database, keeps settings and keys in state, refreshes the keys (on
 * start, when back online, every 12 h, on request) and routes between the screens.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { qrTextToJws } from '../../protocol/index.ts';
import type { IssuerRecord, Settings, VerifierDatabase } from '../../store/db.ts';
import { loadSettings, saveSettings } from '../../store/settings.ts';
import {
  REFRESH_INTERVAL_MS,
  keyHealth,
  refreshKeys,
  trustedIssuers,
  type RefreshResult,
} from '../../store/trust-store.ts';
import { AppContext, type AppApi, type RefreshState, type Route } from '../context.ts';
import { t } from '../i18n/index.ts';
import { useOnline } from '../use-online.ts';
import { checkToken, type Outcome } from '../verification.ts';
import { Home } from '../Home/index.tsx';
import { Scan } from '../Scan/index.tsx';
import { Result } from '../Result/index.tsx';
import { Desk } from '../Desk/index.tsx';
import { Settings as SettingsScreen } from '../Settings/index.tsx';

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
}

interface Loaded {
  db: VerifierDatabase;
  settings: Settings;
  issuers: IssuerRecord[];
}

/** The app. */
export function App({ openDb, origin, now = Date.now, fetch: doFetch }: AppProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const [route, setRoute] = useState<Route>({ name: 'home' });
  const [refresh, setRefresh] = useState<RefreshState>({ running: false, last: null });
  const online = useOnline();
  const state = useRef<Loaded | null>(null);
  const inFlight = useRef<Promise<RefreshResult> | null>(null);

  const update = (next: Loaded) => {
    state.current = next;
    setLoaded(next);
  };

  const runRefresh = useCallback((): Promise<RefreshResult> => {
    const current = state.current;
    if (!current) return Promise.resolve({ ok: false, reason: 'OFFLINE' });
    // One refresh at a time: the timer, the online event and a button may all ask at once.
    if (inFlight.current) return inFlight.current;
    setRefresh((previous) => ({ ...previous, running: true }));
    const deps = doFetch ? { fetch: doFetch, now } : { now };
    const job = (async () => {
      const { db, settings } = current;
      const result = await refreshKeys(db, settings.registryUrl, deps);
      const latest = state.current ?? current;
      update({ ...latest, issuers: await trustedIssuers(db, latest.settings.registryUrl) });
      return result;
    })()
      .catch((): RefreshResult => ({ ok: false, reason: 'GARBLED' }))
      .then((result) => {
        inFlight.current = null;
        setRefresh({ running: false, last: result });
        return result;
      });
    inFlight.current = job;
    return job;
  }, [doFetch, now]);

  useEffect(() => {
    let alive = true;
    (async () => {
      const db = await openDb();
      const settings = await loadSettings(db, origin);
      const issuers = await trustedIssuers(db, settings.registryUrl);
      if (!alive) return;
      update({ db, settings, issuers });
      if (navigator.onLine) void runRefresh();
    })().catch(() => alive && setFailed(true));
    return () => {
      alive = false;
    };
  }, [openDb, origin, runRefresh]);

  useEffect(() => {
    if (!loaded) return undefined;
    const onOnline = () => void runRefresh();
    window.addEventListener('online', onOnline);
    const timer = setInterval(() => {
      if (navigator.onLine) void runRefresh();
    }, REFRESH_INTERVAL_MS);
    return () => {
      window.removeEventListener('online', onOnline);
      clearInterval(timer);
    };
  }, [loaded !== null, runRefresh]);

  const api = useMemo<AppApi | null>(() => {
    if (!loaded) return null;
    const check = (jws: string, nonce?: string): Promise<Outcome> => {
      const context = {
        issuers: async () => state.current?.issuers ?? [],
        online: () => navigator.onLine,
        refresh: runRefresh,
        now,
        audience: loaded.settings.verifierId || undefined,
        nonce,
      };
      return checkToken(jws, context);
    };
    return {
      settings: loaded.settings,
      health: keyHealth(loaded.issuers, now()),
      issuerNames: loaded.issuers.map((record) => record.iss),
      online,
      refresh,
      navigate: setRoute,
      refreshKeys: runRefresh,
      async saveSettings(input) {
        const current = state.current ?? loaded;
        const settings = await saveSettings(current.db, input);
        update({
          ...current,
          settings,
          issuers: await trustedIssuers(current.db, settings.registryUrl),
        });
        if (navigator.onLine) void runRefresh();
      },
      async checkText(text) {
        const jws = qrTextToJws(text.trim());
        if (jws === null) {
          return { kind: 'invalid', code: 'MALFORMED', staleKeys: false, clockWarning: false };
        }
        return check(jws);
      },
      checkDeskToken: (jws, nonce) => check(jws, nonce),
    };
  }, [loaded, online, refresh, runRefresh, now]);

  const goHome = useCallback(() => setRoute({ name: 'home' }), []);
  const goScan = useCallback(() => setRoute({ name: 'scan' }), []);

  if (failed) {
    return (
      <main class="screen">
        <p class="warning" role="alert">
          {t('app.storageError')}
        </p>
      </main>
    );
  }
  if (!api) {
    return (
      <main class="screen">
        <p class="note">{t('app.loading')}</p>
      </main>
    );
  }
  return (
    <AppContext.Provider value={api}>
      {route.name === 'home' && <Home />}
      {route.name === 'scan' && <Scan />}
      {route.name === 'desk' && <Desk />}
      {route.name === 'settings' && <SettingsScreen />}
      {route.name === 'result' && (
        <Result outcome={route.outcome} onNext={goScan} onClear={goHome} />
      )}
    </AppContext.Provider>
  );
}
