/**
 * The verifier's core, without a screen: it owns the settings, preferences, keys and PIN, the
 * key refreshes (on start, when back online, every 12 h, on request, for an unknown key), the
 * daily purge of the log, and the check-then-record pipeline. Screens read its state through
 * `subscribe` and call what it offers; nothing is decided twice.
 */
import type { Settings, TrustListRecord } from '../store/db.ts';
import {
  clearLog,
  logToCsv,
  purgeLog,
  readLog,
  todayCounts,
  type VerdictCounts,
} from '../store/log.ts';
import { loadPreferences, savePreferences } from '../store/preferences.ts';
import { purgeSeen } from '../store/seen.ts';
import { SettingsError, loadSettings, saveSettings } from '../store/settings.ts';
import {
  REFRESH_INTERVAL_MS,
  forgetRegistry,
  keyHealth,
  trustedIssuers,
} from '../store/trust-store.ts';
import { loadTrustList, revocationLookup, trustListUrlFor } from '../store/trust-list.ts';
import { loadRevocationIndex } from '../store/revocation-index.ts';
import { VERDICT_GROUPS, type CheckMethod } from '../store/verdicts.ts';
import { encodeBase64url, jwsToQrText } from '../protocol/index.ts';
import { checkDeskToken, checkScanned, prepareIssuerKeys, type CheckPath } from './check.ts';
import { classify } from './classify.ts';
import { loadPin, setPin, tryPin } from './gate.ts';
import { createKeyRefresher } from './key-refresh.ts';
import type { Outcome } from './outcome.ts';
import { BROWSER_NETWORK, SILENT_FEEDBACK } from './platform.ts';
import { recordCheck, type LogWriter } from './record.ts';
import { lazyEventController } from '../events/lazy-controller.ts';

/** How often old log entries and expired credential ids are purged while the app stays open. */
const PURGE_INTERVAL_MS = 24 * 60 * 60 * 1000;

export type { RefreshState, Verifier, VerifierDeps, VerifierState } from './verifier-types.ts';
import type { Verifier, VerifierDeps, VerifierState } from './verifier-types.ts';

const NO_COUNTS = Object.fromEntries(VERDICT_GROUPS.map((group) => [group, 0])) as VerdictCounts;

/** True when the settings name a verifier id and an API key (the desk check needs both). */
function isConfigured(settings: Settings): boolean {
  return settings.verifierId !== '' && settings.apiKey !== '';
}

