/**
 * The app root: opens the database, keeps settings, preferences and keys in state, refreshes the
 * keys (on start, when back online, every 12 h, on request), logs every check (purging old
 * entries on start and daily), speaks the chosen language and routes between the screens.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { qrTextToJws } from '../../protocol/index.ts';
import type {
  CheckMethod,
  IssuerRecord,
  Preferences,
  Settings,
  VerifierDatabase,
} from '../../store/db.ts';
import {
  addLogEntry,
  clearLog,
  initialsOf,
  logToCsv,
  purgeLog,
  readLog,
  todayCounts,
  type VerdictCounts,
} from '../../store/log.ts';
import { loadPreferences, savePreferences } from '../../store/preferences.ts';
import { hashTokenId, markSeen, purgeSeen } from '../../store/seen.ts';
import { loadSettings, saveSettings } from '../../store/settings.ts';
import {
  REFRESH_INTERVAL_MS,
  keyHealth,
  refreshKeys,
  trustedIssuers,
  type RefreshResult,
} from '../../store/trust-store.ts';
import { AppContext, type AppApi, type RefreshState, type Route } from '../context.ts';
import { resolveLanguage, setLanguage, t, type Language } from '../i18n/index.ts';
import { createFeedback, cueFor, type Feedback } from '../feedback.ts';
import { useOnline } from '../use-online.ts';
import { checkToken, throttleKeyRefresh, type Outcome } from '../verification.ts';
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
  /** Verdict sounds and vibration; tests pass a silent one. */
  feedback?: Feedback;
}

interface Loaded {
  db: VerifierDatabase;
  settings: Settings;
  issuers: IssuerRecord[];
  preferences: Preferences;
}

/** How often old log entries and expired token ids are purged while the app stays open. */
const PURGE_INTERVAL_MS = 24 * 60 * 60 * 1000;

const NO_COUNTS: VerdictCounts = { full: 0, partial: 0, none: 0, repeat: 0, invalid: 0, cannot: 0 };

/** The log's word for an outcome: `pass`, `repeat`, or the refusal code. */
function logVerdict(outcome: Outcome): string {
  if (outcome.kind === 'status') return outcome.alreadyCheckedAt != null ? 'repeat' : 'pass';
  return outcome.kind === 'invalid' ? outcome.code : outcome.reason;
}

