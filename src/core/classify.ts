/**
 * The one reading of an outcome: how it looks (tone and headline), how it sounds (cue), what the
 * log keeps (verdict) and where the home screen counts it (group). Screens, feedback and the log
 * all ask here; nothing else interprets an outcome.
 */
import type { Outcome } from './outcome.ts';

/** How a verdict looks: a pass, a partial, a fail, "cannot tell", or a repeat. */
export type Tone = 'pass' | 'partial' | 'fail' | 'unknown' | 'repeat';

/** The three kinds of verdict a person must tell apart by ear or by touch. */
export type Cue = 'pass' | 'fail' | 'warning';

/** The verdict's first words (SPEC §8), as ids of the UI's `verdict.*` strings. */
export type Headline = 'full' | 'partial' | 'none' | 'invalid' | 'cannot' | 'notVaccination';

/** The groups the home screen counts. */
export type VerdictGroup = 'full' | 'partial' | 'none' | 'repeat' | 'invalid' | 'cannot' | 'other';

/** Every group, in the order the home screen shows them. */
export const VERDICT_GROUPS: readonly VerdictGroup[] = [
  'full',
  'partial',
  'none',
  'repeat',
  'invalid',
  'cannot',
  'other',
];

/**
 * The log's word for a check: `pass` for a verified status, `repeat` for a verified credential
 * already checked here, else the refusal code (`NOT_VACCINATION` for SPEC §9's test and
 * recovery certificates).
 */
export type LogVerdict = string;

/** Everything an outcome means to the app. */
export interface Classification {
  tone: Tone;
  headline: Headline;
  cue: Cue;
  verdict: LogVerdict;
  group: VerdictGroup;
}

/** The verdicts that mean "cannot check with the keys held", never "forged" (SPEC §6). */
const CANNOT_VERDICTS: ReadonlySet<string> = new Set(['UNKNOWN_KEY', 'NO_KEYS']);

/** The log verdict of SPEC §9's genuine test or recovery certificate. */
const NOT_VACCINATION = 'NOT_VACCINATION';

const STATUS_HEADLINES = ['none', 'partial', 'full'] as const;
const STATUS_TONES = ['fail', 'partial', 'pass'] as const;
const STATUS_CUES = ['fail', 'warning', 'pass'] as const;

/**
 * The group a log line counts in, from what the log keeps (its verdict and status); `classify`
 * uses it too, so a fresh check and the stored line always agree.
 */
export function groupOf(entry: { verdict: LogVerdict; status: 0 | 1 | 2 | null }): VerdictGroup {
  if (entry.verdict === 'pass')
    return entry.status === null ? 'invalid' : STATUS_HEADLINES[entry.status];
  if (entry.verdict === 'repeat') return 'repeat';
  if (entry.verdict === NOT_VACCINATION) return 'other';
  return CANNOT_VERDICTS.has(entry.verdict) ? 'cannot' : 'invalid';
}

/** Reads an outcome once for every use. */
export function classify(outcome: Outcome): Classification {
  switch (outcome.kind) {
    case 'status': {
      const headline = STATUS_HEADLINES[outcome.status];
      // A credential shown twice is a warning whatever its status: it may have been passed on.
      const repeat = outcome.alreadyCheckedAt != null;
      const verdict = repeat ? 'repeat' : 'pass';
      return {
        headline,
        tone: repeat ? 'repeat' : STATUS_TONES[outcome.status],
        cue: repeat ? 'warning' : STATUS_CUES[outcome.status],
        verdict,
        group: groupOf({ verdict, status: outcome.status }),
      };
    }
    case 'invalid':
      return {
        headline: 'invalid',
        tone: 'fail',
        cue: 'fail',
        verdict: outcome.code,
        group: groupOf({ verdict: outcome.code, status: null }),
      };
    case 'cannot':
      return {
        headline: 'cannot',
        tone: 'unknown',
        cue: 'warning',
        verdict: outcome.reason,
        group: groupOf({ verdict: outcome.reason, status: null }),
      };
    case 'not-vaccination':
      return {
        headline: 'notVaccination',
        tone: 'unknown',
        cue: 'warning',
        verdict: NOT_VACCINATION,
        group: groupOf({ verdict: NOT_VACCINATION, status: null }),
      };
  }
}
