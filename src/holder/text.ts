/** The holder page's words (English): one table from codes to sentences. */
import type { VaccinationStatus } from '../protocol/index.ts';
import type { HolderApiError } from './api.ts';
import type { RefusalReason } from './config.ts';

/** The status in words; these exact openings are what the verifier PWA shows too (SPEC §8). */
export const STATUS_WORDS: Record<VaccinationStatus, string> = {
  0: 'Not vaccinated',
  1: 'Partially vaccinated',
  2: 'Fully vaccinated',
};

function waitText(seconds: number | undefined): string {
  if (seconds === undefined) return 'Please wait a few minutes and try again.';
  if (seconds < 90) return `Please wait ${seconds} seconds and try again.`;
  return `Please wait about ${Math.ceil(seconds / 60)} minutes and try again.`;
}

/** A sentence for a failed registry call. */
export function errorText(error: HolderApiError): string {
  switch (error.code) {
    case 'USRAUT0014':
      if (error.triesLeft === 0) return 'Wrong OTP, and no tries are left. Send a new OTP.';
      if (error.triesLeft === 1) return 'Wrong OTP. 1 try left.';
      if (error.triesLeft !== undefined) return `Wrong OTP. ${error.triesLeft} tries left.`;
      return 'Wrong OTP. Check the SMS and try again.';
    case 'USRAUT0015':
      return 'This OTP has expired or was already used. Send a new OTP.';
    case 'USRAUT0016':
      return `Too many requests. ${waitText(error.retryAfterS)}`;
    case 'REQVAL0001':
      return 'Check the mobile number (10 digits), the full name and the 6-digit OTP.';
    case 'NETWORK':
      return 'Cannot reach the registry. Check the connection and try again.';
    case 'SERVER':
    case 'BAD_RESPONSE':
      return 'The registry could not answer just now. Try again in a moment.';
  }
}

/** Why the embedded flow was refused, in words. */
export const REFUSAL_TEXT: Record<RefusalReason, string> = {
  UNKNOWN_CLIENT:
    'This request for your vaccination status is refused: the organisation that asks is not registered with the registry.',
  UNREGISTERED_ORIGIN:
    'This request for your vaccination status is refused: the site that shows this page is not registered for the organisation it names.',
  NOT_EMBEDDED:
    'This page shares your vaccination status with an organisation, and works only inside that organisation’s site.',
};
