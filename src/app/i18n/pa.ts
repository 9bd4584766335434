/**
 * Every string of the verifier in Punjabi (Gurmukhi), as gate staff speak it, with CoWIN's
 * Punjabi terms (ਟੀਕਾ, ਟੀਕਾਕਰਨ, ਸਰਟੀਫਿਕੇਟ). Names of things (KYC-VS, CoWIN, QR, OTP, PIN, URL,
 * EU) stay.
 */
import type { Messages } from './en.ts';
import { PA_EVENTS } from './events/pa.ts';

const PA = {
  'app.title': 'KYC-VS ਜਾਂਚ',
  'app.online': 'ਔਨਲਾਈਨ',
  'app.offline': 'ਔਫਲਾਈਨ',
  'app.loading': 'ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…',
  'app.storageError': 'ਇਹ ਡਿਵਾਈਸ ਆਪਣੀ ਸਟੋਰੇਜ ਨਹੀਂ ਖੋਲ੍ਹ ਸਕੀ। ਐਪ ਦੀਆਂ ਹੋਰ ਟੈਬਾਂ ਬੰਦ ਕਰੋ ਅਤੇ ਪੰਨਾ ਮੁੜ ਲੋਡ ਕਰੋ।',
  'app.reloadNeeded':
    'ਐਪ ਦੀ ਸਟੋਰੇਜ ਬੰਦ ਹੋ ਗਈ, ਕਿਸੇ ਹੋਰ ਟੈਬ ਵਿੱਚ ਖੁੱਲ੍ਹੇ ਅੱਪਡੇਟ ਕਰਕੇ ਜਾਂ ਬ੍ਰਾਊਜ਼ਰ ਕਰਕੇ। ਅੱਗੇ ਵਧਣ ਲਈ ਇਹ ਪੰਨਾ ਮੁੜ ਲੋਡ ਕਰੋ।',
  'app.screenError': 'ਇਹ ਸਕ੍ਰੀਨ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੀ। ਇੰਟਰਨੈੱਟ ਨਾਲ ਜੁੜੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  'app.reload': 'ਮੁੜ ਲੋਡ ਕਰੋ',

  'home.scan': 'QR ਸਕੈਨ ਕਰੋ',
  'home.desk': 'OTP ਨਾਲ ਜਾਂਚ ਕਰੋ',
  'home.settings': 'ਸੈਟਿੰਗਾਂ',
  'home.settingsOpen':
    'ਇਸ ਡਿਵਾਈਸ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਕੋਈ ਵੀ ਬਦਲ ਸਕਦਾ ਹੈ। ਇਨ੍ਹਾਂ ਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਲਈ ਸੈਟਿੰਗਾਂ ਵਿੱਚ PIN ਲਗਾਓ।',
  'home.refresh': 'ਕੁੰਜੀਆਂ ਤਾਜ਼ਾ ਕਰੋ',
  'home.deskOffline': 'OTP ਜਾਂਚ ਲਈ ਇੰਟਰਨੈੱਟ ਚਾਹੀਦਾ ਹੈ। QR ਸਕੈਨ ਇੰਟਰਨੈੱਟ ਤੋਂ ਬਿਨਾਂ ਵੀ ਚੱਲਦਾ ਹੈ।',
  'home.deskNotConfigured': 'OTP ਜਾਂਚ ਵਰਤਣ ਲਈ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਜਾਂਚਕਰਤਾ ID ਅਤੇ API ਕੁੰਜੀ ਭਰੋ।',
  'home.keysFetched': 'ਰਜਿਸਟਰੀ ਦੀਆਂ ਕੁੰਜੀਆਂ {time} ਨੂੰ ਅੱਪਡੇਟ ਹੋਈਆਂ।',
  'home.noKeys': 'ਇਸ ਡਿਵਾਈਸ ਵਿੱਚ ਅਜੇ ਰਜਿਸਟਰੀ ਦੀ ਕੋਈ ਕੁੰਜੀ ਨਹੀਂ। ਇੰਟਰਨੈੱਟ ਨਾਲ ਜੁੜੋ ਅਤੇ ਕੁੰਜੀਆਂ ਤਾਜ਼ਾ ਕਰੋ।',
  'home.keysStale': 'ਰਜਿਸਟਰੀ ਦੀਆਂ ਕੁੰਜੀਆਂ 7 ਦਿਨਾਂ ਤੋਂ ਪੁਰਾਣੀਆਂ ਹਨ। ਇੰਟਰਨੈੱਟ ਨਾਲ ਜੁੜੋ ਅਤੇ ਕੁੰਜੀਆਂ ਤਾਜ਼ਾ ਕਰੋ।',
  'home.clockSkew.one':
    'ਇਸ ਡਿਵਾਈਸ ਦੀ ਘੜੀ ਰਜਿਸਟਰੀ ਦੀ ਘੜੀ ਤੋਂ ਲਗਭਗ {minutes} ਮਿੰਟ ਵੱਖਰੀ ਹੈ। ਘੜੀ ਠੀਕ ਕਰੋ, ਨਹੀਂ ਤਾਂ ਕੋਡ ਰੱਦ ਹੋ ਸਕਦੇ ਹਨ।',
  'home.clockSkew.other':
    'ਇਸ ਡਿਵਾਈਸ ਦੀ ਘੜੀ ਰਜਿਸਟਰੀ ਦੀ ਘੜੀ ਤੋਂ ਲਗਭਗ {minutes} ਮਿੰਟ ਵੱਖਰੀ ਹੈ। ਘੜੀ ਠੀਕ ਕਰੋ, ਨਹੀਂ ਤਾਂ ਕੋਡ ਰੱਦ ਹੋ ਸਕਦੇ ਹਨ।',
  'home.trustListFetched': 'CoWIN, EU ਅਤੇ SMART Health Card ਕੋਡਾਂ ਦੀ ਭਰੋਸੇਯੋਗ ਸੂਚੀ {time} ਨੂੰ ਅੱਪਡੇਟ ਹੋਈ।',
  'home.noTrustList':
    'CoWIN, EU ਅਤੇ SMART Health Card ਕੋਡਾਂ ਦੀ ਭਰੋਸੇਯੋਗ ਸੂਚੀ ਅਜੇ ਨਹੀਂ: ਔਨਲਾਈਨ ਹੋਣ ’ਤੇ ਕੁੰਜੀਆਂ ਤਾਜ਼ਾ ਕਰੋ।',
  'home.refreshing': 'ਕੁੰਜੀਆਂ ਤਾਜ਼ਾ ਹੋ ਰਹੀਆਂ ਹਨ…',
  'home.refreshOk': 'ਕੁੰਜੀਆਂ ਤਾਜ਼ਾ ਹੋ ਗਈਆਂ।',
  'home.refreshFailed.OFFLINE': 'ਰਜਿਸਟਰੀ ਨਾਲ ਸੰਪਰਕ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਪਹਿਲਾਂ ਵਾਲੀਆਂ ਕੁੰਜੀਆਂ ਰਹਿਣਗੀਆਂ।',
  'home.refreshFailed.TIMEOUT': 'ਰਜਿਸਟਰੀ ਨੇ ਸਮੇਂ ਸਿਰ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ। ਪਹਿਲਾਂ ਵਾਲੀਆਂ ਕੁੰਜੀਆਂ ਰਹਿਣਗੀਆਂ।',
  'home.refreshFailed.HTTP_ERROR':
    'ਰਜਿਸਟਰੀ ਨੇ ਆਪਣੀਆਂ ਕੁੰਜੀਆਂ ਭੇਜਣ ਤੋਂ ਇਨਕਾਰ ਕਰ ਦਿੱਤਾ। ਪਹਿਲਾਂ ਵਾਲੀਆਂ ਕੁੰਜੀਆਂ ਰਹਿਣਗੀਆਂ।',
  'home.refreshFailed.GARBLED':
    'ਰਜਿਸਟਰੀ ਵੱਲੋਂ ਭੇਜੀਆਂ ਕੁੰਜੀਆਂ ਵਰਤੀਆਂ ਨਹੀਂ ਜਾ ਸਕਦੀਆਂ। ਪਹਿਲਾਂ ਵਾਲੀਆਂ ਕੁੰਜੀਆਂ ਰਹਿਣਗੀਆਂ।',
  'home.today': 'ਅੱਜ ਇਸ ਡਿਵਾਈਸ ’ਤੇ ਹੋਈਆਂ ਜਾਂਚਾਂ',
  'home.todayTotal': 'ਕੁੱਲ: {count}',
  'count.full': 'ਪੂਰਾ ਟੀਕਾਕਰਨ',
  'count.partial': 'ਅੰਸ਼ਕ ਟੀਕਾਕਰਨ',
  'count.none': 'ਟੀਕਾਕਰਨ ਨਹੀਂ ਹੋਇਆ',
  'count.repeat': 'ਪਹਿਲਾਂ ਹੀ ਜਾਂਚਿਆ',
  'count.invalid': 'ਅਵੈਧ',
  'count.cannot': 'ਪੁਸ਼ਟੀ ਨਹੀਂ ਹੋ ਸਕੀ',

  'count.other': 'ਟੀਕਾਕਰਨ ਸਰਟੀਫਿਕੇਟ ਨਹੀਂ',
  'nav.back': 'ਪਿੱਛੇ',

  'scan.title': 'ਸਥਿਤੀ QR ਕੋਡ ਸਕੈਨ ਕਰੋ',
  'scan.hint': 'ਕੋਡ ਨੂੰ ਫ੍ਰੇਮ ਦੇ ਅੰਦਰ ਰੱਖੋ।',
  'scan.camera': 'ਕੈਮਰਾ',
  'scan.cameraRear': 'ਪਿਛਲਾ ਕੈਮਰਾ',
  'scan.cameraFront': 'ਅਗਲਾ ਕੈਮਰਾ',
  'scan.cameraUnnamed': 'ਕੈਮਰਾ {number}',
  'scan.torchOn': 'ਟਾਰਚ ਚਾਲੂ ਕਰੋ',
  'scan.torchOff': 'ਟਾਰਚ ਬੰਦ ਕਰੋ',
  'scan.chooseImage': 'ਤਸਵੀਰ ਚੁਣੋ',
  'scan.pasteLabel': 'QR ਦੀ ਲਿਖਤ',
  'scan.pasteSubmit': 'ਲਿਖਤ ਜਾਂਚੋ',
  'scan.starting': 'ਕੈਮਰਾ ਚਾਲੂ ਹੋ ਰਿਹਾ ਹੈ…',
  'scan.checking': 'ਜਾਂਚ ਹੋ ਰਹੀ ਹੈ…',
  'scan.cameraError':
    'ਕੈਮਰਾ ਵਰਤਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ। ਕੈਮਰੇ ਦੀ ਇਜਾਜ਼ਤ ਦਿਓ, ਜਾਂ ਕੋਈ ਤਸਵੀਰ ਚੁਣੋ ਜਾਂ ਹੇਠਾਂ ਲਿਖਤ ਪੇਸਟ ਕਰੋ।',
  'scan.loadError': 'ਸਕੈਨਰ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਕੋਈ ਤਸਵੀਰ ਚੁਣੋ ਜਾਂ ਹੇਠਾਂ ਲਿਖਤ ਪੇਸਟ ਕਰੋ।',
  'scan.noCodeInImage': 'ਉਸ ਤਸਵੀਰ ਵਿੱਚ ਕੋਈ QR ਕੋਡ ਨਹੀਂ ਮਿਲਿਆ।',
  'scan.hardwareHint': 'ਹੱਥ ਵਾਲਾ QR ਸਕੈਨਰ ਵੀ ਚੱਲਦਾ ਹੈ: ਕੋਡ ਸਕੈਨ ਕਰੋ, ਸਕ੍ਰੀਨ ਛੂਹਣ ਦੀ ਲੋੜ ਨਹੀਂ।',
  'scan.live': 'ਸਕੈਨਰ ਅਗਲੇ ਕੋਡ ਲਈ ਤਿਆਰ ਹੈ।',

  'verdict.full': 'ਪੂਰਾ ਟੀਕਾਕਰਨ',
  'verdict.partial': 'ਅੰਸ਼ਕ ਟੀਕਾਕਰਨ',
  'verdict.none': 'ਟੀਕਾਕਰਨ ਨਹੀਂ ਹੋਇਆ',
  'verdict.invalid': 'ਅਵੈਧ',
  'verdict.cannot': 'ਪੁਸ਼ਟੀ ਨਹੀਂ ਹੋ ਸਕੀ',
  'verdict.notVaccination': 'ਟੀਕਾਕਰਨ ਸਰਟੀਫਿਕੇਟ ਨਹੀਂ',
  'format.kycvs': 'KYC-VS ਸਥਿਤੀ',
  'format.divoc': 'CoWIN ਸਰਟੀਫਿਕੇਟ',
  'format.eudcc': 'EU ਡਿਜੀਟਲ COVID ਸਰਟੀਫਿਕੇਟ',
  'format.shc': 'SMART Health Card',
  'result.name': 'ਨਾਮ: {name}',
  'result.mobile': 'ਮੋਬਾਈਲ ਨੰਬਰ ਦੇ ਆਖ਼ਰੀ ਅੰਕ {digits}',
  'result.birthDate': 'ਜਨਮ ਮਿਤੀ: {date}',
  'result.issued': 'ਜਾਰੀ: {time}',
  'result.compare': 'ਨਾਮ ਅਤੇ ਮੋਬਾਈਲ ਦੇ ਅੰਕ ਧਾਰਕ ਦੇ ਫ਼ੋਟੋ ਪਛਾਣ-ਪੱਤਰ ਨਾਲ ਮਿਲਾਓ।',
  'result.staleKeys': '7 ਦਿਨਾਂ ਤੋਂ ਪੁਰਾਣੀਆਂ ਰਜਿਸਟਰੀ ਕੁੰਜੀਆਂ ਨਾਲ ਜਾਂਚਿਆ ਗਿਆ।',
  'result.clockSkew': 'ਇਸ ਡਿਵਾਈਸ ਦੀ ਘੜੀ ਗ਼ਲਤ ਹੋ ਸਕਦੀ ਹੈ: ਇਸ ਨਤੀਜੇ ’ਤੇ ਭਰੋਸਾ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਇਸ ਨੂੰ ਜਾਂਚੋ।',
  'result.next': 'ਅਗਲਾ',
  'result.home': 'ਮੁੱਖ ਪੰਨਾ',
  'result.autoClear': 'ਇਹ ਨਤੀਜਾ 30 ਸਕਿੰਟਾਂ ਬਾਅਦ ਆਪਣੇ-ਆਪ ਹਟ ਜਾਵੇਗਾ।',
  'result.autoNext': 'ਕੁਝ ਸਕਿੰਟਾਂ ਵਿੱਚ ਸਕੈਨਰ ਆਪਣੇ-ਆਪ ਵਾਪਸ ਆ ਜਾਵੇਗਾ।',
  'result.alreadyChecked': '{time} ਵਜੇ ਪਹਿਲਾਂ ਹੀ ਜਾਂਚਿਆ ਗਿਆ',
  'result.alreadyCheckedOn': '{date} ਨੂੰ {time} ਵਜੇ ਪਹਿਲਾਂ ਹੀ ਜਾਂਚਿਆ ਗਿਆ',
  'result.alreadyCheckedAtGate': '{gate} ’ਤੇ {time} ਵਜੇ ਪਹਿਲਾਂ ਹੀ ਜਾਂਚਿਆ ਗਿਆ',
  'result.alreadyCheckedAtGateOn': '{gate} ’ਤੇ {date} ਨੂੰ {time} ਵਜੇ ਪਹਿਲਾਂ ਹੀ ਜਾਂਚਿਆ ਗਿਆ',
  'result.alreadyCheckedNote':
    'ਇਹ ਕੋਡ ਇਸ ਡਿਵਾਈਸ ’ਤੇ ਪਹਿਲਾਂ ਹੀ ਜਾਂਚਿਆ ਜਾ ਚੁੱਕਾ ਹੈ। ਹੋ ਸਕਦਾ ਹੈ ਕਿਸੇ ਹੋਰ ਨੇ ਦਿੱਤਾ ਹੋਵੇ: ਨਾਮ ਫ਼ੋਟੋ ਪਛਾਣ-ਪੱਤਰ ਨਾਲ ਧਿਆਨ ਨਾਲ ਮਿਲਾਓ।',

  'reason.MALFORMED': 'ਇਹ ਪੜ੍ਹਨਯੋਗ ਟੀਕਾਕਰਨ ਸਥਿਤੀ ਕੋਡ ਨਹੀਂ ਹੈ।',
  'reason.UNSUPPORTED_ALG': 'ਇਸ ਕੋਡ ’ਤੇ ਉਸ ਤਰੀਕੇ ਨਾਲ ਦਸਤਖ਼ਤ ਹਨ ਜੋ ਰਜਿਸਟਰੀ ਕਦੇ ਨਹੀਂ ਵਰਤਦੀ: ਇਸ ਨੂੰ ਜਾਅਲੀ ਮੰਨੋ।',
  'reason.UNTRUSTED_ISSUER': 'ਇਹ ਕੋਡ ਉਸ ਰਜਿਸਟਰੀ ਨੇ ਜਾਰੀ ਨਹੀਂ ਕੀਤਾ ਜਿਸ ’ਤੇ ਇਹ ਡਿਵਾਈਸ ਭਰੋਸਾ ਕਰਦੀ ਹੈ।',
  'reason.UNKNOWN_KEY':
    'ਇਸ ਕੋਡ ’ਤੇ ਦਸਤਖ਼ਤ ਕਰਨ ਵਾਲੀ ਰਜਿਸਟਰੀ ਕੁੰਜੀ ਇਸ ਡਿਵਾਈਸ ’ਤੇ ਨਹੀਂ ਹੈ। ਇੰਟਰਨੈੱਟ ਨਾਲ ਜੁੜੋ, ਕੁੰਜੀਆਂ ਤਾਜ਼ਾ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਸਕੈਨ ਕਰੋ।',
  'reason.BAD_SIGNATURE': 'ਦਸਤਖ਼ਤ ਮੇਲ ਨਹੀਂ ਖਾਂਦੇ: ਕੋਡ ਜਾਅਲੀ ਹੈ ਜਾਂ ਇਸ ਵਿੱਚ ਬਦਲਾਅ ਕੀਤਾ ਗਿਆ ਹੈ।',
  'reason.EXPIRED': 'ਕੋਡ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ। ਧਾਰਕ ਤੋਂ ਨਵਾਂ ਕੋਡ ਮੰਗੋ।',
  'reason.NOT_YET_VALID': 'ਕੋਡ ’ਤੇ ਅਗਲੀ ਤਾਰੀਖ਼ ਹੈ। ਇਸ ਡਿਵਾਈਸ ਦੀ ਘੜੀ ਜਾਂਚੋ।',
  'reason.WRONG_AUDIENCE': 'ਇਹ ਕੋਡ ਕਿਸੇ ਹੋਰ ਸੰਸਥਾ ਲਈ ਜਾਰੀ ਹੋਇਆ ਸੀ, ਇਸ ਜਾਂਚਕਰਤਾ ਲਈ ਨਹੀਂ।',
  'reason.NONCE_MISMATCH':
    'ਇਹ ਕੋਡ ਕਿਸੇ ਹੋਰ ਜਾਂਚ (ਡੈਸਕ ’ਤੇ ਜਾਂ ਬੁਕਿੰਗ ਸਾਈਟ ’ਤੇ) ਦਾ ਜਵਾਬ ਹੈ, ਇਸ ਦਾ ਨਹੀਂ। ਧਾਰਕ ਤੋਂ ਉਸ ਦਾ ਆਪਣਾ ਸਥਿਤੀ QR ਮੰਗੋ, ਜਾਂ ਜਾਂਚ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ।',
  'reason.BAD_CLAIMS': 'ਕੋਡ ਦੀ ਜਾਣਕਾਰੀ ਅਧੂਰੀ ਹੈ ਜਾਂ ਸਹੀ ਨਹੀਂ ਹੈ।',
  'reason.UNKNOWN_KEY_TRUST_LIST':
    'ਇਸ ਸਰਟੀਫਿਕੇਟ ’ਤੇ ਦਸਤਖ਼ਤ ਕਰਨ ਵਾਲੀ ਕੁੰਜੀ ਇਸ ਡਿਵਾਈਸ ਦੀ ਭਰੋਸੇਯੋਗ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ ਹੈ। ਇੰਟਰਨੈੱਟ ਨਾਲ ਜੁੜੋ, ਕੁੰਜੀਆਂ ਤਾਜ਼ਾ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਸਕੈਨ ਕਰੋ।',
  'reason.NO_KEYS_TRUST_LIST':
    'ਇਸ ਕਿਸਮ ਦੇ ਕੋਡਾਂ ਦੀ ਭਰੋਸੇਯੋਗ ਸੂਚੀ ਇਸ ਡਿਵਾਈਸ ’ਤੇ ਅਜੇ ਨਹੀਂ ਹੈ। ਇੰਟਰਨੈੱਟ ਨਾਲ ਜੁੜੋ ਅਤੇ ਕੁੰਜੀਆਂ ਤਾਜ਼ਾ ਕਰੋ।',
  'reason.NO_KEYS': 'ਇਸ ਡਿਵਾਈਸ ਵਿੱਚ ਅਜੇ ਰਜਿਸਟਰੀ ਦੀ ਕੋਈ ਕੁੰਜੀ ਨਹੀਂ। ਇੰਟਰਨੈੱਟ ਨਾਲ ਜੁੜੋ ਅਤੇ ਕੁੰਜੀਆਂ ਤਾਜ਼ਾ ਕਰੋ।',

  'reason.WRONG_KEY_USAGE':
    'ਇਸ ਸਰਟੀਫਿਕੇਟ ’ਤੇ ਦਸਤਖ਼ਤ ਕਰਨ ਵਾਲੇ ਨੂੰ ਇਸ ਕਿਸਮ ਦੇ ਸਰਟੀਫਿਕੇਟ ’ਤੇ ਦਸਤਖ਼ਤ ਕਰਨ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਹੈ।',
  'reason.UNSUPPORTED_FORMAT': 'ਇਸ ਕਿਸਮ ਦਾ ਕੋਡ ਇੱਥੇ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ।',
  'desk.title': 'OTP ਨਾਲ ਜਾਂਚ ਕਰੋ',
  'desk.mobile': 'ਮੋਬਾਈਲ ਨੰਬਰ',
  'desk.name': 'ਪੂਰਾ ਨਾਮ',
  'desk.consent':
    'ਧਾਰਕ ਕਿਰਪਾ ਕਰਕੇ ਪੜ੍ਹੋ: ਆਪਣੇ ਮੋਬਾਈਲ ’ਤੇ ਆਇਆ OTP ਦੇ ਕੇ ਤੁਸੀਂ ਸਹਿਮਤੀ ਦਿੰਦੇ ਹੋ ਕਿ “{verifier}” ਨੂੰ ਤੁਹਾਡੀ ਟੀਕਾਕਰਨ ਸਥਿਤੀ (ਟੀਕਾਕਰਨ ਨਹੀਂ, ਅੰਸ਼ਕ ਜਾਂ ਪੂਰਾ ਟੀਕਾਕਰਨ) ਅਤੇ ਤੁਹਾਡਾ ਨਾਮ ਮਿਲੇਗਾ। ਕੋਈ ਸਰਟੀਫਿਕੇਟ, ਤਾਰੀਖ਼ਾਂ ਜਾਂ ਖ਼ੁਰਾਕ ਦੀ ਜਾਣਕਾਰੀ ਸਾਂਝੀ ਨਹੀਂ ਹੁੰਦੀ।',
  'desk.send': 'OTP ਭੇਜੋ',
  'desk.otp': 'OTP',
  'desk.otpSent':
    'ਜੇ ਇਹ ਮੋਬਾਈਲ ਨੰਬਰ ਇਸੇ ਨਾਮ ’ਤੇ ਰਜਿਸਟਰਡ ਹੈ, ਤਾਂ ਇਸ ’ਤੇ OTP ਭੇਜ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਇਹ 3 ਮਿੰਟ ਲਈ ਵੈਧ ਹੈ।',
  'desk.verify': 'ਪੁਸ਼ਟੀ ਕਰੋ',
  'desk.retry': 'ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ',
  'desk.restart': 'ਨਵੇਂ ਸਿਰੇ ਤੋਂ ਸ਼ੁਰੂ ਕਰੋ',
  'desk.sending': 'OTP ਭੇਜਿਆ ਜਾ ਰਿਹਾ ਹੈ…',
  'desk.verifying': 'ਪੁਸ਼ਟੀ ਹੋ ਰਹੀ ਹੈ…',
  'desk.offline': 'ਤੁਸੀਂ ਔਫਲਾਈਨ ਹੋ। OTP ਜਾਂਚ ਲਈ ਇੰਟਰਨੈੱਟ ਚਾਹੀਦਾ ਹੈ; QR ਸਕੈਨ ਅਜੇ ਵੀ ਚੱਲਦਾ ਹੈ।',
  'desk.notConfigured': 'ਪਹਿਲਾਂ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਜਾਂਚਕਰਤਾ ID ਅਤੇ API ਕੁੰਜੀ ਭਰੋ।',
  'desk.badMobile': '10 ਅੰਕਾਂ ਦਾ ਮੋਬਾਈਲ ਨੰਬਰ ਭਰੋ।',
  'desk.badName': 'ਪੂਰਾ ਨਾਮ ਉਸੇ ਤਰ੍ਹਾਂ ਭਰੋ ਜਿਵੇਂ ਰਜਿਸਟਰਡ ਹੈ।',
  'desk.badOtp': '6 ਅੰਕਾਂ ਦਾ OTP ਭਰੋ।',
  'desk.error.USRAUT0014': 'OTP ਗ਼ਲਤ ਹੈ। ਬਾਕੀ ਕੋਸ਼ਿਸ਼ਾਂ: {tries}।',
  'desk.error.USRAUT0014.none': 'OTP ਗ਼ਲਤ ਹੈ ਅਤੇ ਕੋਈ ਕੋਸ਼ਿਸ਼ ਬਾਕੀ ਨਹੀਂ। ਨਵੇਂ OTP ਨਾਲ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ।',
  'desk.error.USRAUT0015':
    'ਇਸ OTP ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ ਜਾਂ ਇਹ ਪਹਿਲਾਂ ਹੀ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ। ਨਵੇਂ OTP ਨਾਲ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ।',
  'desk.error.USRAUT0016': 'ਰਜਿਸਟਰੀ ਨੂੰ ਬਹੁਤ ਜ਼ਿਆਦਾ ਬੇਨਤੀਆਂ ਗਈਆਂ ਹਨ। ਕੁਝ ਮਿੰਟ ਰੁਕੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  'desk.error.APIKEY0001':
    'ਰਜਿਸਟਰੀ ਨੇ ਇਸ ਡਿਵਾਈਸ ਦੀ API ਕੁੰਜੀ ਨਹੀਂ ਮੰਨੀ। ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਜਾਂਚਕਰਤਾ ID ਅਤੇ API ਕੁੰਜੀ ਜਾਂਚੋ।',
  'desk.error.APIKEY0002':
    'ਰਜਿਸਟਰੀ ਇਸ ਸਾਈਟ ਤੋਂ ਇਹ API ਕੁੰਜੀ ਨਹੀਂ ਮੰਨਦੀ। ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਰਜਿਸਟਰੀ URL ਅਤੇ API ਕੁੰਜੀ ਜਾਂਚੋ।',
  'desk.error.AUTH0001': 'ਰਜਿਸਟਰੀ ਨਾਲ ਸੈਸ਼ਨ ਖ਼ਤਮ ਹੋ ਗਿਆ ਹੈ। ਨਵੇਂ OTP ਨਾਲ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ।',
  'desk.error.REQVAL0001': 'ਰਜਿਸਟਰੀ ਨੇ ਭਰੀ ਜਾਣਕਾਰੀ ਨਹੀਂ ਮੰਨੀ। ਇਸ ਨੂੰ ਜਾਂਚ ਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  'desk.error.TIMEOUT': 'ਰਜਿਸਟਰੀ ਜਵਾਬ ਨਹੀਂ ਦੇ ਰਹੀ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  'desk.error.NETWORK': 'ਰਜਿਸਟਰੀ ਨਾਲ ਸੰਪਰਕ ਨਹੀਂ ਹੋ ਰਿਹਾ। ਕਨੈਕਸ਼ਨ ਜਾਂਚ ਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  'desk.error.SERVER': 'ਰਜਿਸਟਰੀ ਵਿੱਚ ਇਸ ਵੇਲੇ ਕੋਈ ਸਮੱਸਿਆ ਹੈ। ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  'desk.error.BAD_RESPONSE': 'ਰਜਿਸਟਰੀ ਦਾ ਜਵਾਬ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',

  'settings.title': 'ਸੈਟਿੰਗਾਂ',
  'settings.registryUrl': 'ਰਜਿਸਟਰੀ URL',
  'settings.verifierId': 'ਜਾਂਚਕਰਤਾ ID',
  'settings.apiKey': 'API ਕੁੰਜੀ',
  'settings.trustListUrl': 'ਭਰੋਸੇਯੋਗ ਸੂਚੀ URL',
  'settings.trustListHint': 'ਰਜਿਸਟਰੀ ਦੀ ਆਪਣੀ ਭਰੋਸੇਯੋਗ ਸੂਚੀ ਵਰਤਣ ਲਈ ਇਸ ਨੂੰ ਖ਼ਾਲੀ ਛੱਡੋ।',
  'settings.pin': 'PIN',
  'settings.pinHint':
    'ਸਾਂਝੇ ਟੈਬਲੇਟ ’ਤੇ 4 ਤੋਂ 12 ਅੰਕਾਂ ਦਾ PIN ਸੈਟਿੰਗਾਂ ਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਦਾ ਹੈ। PIN ਜਿਵੇਂ ਹੈ ਤਿਵੇਂ ਰੱਖਣ ਲਈ ਖ਼ਾਲੀ ਛੱਡੋ।',
  'settings.pinBad': 'PIN 4 ਤੋਂ 12 ਅੰਕਾਂ ਦਾ ਹੁੰਦਾ ਹੈ।',
  'settings.pinRemove': 'PIN ਹਟਾਓ',
  'settings.pinRemoved': 'PIN ਹਟਾ ਦਿੱਤਾ ਗਿਆ: ਸੈਟਿੰਗਾਂ ਹੁਣ ਕੋਈ ਵੀ ਖੋਲ੍ਹ ਸਕਦਾ ਹੈ।',
  'settings.pinSaved': 'PIN ਸੇਵ ਹੋ ਗਿਆ: ਸੈਟਿੰਗਾਂ ਹੁਣ ਇਹ ਮੰਗਣਗੀਆਂ।',
  'settings.locked': 'ਸੈਟਿੰਗਾਂ PIN ਨਾਲ ਸੁਰੱਖਿਅਤ ਹਨ। ਖੋਲ੍ਹਣ ਲਈ PIN ਭਰੋ।',
  'settings.unlock': 'ਖੋਲ੍ਹੋ',
  'settings.pinWrong': 'ਗ਼ਲਤ PIN। ਬਾਕੀ ਕੋਸ਼ਿਸ਼ਾਂ: {tries}।',
  'settings.pinWait': 'ਕਈ ਵਾਰ ਗ਼ਲਤ PIN। ਇੱਕ ਮਿੰਟ ਰੁਕੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।',
  'settings.registryChange':
    'ਰਜਿਸਟਰੀ ਬਦਲ ਕੇ {registry} ਕਰਨੀ ਹੈ? {old} ਦੀਆਂ ਕੁੰਜੀਆਂ ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਮਿਟਾ ਦਿੱਤੀਆਂ ਜਾਣਗੀਆਂ, ਅਤੇ ਕੋਡ ਸਿਰਫ਼ ਨਵੀਂ ਰਜਿਸਟਰੀ ਦੀਆਂ ਕੁੰਜੀਆਂ ਨਾਲ ਜਾਂਚੇ ਜਾਣਗੇ।',
  'settings.registryChangeYes': 'ਰਜਿਸਟਰੀ ਬਦਲੋ',
  'settings.registryChangeNo': 'ਮੌਜੂਦਾ ਰਜਿਸਟਰੀ ਰੱਖੋ',
  'settings.save': 'ਸੇਵ ਕਰੋ',
  'settings.saved': 'ਸੈਟਿੰਗਾਂ ਸੇਵ ਹੋ ਗਈਆਂ।',
  'settings.error.BAD_REGISTRY_URL': 'https:// ਨਾਲ ਸ਼ੁਰੂ ਹੋਣ ਵਾਲਾ ਰਜਿਸਟਰੀ URL ਭਰੋ।',
  'settings.error.BAD_VERIFIER_ID': 'ਜਾਂਚਕਰਤਾ ID ਵਿੱਚ ਖ਼ਾਲੀ ਥਾਂ ਨਹੀਂ ਹੋ ਸਕਦੀ।',
  'settings.error.BAD_API_KEY': 'API ਕੁੰਜੀ ਵਿੱਚ ਖ਼ਾਲੀ ਥਾਂ ਨਹੀਂ ਹੋ ਸਕਦੀ।',
  'settings.error.INSECURE_REGISTRY_URL':
    'ਰਜਿਸਟਰੀ URL https:// ਨਾਲ ਸ਼ੁਰੂ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ (http:// ਸਿਰਫ਼ localhost ਅਤੇ 127.0.0.1 ਲਈ)।',
  'settings.error.BAD_TRUST_LIST_URL': 'https:// ਨਾਲ ਸ਼ੁਰੂ ਹੋਣ ਵਾਲਾ ਭਰੋਸੇਯੋਗ ਸੂਚੀ URL ਭਰੋ, ਜਾਂ ਖ਼ਾਲੀ ਛੱਡੋ।',
  'settings.error.INSECURE_TRUST_LIST_URL':
    'ਭਰੋਸੇਯੋਗ ਸੂਚੀ URL https:// ਨਾਲ ਸ਼ੁਰੂ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ (http:// ਸਿਰਫ਼ localhost ਅਤੇ 127.0.0.1 ਲਈ)।',
  'settings.error.LOCKED': 'ਸੈਟਿੰਗਾਂ ਲਾਕ ਹਨ: ਪਹਿਲਾਂ PIN ਭਰੋ।',
  'settings.error.STORAGE': 'ਸੈਟਿੰਗਾਂ ਇਸ ਡਿਵਾਈਸ ’ਤੇ ਸੇਵ ਨਹੀਂ ਹੋ ਸਕੀਆਂ।',
  'settings.keys': 'ਰਜਿਸਟਰੀ ਦੀਆਂ ਕੁੰਜੀਆਂ',
  'settings.keysIssuer': 'ਜਾਰੀਕਰਤਾ: {issuer}, ਕੁੰਜੀਆਂ {registry} ਤੋਂ',
  'settings.preferences': 'ਡੈਸਕ ਦੀਆਂ ਤਰਜੀਹਾਂ',
  'settings.language': 'ਭਾਸ਼ਾ',
  'settings.languageAuto': 'ਡਿਵਾਈਸ ਦੀ ਭਾਸ਼ਾ',
  'settings.sound': 'ਹਰ ਨਤੀਜੇ ’ਤੇ ਆਵਾਜ਼',
  'settings.vibration': 'ਹਰ ਨਤੀਜੇ ’ਤੇ ਕੰਪਨ',
  'settings.kiosk': 'ਕਿਓਸਕ ਮੋਡ: ਹਰ ਨਤੀਜੇ ਤੋਂ ਬਾਅਦ ਸਕੈਨਰ ਆਪਣੇ-ਆਪ ਵਾਪਸ ਆਉਂਦਾ ਹੈ',
  'settings.retention': 'ਲੌਗ ਕਿੰਨੇ ਦਿਨ ਰੱਖਣਾ ਹੈ',
  'settings.retentionError': '1 ਤੋਂ 365 ਵਿਚਕਾਰ ਦਿਨਾਂ ਦੀ ਪੂਰੀ ਗਿਣਤੀ ਭਰੋ।',
  'settings.preferencesSaved': 'ਤਰਜੀਹਾਂ ਸੇਵ ਹੋ ਗਈਆਂ।',
  'settings.log': 'ਜਾਂਚ ਲੌਗ',
  'settings.logSummary.one':
    'ਲੌਗ ਵਿੱਚ {count} ਜਾਂਚ ਦਰਜ ਹੈ। ਇਸ ਵਿੱਚ ਵੱਧ ਤੋਂ ਵੱਧ ਨਾਮ ਦੇ ਪਹਿਲੇ ਅੱਖਰ ਰਹਿੰਦੇ ਹਨ, ਕਦੇ ਪੂਰਾ ਨਾਮ, ਮੋਬਾਈਲ ਨੰਬਰ ਜਾਂ ਕੋਡ ਨਹੀਂ।',
  'settings.logSummary.other':
    'ਲੌਗ ਵਿੱਚ {count} ਜਾਂਚਾਂ ਦਰਜ ਹਨ। ਇਸ ਵਿੱਚ ਵੱਧ ਤੋਂ ਵੱਧ ਨਾਮ ਦੇ ਪਹਿਲੇ ਅੱਖਰ ਰਹਿੰਦੇ ਹਨ, ਕਦੇ ਪੂਰਾ ਨਾਮ, ਮੋਬਾਈਲ ਨੰਬਰ ਜਾਂ ਕੋਡ ਨਹੀਂ।',
  'settings.export': 'CSV ਡਾਊਨਲੋਡ ਕਰੋ',
  'settings.exported': 'ਲੌਗ CSV ਫ਼ਾਈਲ ਵਜੋਂ ਡਾਊਨਲੋਡ ਹੋ ਗਿਆ।',
  'settings.clearLog': 'ਲੌਗ ਮਿਟਾਓ',
  'settings.clearConfirm': 'ਇਸ ਡਿਵਾਈਸ ਦੇ ਜਾਂਚ ਲੌਗ ਦੀ ਹਰ ਐਂਟਰੀ ਮਿਟਾਉਣੀ ਹੈ? ਇਹ ਵਾਪਸ ਨਹੀਂ ਹੋ ਸਕੇਗਾ।',
  'settings.clearYes': 'ਲੌਗ ਮਿਟਾ ਦਿਓ',
  'settings.clearNo': 'ਲੌਗ ਰਹਿਣ ਦਿਓ',
  'settings.cleared': 'ਲੌਗ ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ।',
  'settings.logError': 'ਇਸ ਡਿਵਾਈਸ ’ਤੇ ਲੌਗ ਪੜ੍ਹਿਆ ਜਾਂ ਬਦਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ।',

  ...PA_EVENTS,

  'update.available': 'ਐਪ ਦਾ ਨਵਾਂ ਸੰਸਕਰਣ ਤਿਆਰ ਹੈ।',
  'update.reload': 'ਹੁਣੇ ਅੱਪਡੇਟ ਕਰੋ',
  'update.later': 'ਬਾਅਦ ਵਿੱਚ',
  'update.offlineReady': 'ਐਪ ਹੁਣ ਇੰਟਰਨੈੱਟ ਤੋਂ ਬਿਨਾਂ ਕੰਮ ਕਰਨ ਲਈ ਤਿਆਰ ਹੈ।',
  'update.dismiss': 'ਠੀਕ ਹੈ',
  'reason.REVOKED': 'ਰੱਦ: ਜਾਰੀ ਕਰਨ ਵਾਲੇ ਨੇ ਇਹ ਸਰਟੀਫਿਕੇਟ ਵਾਪਸ ਲੈ ਲਿਆ ਹੈ। ਇਸ ਨੂੰ ਸਵੀਕਾਰ ਨਾ ਕਰੋ।',
  'trustList.title': 'ਭਰੋਸੇਯੋਗ ਸੂਚੀ',
  'trustList.stale':
    'ਭਰੋਸੇਯੋਗ ਸੂਚੀ ਪੁਰਾਣੀ ਹੈ: {age} ਪਹਿਲਾਂ ਦਸਤਖ਼ਤ ਹੋਈ, {date} ਤੱਕ ਵੈਧ। ਇੰਟਰਨੈੱਟ ਨਾਲ ਜੁੜੋ ਅਤੇ ਕੁੰਜੀਆਂ ਤਾਜ਼ਾ ਕਰੋ।',
  'trustList.age.days': '{n} ਦਿਨ',
  'trustList.age.hours': '{n} ਘੰਟੇ',
  'trustList.age.minutes': '{n} ਮਿੰਟ',
  'trustList.pinned': 'ਦਸਤਖ਼ਤ ਕਰਨ ਵਾਲਾ (ਪਿੰਨ ਕੀਤਾ): {thumbprint}',
  'trustList.pinnedNone':
    'ਅਜੇ ਕੋਈ ਦਸਤਖ਼ਤ ਕਰਨ ਵਾਲਾ ਪਿੰਨ ਨਹੀਂ: ਰਜਿਸਟਰੀ ਜਿਸ ਕੁੰਜੀ ਦਾ ਨਾਂ ਦਿੰਦੀ ਹੈ, ਉਹ ਪਹਿਲੀ ਵਰਤੋਂ ’ਤੇ ਪਿੰਨ ਹੋਵੇਗੀ।',
  'trustList.issuer': '{iss} ਵੱਲੋਂ ਪ੍ਰਕਾਸ਼ਿਤ, ਸੰਸਕਰਣ {seq}, {age} ਪਹਿਲਾਂ ਦਸਤਖ਼ਤ ਹੋਈ।',
  'trustList.counts':
    'CoWIN ਕੁੰਜੀਆਂ: {divoc}। EU ਦਸਤਖ਼ਤੀ ਸਰਟੀਫਿਕੇਟ: {eudcc}। SMART Health Card ਜਾਰੀਕਰਤਾ: {shc}।',
  'trustList.revoked': 'ਰੱਦ ਕੀਤੇ ਕੋਡ: CoWIN {divoc}, EU {eudcc}, SMART Health Card {shc}।',
  'trustList.source': 'ਸਰੋਤ: {name}, {count} ਐਂਟਰੀਆਂ',
  'trustList.refused.WRONG_KEY':
    'ਕਿਸੇ ਹੋਰ ਕੁੰਜੀ ਨਾਲ ਦਸਤਖ਼ਤ ਕੀਤੀ ਭਰੋਸੇਯੋਗ ਸੂਚੀ ਰੱਦ ਕੀਤੀ ਗਈ। ਪਹਿਲਾਂ ਵਾਲੀ ਸੂਚੀ ਹੀ ਰੱਖੀ ਗਈ ਹੈ।',
  'trustList.refused.ROLLBACK':
    'ਪੁਰਾਣੀ ਜਾਂ ਬਦਲੀ ਹੋਈ ਭਰੋਸੇਯੋਗ ਸੂਚੀ ਰੱਦ ਕੀਤੀ ਗਈ। ਪਹਿਲਾਂ ਵਾਲੀ ਸੂਚੀ ਹੀ ਰੱਖੀ ਗਈ ਹੈ।',
  'trustList.refused.BAD_SIGNATURE':
    'ਟੁੱਟੇ ਦਸਤਖ਼ਤ ਵਾਲੀ ਭਰੋਸੇਯੋਗ ਸੂਚੀ ਰੱਦ ਕੀਤੀ ਗਈ। ਪਹਿਲਾਂ ਵਾਲੀ ਸੂਚੀ ਹੀ ਰੱਖੀ ਗਈ ਹੈ।',
  'trustList.refused.MALFORMED':
    'ਪੜ੍ਹੀ ਨਾ ਜਾ ਸਕਣ ਵਾਲੀ ਭਰੋਸੇਯੋਗ ਸੂਚੀ ਰੱਦ ਕੀਤੀ ਗਈ। ਪਹਿਲਾਂ ਵਾਲੀ ਸੂਚੀ ਹੀ ਰੱਖੀ ਗਈ ਹੈ।',
  'trustList.refused.NO_PIN':
    'ਭਰੋਸੇਯੋਗ ਸੂਚੀ ਨਹੀਂ ਲਿਆਂਦੀ ਗਈ: ਕੋਈ ਦਸਤਖ਼ਤੀ ਕੁੰਜੀ ਪਿੰਨ ਨਹੀਂ ਅਤੇ ਰਜਿਸਟਰੀ ਕਿਸੇ ਦਾ ਨਾਂ ਨਹੀਂ ਦਿੰਦੀ।',
  'settings.trustListKey': 'ਭਰੋਸੇਯੋਗ ਸੂਚੀ ਦੀ ਕੁੰਜੀ',
  'settings.trustListKeyHint':
    'ਭਰੋਸੇਯੋਗ ਸੂਚੀ ਦੀ ਦਸਤਖ਼ਤੀ ਕੁੰਜੀ ਦਾ ਥੰਬਪ੍ਰਿੰਟ। ਖ਼ਾਲੀ ਛੱਡੋ ਤਾਂ ਰਜਿਸਟਰੀ ਜਿਸ ਕੁੰਜੀ ਦਾ ਨਾਂ ਦਿੰਦੀ ਹੈ, ਉਹ ਪਹਿਲੀ ਵਰਤੋਂ ’ਤੇ ਪਿੰਨ ਹੋਵੇਗੀ।',
  'settings.error.BAD_TRUST_LIST_KEY':
    'ਭਰੋਸੇਯੋਗ ਸੂਚੀ ਦੀ ਕੁੰਜੀ, ਸੂਚੀ ਦੀ ਦਸਤਖ਼ਤੀ ਕੁੰਜੀ ਦਾ 43 ਅੱਖਰਾਂ ਦਾ ਥੰਬਪ੍ਰਿੰਟ ਹੈ।',
} satisfies Messages;

export default PA;
