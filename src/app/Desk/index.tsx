/**
 * The online desk check's screen: it renders the core's desk check (src/core/desk-check.ts),
 * which owns the transaction, the bearer, the tries and the retry and restart policy.
 */
import { TextField } from '../TextField/index.tsx';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageId } from '../i18n/index.ts';
import { useApp } from '../context.ts';
import { Header } from '../Header/index.tsx';
import type { CallOptions } from '../../lib/registry-client.ts';
import { createDeskCheck, type DeskProblem, type DeskState } from '../../core/desk-check.ts';

/** Props of `Desk`; tests pass their own fetch. */
export interface DeskProps {
  callOptions?: CallOptions;
}

/** The words for a problem of the desk check. */
function problemText(problem: DeskProblem): string {
  switch (problem.code) {
    case 'BAD_MOBILE':
      return t('desk.badMobile');
    case 'BAD_NAME':
      return t('desk.badName');
    case 'BAD_OTP':
      return t('desk.badOtp');
    case 'WRONG_OTP':
      return t('desk.error.USRAUT0014', { tries: problem.tries ?? 0 });
    case 'NO_TRIES_LEFT':
      return t('desk.error.USRAUT0014.none');
    default: {
      const id: MessageId = `desk.error.${problem.code}`;
      return t(id);
    }
  }
}

/** The desk check screen. */
export function Desk({ callOptions = {} }: DeskProps) {
  const app = useApp();
  const { settings, online, configured } = app;
  const [mobile, setMobile] = useState('');
  const [name, setName] = useState('');
  const [otp, setOtp] = useState('');
  // The app as last rendered, for the check's callbacks.
  const appRef = useRef(app);
  appRef.current = app;
  const [desk] = useState(() =>
    createDeskCheck({
      settings: () => appRef.current.settings,
      checkDeskToken: (jws, nonce) => appRef.current.checkDeskToken(jws, nonce),
      onOutcome: (outcome) => appRef.current.navigate({ name: 'result', outcome, from: 'desk' }),
      callOptions,
    }),
  );
  const [view, setView] = useState<DeskState>(desk.getState);
  useEffect(() => {
    let step = desk.getState().step;
    const stop = desk.subscribe((next) => {
      // A new step starts with an empty OTP field.
      if (next.step !== step) setOtp('');
      step = next.step;
      setView(next);
    });
    return () => {
      stop();
      desk.dispose();
    };
  }, [desk]);
  const { step, pending, problem } = view;
  const blocked = !online ? t('desk.offline') : !configured ? t('desk.notConfigured') : null;
  const send = () => desk.send(mobile, name);
  const verify = () => desk.verify(otp);
  const restart = () => {
    setOtp('');
    desk.restart();
  };

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
          <p class="warning">{problemText(problem)}</p>
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
