/** The verifier core's state, dependencies and actions, as the screens see them. */
import type {
  IssuerRecord,
  Preferences,
  Settings,
  TrustListRecord,
  VerifierDatabase,
} from '../store/db.ts';
import type { VerdictCounts } from '../store/log.ts';
import type { SettingsInput } from '../store/settings.ts';
import type { KeyHealth, RefreshResult } from '../store/trust-store.ts';
import type { TrustListRefresh } from '../store/trust-list.ts';
import type { ScannedCode } from '../protocol/credentials/types.ts';
import type { EventControllerDeps, EventView } from '../events/controller.ts';
import type { UnlockResult } from './gate.ts';
import type { Outcome } from './outcome.ts';
import type { Feedback, Network } from './platform.ts';

/** The state of the last or running key refresh. */
export interface RefreshState {
  running: boolean;
  last: RefreshResult | null;
}

/** Everything the screens show, as one snapshot. */
export interface VerifierState {
  settings: Settings;
  /** True once the settings name a verifier id and an API key: the desk check can run. */
  configured: boolean;
  /** The issuers whose keys are held for the configured registry. */
  issuers: IssuerRecord[];
  health: KeyHealth;
  /** The trust list held for the other credential formats (SPEC §9); null when none is. */
  trustList: TrustListRecord | null;
  /** How the last trust list refresh ended; null before the first. */
  trustListRefresh: TrustListRefresh | null;
  preferences: Preferences;
  online: boolean;
  refresh: RefreshState;
  /** Today's checks on this device, counted by group. */
  todayCounts: VerdictCounts;
  /** True once a Settings PIN is saved (SPEC §8). */
  pinSet: boolean;
  /** True when Settings may be changed: no PIN is set, or it was given since they opened. */
  unlocked: boolean;
  /** The database was closed under the app (an upgrade in another tab): a reload is needed. */
  closed: boolean;
  /** The event this tablet is a gate of (SPEC §11); null when none. */
  event: EventView | null;
}

/** What `createVerifier` needs; tests pass their own of each. */
export interface VerifierDeps {
  db: VerifierDatabase;
  /** The origin that served the app: the default registry. */
  origin: string;
  fetch?: typeof fetch;
  /** The clock, ms since the epoch. */
  now?: () => number;
  feedback?: Feedback;
  network?: Network;
  /** Runs a task after the verdict is painted: the log line is written then (else before). */
  afterPaint?: (task: () => void) => void;
  /** The app's own URL, for event invitations (default: the origin). */
  appUrl?: string;
  /** Opens an event's session; tests pass one that needs no hub (default: Yjs and the hub). */
  openEventSession?: EventControllerDeps['openSession'];
}

/** The verifier core. */
export interface Verifier {
  getState(): VerifierState;
  /** Calls `listener` with each new state; returns a function that stops it. */
  subscribe(listener: (state: VerifierState) => void): () => void;
  refreshKeys(): Promise<RefreshResult>;
  /**
   * Stores new settings (throws `SettingsError` for a bad value, or `LOCKED`), drops the keys of
   * a registry no longer named, and refreshes the keys.
   */
  saveSettings(input: SettingsInput): Promise<void>;
  /** Sets a new Settings PIN, or removes it with null (only while unlocked). */
  setPin(pin: string | null): Promise<void>;
  /** Opens Settings with the PIN. */
  unlock(pin: string): Promise<UnlockResult>;
  /** Guards Settings again (when they close). */
  lock(): void;
  /** Stores and applies new preferences. */
  savePreferences(input: Preferences): Promise<void>;
  /**
   * Verifies a scanned, typed or pasted code (its bytes as the decoder gave them: a CoWIN
   * certificate's QR is binary); records it and plays its cue. Never throws for bad input.
   */
  checkCode(code: ScannedCode | string): Promise<Outcome>;
  /** Verifies a desk token against the nonce sent for it (logged as an OTP check). */
  checkDeskToken(jws: string, nonce: string): Promise<Outcome>;
  /** Makes a new event with this tablet as its first gate (throws `EventError`). */
  createEvent(input: { name: string; gate: string; hub: string }): Promise<void>;
  /** Joins the event of an invitation link or QR text as gate `gate` (throws `EventError`). */
  joinEvent(invite: string, gate: string): Promise<void>;
  /** Forgets the event on this tablet, with its local copy. */
  leaveEvent(): Promise<void>;
  /** The whole event as CSV, every gate's entries. */
  exportEvent(): Promise<string>;
  countLog(): Promise<number>;
  exportLog(): Promise<string>;
  clearLog(): Promise<void>;
  /**
   * Readies the first check while the home screen is idle: the verdict sound's output (silent
   * until `primeFeedback`, a tap) and the held trust list's revocation index read into memory.
   */
  prepareCheck(): void;
  primeFeedback(): void;
  /** Stops the timers and listeners. */
  dispose(): void;
}
