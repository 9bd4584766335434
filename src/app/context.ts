/** What every screen may use from the app: settings, key state, checks and navigation. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Preferences, Settings } from '../store/db.ts';
import type { VerdictCounts } from '../store/log.ts';
import type { KeyHealth, RefreshResult } from '../store/trust-store.ts';
import type { Outcome } from './verification.ts';

/** The screens of the app. */
export type Route =
  | { name: 'home' }
  | { name: 'scan' }
  | { name: 'desk' }
  | { name: 'settings' }
  | { name: 'result'; outcome: Outcome; from: 'scan' | 'desk' };

/** The state of the last or running key refresh. */
export type RefreshState = { running: boolean; last: RefreshResult | null };

/** The app's state and actions, shared by the screens. */
export interface AppApi {
  settings: Settings;
  health: KeyHealth;
  /** The issuer names whose keys are held for the configured registry. */
  issuerNames: string[];
  online: boolean;
  refresh: RefreshState;
  navigate(route: Route): void;
  refreshKeys(): Promise<RefreshResult>;
  /** Stores new settings (throws `SettingsError` for a bad value) and refreshes the keys. */
  saveSettings(settings: Settings): Promise<void>;
  /**
   * Verifies QR, scanned or pasted text and returns the outcome (never throws for bad input);
   * logs it, flags a token already checked here, and plays the verdict's cue.
   */
  checkText(text: string): Promise<Outcome>;
  /** Verifies a desk token against the nonce sent for it (logged as an OTP check). */
  checkDeskToken(jws: string, nonce: string): Promise<Outcome>;
  /** The desk's preferences (language, sound, vibration, kiosk mode, log retention). */
  preferences: Preferences;
  /** Stores and applies new preferences (the language switches at once). */
  savePreferences(preferences: Preferences): Promise<void>;
  /** Today's checks on this device, counted by verdict. */
  todayCounts: VerdictCounts;
  /** How many entries the verification log holds. */
  countLog(): Promise<number>;
  /** The verification log as CSV text. */
  exportLog(): Promise<string>;
  /** Deletes the whole verification log. */
  clearLog(): Promise<void>;
  /** Wakes the audio output; call from a user gesture so verdict tones may play. */
  primeFeedback(): void;
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
  // Chromium grants this on a user gesture for installed or engaged sites; a refusal is harmless.
  void navigator.storage?.persist?.().catch(() => false);
}
