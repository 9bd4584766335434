/**
 * Every English string of the verifier, keyed by id. Whole sentences with `{placeholders}`, never
 * pieces glued together, so that another language can order its words its own way.
 */
import { EN_EVENTS } from './events/en.ts';

export const EN = {
  'app.title': 'KYC-VS Verifier',
  'app.online': 'Online',
  'app.offline': 'Offline',
  'app.loading': 'Loading…',
  'app.storageError':
    'This device could not open its storage. Close other tabs of the app and reload.',
  'app.reloadNeeded':
    'The app’s storage was closed, for an update open in another tab or by the browser. Reload this page to go on.',
  'app.screenError': 'This screen could not be loaded. Connect to the internet and try again.',
  'app.reload': 'Reload',

  'home.scan': 'Scan QR',
  'home.desk': 'Check with OTP',
  'home.settings': 'Settings',
  'home.settingsOpen':
    'Settings are open to anyone with this device. Set a PIN in Settings to guard them.',
  'home.refresh': 'Refresh keys',
  'home.deskOffline': 'The OTP check needs the internet. QR scanning works offline.',
  'home.deskNotConfigured': 'Enter the verifier ID and API key in Settings to use the OTP check.',
  'home.keysFetched': 'Registry keys updated {time}.',
  'home.noKeys':
    'This device holds no registry keys yet. Connect to the internet and refresh the keys.',
  'home.keysStale':
    'The registry keys are more than 7 days old. Connect to the internet and refresh the keys.',
  'home.clockSkew.one':
    'This device’s clock differs from the registry’s by about {minutes} minute. Set the clock right, or codes may be refused.',
  'home.clockSkew.other':
    'This device’s clock differs from the registry’s by about {minutes} minutes. Set the clock right, or codes may be refused.',
  'home.trustListFetched': 'Trust list for CoWIN, EU and SMART Health Card codes updated {time}.',
  'home.noTrustList':
    'No trust list for CoWIN, EU and SMART Health Card codes yet: refresh the keys when online.',
  'home.refreshing': 'Refreshing keys…',
  'home.refreshOk': 'Keys refreshed.',
  'home.refreshFailed.OFFLINE': 'Could not reach the registry. The keys held are kept.',
  'home.refreshFailed.TIMEOUT': 'The registry did not answer in time. The keys held are kept.',
  'home.refreshFailed.HTTP_ERROR': 'The registry refused to send its keys. The keys held are kept.',
  'home.refreshFailed.GARBLED':
    'The registry sent keys that cannot be used. The keys held are kept.',
  'home.today': 'Checks today on this device',
  'home.todayTotal': 'Total: {count}',
  'count.full': 'Fully vaccinated',
  'count.partial': 'Partially vaccinated',
  'count.none': 'Not vaccinated',
  'count.repeat': 'Already checked',
  'count.invalid': 'Invalid',
  'count.cannot': 'Cannot verify',

  'count.other': 'Not a vaccination certificate',
  'nav.back': 'Back',

  'scan.title': 'Scan a status QR code',
  'scan.hint': 'Hold the code inside the frame.',
  'scan.camera': 'Camera',
  'scan.cameraRear': 'Rear camera',
  'scan.cameraFront': 'Front camera',
  'scan.cameraUnnamed': 'Camera {number}',
  'scan.torchOn': 'Torch on',
  'scan.torchOff': 'Torch off',
  'scan.chooseImage': 'Choose image',
  'scan.pasteLabel': 'QR text',
  'scan.pasteSubmit': 'Check text',
  'scan.starting': 'Starting the camera…',
  'scan.checking': 'Checking…',
  'scan.cameraError':
    'The camera cannot be used. Allow camera access, or choose an image or paste the text below.',
  'scan.loadError': 'The scanner could not be loaded. Choose an image or paste the text below.',
  'scan.noCodeInImage': 'No QR code was found in that image.',
  'scan.hardwareHint':
    'A hand-held QR scanner works too: scan the code, no need to touch the screen.',
  'scan.live': 'The scanner is ready for the next code.',

  'verdict.full': 'Fully vaccinated',
  'verdict.partial': 'Partially vaccinated',
  'verdict.none': 'Not vaccinated',
  'verdict.invalid': 'Invalid',
  'verdict.cannot': 'Cannot verify',
  'verdict.notVaccination': 'Not a vaccination certificate',
  'format.kycvs': 'KYC-VS status',
  'format.divoc': 'CoWIN certificate',
  'format.eudcc': 'EU Digital COVID Certificate',
  'format.shc': 'SMART Health Card',
  'result.name': 'Name: {name}',
  'result.mobile': 'Mobile number ends in {digits}',
  'result.birthDate': 'Born {date}',
  'result.issued': 'Issued {time}',
  'result.compare': 'Compare the name and mobile digits with the holder’s photo ID.',
  'result.staleKeys': 'Checked with registry keys more than 7 days old.',
  'result.clockSkew': 'This device’s clock may be wrong: check it before relying on this result.',
  'result.next': 'Next',
  'result.home': 'Home',
  'result.autoClear': 'This result clears itself after 30 seconds.',
  'result.autoNext': 'The scanner comes back by itself in a few seconds.',
  'result.alreadyChecked': 'Already checked at {time}',
  'result.alreadyCheckedOn': 'Already checked on {date} at {time}',
  'result.alreadyCheckedAtGate': 'Already checked at {gate}, {time}',
  'result.alreadyCheckedAtGateOn': 'Already checked at {gate}, {date} {time}',
  'result.alreadyCheckedNote':
    'This code was already checked on this device. It may have been shared: compare the name with the photo ID carefully.',

  'reason.MALFORMED': 'This is not a readable vaccination status code.',
  'reason.UNSUPPORTED_ALG':
    'The code is signed in a way the registry never uses: treat it as forged.',
  'reason.UNTRUSTED_ISSUER': 'The code was not issued by the registry this device trusts.',
  'reason.UNKNOWN_KEY':
    'This device does not hold the registry key that signed this code. Connect to the internet, refresh the keys and scan again.',
  'reason.BAD_SIGNATURE': 'The signature does not match: the code is forged or was altered.',
  'reason.EXPIRED': 'The code has expired. Ask the holder for a new one.',
  'reason.NOT_YET_VALID': 'The code is dated in the future. Check this device’s clock.',
  'reason.WRONG_AUDIENCE': 'The code was issued for another organisation, not for this verifier.',
  'reason.NONCE_MISMATCH':
    'This code answers another check (at a desk or on a booking site), not this one. Ask for the holder’s own status QR, or start the check again.',
  'reason.BAD_CLAIMS': 'The code’s content is incomplete or not valid.',
  'reason.UNKNOWN_KEY_TRUST_LIST':
    'The trust list on this device does not hold the key that signed this certificate. Connect to the internet, refresh the keys and scan again.',
  'reason.NO_KEYS_TRUST_LIST':
    'This device holds no trust list for this kind of code yet. Connect to the internet and refresh the keys.',
  'reason.NO_KEYS':
    'This device holds no registry keys yet. Connect to the internet and refresh the keys.',

  'reason.WRONG_KEY_USAGE': 'The signer of this certificate may not sign this kind of certificate.',
  'reason.REVOKED': 'Revoked: the issuer has withdrawn this certificate. Do not accept it.',
  'reason.UNSUPPORTED_FORMAT': 'This kind of code cannot be read here.',
  'desk.title': 'Check with OTP',
  'desk.mobile': 'Mobile number',
  'desk.name': 'Full name',
  'desk.consent':
    'Holder, please read: by giving the OTP sent to your mobile you agree that “{verifier}” receives your vaccination status (not, partially or fully vaccinated) and your name. No certificate, dates or dose details are shared.',
  'desk.send': 'Send OTP',
  'desk.otp': 'OTP',
  'desk.otpSent':
    'An OTP was sent to the mobile number if it is registered with that name. It is valid for 3 minutes.',
  'desk.verify': 'Verify',
  'desk.retry': 'Try again',
  'desk.restart': 'Start again',
  'desk.sending': 'Sending OTP…',
  'desk.verifying': 'Verifying…',
  'desk.offline': 'You are offline. The OTP check needs the internet; QR scanning still works.',
  'desk.notConfigured': 'Enter the verifier ID and API key in Settings first.',
  'desk.badMobile': 'Enter a 10-digit mobile number.',
  'desk.badName': 'Enter the full name as registered.',
  'desk.badOtp': 'Enter the 6-digit OTP.',
  'desk.error.USRAUT0014': 'Wrong OTP. Tries left: {tries}.',
  'desk.error.USRAUT0014.none': 'Wrong OTP, and no tries are left. Start again with a new OTP.',
  'desk.error.USRAUT0015': 'This OTP has expired or was already used. Start again with a new OTP.',
  'desk.error.USRAUT0016': 'Too many requests to the registry. Wait a few minutes, then try again.',
  'desk.error.APIKEY0001':
    'The registry refused this device’s API key. Check the verifier ID and API key in Settings.',
  'desk.error.APIKEY0002':
    'The registry does not accept this API key from this site. Check the registry URL and API key in Settings.',
  'desk.error.AUTH0001': 'The session with the registry has ended. Start again with a new OTP.',
  'desk.error.REQVAL0001':
    'The registry did not accept the details entered. Check them and try again.',
  'desk.error.TIMEOUT': 'The registry is not answering. Try again.',
  'desk.error.NETWORK': 'The registry cannot be reached. Check the connection and try again.',
  'desk.error.SERVER': 'The registry has a problem right now. Try again in a moment.',
  'desk.error.BAD_RESPONSE': 'The registry sent an answer that cannot be read. Try again.',

  'trustList.title': 'Trust list',
  'trustList.stale':
    'Trust list out of date: signed {age} ago, valid until {date}. Connect to the internet and refresh the keys.',
  'trustList.age.days': '{n} days',
  'trustList.age.hours': '{n} hours',
  'trustList.age.minutes': '{n} minutes',
  'trustList.pinned': 'Signer (pinned): {thumbprint}',
  'trustList.pinnedNone':
    'No signer pinned yet: the key the registry names is pinned on first use.',
  'trustList.issuer': 'Published by {iss}, version {seq}, signed {age} ago.',
  'trustList.counts':
    'CoWIN keys: {divoc}. EU signer certificates: {eudcc}. SMART Health Card issuers: {shc}.',
  'trustList.revoked': 'Revoked codes: CoWIN {divoc}, EU {eudcc}, SMART Health Card {shc}.',
  'trustList.source': 'Source: {name}, {count} entries',
  'trustList.refused.WRONG_KEY':
    'A trust list signed by another key was refused. The list held is kept.',
  'trustList.refused.ROLLBACK':
    'An older or altered trust list was refused. The list held is kept.',
  'trustList.refused.BAD_SIGNATURE':
    'A trust list with a broken signature was refused. The list held is kept.',
  'trustList.refused.MALFORMED':
    'A trust list that could not be read was refused. The list held is kept.',
  'trustList.refused.NO_PIN':
    'The trust list was not fetched: no signer key is pinned and the registry names none.',
  'settings.trustListKey': 'Trust list key',
  'settings.trustListKeyHint':
    'The thumbprint of the trust list’s signing key. Leave it empty to pin the key the registry names, on first use.',
  'settings.error.BAD_TRUST_LIST_KEY':
    'A trust list key is the 43-character thumbprint of the list’s signing key.',
  'settings.title': 'Settings',
  'settings.registryUrl': 'Registry URL',
  'settings.verifierId': 'Verifier ID',
  'settings.apiKey': 'API key',
  'settings.trustListUrl': 'Trust list URL',
  'settings.trustListHint': 'Leave it empty to use the registry’s own trust list.',
  'settings.pin': 'PIN',
  'settings.pinHint':
    'A PIN of 4 to 12 digits guards Settings on a shared tablet. Leave it empty to keep the PIN as it is.',
  'settings.pinBad': 'A PIN is 4 to 12 digits.',
  'settings.pinRemove': 'Remove the PIN',
  'settings.pinRemoved': 'The PIN was removed: Settings are open to anyone.',
  'settings.pinSaved': 'PIN saved: Settings now ask for it.',
  'settings.locked': 'Settings are guarded by a PIN. Enter it to open them.',
  'settings.unlock': 'Unlock',
  'settings.pinWrong': 'Wrong PIN. Tries left: {tries}.',
  'settings.pinWait': 'Too many wrong PINs. Wait a minute, then try again.',
  'settings.registryChange':
    'Change the registry to {registry}? The keys from {old} are deleted from this device, and codes are checked with the new registry’s keys only.',
  'settings.registryChangeYes': 'Change registry',
  'settings.registryChangeNo': 'Keep the current registry',
  'settings.save': 'Save',
  'settings.saved': 'Settings saved.',
  'settings.error.BAD_REGISTRY_URL': 'Enter the registry URL, starting with https://.',
  'settings.error.BAD_VERIFIER_ID': 'The verifier ID cannot contain spaces.',
  'settings.error.BAD_API_KEY': 'The API key cannot contain spaces.',
  'settings.error.INSECURE_REGISTRY_URL':
    'The registry URL must start with https:// (http:// only for localhost and 127.0.0.1).',
  'settings.error.BAD_TRUST_LIST_URL':
    'Enter the trust list URL, starting with https://, or leave it empty.',
  'settings.error.INSECURE_TRUST_LIST_URL':
    'The trust list URL must start with https:// (http:// only for localhost and 127.0.0.1).',
  'settings.error.LOCKED': 'Settings are locked: enter the PIN first.',
  'settings.error.STORAGE': 'The settings could not be saved on this device.',
  'settings.keys': 'Registry keys',
  'settings.keysIssuer': 'Issuer: {issuer}, keys from {registry}',
  'settings.preferences': 'Desk preferences',
  'settings.language': 'Language',
  'settings.languageAuto': 'Same as this device',
  'settings.sound': 'Sound on each result',
  'settings.vibration': 'Vibrate on each result',
  'settings.kiosk': 'Kiosk mode: the scanner comes back by itself after each result',
  'settings.retention': 'Days to keep the log',
  'settings.retentionError': 'Enter a whole number of days from 1 to 365.',
  'settings.preferencesSaved': 'Preferences saved.',
  'settings.log': 'Verification log',
  'settings.logSummary.one':
    'The log holds {count} check. It keeps initials at most, never a name, a mobile number or a code.',
  'settings.logSummary.other':
    'The log holds {count} checks. It keeps initials at most, never a name, a mobile number or a code.',
  'settings.export': 'Export CSV',
  'settings.exported': 'The log was downloaded as a CSV file.',
  'settings.clearLog': 'Clear log',
  'settings.clearConfirm':
    'Delete every entry of the verification log on this device? This cannot be undone.',
  'settings.clearYes': 'Delete the log',
  'settings.clearNo': 'Keep the log',
  'settings.cleared': 'The log was cleared.',
  'settings.logError': 'The log could not be read or changed on this device.',

  ...EN_EVENTS,

  'update.available': 'A new version of the app is ready.',
  'update.reload': 'Update now',
  'update.later': 'Later',
  'update.offlineReady': 'The app is ready to work offline.',
  'update.dismiss': 'OK',
} as const;

/** The id of a UI string. */
export type MessageId = keyof typeof EN;

/**
 * A whole table of another language: `satisfies Messages` on its object literal fails the type
 * check for an id missing and for an id English does not have.
 */
export type Messages = Record<MessageId, string>;

/** The ids with plural forms (`id.one`, `id.other`, …), without the form. */
export type PluralId = MessageId extends infer Id
  ? Id extends `${infer Base}.other`
    ? Base
    : never
  : never;
