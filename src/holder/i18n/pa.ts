/** The holder page in Punjabi (Gurmukhi), with the same ids as English. */
import type { HolderMessages } from './en.ts';

const PA = {
  'page.title': 'ਆਪਣੀ ਟੀਕਾਕਰਨ ਸਥਿਤੀ ਜਾਣੋ',
  'page.titleDone': 'ਤੁਹਾਡੀ ਟੀਕਾਕਰਨ ਸਥਿਤੀ',
  'page.titleRefused': 'ਟੀਕਾਕਰਨ ਸਥਿਤੀ',
  'page.nothingShared': 'ਕੁਝ ਵੀ ਸਾਂਝਾ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।',
  'page.intro':
    'ਆਪਣੀ ਕੋਵਿਡ-19 ਟੀਕਾਕਰਨ ਸਥਿਤੀ ਇੱਕ QR ਕੋਡ ਵਜੋਂ ਲਓ, ਜੋ ਤੁਸੀਂ ਗੇਟ ’ਤੇ ਦਿਖਾ ਸਕਦੇ ਹੋ। ਇਸ ਵਿੱਚ ਸਿਰਫ਼ ਤੁਹਾਡੀ ਸਥਿਤੀ, ਤੁਹਾਡਾ ਨਾਮ ਅਤੇ ਤੁਹਾਡੇ ਮੋਬਾਈਲ ਨੰਬਰ ਦੇ ਆਖ਼ਰੀ 4 ਅੰਕ ਹੁੰਦੇ ਹਨ, ਅਤੇ ਇਹ 7 ਦਿਨਾਂ ਲਈ ਵੈਧ ਹੈ।',
  'consent.asks': '{verifier} ਤੁਹਾਡੀ ਟੀਕਾਕਰਨ ਸਥਿਤੀ ਮੰਗ ਰਿਹਾ ਹੈ',
  'consent.receives': 'ਜੇ ਤੁਸੀਂ ਆਪਣੇ ਮੋਬਾਈਲ ’ਤੇ ਆਏ OTP ਨਾਲ ਪੁਸ਼ਟੀ ਕਰਦੇ ਹੋ, ਤਾਂ {verifier} ਨੂੰ ਸਿਰਫ਼ ਇਹ ਮਿਲੇਗਾ:',
  'consent.status': 'ਤੁਹਾਡੀ ਸਥਿਤੀ: ਟੀਕਾਕਰਨ ਨਹੀਂ, ਅੰਸ਼ਕ ਟੀਕਾਕਰਨ ਜਾਂ ਪੂਰਾ ਟੀਕਾਕਰਨ;',
  'consent.name': 'ਤੁਹਾਡਾ ਰਜਿਸਟਰਡ ਨਾਮ;',
  'consent.mobile': 'ਤੁਹਾਡੇ ਮੋਬਾਈਲ ਨੰਬਰ ਦੇ ਆਖ਼ਰੀ 4 ਅੰਕ।',
  'consent.not': 'ਕੋਈ ਸਰਟੀਫਿਕੇਟ, ਤਾਰੀਖ਼ਾਂ ਜਾਂ ਖ਼ੁਰਾਕ ਦੀ ਜਾਣਕਾਰੀ ਸਾਂਝੀ ਨਹੀਂ ਹੁੰਦੀ।',
  'otp.sent':
    'ਜੇ ਇਹ ਜਾਣਕਾਰੀ ਕਿਸੇ ਰਜਿਸਟਰਡ ਵਿਅਕਤੀ ਨਾਲ ਮੇਲ ਖਾਂਦੀ ਹੈ, ਤਾਂ {digits} ’ਤੇ ਖ਼ਤਮ ਹੋਣ ਵਾਲੇ ਮੋਬਾਈਲ ਨੰਬਰ ’ਤੇ SMS ਰਾਹੀਂ OTP ਭੇਜਿਆ ਗਿਆ ਹੈ। ਇਹ 3 ਮਿੰਟ ਲਈ ਵੈਧ ਹੈ।',
  'field.mobile': 'ਮੋਬਾਈਲ ਨੰਬਰ',
  'field.fullName': 'ਪੂਰਾ ਨਾਮ',
  'field.badMobile': '10 ਅੰਕਾਂ ਦਾ ਮੋਬਾਈਲ ਨੰਬਰ ਭਰੋ।',
  'field.badName': 'ਪੂਰਾ ਨਾਮ ਉਸੇ ਤਰ੍ਹਾਂ ਭਰੋ ਜਿਵੇਂ ਰਜਿਸਟਰਡ ਹੈ।',
  'action.sendOtp': 'OTP ਭੇਜੋ',
  'field.otp': 'OTP',
  'field.badOtp': 'SMS ਵਿੱਚ ਆਇਆ 6 ਅੰਕਾਂ ਦਾ OTP ਭਰੋ।',
  'action.verify': 'ਪੁਸ਼ਟੀ ਕਰੋ',
  'action.resend': 'ਨਵਾਂ OTP ਭੇਜੋ',
  'action.changeDetails': 'ਜਾਣਕਾਰੀ ਬਦਲੋ',
  'status.0': 'ਟੀਕਾਕਰਨ ਨਹੀਂ ਹੋਇਆ',
  'status.1': 'ਅੰਸ਼ਕ ਟੀਕਾਕਰਨ',
  'status.2': 'ਪੂਰਾ ਟੀਕਾਕਰਨ',
  'result.holder': '{name}, ਮੋਬਾਈਲ ਨੰਬਰ ਦੇ ਆਖ਼ਰੀ ਅੰਕ {digits}',
  'result.shared': 'ਤੁਹਾਡੀ ਸਥਿਤੀ {verifier} ਨਾਲ ਸਾਂਝੀ ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ। ਤੁਸੀਂ ਆਪਣੀ ਬੁਕਿੰਗ ਜਾਰੀ ਰੱਖ ਸਕਦੇ ਹੋ।',
  'result.validUntil': 'ਇਹ QR ਕੋਡ {time} ਤੱਕ ਵੈਧ ਹੈ।',
  'qr.alt': 'ਸਥਿਤੀ QR',
  'qr.failed': 'QR ਕੋਡ ਨਹੀਂ ਬਣ ਸਕਿਆ।',
  'qr.drawing': 'QR ਕੋਡ ਬਣ ਰਿਹਾ ਹੈ…',
  'action.downloadQr': 'QR ਡਾਊਨਲੋਡ ਕਰੋ',
  'action.copyToken': 'ਟੋਕਨ ਕਾਪੀ ਕਰੋ',
  'token.copied': 'ਟੋਕਨ ਕਾਪੀ ਹੋ ਗਿਆ।',
  'token.copyBlocked': 'ਇੱਥੇ ਕਾਪੀ ਕਰਨਾ ਬੰਦ ਹੈ: ਟੋਕਨ ਹੇਠਾਂ ਚੁਣਿਆ ਹੋਇਆ ਹੈ, ਇਸ ਨੂੰ ਆਪ ਕਾਪੀ ਕਰੋ।',
  'token.label': 'ਟੋਕਨ',
  'error.wrongOtp.one': 'OTP ਗ਼ਲਤ ਹੈ। {tries} ਕੋਸ਼ਿਸ਼ ਬਾਕੀ ਹੈ।',
  'error.wrongOtp.other': 'OTP ਗ਼ਲਤ ਹੈ। {tries} ਕੋਸ਼ਿਸ਼ਾਂ ਬਾਕੀ ਹਨ।',
  'error.wrongOtpNone': 'OTP ਗ਼ਲਤ ਹੈ ਅਤੇ ਕੋਈ ਕੋਸ਼ਿਸ਼ ਬਾਕੀ ਨਹੀਂ। ਨਵਾਂ OTP ਭੇਜੋ।',
  'error.wrongOtpUnknown': 'OTP ਗ਼ਲਤ ਹੈ। SMS ਦੇਖ ਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  'error.otpExpired': 'ਇਸ OTP ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ ਜਾਂ ਇਹ ਪਹਿਲਾਂ ਹੀ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ। ਨਵਾਂ OTP ਭੇਜੋ।',
  'error.tooMany': 'ਬਹੁਤ ਜ਼ਿਆਦਾ ਬੇਨਤੀਆਂ। ਕਿਰਪਾ ਕਰਕੇ ਕੁਝ ਮਿੰਟ ਰੁਕ ਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  'error.tooManySeconds.one': 'ਬਹੁਤ ਜ਼ਿਆਦਾ ਬੇਨਤੀਆਂ। ਕਿਰਪਾ ਕਰਕੇ {seconds} ਸਕਿੰਟ ਰੁਕ ਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  'error.tooManySeconds.other': 'ਬਹੁਤ ਜ਼ਿਆਦਾ ਬੇਨਤੀਆਂ। ਕਿਰਪਾ ਕਰਕੇ {seconds} ਸਕਿੰਟ ਰੁਕ ਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  'error.tooManyMinutes.one': 'ਬਹੁਤ ਜ਼ਿਆਦਾ ਬੇਨਤੀਆਂ। ਕਿਰਪਾ ਕਰਕੇ ਲਗਭਗ {minutes} ਮਿੰਟ ਰੁਕ ਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  'error.tooManyMinutes.other': 'ਬਹੁਤ ਜ਼ਿਆਦਾ ਬੇਨਤੀਆਂ। ਕਿਰਪਾ ਕਰਕੇ ਲਗਭਗ {minutes} ਮਿੰਟ ਰੁਕ ਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  'error.badDetails': 'ਮੋਬਾਈਲ ਨੰਬਰ (10 ਅੰਕ), ਪੂਰਾ ਨਾਮ ਅਤੇ 6 ਅੰਕਾਂ ਦਾ OTP ਜਾਂਚੋ।',
  'error.network': 'ਰਜਿਸਟਰੀ ਨਾਲ ਸੰਪਰਕ ਨਹੀਂ ਹੋ ਰਿਹਾ। ਕਨੈਕਸ਼ਨ ਜਾਂਚ ਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  'error.server': 'ਰਜਿਸਟਰੀ ਇਸ ਵੇਲੇ ਜਵਾਬ ਨਹੀਂ ਦੇ ਸਕੀ। ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  'refusal.UNKNOWN_CLIENT':
    'ਤੁਹਾਡੀ ਟੀਕਾਕਰਨ ਸਥਿਤੀ ਦੀ ਇਹ ਬੇਨਤੀ ਰੱਦ ਹੈ: ਮੰਗਣ ਵਾਲੀ ਸੰਸਥਾ ਰਜਿਸਟਰੀ ਵਿੱਚ ਰਜਿਸਟਰਡ ਨਹੀਂ ਹੈ।',
  'refusal.UNREGISTERED_ORIGIN':
    'ਤੁਹਾਡੀ ਟੀਕਾਕਰਨ ਸਥਿਤੀ ਦੀ ਇਹ ਬੇਨਤੀ ਰੱਦ ਹੈ: ਇਹ ਪੰਨਾ ਦਿਖਾਉਣ ਵਾਲੀ ਸਾਈਟ ਉਸ ਸੰਸਥਾ ਲਈ ਰਜਿਸਟਰਡ ਨਹੀਂ ਜਿਸ ਦਾ ਨਾਮ ਇਸ ਵਿੱਚ ਹੈ।',
  'refusal.NOT_EMBEDDED':
    'ਇਹ ਪੰਨਾ ਤੁਹਾਡੀ ਟੀਕਾਕਰਨ ਸਥਿਤੀ ਕਿਸੇ ਸੰਸਥਾ ਨਾਲ ਸਾਂਝੀ ਕਰਦਾ ਹੈ, ਅਤੇ ਸਿਰਫ਼ ਉਸੇ ਸੰਸਥਾ ਦੀ ਸਾਈਟ ਦੇ ਅੰਦਰ ਕੰਮ ਕਰਦਾ ਹੈ।',
} satisfies HolderMessages;

export default PA;
