/** What every screen may use from the app: the core's state and actions, and navigation. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Outcome } from '../core/outcome.ts';
import type { RefreshState, Verifier, VerifierState } from '../core/verifier.ts';

/** The screens of the app. */
export type Route =
  | { name: 'home' }
  | { name: 'scan' }
  | { name: 'desk' }
  | { name: 'settings' }
  | { name: 'result'; outcome: Outcome; from: 'scan' | 'desk' };

export type { RefreshState };

/** Where a held key set came from: the issuer it claims and the registry that served it. */
export interface KeySource {
  issuer: string;
  /** The origin of the registry URL the keys were fetched from (SPEC §8). */
  registry: string;
}

/** The app's state and actions, shared by the screens. */
export interface AppApi
  extends
    Omit<VerifierState, 'issuers' | 'closed'>,
    Omit<Verifier, 'getState' | 'subscribe' | 'dispose'> {
  /** The issuers whose keys are held for the configured registry, with where they came from. */
  keySources: KeySource[];
  navigate(route: Route): void;
  /** An event invitation that opened the app or was scanned, waiting in Settings' "Join event". */
  invite: string | null;
  /** Takes an invitation to Settings' "Join event" (SPEC §11). */
  openInvite(text: string): void;
}

/** The app context; screens read it with `useApp`. */
export const AppContext = createContext<AppApi | null>(null);

/** The app's state and actions; only inside `AppContext.Provider`. */
export function useApp(): AppApi {
  const api = useContext(AppContext);
  if (!api) throw new Error('useApp outside AppContext');
  return api;
}

/** Asks the browser to keep this origin's storage (the keys) under storage pressure. */
export function requestPersistentStorage(): void {
  // Chromium grants this on a user gesture for installed or engaged sites; a rejection is harmless.
  void navigator.storage?.persist?.().catch(() => false);
}

/** The screens' view of the core at one moment. */
export function appApi(
  verifier: Verifier,
  state: VerifierState,
  navigate: (route: Route) => void,
  invites: { invite: string | null; openInvite(text: string): void } = {
    invite: null,
    openInvite: () => {},
  },
): AppApi {
  const { issuers, closed: _closed, ...shown } = state;
  return {
    ...shown,
    ...invites,
    keySources: issuers.map((record) => ({
      issuer: record.iss,
      registry: originOf(record.registryUrl),
    })),
    navigate,
    refreshKeys: verifier.refreshKeys,
    saveSettings: verifier.saveSettings,
    setPin: verifier.setPin,
    unlock: verifier.unlock,
    lock: verifier.lock,
    savePreferences: verifier.savePreferences,
    checkCode: verifier.checkCode,
    checkDeskToken: verifier.checkDeskToken,
    createEvent: verifier.createEvent,
    joinEvent: verifier.joinEvent,
    leaveEvent: verifier.leaveEvent,
    exportEvent: verifier.exportEvent,
    countLog: verifier.countLog,
    exportLog: verifier.exportLog,
    clearLog: verifier.clearLog,
    prepareCheck: verifier.prepareCheck,
    primeFeedback: verifier.primeFeedback,
  };
}

/** The origin of a URL, or the text itself when it is not one. */
export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
