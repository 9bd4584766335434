/**
 * The verdict: colour, icon and words together (never colour alone), in type large enough to
 * read at arm's length; what to compare with the holder's ID; the reason in plain words when a
 * code is rejected; a warning when the same token was already checked here. Clears itself.
 * It names the kind of code (SPEC §8) and shows only SPEC §9's fields: the name, and the last
 * mobile digits (KYC-VS) or the birth date (the other formats); no dose, date or centre.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { classify, type Headline, type Tone } from '../../core/classify.ts';
import type { Outcome } from '../../core/outcome.ts';
import { t, formatClock, formatDay, formatTime, sameDay, type MessageId } from '../i18n/index.ts';

/** The first words of each verdict (SPEC §8). */
const HEADLINE_WORDS: Record<Headline, MessageId> = {
  full: 'verdict.full',
  partial: 'verdict.partial',
  none: 'verdict.none',
  invalid: 'verdict.invalid',
  'cannot-verify': 'verdict.cannot',
  notVaccination: 'verdict.notVaccination',
};

/** How long a verdict stays on screen before it clears itself. */
export const RESULT_CLEAR_MS = 30_000;

/** How long a verdict shows in kiosk mode before the scanner comes back by itself. */
export const KIOSK_NEXT_MS = 3_000;

/** Props of `ResultCard` and `Result`. */
export interface ResultProps {
  outcome: Outcome;
  /** "Next": back to scanning (or to the next desk check). */
  onNext: () => void;
  /** Called when the result clears itself (timeout or page hidden). */
  onClear: () => void;
  /** Kiosk mode: `onNext` is called by itself after this many ms. */
  autoNextMs?: number;
}

/**
 * "Already checked at HH:MM", or "Already checked at <gate>, HH:MM" when a gate of the event
 * checked it (SPEC §11), with the date too when the first check was not on the same day.
 */
function alreadyCheckedText(firstAt: number, checkedAt: number, gate?: string): string {
  const time = formatClock(firstAt);
  if (gate !== undefined) {
    return sameDay(firstAt, checkedAt)
      ? t('result.alreadyCheckedAtGate', { gate, time })
      : t('result.alreadyCheckedAtGateOn', { gate, date: formatDay(firstAt), time });
  }
  return sameDay(firstAt, checkedAt)
    ? t('result.alreadyChecked', { time })
    : t('result.alreadyCheckedOn', { date: formatDay(firstAt), time });
}

/** The words that explain a rejected or uncheckable code; one table per language (i18n). */
export function reasonText(outcome: Outcome): string | null {
  if (outcome.kind === 'invalid') return t(`reason.${outcome.code}`);
  if (outcome.kind === 'cannot-verify') {
    // The other formats' keys come from the trust list, not from the registry (SPEC §9).
    const fromTrustList = outcome.format !== 'kycvs';
    return t(`reason.${outcome.reason}${fromTrustList ? '_TRUST_LIST' : ''}`);
  }
  return null;
}

function ToneIcon({ tone }: { tone: Tone }) {
  const paths: Record<Tone, string> = {
    pass: 'M9 17.5 3.5 12l1.9-1.9L9 13.7l9.6-9.6 1.9 1.9z',
    partial: 'M12 2a10 10 0 1 0 0 20V2z',
    fail: 'M6.4 4.5 12 10.1l5.6-5.6 1.9 1.9-5.6 5.6 5.6 5.6-1.9 1.9-5.6-5.6-5.6 5.6-1.9-1.9 5.6-5.6-5.6-5.6z',
    unknown:
      'M11 18h2v-2h-2zm1-16a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 4a4 4 0 0 0-4 4h2a2 2 0 1 1 4 0c0 2-3 1.75-3 5h2c0-2.25 3-2.5 3-5a4 4 0 0 0-4-4z',
    repeat: 'M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z',
  };
  return (
    <svg
      class="verdict__icon"
      viewBox="0 0 24 24"
      width="72"
      height="72"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[tone]} fill="currentColor" />
    </svg>
  );
}

/** The verdict and its "Next" button, without a page around it (the scan screen hosts it). */
export function ResultCard({ outcome, onNext, onClear, autoNextMs }: ResultProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { headline, tone } = classify(outcome);
  const { format } = outcome;
  const reason = reasonText(outcome);
  const repeatAt = outcome.kind === 'status' ? outcome.alreadyCheckedAt : null;
  const repeatGate = outcome.kind === 'status' ? outcome.alreadyCheckedGate : undefined;
  const checkedAt = (outcome.kind === 'status' ? outcome.checkedAt : undefined) ?? Date.now();

  // The latest callbacks, so that a parent re-rendering neither restarts the timers nor moves focus.
  const actions = useRef({ onNext, onClear });
  actions.current = { onNext, onClear };

  // Before the first paint, not after it: the verdict is focused, and its timers and listeners
  // are set, from the moment it shows.
  useLayoutEffect(() => {
    // Focus on the verdict: a screen reader reads it at once, and Tab leads on to "Next".
    heading.current?.focus();
    const clear = () => actions.current.onClear();
    const timers = [setTimeout(clear, RESULT_CLEAR_MS)];
    if (autoNextMs !== undefined)
      timers.push(setTimeout(() => actions.current.onNext(), autoNextMs));
    // A personal result must not stay on a screen nobody watches.
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') clear();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      timers.forEach(clearTimeout);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [outcome, autoNextMs]);

  return (
    <div class={`result result--${tone}`}>
      <section role="status" aria-live="polite" class="result__card">
        <h1 class="verdict" tabIndex={-1} ref={heading}>
          <ToneIcon tone={tone} />
          {t(HEADLINE_WORDS[headline])}
        </h1>
        {format !== null && <p class="result__kind">{t(`format.${format}`)}</p>}
        {repeatAt != null && (
          <div class="result__repeat">
            <p class="result__repeat-title">{alreadyCheckedText(repeatAt, checkedAt, repeatGate)}</p>
            <p>{t('result.alreadyCheckedNote')}</p>
          </div>
        )}
        {reason && <p class="result__reason">{reason}</p>}
        {outcome.kind === 'status' && (
          <div class="result__holder">
            <p class="result__name">{t('result.name', { name: outcome.name })}</p>
            {outcome.mob !== undefined && (
              <p class="result__mob">{t('result.mobile', { digits: outcome.mob })}</p>
            )}
            {outcome.birthDate !== undefined && (
              <p>{t('result.birthDate', { date: outcome.birthDate })}</p>
            )}
            {format === 'kycvs' && (
              <p>{t('result.issued', { time: formatTime(outcome.issuedAt) })}</p>
            )}
            <p class="result__note">{t('result.compare')}</p>
          </div>
        )}
        {outcome.staleKeys && <p class="warning">{t('result.staleKeys')}</p>}
        {outcome.clockWarning && <p class="warning">{t('result.clockSkew')}</p>}
      </section>
      <div class="actions">
        <button type="button" class="button button--primary button--huge" onClick={onNext}>
          {t('result.next')}
        </button>
        <p class="note">
          {autoNextMs !== undefined ? t('result.autoNext') : t('result.autoClear')}
        </p>
      </div>
    </div>
  );
}

/** The result screen (for a desk check). */
export function Result(props: ResultProps) {
  return (
    <main class="screen">
      <ResultCard {...props} />
    </main>
  );
}
