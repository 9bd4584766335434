/**
 * The one reading of an outcome: how it looks (tone and headline), how it sounds (cue), what the
 * log keeps (verdict) and where the home screen counts it (group). Screens, feedback and the log
 * all ask here; nothing else interprets an outcome.
 */
import { groupOf, type LogVerdict, type VerdictGroup } from '../store/verdicts.ts';
import type { Outcome } from './outcome.ts';

/** How a verdict looks: a pass, a partial, a fail, "cannot tell", or a repeat. */
export type Tone = 'pass' | 'partial' | 'fail' | 'unknown' | 'repeat';

/** The three kinds of verdict a person must tell apart by ear or by touch. */
export type Cue = 'pass' | 'fail' | 'warning';

/** The verdict's first words (SPEC §8); the UI's `verdict.*` strings name each. */
export type Headline = 'full' | 'partial' | 'none' | 'invalid' | 'cannot-verify' | 'notVaccination';

/** Everything an outcome means to the app. */
export interface Classification {
  tone: Tone;
  headline: Headline;
  cue: Cue;
  verdict: LogVerdict;
  group: VerdictGroup;
}

/** The log verdict of SPEC §9's genuine test or recovery certificate. */
const NOT_VACCINATION = 'NOT_VACCINATION';

const STATUS_HEADLINES = ['none', 'partial', 'full'] as const;
const STATUS_TONES = ['fail', 'partial', 'pass'] as const;
const STATUS_CUES = ['fail', 'warning', 'pass'] as const;

/** Each outcome's reading, made once: the record, the cue and the screen all ask for it. */
const readings = new WeakMap<Outcome, Classification>();

/** Reads an outcome once for every use (the same outcome object gives the same reading). */
export function classify(outcome: Outcome): Classification {
  let reading = readings.get(outcome);
  if (reading === undefined) {
    reading = read(outcome);
    readings.set(outcome, reading);
  }
  return reading;
}

function read(outcome: Outcome): Classification {
  switch (outcome.kind) {
    case 'status': {
      const headline = STATUS_HEADLINES[outcome.status];
      // A credential shown twice is a warning whatever its status: it may have been passed on.
      const repeat = outcome.alreadyCheckedAt != null;
      const verdict: LogVerdict = repeat ? 'repeat' : 'pass';
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
    case 'cannot-verify':
      return {
        headline: 'cannot-verify',
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
