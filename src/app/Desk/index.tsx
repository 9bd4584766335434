/**
 * The online desk check: the holder's mobile and name, an OTP sent by the registry, and a
 * status token bound to this verifier and this check's nonce, verified before it is shown.
 */
import { TextField } from '../TextField/index.tsx';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageId } from '../i18n/index.ts';
import { useApp } from '../context.ts';
import { Header } from '../Header/index.tsx';
import {
  RegistryError,
  confirmOtp,
  fetchSignedStatus,
  generateOtp,
  type CallOptions,
  type RegistryErrorCode,
} from '../registry-api.ts';
import { OTP_TRIES } from '../../protocol/registry-api.ts';
import { normaliseMobile } from '../../lib/mobile.ts';
import { newNonce } from '../../lib/nonce.ts';
import { sha256Hex } from '../../protocol/sha256.ts';

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

type Step = 'details' | 'otp';
type Action = 'send' | 'verify';

interface Problem {
  text: string;
  retry: Action | null;
  restart: boolean;
}

/** Props of `Desk`; tests pass their own fetch. */
export interface DeskProps {
  callOptions?: CallOptions;
}

/** The desk check screen. */
export function Desk({ callOptions = {} }: DeskProps) {
  const app = useApp();
  const { settings, online } = app;
  const [step, setStep] = useState<Step>('details');
  const [mobile, setMobile] = useState('');
  const [name, setName] = useState('');
  const [otp, setOtp] = useState('');
  const [pending, setPending] = useState<Action | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const txn = useRef<{ id: string; wrong: number } | null>(null);
  // The bearer from confirmOTP lives 15 minutes (SPEC §3) and the OTP is single use: a retry of
  // the status call reuses the bearer, and the registry's AUTH0001 says when it has run out.
  const bearer = useRef<string | null>(null);
  // Aborted when the screen goes away: a late answer is then neither verified nor shown.
  const life = useRef(new AbortController());
  useEffect(() => {
    if (life.current.signal.aborted) life.current = new AbortController();
    const mounted = life.current;
    return () => mounted.abort();
  }, []);
  const configured = settings.verifierId !== '' && settings.apiKey !== '';
  const blocked = !online ? t('desk.offline') : !configured ? t('desk.notConfigured') : null;

  const explain = (error: unknown, action: Action): Problem => {
    if (!(error instanceof RegistryError)) {
      return { text: t('desk.error.BAD_RESPONSE'), retry: action, restart: false };
    }
    if (error.code === 'USRAUT0014') {
      const current = txn.current;
      if (current) current.wrong += 1;
      const tries = error.triesLeft ?? Math.max(0, OTP_TRIES - (current?.wrong ?? OTP_TRIES));
      return tries > 0
        ? { text: t('desk.error.USRAUT0014', { tries }), retry: null, restart: false }
        : { text: t('desk.error.USRAUT0014.none'), retry: null, restart: true };
    }
    const id: MessageId = `desk.error.${error.code}`;
    return {
      text: t(id),
      retry: TRANSIENT.has(error.code) ? action : null,
      restart: TERMINAL.has(error.code),
    };
  };

  const send = async () => {
    const digits = normaliseMobile(mobile);
    if (!digits) return setProblem({ text: t('desk.badMobile'), retry: null, restart: false });
    const fullName = name.trim().replace(/\s+/g, ' ');
    if (!fullName || fullName.length > 200) {
      return setProblem({ text: t('desk.badName'), retry: null, restart: false });
    }
    const { signal } = life.current;
    setPending('send');
    setProblem(null);
    try {
      const id = await generateOtp(settings, digits, fullName, { ...callOptions, signal });
      if (signal.aborted) return;
      txn.current = { id, wrong: 0 };
      bearer.current = null;
      setOtp('');
      setStep('otp');
    } catch (error) {
      if (!signal.aborted) setProblem(explain(error, 'send'));
    } finally {
      if (!signal.aborted) setPending(null);
    }
  };

  const verify = async () => {
    const { signal } = life.current;
    const options = { ...callOptions, signal };
    let granted = bearer.current;
    if (granted === null) {
      const code = otp.trim();
      if (!/^\d{6}$/.test(code))
        return setProblem({ text: t('desk.badOtp'), retry: null, restart: false });
      const current = txn.current;
      if (!current) return restart();
      setPending('verify');
      setProblem(null);
      try {
        granted = await confirmOtp(settings, current.id, await sha256Hex(code), options);
      } catch (error) {
        if (signal.aborted) return;
        setProblem(explain(error, 'verify'));
        setPending(null);
        return;
      }
      if (signal.aborted) return;
      bearer.current = granted;
    } else {
      setPending('verify');
      setProblem(null);
    }
    try {
      // A fresh nonce for every status call, a retry included: each answer is bound to its own.
      const nonce = newNonce();
      const signed = await fetchSignedStatus(settings, granted, nonce, options);
      if (signal.aborted) return;
      // Nothing is shown until the signed status verifies against the held keys.
      const outcome = await app.checkDeskToken(signed, nonce);
      if (signal.aborted) return;
      app.navigate({ name: 'result', outcome, from: 'desk' });
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof RegistryError && TERMINAL.has(error.code)) bearer.current = null;
      setProblem(explain(error, 'verify'));
      setPending(null);
    }
  };

  function restart() {
    txn.current = null;
    bearer.current = null;
    setOtp('');
    setProblem(null);
    setStep('details');
  }

  const disabled = blocked !== null || pending !== null;
  const submitLabel =
    step === 'details'
      ? t(pending === 'send' ? 'desk.sending' : 'desk.send')
      : t(pending === 'verify' ? 'desk.verifying' : 'desk.verify');

  return (
    <main class="screen">
      <Header title={t('desk.title')} back />
      {blocked && (
        <p id="desk-blocked" class="warning" role="alert">
          {blocked}
        </p>
      )}
      <form
        class="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (disabled) return;
          void (step === 'details' ? send() : verify());
        }}
      >
        <TextField
          label={t('desk.mobile')}
          type="tel"
          inputMode="numeric"
          maxLength={16}
          value={mobile}
          readOnly={step === 'otp'}
          onValue={setMobile}
        />
        <TextField
          label={t('desk.name')}
          maxLength={200}
          value={name}
          readOnly={step === 'otp'}
          onValue={setName}
        />
        <p class="consent">{t('desk.consent', { verifier: settings.verifierId })}</p>
        {step === 'otp' && (
          <>
            <p class="note">{t('desk.otpSent')}</p>
            <TextField
              label={t('desk.otp')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              value={otp}
              onValue={setOtp}
            />
          </>
        )}
        <button
          type="submit"
          class="button button--primary button--huge"
          disabled={disabled}
          aria-describedby={blocked ? 'desk-blocked' : undefined}
        >
          {submitLabel}
        </button>
      </form>
      {problem && (
        <div class="problem" role="alert">
          <p class="warning">{problem.text}</p>
          {problem.retry && (
            <button
              type="button"
              class="button"
              disabled={disabled}
              onClick={() => void (problem.retry === 'send' ? send() : verify())}
            >
              {t('desk.retry')}
            </button>
          )}
          {(problem.restart || step === 'otp') && (
            <button type="button" class="button" onClick={restart}>
              {t('desk.restart')}
            </button>
          )}
        </div>
      )}
    </main>
  );
}
