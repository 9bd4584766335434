/** The holder page: details, OTP, then the status (a QR standalone, a message when embedded). */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { VaccinationStatus } from '../../protocol/index.ts';
import { HolderApiError, confirmOtp, sendOtp } from '../api.ts';
import { REFUSED_MESSAGE_TYPE, STATUS_MESSAGE_TYPE } from '../config.ts';
import type { HolderPageConfig, RefusalReason, VerifierInfo } from '../config.ts';
import { checkEmbedding, currentEmbeddingContext } from '../embedding.ts';
import type { EmbeddingContext } from '../embedding.ts';
import { renderStatusQr } from '../qr.ts';
import type { StatusQr } from '../qr.ts';
import { REFUSAL_TEXT, STATUS_WORDS, errorText } from '../text.ts';
import { summarizeToken } from '../token-summary.ts';
import type { TokenSummary } from '../token-summary.ts';

/** Props of the holder page; the embedding context is injectable for tests. */
export interface HolderPageProps {
  config: HolderPageConfig;
  embedding?: EmbeddingContext;
  /** Where messages to the embedding page go (window.parent by default). */
  parentWindow?: Pick<Window, 'postMessage'>;
}

type Step =
  | { kind: 'details' }
  | { kind: 'otp'; txnId: string; mobile: string; fullName: string }
  | { kind: 'done'; status: VaccinationStatus; token: string; summary: TokenSummary | null };

const MOBILE = /^[0-9]{10}$/;
const OTP = /^[0-9]{6}$/;

function messageFor(error: unknown): string {
  return errorText(error instanceof HolderApiError ? error : new HolderApiError('SERVER'));
}

/** The page, in whichever mode the registry served it. */
export function HolderPage({ config, embedding, parentWindow }: HolderPageProps) {
  const context = useMemo(() => embedding ?? currentEmbeddingContext(), [embedding]);
  const parent = parentWindow ?? window.parent;

  if (config.mode === 'refused') {
    return (
      <Refusal reason={config.reason} notify={config.notify} parent={parent} context={context} />
    );
  }
  if (config.mode === 'standalone') return <Flow />;
  const check = checkEmbedding(context, config.verifier.origins);
  if (!check.ok) return <Refusal reason={check.reason} parent={parent} context={context} />;
  return (
    <Flow
      verifier={config.verifier}
      nonce={config.nonce}
      deliver={(token) =>
        parent.postMessage({ type: STATUS_MESSAGE_TYPE, token }, check.targetOrigin)
      }
    />
  );
}

function Refusal(props: {
  reason: RefusalReason;
  notify?: string;
  parent: Pick<Window, 'postMessage'>;
  context: EmbeddingContext;
}) {
  const { reason, notify, parent, context } = props;
  useEffect(() => {
    // Only a refusal signal, never a token, and only to the origin the registry saw.
    if (notify !== undefined && context.framed) {
      parent.postMessage({ type: REFUSED_MESSAGE_TYPE, reason }, notify);
    }
  }, [reason, notify, parent, context]);
  return (
    <main class="holder">
      <h1>Vaccination status</h1>
      <p class="notice notice--refused" role="alert">
        {REFUSAL_TEXT[reason]}
      </p>
      <p>Nothing has been shared.</p>
    </main>
  );
}

