/** The holder page in Gujarati, with the same ids as English. */
import type { HolderMessages } from './en.ts';

const GU = {
  'page.title': 'તમારી રસીકરણ સ્થિતિ જાણો',
  'page.titleDone': 'તમારી રસીકરણ સ્થિતિ',
  'page.titleRefused': 'રસીકરણ સ્થિતિ',
  'page.nothingShared': 'કશું શેર કરવામાં આવ્યું નથી.',
  'page.intro':
    'તમારી કોવિડ-19 રસીકરણ સ્થિતિ ગેટ પર બતાવી શકાય તેવા QR કોડ તરીકે મેળવો. તેમાં ફક્ત તમારી સ્થિતિ, તમારું નામ અને તમારા મોબાઇલ નંબરના છેલ્લા 4 અંક હોય છે, અને તે 7 દિવસ માન્ય રહે છે.',
  'consent.asks': '{verifier} તમારી રસીકરણ સ્થિતિ માગે છે',
  'consent.receives': 'તમારા મોબાઇલ પર આવેલા OTP થી તમે પુષ્ટિ કરો, તો {verifier} ને ફક્ત આટલું મળશે:',
  'consent.status': 'તમારી સ્થિતિ: રસીકરણ નથી, આંશિક રસીકરણ કે સંપૂર્ણ રસીકરણ;',
  'consent.name': 'નોંધાયેલું તમારું નામ;',
  'consent.mobile': 'તમારા મોબાઇલ નંબરના છેલ્લા 4 અંક.',
  'consent.not': 'કોઈ પ્રમાણપત્ર, તારીખો કે ડોઝની વિગતો શેર થતી નથી.',
  'otp.sent':
    'આ વિગતો કોઈ નોંધાયેલી વ્યક્તિ સાથે મળતી હોય, તો {digits} થી પૂરા થતા મોબાઇલ નંબર પર SMS થી OTP મોકલાયો છે. તે 3 મિનિટ માટે માન્ય છે.',
  'field.mobile': 'મોબાઇલ નંબર',
  'field.fullName': 'પૂરું નામ',
  'field.badMobile': '10 અંકનો મોબાઇલ નંબર દાખલ કરો.',
  'field.badName': 'નોંધાયેલું પૂરું નામ દાખલ કરો.',
  'action.sendOtp': 'OTP મોકલો',
  'field.otp': 'OTP',
  'field.badOtp': 'SMS માં આવેલો 6 અંકનો OTP દાખલ કરો.',
  'action.verify': 'ચકાસો',
  'action.resend': 'નવો OTP મોકલો',
  'action.changeDetails': 'વિગતો બદલો',
  'status.0': 'રસીકરણ થયું નથી',
  'status.1': 'આંશિક રસીકરણ',
  'status.2': 'સંપૂર્ણ રસીકરણ',
  'result.holder': '{name}, મોબાઇલ નંબરના છેલ્લા અંક {digits}',
  'result.shared': 'તમારી સ્થિતિ {verifier} સાથે શેર થઈ ગઈ છે. તમે તમારું બુકિંગ આગળ ચાલુ રાખી શકો છો.',
  'result.validUntil': 'આ QR કોડ {time} સુધી માન્ય છે.',
  'qr.alt': 'સ્થિતિ QR',
  'qr.failed': 'QR કોડ બનાવી શકાયો નથી.',
  'qr.drawing': 'QR કોડ બની રહ્યો છે…',
  'action.downloadQr': 'QR ડાઉનલોડ કરો',
  'action.copyToken': 'ટોકન કૉપિ કરો',
  'token.copied': 'ટોકન કૉપિ થઈ ગયું.',
  'token.copyBlocked': 'અહીં કૉપિ કરવાનું બંધ છે: ટોકન નીચે પસંદ કરેલું છે, જાતે કૉપિ કરો.',
  'token.label': 'ટોકન',
  'error.wrongOtp.one': 'OTP ખોટો છે. હજી {tries} પ્રયાસ બાકી છે.',
  'error.wrongOtp.other': 'OTP ખોટો છે. હજી {tries} પ્રયાસ બાકી છે.',
  'error.wrongOtpNone': 'OTP ખોટો છે અને કોઈ પ્રયાસ બાકી નથી. નવો OTP મોકલો.',
  'error.wrongOtpUnknown': 'OTP ખોટો છે. SMS જોઈને ફરી પ્રયાસ કરો.',
  'error.otpExpired': 'આ OTP ની મુદત પૂરી થઈ ગઈ છે અથવા તે પહેલેથી વપરાઈ ગયો છે. નવો OTP મોકલો.',
  'error.tooMany': 'ઘણી વધારે વિનંતીઓ. કૃપા કરી થોડી મિનિટ રાહ જુઓ અને ફરી પ્રયાસ કરો.',
  'error.tooManySeconds.one': 'ઘણી વધારે વિનંતીઓ. કૃપા કરી {seconds} સેકન્ડ રાહ જુઓ અને ફરી પ્રયાસ કરો.',
  'error.tooManySeconds.other': 'ઘણી વધારે વિનંતીઓ. કૃપા કરી {seconds} સેકન્ડ રાહ જુઓ અને ફરી પ્રયાસ કરો.',
  'error.tooManyMinutes.one':
    'ઘણી વધારે વિનંતીઓ. કૃપા કરી લગભગ {minutes} મિનિટ રાહ જુઓ અને ફરી પ્રયાસ કરો.',
  'error.tooManyMinutes.other':
    'ઘણી વધારે વિનંતીઓ. કૃપા કરી લગભગ {minutes} મિનિટ રાહ જુઓ અને ફરી પ્રયાસ કરો.',
  'error.badDetails': 'મોબાઇલ નંબર (10 અંક), પૂરું નામ અને 6 અંકનો OTP તપાસો.',
  'error.network': 'રજિસ્ટ્રીનો સંપર્ક થઈ શકતો નથી. કનેક્શન તપાસીને ફરી પ્રયાસ કરો.',
  'error.server': 'રજિસ્ટ્રી અત્યારે જવાબ આપી શકી નથી. થોડી વાર પછી ફરી પ્રયાસ કરો.',
  'refusal.UNKNOWN_CLIENT':
    'તમારી રસીકરણ સ્થિતિ માટેની આ વિનંતી નકારવામાં આવી છે: માગનારી સંસ્થા રજિસ્ટ્રીમાં નોંધાયેલી નથી.',
  'refusal.UNREGISTERED_ORIGIN':
    'તમારી રસીકરણ સ્થિતિ માટેની આ વિનંતી નકારવામાં આવી છે: આ પેજ બતાવતી સાઇટ તેમાં જણાવેલી સંસ્થા માટે નોંધાયેલી નથી.',
  'refusal.NOT_EMBEDDED':
    'આ પેજ તમારી રસીકરણ સ્થિતિ કોઈ સંસ્થા સાથે શેર કરે છે, અને ફક્ત એ સંસ્થાની સાઇટની અંદર જ ચાલે છે.',
} satisfies HolderMessages;

export default GU;
