/**
 * Every English string of the registry's holder page, keyed by id: whole sentences with
 * `{placeholders}` (the page puts the organisation's name in its own element where
 * `{verifier}` stands). The accessible names are SPEC §8's.
 */
export const HOLDER_EN = {
  'page.title': 'Know your vaccination status',
  'page.titleDone': 'Your vaccination status',
  'page.titleRefused': 'Vaccination status',
  'page.nothingShared': 'Nothing has been shared.',
  'page.intro':
    'Get your COVID-19 vaccination status as a QR code you can show at a gate. It holds only your status, your name and the last 4 digits of your mobile number, and is valid for 7 days.',
  'consent.asks': '{verifier} asks for your vaccination status',
  'consent.receives': 'If you confirm with the OTP sent to your mobile, {verifier} receives only:',
  'consent.status': 'your status: not vaccinated, partially vaccinated or fully vaccinated;',
  'consent.name': 'your name as registered;',
  'consent.mobile': 'the last 4 digits of your mobile number.',
  'consent.not': 'No certificate, no dates and no dose details are shared.',
  'otp.sent':
    'If these details match a registered person, an OTP was sent by SMS to the mobile number ending {digits}. It is valid for 3 minutes.',
  'field.mobile': 'Mobile number',
  'field.fullName': 'Full name',
  'field.badMobile': 'Enter the 10-digit mobile number.',
  'field.badName': 'Enter the full name as registered.',
  'action.sendOtp': 'Send OTP',
  'field.otp': 'OTP',
  'field.badOtp': 'Enter the 6-digit OTP from the SMS.',
  'action.verify': 'Verify',
  'action.resend': 'Send a new OTP',
  'action.changeDetails': 'Change details',
  'status.0': 'Not vaccinated',
  'status.1': 'Partially vaccinated',
  'status.2': 'Fully vaccinated',
  'result.holder': '{name}, mobile number ending {digits}',
  'result.shared': 'Your status was shared with {verifier}. You can go on with your booking.',
  'result.validUntil': 'This QR code is valid until {time}.',
  'qr.alt': 'Status QR',
  'qr.failed': 'The QR code could not be drawn.',
  'qr.drawing': 'Drawing the QR code…',
  'action.downloadQr': 'Download QR',
  'action.copyToken': 'Copy token',
  'token.copied': 'Token copied.',
  'token.copyBlocked': 'Copying is blocked here: the token is selected below, copy it yourself.',
  'token.label': 'Token',
  'error.wrongOtp.one': 'Wrong OTP. {tries} try left.',
  'error.wrongOtp.other': 'Wrong OTP. {tries} tries left.',
  'error.wrongOtpNone': 'Wrong OTP, and no tries are left. Send a new OTP.',
  'error.wrongOtpUnknown': 'Wrong OTP. Check the SMS and try again.',
  'error.otpExpired': 'This OTP has expired or was already used. Send a new OTP.',
  'error.tooMany': 'Too many requests. Please wait a few minutes and try again.',
  'error.tooManySeconds.one': 'Too many requests. Please wait {seconds} second and try again.',
  'error.tooManySeconds.other': 'Too many requests. Please wait {seconds} seconds and try again.',
  'error.tooManyMinutes.one':
    'Too many requests. Please wait about {minutes} minute and try again.',
  'error.tooManyMinutes.other':
    'Too many requests. Please wait about {minutes} minutes and try again.',
  'error.badDetails': 'Check the mobile number (10 digits), the full name and the 6-digit OTP.',
  'error.network': 'Cannot reach the registry. Check the connection and try again.',
  'error.server': 'The registry could not answer just now. Try again in a moment.',
  'refusal.UNKNOWN_CLIENT':
    'This request for your vaccination status is rejected: the organisation that asks is not registered with the registry.',
  'refusal.UNREGISTERED_ORIGIN':
    'This request for your vaccination status is rejected: the site that shows this page is not registered for the organisation it names.',
  'refusal.NOT_EMBEDDED':
    'This page shares your vaccination status with an organisation, and works only inside that organisation’s site.',
} as const;

/** The id of a holder page string. */
export type HolderMessageId = keyof typeof HOLDER_EN;

/** A whole table of another language (`satisfies` it: an id missing or extra fails the check). */
export type HolderMessages = Record<HolderMessageId, string>;

/** The ids with plural forms, without the form. */
export type HolderPluralId = HolderMessageId extends infer Id
  ? Id extends `${infer Base}.other`
    ? Base
    : never
  : never;