function Flow(props: {
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
      const txnId = await sendOtp({ mobile, fullName, clientId: verifier?.id });
      setStep({ kind: 'otp', txnId, mobile, fullName });
      setInfo(
        `If these details match a registered person, an OTP was sent by SMS to the mobile number ending ${mobile.slice(-4)}. It is valid for 3 minutes.`,
      );
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
        {step.kind === 'done' ? 'Your vaccination status' : 'Know your vaccination status'}
      </h1>
      {verifier !== undefined && step.kind !== 'done' && <Consent verifier={verifier} />}
      {verifier === undefined && step.kind === 'details' && (
        <p>
          Get your COVID-19 vaccination status as a QR code you can show at a gate. It holds only
          your status, your name and the last 4 digits of your mobile number, and is valid for 7
          days.
        </p>
      )}
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

function Consent({ verifier }: { verifier: VerifierInfo }) {
  return (
    <section class="consent" aria-labelledby="consent-title">
      <h2 id="consent-title">
        <span class="org">{verifier.name}</span> asks for your vaccination status
      </h2>
      <p>If you confirm with the OTP sent to your mobile, {verifier.name} receives only:</p>
      <ul>
        <li>your status: not vaccinated, partially vaccinated or fully vaccinated;</li>
        <li>your name as registered;</li>
        <li>the last 4 digits of your mobile number.</li>
      </ul>
      <p>No certificate, no dates and no dose details are shared.</p>
    </section>
  );
}

function DetailsForm(props: { busy: boolean; onSubmit: (mobile: string, name: string) => void }) {
  const [mobile, setMobile] = useState('');
  const [name, setName] = useState('');
  const [invalid, setInvalid] = useState<{ mobile?: string; name?: string }>({});

  function submit(event: Event): void {
    event.preventDefault();
    const cleanMobile = mobile.replace(/[\s-]/g, '');
    const cleanName = name.trim();
    const problems: { mobile?: string; name?: string } = {};
    if (!MOBILE.test(cleanMobile)) problems.mobile = 'Enter the 10-digit mobile number.';
    if (cleanName === '' || cleanName.length > 200) {
      problems.name = 'Enter the full name as registered.';
    }
    setInvalid(problems);
    if (problems.mobile === undefined && problems.name === undefined) {
      props.onSubmit(cleanMobile, cleanName);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <div class="field">
        <label for="mobile">Mobile number</label>
        <input
          id="mobile"
          name="mobile"
          type="tel"
          inputMode="numeric"
          autoComplete="tel-national"
          maxLength={14}
          value={mobile}
          aria-invalid={invalid.mobile !== undefined}
          aria-describedby={invalid.mobile !== undefined ? 'mobile-error' : undefined}
          onInput={(event) => setMobile(event.currentTarget.value)}
        />
        {invalid.mobile !== undefined && (
          <p id="mobile-error" class="field-error">
            {invalid.mobile}
          </p>
        )}
      </div>
      <div class="field">
        <label for="full-name">Full name</label>
        <input
          id="full-name"
          name="full-name"
          type="text"
          autoComplete="name"
          maxLength={200}
          value={name}
          aria-invalid={invalid.name !== undefined}
          aria-describedby={invalid.name !== undefined ? 'name-error' : undefined}
          onInput={(event) => setName(event.currentTarget.value)}
        />
        {invalid.name !== undefined && (
          <p id="name-error" class="field-error">
            {invalid.name}
          </p>
        )}
      </div>
      <button type="submit" class="primary" disabled={props.busy}>
        Send OTP
      </button>
    </form>
  );
}

function OtpForm(props: {
  busy: boolean;
  onSubmit: (otp: string) => void;
  onResend: () => void;
  onChangeDetails: () => void;
}) {
  const [otp, setOtp] = useState('');
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  function submit(event: Event): void {
    event.preventDefault();
    const clean = otp.trim();
    const bad = !OTP.test(clean);
    setInvalid(bad);
    if (!bad) {
      setOtp('');
      props.onSubmit(clean);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <div class="field">
        <label for="otp">OTP</label>
        <input
          id="otp"
          ref={input}
          name="otp"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          value={otp}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'otp-error' : undefined}
          onInput={(event) => setOtp(event.currentTarget.value)}
        />
        {invalid && (
          <p id="otp-error" class="field-error">
            Enter the 6-digit OTP from the SMS.
          </p>
        )}
      </div>
      <button type="submit" class="primary" disabled={props.busy}>
        Verify
      </button>
      <div class="secondary-actions">
        <button type="button" disabled={props.busy} onClick={props.onResend}>
          Send a new OTP
        </button>
        <button type="button" disabled={props.busy} onClick={props.onChangeDetails}>
          Change details
        </button>
      </div>
    </form>
  );
}

function StatusLine({
  status,
  summary,
}: {
  status: VaccinationStatus;
  summary: TokenSummary | null;
}) {
  return (
    <div class={`status status--${status}`} role="status">
      <p class="status-words">{STATUS_WORDS[status]}</p>
      {summary !== null && (
        <p>
          {summary.name}, mobile number ending {summary.mob}
        </p>
      )}
    </div>
  );
}

function SharedResult(props: {
  status: VaccinationStatus;
  summary: TokenSummary | null;
  verifier: VerifierInfo;
}) {
  return (
    <>
      <StatusLine status={props.status} summary={props.summary} />
      <p>
        Your status was shared with <span class="org">{props.verifier.name}</span>. You can go on
        with your booking.
      </p>
    </>
  );
}

function HolderResult(props: {
  status: VaccinationStatus;
  token: string;
  summary: TokenSummary | null;
}) {
  const [qr, setQr] = useState<StatusQr | null>(null);
  const [qrFailed, setQrFailed] = useState(false);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'manual'>('idle');
  const tokenBox = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    let live = true;
    renderStatusQr(props.token).then(
      (rendered) => live && setQr(rendered),
      () => live && setQrFailed(true),
    );
    return () => {
      live = false;
    };
  }, [props.token]);

  useEffect(() => {
    if (copy === 'manual') tokenBox.current?.select();
  }, [copy]);

  async function copyToken(): Promise<void> {
    try {
      await navigator.clipboard.writeText(props.token);
      setCopy('copied');
    } catch {
      setCopy('manual');
    }
  }

  const validUntil =
    props.summary !== null
      ? new Date(props.summary.exp * 1000).toLocaleString(undefined, {
          dateStyle: 'medium',
          timeStyle: 'short',
        })
      : null;

  return (
    <>
      <StatusLine status={props.status} summary={props.summary} />
      {validUntil !== null && <p>This QR code is valid until {validUntil}.</p>}
      <figure class="qr" data-qr-version={qr?.version}>
        {qr !== null ? (
          <img src={qr.dataUrl} alt="Status QR" />
        ) : (
          <p>{qrFailed ? 'The QR code could not be drawn.' : 'Drawing the QR code…'}</p>
        )}
      </figure>
      <div class="actions">
        {qr !== null && (
          <a class="button primary" href={qr.dataUrl} download="vaccination-status-qr.png">
            Download QR
          </a>
        )}
        <button type="button" onClick={() => void copyToken()}>
          Copy token
        </button>
      </div>
      {copy === 'copied' && (
        <p class="notice" role="status">
          Token copied.
        </p>
      )}
      {copy === 'manual' && (
        <div class="field">
          <p class="notice" role="status">
            Copying is blocked here: the token is selected below, copy it yourself.
          </p>
          <label for="token">Token</label>
          <textarea id="token" ref={tokenBox} readOnly rows={6} value={props.token} />
        </div>
      )}
    </>
  );
}
