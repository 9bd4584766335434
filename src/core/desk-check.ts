/**
 * The online desk check (SPEC §2B) without a screen: the holder's mobile and name, an OTP sent
 * by the registry, and a status token bound to this verifier and a fresh nonce, verified before
 * it is shown. It owns the transaction, the bearer, the tries left and the retry and restart
 * policy; the Desk screen renders its state and turns its problems into words.
 */
import { normaliseMobile } from '../lib/mobile.ts';
import { newNonce } from '../lib/nonce.ts';
import {
  RegistryError,
  confirmOtp,
  fetchSignedStatus,
  generateOtp,
  type CallOptions,
  type RegistryErrorCode,
} from '../lib/registry-client.ts';
import { OTP_TRIES } from '../protocol/registry-api.ts';
import { cleanFullName } from '../protocol/rules.ts';
import { sha256Hex } from '../protocol/sha256.ts';
import type { Settings } from '../store/db.ts';
import type { Outcome } from './outcome.ts';

/** Errors a retry of the same request may cure. */
const TRANSIENT: ReadonlySet<RegistryErrorCode> = new Set([
  'TIMEOUT',
  'NETWORK',
  'SERVER',
  'BAD_RESPONSE',
  'USRAUT0016',
]);

/** Errors that end the transaction: a new OTP is needed. */
const TERMINAL: ReadonlySet<RegistryErrorCode> = new Set(['USRAUT0015', 'AUTH0001']);

/** Where the check is: asking for the holder's details, or for the OTP sent. */
export type DeskStep = 'details' | 'otp';

/** The two requests a person starts: send the OTP, or verify with it. */
export type DeskAction = 'send' | 'verify';

/**
 * What went wrong, as a code the screen explains: the input's own (`BAD_MOBILE`, `BAD_NAME`,
 * `BAD_OTP`), a wrong OTP with the tries left (`WRONG_OTP`, `NO_TRIES_LEFT`), or the registry's.
 */
export type DeskProblemCode =
  | 'BAD_MOBILE'
  | 'BAD_NAME'
  | 'BAD_OTP'
  | 'WRONG_OTP'
  | 'NO_TRIES_LEFT'
  | Exclude<RegistryErrorCode, 'USRAUT0014'>;

/** A problem, what may be retried, and whether only a new OTP helps. */
export interface DeskProblem {
  code: DeskProblemCode;
  /** For `WRONG_OTP`: the tries left. */
  tries?: number;
  retry: DeskAction | null;
  restart: boolean;
}

/** The desk check's state, as the screen renders it. */
export interface DeskState {
  step: DeskStep;
  pending: DeskAction | null;
  problem: DeskProblem | null;
}

/** What `createDeskCheck` needs. */
export interface DeskCheckDeps {
  /** The settings in force (registry, verifier id, API key). */
  settings: () => Settings;
  /** Verifies the signed status against the nonce sent, records it and gives the outcome. */
  checkDeskToken: (jws: string, nonce: string) => Promise<Outcome>;
  /** Called with the verified outcome, the end of one check. */
  onOutcome: (outcome: Outcome) => void;
  /** The network, and a time limit; tests pass their own. */
  callOptions?: CallOptions;
}

/** One desk check, from the details to the verified outcome. */
export interface DeskCheck {
  getState(): DeskState;
  subscribe(listener: (state: DeskState) => void): () => void;
  /** Sends an OTP to `mobile` for `fullName`. */
  send(mobile: string, fullName: string): Promise<void>;
  /** Confirms `otp` (or reuses the bearer already granted) and fetches the signed status. */
  verify(otp: string): Promise<void>;
  /** Starts again from the details: the transaction and the bearer go. */
  restart(): void;
  /** Ends the check: a late answer is then neither verified nor reported. */
  dispose(): void;
}

const problem = (code: DeskProblemCode, retry: DeskAction | null = null): DeskProblem => ({
  code,
  retry,
  restart: false,
});

/** Starts a desk check at the details step. */
export function createDeskCheck(deps: DeskCheckDeps): DeskCheck {
  let state: DeskState = { step: 'details', pending: null, problem: null };
  const listeners = new Set<(next: DeskState) => void>();
  const update = (patch: Partial<DeskState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  };
  let txn: { id: string; wrong: number } | null = null;
  // The bearer from confirmOTP lives 15 minutes (SPEC §3) and the OTP is single use: a retry of
  // the status call reuses the bearer, and the registry's AUTH0001 says when it has run out.
  let bearer: string | null = null;
  const life = new AbortController();
  const options = (): CallOptions => ({ ...deps.callOptions, signal: life.signal });

  const explain = (error: unknown, action: DeskAction): DeskProblem => {
    if (!(error instanceof RegistryError)) return problem('BAD_RESPONSE', action);
    if (error.code === 'USRAUT0014') {
      if (txn) txn.wrong += 1;
      const tries = error.triesLeft ?? Math.max(0, OTP_TRIES - (txn?.wrong ?? OTP_TRIES));
      return tries > 0
        ? { code: 'WRONG_OTP', tries, retry: null, restart: false }
        : { code: 'NO_TRIES_LEFT', retry: null, restart: true };
    }
    return {
      code: error.code,
      retry: TRANSIENT.has(error.code) ? action : null,
      restart: TERMINAL.has(error.code),
    };
  };
  const fail = (error: unknown, action: DeskAction) => {
    if (!life.signal.aborted) update({ problem: explain(error, action), pending: null });
  };

  const restart = () => {
    txn = null;
    bearer = null;
    update({ step: 'details', problem: null, pending: null });
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async send(mobile, fullName) {
      const digits = normaliseMobile(mobile);
      if (!digits) return update({ problem: problem('BAD_MOBILE') });
      const name = cleanFullName(fullName);
      if (name === null) return update({ problem: problem('BAD_NAME') });
      update({ pending: 'send', problem: null });
      try {
        const id = await generateOtp(deps.settings(), digits, name, options());
        if (life.signal.aborted) return;
        txn = { id, wrong: 0 };
        bearer = null;
        update({ step: 'otp', pending: null });
      } catch (error) {
        fail(error, 'send');
      }
    },
    async verify(otp) {
      let granted = bearer;
      if (granted === null) {
        const code = otp.trim();
        if (!/^\d{6}$/.test(code)) return update({ problem: problem('BAD_OTP') });
        if (!txn) return restart();
        update({ pending: 'verify', problem: null });
        try {
          granted = await confirmOtp(deps.settings(), txn.id, await sha256Hex(code), options());
        } catch (error) {
          return fail(error, 'verify');
        }
        if (life.signal.aborted) return;
        bearer = granted;
      } else {
        update({ pending: 'verify', problem: null });
      }
      try {
        // A fresh nonce for every status call, a retry included: each answer is bound to its own.
        const nonce = newNonce();
        const signed = await fetchSignedStatus(deps.settings(), granted, nonce, options());
        if (life.signal.aborted) return;
        // Nothing is shown until the signed status verifies against the held keys.
        const outcome = await deps.checkDeskToken(signed, nonce);
        if (life.signal.aborted) return;
        update({ pending: null });
        deps.onOutcome(outcome);
      } catch (error) {
        if (error instanceof RegistryError && TERMINAL.has(error.code)) bearer = null;
        fail(error, 'verify');
      }
    },
    restart,
    dispose: () => life.abort(),
  };
}
