/** A labelled text input: the one shape of every field on the desk and in Settings. */
import type { JSX } from 'preact';
import { t } from '../i18n/index.ts';

/** Props of `TextField`: the label, the value and what the input allows. */
export interface TextFieldProps {
  label: string;
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'tel' | 'url' | 'password';
  inputMode?: JSX.HTMLAttributes<HTMLInputElement>['inputMode'];
  autoComplete?: string;
  maxLength?: number;
  readOnly?: boolean;
  describedBy?: string;
}

/** A field whose accessible name is its label (SPEC §8). */
export function TextField({
  label,
  value,
  onValue,
  type = 'text',
  inputMode,
  autoComplete = 'off',
  maxLength,
  readOnly,
  describedBy,
}: TextFieldProps) {
  return (
    <label class="field">
      <span>{label}</span>
      <input
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        spellcheck={false}
        maxLength={maxLength}
        value={value}
        readOnly={readOnly}
        aria-describedby={describedBy}
        onInput={(event) => onValue((event.currentTarget as HTMLInputElement).value)}
      />
    </label>
  );
}

/** The gate PIN's field (SPEC §8 "PIN"), for unlocking and for setting one. */
export function PinField(props: {
  value: string;
  onValue: (value: string) => void;
  autoComplete?: 'off' | 'new-password';
  describedBy?: string;
}) {
  return (
    <TextField
      label={t('settings.pin')}
      type="password"
      inputMode="numeric"
      maxLength={12}
      {...props}
    />
  );
}
