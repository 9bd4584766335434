/**
 * The verdict: colour, icon and words together (never colour alone), what to compare with the
 * holder's ID, and the reason in plain words when a code is refused. Clears itself.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t, formatTime, type MessageId } from '../i18n/index.ts';
import type { Outcome } from '../verification.ts';

/** How long a verdict stays on screen before it clears itself. */
export const RESULT_CLEAR_MS = 30_000;

/** Props of `Result`. */
export interface ResultProps {
  outcome: Outcome;
  /** "Next": back to scanning. */
  onNext: () => void;
  /** Called when the result clears itself (timeout or page hidden). */
  onClear: () => void;
}

type Tone = 'pass' | 'partial' | 'fail' | 'unknown';

function headline(outcome: Outcome): { id: MessageId; tone: Tone } {
  if (outcome.kind === 'invalid') return { id: 'verdict.invalid', tone: 'fail' };
  if (outcome.kind === 'cannot') return { id: 'verdict.cannot', tone: 'unknown' };
  if (outcome.status === 2) return { id: 'verdict.full', tone: 'pass' };
  if (outcome.status === 1) return { id: 'verdict.partial', tone: 'partial' };
  return { id: 'verdict.none', tone: 'fail' };
}

/** The words that explain a refused or uncheckable code; one table per language (i18n). */
export function reasonText(outcome: Outcome): string | null {
  if (outcome.kind === 'invalid') return t(`reason.${outcome.code}`);
  if (outcome.kind === 'cannot') return t(`reason.${outcome.reason}`);
  return null;
}

function ToneIcon({ tone }: { tone: Tone }) {
  const paths: Record<Tone, string> = {
    pass: 'M9 17.5 3.5 12l1.9-1.9L9 13.7l9.6-9.6 1.9 1.9z',
    partial: 'M12 2a10 10 0 1 0 0 20V2z',
    fail: 'M6.4 4.5 12 10.1l5.6-5.6 1.9 1.9-5.6 5.6 5.6 5.6-1.9 1.9-5.6-5.6-5.6 5.6-1.9-1.9 5.6-5.6-5.6-5.6z',
    unknown:
      'M11 18h2v-2h-2zm1-16a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 4a4 4 0 0 0-4 4h2a2 2 0 1 1 4 0c0 2-3 1.75-3 5h2c0-2.25 3-2.5 3-5a4 4 0 0 0-4-4z',
  };
  return (
    <svg
      class="verdict__icon"
      viewBox="0 0 24 24"
      width="64"
      height="64"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[tone]} fill="currentColor" />
    </svg>
  );
}

/** The result screen. */
export function Result({ outcome, onNext, onClear }: ResultProps) {
  const next = useRef<HTMLButtonElement>(null);
  const { id, tone } = headline(outcome);
  const reason = reasonText(outcome);

  useEffect(() => {
    next.current?.focus();
    const timer = setTimeout(onClear, RESULT_CLEAR_MS);
    // A personal result must not stay on a screen nobody watches.
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onClear();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [outcome, onClear]);

  return (
    <main class={`screen result result--${tone}`}>
      <section role="status" class="result__card">
        <h1 class="verdict">
          <ToneIcon tone={tone} />
          {t(id)}
        </h1>
        {reason && <p class="result__reason">{reason}</p>}
        {outcome.kind === 'status' && (
          <div class="result__holder">
            <p class="result__name">{t('result.name', { name: outcome.name })}</p>
            <p class="result__mob">{t('result.mobile', { digits: outcome.mob })}</p>
            <p>{t('result.issued', { time: formatTime(outcome.issuedAt) })}</p>
            <p class="note">{t('result.compare')}</p>
          </div>
        )}
        {outcome.staleKeys && <p class="warning">{t('result.staleKeys')}</p>}
        {outcome.clockWarning && <p class="warning">{t('result.clockSkew')}</p>}
      </section>
      <div class="actions">
        <button
          ref={next}
          type="button"
          class="button button--primary button--huge"
          onClick={onNext}
        >
          {t('result.next')}
        </button>
        <p class="note">{t('result.autoClear')}</p>
      </div>
    </main>
  );
}
