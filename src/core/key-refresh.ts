/**
 * Key refreshes, one at a time (the registry's JWKS and the trust list of SPEC §9 together): the 12-hourly timer, the online event, a button and a code
 * signed by a key not held may all ask at once, and all get the one refresh under way. A code
 * with an unknown key asks for at most one refresh in `UNKNOWN_KEY_REFRESH_MS`, whatever key it
 * names: a crafted code shown again and again cannot make each scan wait on the registry.
 */
import { refreshKeys, type RefreshResult } from '../store/trust-store.ts';
import type { VerifierDatabase } from '../store/db.ts';
import { refreshTrustList, type TrustListRefresh } from '../store/trust-list.ts';

/** The least time between two refreshes asked for by codes signed by keys not held. */
export const UNKNOWN_KEY_REFRESH_MS = 5 * 60 * 1000;

/** What the refresher needs. */
export interface KeyRefresherDeps {
  db: VerifierDatabase;
  /** The registry in the settings now. */
  registryUrl: () => string;
  /** The trust list URL in force now (SPEC §9). */
  trustListUrl: () => string;
  /** The trust list key pinned in Settings now ('' for none: SPEC §10's first-use pin). */
  trustListPin?: () => string;
  fetch?: typeof fetch;
  now: () => number;
  /** Runs inside each refresh once the keys are stored (re-reads them), before it resolves. */
  reload: () => Promise<void>;
  /** Told when a refresh starts and when the latest one ends. */
  onState: (running: boolean, last: RefreshResult | null) => void;
  /** Told how each trust list refresh ended. */
  onTrustList?: (result: TrustListRefresh) => void;
}

/** Refreshes the keys, coalesced and throttled. */
export interface KeyRefresher {
  /** A refresh, or the one under way for the same registry. */
  refresh(): Promise<RefreshResult>;
  /** A refresh for a code whose key is not held; null when one was made too recently. */
  refreshForUnknownKey(): Promise<RefreshResult | null>;
}

/** Creates the refresher. */
export function createKeyRefresher(deps: KeyRefresherDeps): KeyRefresher {
  let inFlight: { source: string; job: Promise<RefreshResult> } | null = null;
  let lastForUnknownKey = -Infinity;

  const refresh = (): Promise<RefreshResult> => {
    const registryUrl = deps.registryUrl();
    const trustListUrl = deps.trustListUrl();
    const source = `${registryUrl} ${trustListUrl} ${deps.trustListPin?.() ?? ''}`;
    const previous = inFlight;
    if (previous && previous.source === source) return previous.job;
    deps.onState(true, null);
    const options = deps.fetch ? { fetch: deps.fetch, now: deps.now } : { now: deps.now };
    const entry = {
      source,
      job: Promise.resolve<RefreshResult>({ ok: false, reason: 'OFFLINE' }),
    };
    entry.job = (async () => {
      // A refresh of the registry used before Settings changed may still be under way: this one
      // runs after it, so the new registry's keys are fetched, and written last.
      if (previous) await previous.job;
      const [result, trust] = await Promise.all([
        refreshKeys(deps.db, registryUrl, options),
        // A trust list that cannot be had never holds up (or fails) the registry's keys.
        refreshTrustList(deps.db, trustListUrl, {
          ...options,
          pin: deps.trustListPin?.() ?? '',
          registryUrl,
        }).catch((): TrustListRefresh => ({
          ok: false,
          reason: 'GARBLED',
        })),
      ]);
      deps.onTrustList?.(trust);
      await deps.reload();
      return result;
    })()
      .catch((): RefreshResult => ({ ok: false, reason: 'GARBLED' }))
      .then((result) => {
        if (inFlight === entry) {
          inFlight = null;
          deps.onState(false, result);
        }
        return result;
      });
    inFlight = entry;
    return entry.job;
  };

  return {
    refresh,
    async refreshForUnknownKey() {
      const at = deps.now();
      // A clock set back does not block refreshes until it catches up.
      if (at >= lastForUnknownKey && at - lastForUnknownKey < UNKNOWN_KEY_REFRESH_MS) return null;
      lastForUnknownKey = at;
      return refresh();
    },
  };
}
