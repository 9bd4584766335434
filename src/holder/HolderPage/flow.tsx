/** The holder page's OTP flow: details, then the OTP, then the status shown or shared. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { VaccinationStatus } from '../../protocol/index.ts';
import { HolderApiError, confirmOtp, sendOtp } from '../api.ts';
import type { VerifierInfo } from '../config.ts';
import { errorText, holderLanguage, splitAtVerifier, text } from '../text.ts';
import { summarizeToken } from '../token-summary.ts';
import type { TokenSummary } from '../token-summary.ts';
import { DetailsForm, OtpForm } from './forms.tsx';
import { HolderResult, SharedResult } from './results.tsx';

type Step =
  | { kind: 'details' }
  | { kind: 'otp'; txnId: string; mobile: string; fullName: string }
  | { kind: 'done'; status: VaccinationStatus; token: string; summary: TokenSummary | null };

function messageFor(error: unknown): string {
  return errorText(error instanceof HolderApiError ? error : new HolderApiError('SERVER'));
}

/** The OTP flow: details, OTP, then the status. */
export function Flow(props: {
  verifier?: VerifierInfo;
  nonce?: string;
  deliver?: (token: string) => void;
}) {
  const { verifier, nonce, deliver } = props;
  const [step, setStep] = useState<Step>({ kind: 'details' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (step.kind !== 'details') heading.current?.focus();
  }, [step.kind]);

  async function requestOtp(mobile: string, fullName: string): Promise<void> {
    setBusy(true);
    setError(null);
    setInfo(null);
    try {
      const txnId = await sendOtp({
        mobile,
        fullName,
        clientId: verifier?.id,
        language: holderLanguage(),
      });
      setStep({ kind: 'otp', txnId, mobile, fullName });
      setInfo(text('otp.sent', { digits: mobile.slice(-4) }));
    } catch (caught) {
      setError(messageFor(caught));
    } finally {
      setBusy(false);
    }
  }

  async function verify(txnId: string, otp: string): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      const signed = await confirmOtp({ txnId, otp, clientId: verifier?.id, nonce });
      setInfo(null);
      setStep({
        kind: 'done',
        status: signed.status,
        token: signed.token,
        summary: summarizeToken(signed.token),
      });
      deliver?.(signed.token);
    } catch (caught) {
      setError(messageFor(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="holder">
      <h1 ref={heading} tabIndex={-1}>
        {step.kind === 'done' ? text('page.titleDone') : text('page.title')}
      </h1>
      {verifier !== undefined && step.kind !== 'done' && <Consent verifier={verifier} />}
      {verifier === undefined && step.kind === 'details' && <p>{text('page.intro')}</p>}
      {info !== null && (
        <p class="notice" role="status">
          {info}
        </p>
      )}
      {error !== null && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {step.kind === 'details' && (
        <DetailsForm busy={busy} onSubmit={(mobile, name) => void requestOtp(mobile, name)} />
      )}
      {step.kind === 'otp' && (
        <OtpForm
          busy={busy}
          onSubmit={(otp) => void verify(step.txnId, otp)}
          onResend={() => void requestOtp(step.mobile, step.fullName)}
          onChangeDetails={() => {
            setError(null);
            setInfo(null);
            setStep({ kind: 'details' });
          }}
        />
      )}
      {step.kind === 'done' &&
        (verifier !== undefined ? (
          <SharedResult status={step.status} summary={step.summary} verifier={verifier} />
        ) : (
          <HolderResult status={step.status} token={step.token} summary={step.summary} />
        ))}
    </main>
  );
}

/** What the asking organisation receives, before any OTP. */
function Consent({ verifier }: { verifier: VerifierInfo }) {
  const [before, after] = splitAtVerifier('consent.asks');
  return (
    <section class="consent" aria-labelledby="consent-title">
      <h2 id="consent-title">
        {before}
        <span class="org">{verifier.name}</span>
        {after}
      </h2>
      <p>{text('consent.receives', { verifier: verifier.name })}</p>
      <ul>
        <li>{text('consent.status')}</li>
        <li>{text('consent.name')}</li>
        <li>{text('consent.mobile')}</li>
      </ul>
      <p>{text('consent.not')}</p>
    </section>
  );
}