/** Loads the stored state and starts the core: purge, first refresh, timers. */
export async function createVerifier(deps: VerifierDeps): Promise<Verifier> {
  const { db, origin, fetch: doFetch } = deps;
  const now = deps.now ?? Date.now;
  const feedback = deps.feedback ?? SILENT_FEEDBACK;
  const network = deps.network ?? BROWSER_NETWORK;
  const settings = await loadSettings(db, origin);
  const issuers = await trustedIssuers(db, settings.registryUrl);
  // SPEC §10: the list held is used only under the key pinned in Settings (or the one it holds).
  const heldList = (of: Settings) => loadTrustList(db, trustListUrlFor(of), of.trustListKey);
  const trustList = await heldList(settings).catch(() => null);
  const preferences = await loadPreferences(db);
  const pinSet = (await loadPin(db)) !== null;
  let state: VerifierState = {
    settings,
    configured: isConfigured(settings),
    issuers,
    health: keyHealth(issuers, now()),
    trustList,
    trustListRefresh: null,
    preferences,
    online: network.isOnline(),
    refresh: { running: false, last: null },
    todayCounts: NO_COUNTS,
    pinSet,
    unlocked: !pinSet,
    closed: false,
    event: null,
  };
  prepareIssuerKeys(issuers);
  const listeners = new Set<(next: VerifierState) => void>();
  const update = (patch: Partial<VerifierState>) => {
    state = { ...state, ...patch };
    if (patch.settings) state.configured = isConfigured(state.settings);
    if (patch.issuers) state.health = keyHealth(state.issuers, now());
    if (patch.issuers) prepareIssuerKeys(state.issuers);
    for (const listener of listeners) listener(state);
  };

  /**
   * Reads the held list's revocation index into memory (once per list, SPEC §10), so the first
   * check does not start that read, slice by slice, between its decode and its verdict.
   */
  const readRevocations = () => {
    const list = state.trustList;
    if (list) void loadRevocationIndex(db, list.generation).catch(() => undefined);
  };

  /** Re-reads the keys of the registry in the settings, unless the settings changed meanwhile. */
  const reloadIssuers = async () => {
    const { registryUrl } = state.settings;
    const url = trustListUrlFor(state.settings);
    const next = await trustedIssuers(db, registryUrl);
    const list = await heldList(state.settings).catch(() => state.trustList);
    if (state.settings.registryUrl === registryUrl) update({ issuers: next });
    if (trustListUrlFor(state.settings) !== url) return;
    update({ trustList: list });
    readRevocations();
  };
  const events = lazyEventController(
    {
      db,
      appUrl: deps.appUrl ?? origin,
      now,
      ...(deps.openEventSession ? { openSession: deps.openEventSession } : {}),
    },
    (event) => update({ event }),
  );
  void events.start();

  const recount = async () =>
    update({ todayCounts: await todayCounts(db, now()).catch(() => NO_COUNTS) });
  const purge = async () => {
    // A failed purge is retried on the next start or the next day; it never blocks a check.
    await purgeLog(db, now(), state.preferences.retentionDays).catch(() => 0);
    await purgeSeen(db, now()).catch(() => 0);
    // The event's entries follow the log's retention (SPEC §11).
    await events.purge(now() - state.preferences.retentionDays * 86_400_000).catch(() => 0);
    await recount();
  };
  const keys = createKeyRefresher({
    db,
    registryUrl: () => state.settings.registryUrl,
    trustListUrl: () => trustListUrlFor(state.settings),
    trustListPin: () => state.settings.trustListKey,
    ...(doFetch ? { fetch: doFetch } : {}),
    now,
    reload: reloadIssuers,
    onState: (running, last) =>
      update({ refresh: running ? { ...state.refresh, running } : { running, last } }),
    onTrustList: (result) => update({ trustListRefresh: result }),
  });
  const refreshIfOnline = () => {
    if (network.isOnline()) void keys.refresh();
  };

  const onClosed = () => update({ closed: true });
  db.addEventListener('versionchange', onClosed);
  db.addEventListener('close', onClosed);
  const stopNetwork = network.subscribe((online) => {
    update({ online });
    if (online) void keys.refresh();
    if (online) events.online();
  });
  const timers = [
    setInterval(refreshIfOnline, REFRESH_INTERVAL_MS),
    setInterval(() => void purge(), PURGE_INTERVAL_MS),
  ];

  const contextFor = (path: CheckPath) => ({
    issuers: async () => state.issuers,
    trustList: async () => state.trustList,
    revocation: (record: TrustListRecord) => revocationLookup(db, record),
    online: network.isOnline,
    refresh: path === 'qr' ? keys.refreshForUnknownKey : keys.refresh,
    now,
    audience: state.settings.verifierId || undefined,
  });
  const { afterPaint } = deps;
  // Deferred, the counts follow the log line once it is written.
  const writeLog: LogWriter | undefined = afterPaint
    ? async (write) => afterPaint(() => void write().then(recount))
    : undefined;
  const finish = async (outcome: Outcome, method: CheckMethod): Promise<Outcome> => {
    const result = await recordCheck(db, outcome, method, now(), writeLog, events);
    if (!afterPaint) void recount();
    const { sound, vibration } = state.preferences;
    const cue = classify(result).cue;
    // With the verdict on screen, not before it: making the tones takes the page's thread.
    if (afterPaint) afterPaint(() => feedback.play(cue, { sound, vibration }));
    else feedback.play(cue, { sound, vibration });
    return result;
  };

  void purge();
  refreshIfOnline();
  /** The one warm-up check of this verifier (warm-check.ts). */
  let warming: Promise<void> | null = null;

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refreshKeys: keys.refresh,
    async saveSettings(input) {
      if (!state.unlocked) throw new SettingsError('LOCKED');
      const previous = state.settings.registryUrl;
      const saved = await saveSettings(db, input);
      // A registry no longer named is no longer trusted: its keys go (SPEC §8).
      if (saved.registryUrl !== previous) await forgetRegistry(db, previous);
      update({
        settings: saved,
        issuers: await trustedIssuers(db, saved.registryUrl),
        trustList: await heldList(saved).catch(() => null),
      });
      refreshIfOnline();
    },
    async setPin(pin) {
      if (!state.unlocked) throw new SettingsError('LOCKED');
      await setPin(db, pin);
      update({ pinSet: pin !== null });
    },
    async unlock(pin) {
      const result = await tryPin(db, pin, now());
      if (result.ok) update({ unlocked: true });
      return result;
    },
    lock() {
      if (state.pinSet && state.unlocked) update({ unlocked: false });
    },
    async savePreferences(input) {
      const previous = state.preferences;
      const saved = await savePreferences(db, input);
      update({ preferences: saved });
      if (saved.retentionDays !== previous.retentionDays) void purge();
    },
    checkCode: async (code) => finish(await checkScanned(code, contextFor('qr')), 'qr'),
    checkDeskToken: async (jws, nonce) =>
      finish(await checkDeskToken(jws, nonce, contextFor('desk')), 'otp'),
    async createEvent(input) {
      if (!state.unlocked) throw new SettingsError('LOCKED');
      await events.create(input);
    },
    async joinEvent(invite, gate) {
      if (!state.unlocked) throw new SettingsError('LOCKED');
      await events.join(invite, gate);
    },
    async leaveEvent() {
      if (!state.unlocked) throw new SettingsError('LOCKED');
      await events.leave();
    },
    exportEvent: () => events.csv(),
    countLog: async () => (await readLog(db)).length,
    exportLog: async () => logToCsv(await readLog(db)),
    async clearLog() {
      await clearLog(db);
      await recount();
    },
    prepareCheck() {
      feedback.prepare?.();
      readRevocations();
      warming ??= import('./warm-check.ts').then(
        ({ warmCheck }) => warmCheck({ check: checkScanned, encodeBase64url, jwsToQrText }, now),
        () => undefined,
      );
    },
    primeFeedback: () => feedback.prime(),
    dispose() {
      timers.forEach(clearInterval);
      stopNetwork();
      void events.dispose();
      db.removeEventListener('versionchange', onClosed);
      db.removeEventListener('close', onClosed);
    },
  };
}
