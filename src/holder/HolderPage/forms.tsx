/** The holder page's two forms: the holder's details, then the OTP. */
import { cleanFullName } from '../../protocol/rules.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import { normaliseMobile } from '../../lib/mobile.ts';
import { text } from '../text.ts';

const OTP = /^[0-9]{6}$/;

/** The holder's mobile number and name. */
export function DetailsForm(props: {
  busy: boolean;
  onSubmit: (mobile: string, name: string) => void;
}) {
  const [mobile, setMobile] = useState('');
  const [name, setName] = useState('');
  const [invalid, setInvalid] = useState<{ mobile?: string; name?: string }>({});

  function submit(event: Event): void {
    event.preventDefault();
    const cleanMobile = normaliseMobile(mobile);
    const cleanName = cleanFullName(name) ?? '';
    const problems: { mobile?: string; name?: string } = {};
    if (cleanMobile === null) problems.mobile = text('field.badMobile');
    if (cleanName === '') problems.name = text('field.badName');
    setInvalid(problems);
    if (cleanMobile !== null && problems.name === undefined) props.onSubmit(cleanMobile, cleanName);
  }

  return (
    <form onSubmit={submit} noValidate>
      <div class="field">
        <label for="mobile">{text('field.mobile')}</label>
        <input
          id="mobile"
          name="mobile"
          type="tel"
          inputMode="numeric"
          autoComplete="tel-national"
          maxLength={16}
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
        <label for="full-name">{text('field.fullName')}</label>
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
        {text('action.sendOtp')}
      </button>
    </form>
  );
}

/** The OTP from the SMS, with a resend and a way back. */
export function OtpForm(props: {
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
        <label for="otp">{text('field.otp')}</label>
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
            {text('field.badOtp')}
          </p>
        )}
      </div>
      <button type="submit" class="primary" disabled={props.busy}>
        {text('action.verify')}
      </button>
      <div class="secondary-actions">
        <button type="button" disabled={props.busy} onClick={props.onResend}>
          {text('action.resend')}
        </button>
        <button type="button" disabled={props.busy} onClick={props.onChangeDetails}>
          {text('action.changeDetails')}
        </button>
      </div>
    </form>
  );
}
