/** Every string of the holder page (English), in one table: the page's components hold none. */
import type { VaccinationStatus } from '../protocol/index.ts';
import type { HolderApiError } from './api.ts';
import type { RejectionReason } from './config.ts';

/** The status in words; these exact openings are what the verifier PWA shows too (SPEC §8). */
export const STATUS_WORDS: Record<VaccinationStatus, string> = {
  0: 'Not vaccinated',
  1: 'Partially vaccinated',
  2: 'Fully vaccinated',
};

/** The page's fixed strings; the accessible names are SPEC §8's. */
export const TEXT = {
  title: 'Know your vaccination status',
  titleDone: 'Your vaccination status',
  titleRejected: 'Vaccination status',
  nothingShared: 'Nothing has been shared.',
  intro:
    'Get your COVID-19 vaccination status as a QR code you can show at a gate. It holds only your status, your name and the last 4 digits of your mobile number, and is valid for 7 days.',
  consentAsks: 'asks for your vaccination status',
  consentReceives: (verifier: string) =>
    `If you confirm with the OTP sent to your mobile, ${verifier} receives only:`,
  consentItems: [
    'your status: not vaccinated, partially vaccinated or fully vaccinated;',
    'your name as registered;',
    'the last 4 digits of your mobile number.',
  ],
  consentNot: 'No certificate, no dates and no dose details are shared.',
  otpSent: (lastDigits: string) =>
    `If these details match a registered person, an OTP was sent by SMS to the mobile number ending ${lastDigits}. It is valid for 3 minutes.`,
  mobile: 'Mobile number',
  fullName: 'Full name',
  badMobile: 'Enter the 10-digit mobile number.',
  badName: 'Enter the full name as registered.',
  sendOtp: 'Send OTP',
  otp: 'OTP',
  badOtp: 'Enter the 6-digit OTP from the SMS.',
  verify: 'Verify',
  resend: 'Send a new OTP',
  changeDetails: 'Change details',
  holderLine: (name: string, mob: string) => `${name}, mobile number ending ${mob}`,
  sharedWith: 'Your status was shared with',
  sharedGoOn: '. You can go on with your booking.',
  validUntil: (when: string) => `This QR code is valid until ${when}.`,
  qrAlt: 'Status QR',
  qrFailed: 'The QR code could not be drawn.',
  qrDrawing: 'Drawing the QR code…',
  downloadQr: 'Download QR',
  copyToken: 'Copy token',
  copied: 'Token copied.',
  copyBlocked: 'Copying is blocked here: the token is selected below, copy it yourself.',
  token: 'Token',
} as const;

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
    default:
      return 'The registry could not answer just now. Try again in a moment.';
  }
}

/** Why the embedded flow was rejected, in words. */
export const REJECTION_TEXT: Record<RejectionReason, string> = {
  UNKNOWN_CLIENT:
    'This request for your vaccination status is rejected: the organisation that asks is not registered with the registry.',
  UNREGISTERED_ORIGIN:
    'This request for your vaccination status is rejected: the site that shows this page is not registered for the organisation it names.',
  NOT_EMBEDDED:
    'This page shares your vaccination status with an organisation, and works only inside that organisation’s site.',
};