/** The app. */
export function App({
  openDb,
  origin,
  now = Date.now,
  fetch: doFetch,
  feedback: givenFeedback,
}: AppProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // Screens read strings through `t`; a change of language re-renders them through this state.
  const [, setLanguageState] = useState<Language>(() => {
    const initial = resolveLanguage('auto');
    setLanguage(initial);
    return initial;
  });
  const [counts, setCounts] = useState<VerdictCounts>(NO_COUNTS);
  const feedback = useMemo(() => givenFeedback ?? createFeedback(), [givenFeedback]);
  const [failed, setFailed] = useState(false);
  // The database connection was closed under the app (a newer version upgrading it in another
  // tab, or the browser): nothing can be stored until a reload.
  const [closed, setClosed] = useState(false);
  const [route, setRoute] = useState<Route>({ name: 'home' });
  const [refresh, setRefresh] = useState<RefreshState>({ running: false, last: null });
  const online = useOnline();
  const state = useRef<Loaded | null>(null);
  const inFlight = useRef<{ registryUrl: string; job: Promise<RefreshResult> } | null>(null);

  const update = (next: Loaded) => {
    state.current = next;
    setLoaded(next);
  };

  /**
   * Re-reads the trusted issuers of the registry in the settings. The state is read after the
   * database answers, so a save that landed meanwhile is never overwritten with older settings.
   */
  const reloadIssuers = async (db: VerifierDatabase) => {
    const registryUrl = state.current?.settings.registryUrl;
    if (registryUrl === undefined) return;
    const issuers = await trustedIssuers(db, registryUrl);
    const latest = state.current;
    if (latest && latest.settings.registryUrl === registryUrl) update({ ...latest, issuers });
  };

  const applyLanguage = (preferences: Preferences) => {
    const next = resolveLanguage(preferences.language);
    setLanguage(next);
    setLanguageState(next);
  };

  const recountToday = useCallback(
    async (db: VerifierDatabase) => {
      setCounts(await todayCounts(db, now()).catch(() => NO_COUNTS));
    },
    [now],
  );

  const purge = useCallback(
    async (db: VerifierDatabase, retentionDays: number) => {
      // A failed purge is retried on the next start or the next day; it never blocks a check.
      await purgeLog(db, now(), retentionDays).catch(() => 0);
      await purgeSeen(db, now()).catch(() => 0);
      await recountToday(db);
    },
    [now, recountToday],
  );

  const runRefresh = useCallback((): Promise<RefreshResult> => {
    const current = state.current;
    if (!current) return Promise.resolve({ ok: false, reason: 'OFFLINE' });
    const { db } = current;
    const { registryUrl } = current.settings;
    // One refresh at a time: the timer, the online event and a button may all ask at once.
    const previous = inFlight.current;
    if (previous && previous.registryUrl === registryUrl) return previous.job;
    setRefresh((last) => ({ ...last, running: true }));
    const deps = doFetch ? { fetch: doFetch, now } : { now };
    const entry = {
      registryUrl,
      job: Promise.resolve<RefreshResult>({ ok: false, reason: 'OFFLINE' }),
    };
    entry.job = (async () => {
      // A refresh of the registry used before Settings changed may still be under way: this one
      // runs after it, so the new registry's keys are fetched, and written last.
      if (previous) await previous.job;
      const result = await refreshKeys(db, registryUrl, deps);
      await reloadIssuers(db);
      return result;
    })()
      .catch((): RefreshResult => ({ ok: false, reason: 'GARBLED' }))
      .then((result) => {
        if (inFlight.current === entry) {
          inFlight.current = null;
          setRefresh({ running: false, last: result });
        }
        return result;
      });
    inFlight.current = entry;
    return entry.job;
  }, [doFetch, now]);

  // A code signed by a key not held asks for a refresh, but a code cannot make every scan wait.
  const refreshForKey = useMemo(() => throttleKeyRefresh(runRefresh, now), [runRefresh, now]);

  useEffect(() => {
    let alive = true;
    (async () => {
      const db = await openDb();
      const settings = await loadSettings(db, origin);
      const issuers = await trustedIssuers(db, settings.registryUrl);
      const preferences = await loadPreferences(db);
      if (!alive) return;
      const onClosed = () => setClosed(true);
      db.addEventListener('versionchange', onClosed);
      db.addEventListener('close', onClosed);
      applyLanguage(preferences);
      update({ db, settings, issuers, preferences });
      void purge(db, preferences.retentionDays);
      if (navigator.onLine) void runRefresh();
    })().catch(() => alive && setFailed(true));
    return () => {
      alive = false;
    };
  }, [openDb, origin, runRefresh]);

  useEffect(() => {
    if (!loaded) return undefined;
    const timer = setInterval(() => {
      const current = state.current;
      if (current) void purge(current.db, current.preferences.retentionDays);
    }, PURGE_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [loaded !== null, purge]);

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
    const record = async (outcome: Outcome, method: CheckMethod): Promise<Outcome> => {
      const db = loaded.db;
      const at = now();
      let result = outcome;
      let tokenHash: string | null = null;
      try {
        if (outcome.kind === 'status' && outcome.jti) {
          tokenHash = await hashTokenId(outcome.jti);
          const expiresAt = outcome.expiresAt ?? at;
          const firstSeenAt = await markSeen(db, tokenHash, expiresAt, at);
          result = { ...outcome, alreadyCheckedAt: firstSeenAt, checkedAt: at };
        }
        await addLogEntry(db, {
          time: at,
          method,
          verdict: logVerdict(result),
          status: result.kind === 'status' ? result.status : null,
          tokenHash,
          initials: result.kind === 'status' ? initialsOf(result.name) : null,
        });
        void recountToday(db);
      } catch {
        // The verdict stands even when this device cannot write its log.
      }
      const { sound, vibration } = (state.current ?? loaded).preferences;
      feedback.play(cueFor(result), { sound, vibration });
      return result;
    };
    const check = async (jws: string, method: CheckMethod, nonce?: string): Promise<Outcome> => {
      const context = {
        issuers: async () => state.current?.issuers ?? [],
        online: () => navigator.onLine,
        refresh: refreshForKey,
        now,
        audience: loaded.settings.verifierId || undefined,
        nonce,
      };
      return record(await checkToken(jws, context), method);
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
        const db = (state.current ?? loaded).db;
        const settings = await saveSettings(db, input);
        const issuers = await trustedIssuers(db, settings.registryUrl);
        // The state as it is now, after the waits: a refresh may have landed meanwhile.
        update({ ...(state.current ?? loaded), settings, issuers });
        if (navigator.onLine) void runRefresh();
      },
      async checkText(text) {
        const jws = qrTextToJws(text.trim());
        if (jws === null) {
          const malformed: Outcome = {
            kind: 'invalid',
            code: 'MALFORMED',
            staleKeys: false,
            clockWarning: false,
          };
          return record(malformed, 'qr');
        }
        return check(jws, 'qr');
      },
      checkDeskToken: (jws, nonce) => check(jws, 'otp', nonce),
      preferences: loaded.preferences,
      async savePreferences(input) {
        const current = state.current ?? loaded;
        const preferences = await savePreferences(current.db, input);
        applyLanguage(preferences);
        update({ ...current, preferences });
        if (preferences.retentionDays !== current.preferences.retentionDays) {
          void purge(current.db, preferences.retentionDays);
        }
      },
      todayCounts: counts,
      countLog: async () => (await readLog(loaded.db)).length,
      exportLog: async () => logToCsv(await readLog(loaded.db)),
      async clearLog() {
        await clearLog(loaded.db);
        await recountToday(loaded.db);
      },
      primeFeedback: () => feedback.prime(),
    };
  }, [
    loaded,
    online,
    refresh,
    runRefresh,
    refreshForKey,
    now,
    counts,
    feedback,
    purge,
    recountToday,
  ]);

  const goHome = useCallback(() => setRoute({ name: 'home' }), []);
  const goDesk = useCallback(() => setRoute({ name: 'desk' }), []);

  if (closed) {
    return (
      <main class="screen">
        <p class="warning" role="alert">
          {t('app.reloadNeeded')}
        </p>
        <button type="button" class="button button--primary" onClick={() => location.reload()}>
          {t('app.reload')}
        </button>
      </main>
    );
  }
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
        <Result
          outcome={route.outcome}
          onNext={route.from === 'desk' ? goDesk : goHome}
          onClear={goHome}
        />
      )}
    </AppContext.Provider>
  );
}
