/**
 * Every string of the verifier in Odia, as gate staff speak it, with CoWIN's Odia terms
 * (ଟିକା, ଟିକାକରଣ, ପ୍ରମାଣପତ୍ର). Names of things (KYC-VS, CoWIN, QR, OTP, PIN, URL, EU) stay.
 */
import type { Messages } from './en.ts';
import { OR_EVENTS } from './events/or.ts';

const OR = {
  'app.title': 'KYC-VS ଯାଞ୍ଚ',
  'app.online': 'ଅନଲାଇନ',
  'app.offline': 'ଅଫଲାଇନ',
  'app.loading': 'ଲୋଡ ହେଉଛି…',
  'app.storageError': 'ଏହି ଡିଭାଇସ ନିଜର ଷ୍ଟୋରେଜ ଖୋଲିପାରିଲା ନାହିଁ। ଆପର ଅନ୍ୟ ଟ୍ୟାବଗୁଡ଼ିକ ବନ୍ଦ କରି ପୃଷ୍ଠାଟି ପୁଣି ଲୋଡ କରନ୍ତୁ।',
  'app.reloadNeeded':
    'ଆପର ଷ୍ଟୋରେଜ ବନ୍ଦ ହୋଇଗଲା, ଅନ୍ୟ ଟ୍ୟାବରେ ଖୋଲା ଅପଡେଟ କିମ୍ବା ବ୍ରାଉଜର ଯୋଗୁଁ। ଆଗକୁ ବଢ଼ିବା ପାଇଁ ଏହି ପୃଷ୍ଠାଟି ପୁଣି ଲୋଡ କରନ୍ତୁ।',
  'app.screenError': 'ଏହି ସ୍କ୍ରିନ ଲୋଡ ହୋଇପାରିଲା ନାହିଁ। ଇଣ୍ଟରନେଟ ସହ ଯୋଡ଼ି ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ।',
  'app.reload': 'ପୁଣି ଲୋଡ କରନ୍ତୁ',

  'home.scan': 'QR ସ୍କାନ କରନ୍ତୁ',
  'home.desk': 'OTP ଦ୍ୱାରା ଯାଞ୍ଚ',
  'home.settings': 'ସେଟିଂସ',
  'home.settingsOpen':
    'ଏହି ଡିଭାଇସର ସେଟିଂସ ଯେକେହି ବଦଳାଇପାରିବେ। ସେଗୁଡ଼ିକୁ ସୁରକ୍ଷିତ ରଖିବାକୁ ସେଟିଂସରେ ଏକ PIN ସେଟ କରନ୍ତୁ।',
  'home.refresh': 'କି ରିଫ୍ରେସ କରନ୍ତୁ',
  'home.deskOffline': 'OTP ଯାଞ୍ଚ ପାଇଁ ଇଣ୍ଟରନେଟ ଦରକାର। QR ସ୍କାନ ଇଣ୍ଟରନେଟ ବିନା ମଧ୍ୟ ଚାଲେ।',
  'home.deskNotConfigured': 'OTP ଯାଞ୍ଚ ବ୍ୟବହାର କରିବାକୁ ସେଟିଂସରେ ଯାଞ୍ଚକାରୀ ID ଓ API କି ଦିଅନ୍ତୁ।',
  'home.keysFetched': 'ରେଜିଷ୍ଟ୍ରି କି {time} ରେ ଅପଡେଟ ହେଲା।',
  'home.noKeys': 'ଏହି ଡିଭାଇସରେ ଏପର୍ଯ୍ୟନ୍ତ ରେଜିଷ୍ଟ୍ରିର କୌଣସି କି ନାହିଁ। ଇଣ୍ଟରନେଟ ସହ ଯୋଡ଼ି କି ରିଫ୍ରେସ କରନ୍ତୁ।',
  'home.keysStale': 'ରେଜିଷ୍ଟ୍ରି କି 7 ଦିନରୁ ଅଧିକ ପୁରୁଣା। ଇଣ୍ଟରନେଟ ସହ ଯୋଡ଼ି କି ରିଫ୍ରେସ କରନ୍ତୁ।',
  'home.clockSkew.one':
    'ଏହି ଡିଭାଇସର ଘଣ୍ଟା ରେଜିଷ୍ଟ୍ରିର ଘଣ୍ଟାଠାରୁ ପ୍ରାୟ {minutes} ମିନିଟ ଅଲଗା। ଘଣ୍ଟା ଠିକ କରନ୍ତୁ, ନହେଲେ କୋଡ ପ୍ରତ୍ୟାଖ୍ୟାନ ହୋଇପାରେ।',
  'home.clockSkew.other':
    'ଏହି ଡିଭାଇସର ଘଣ୍ଟା ରେଜିଷ୍ଟ୍ରିର ଘଣ୍ଟାଠାରୁ ପ୍ରାୟ {minutes} ମିନିଟ ଅଲଗା। ଘଣ୍ଟା ଠିକ କରନ୍ତୁ, ନହେଲେ କୋଡ ପ୍ରତ୍ୟାଖ୍ୟାନ ହୋଇପାରେ।',
  'home.trustListFetched': 'CoWIN, EU ଓ SMART Health Card କୋଡର ବିଶ୍ୱସ୍ତ ତାଲିକା {time} ରେ ଅପଡେଟ ହେଲା।',
  'home.noTrustList':
    'CoWIN, EU ଓ SMART Health Card କୋଡର ବିଶ୍ୱସ୍ତ ତାଲିକା ଏପର୍ଯ୍ୟନ୍ତ ନାହିଁ: ଅନଲାଇନ ଥିବାବେଳେ କି ରିଫ୍ରେସ କରନ୍ତୁ।',
  'home.refreshing': 'କି ରିଫ୍ରେସ ହେଉଛି…',
  'home.refreshOk': 'କି ରିଫ୍ରେସ ହେଲା।',
  'home.refreshFailed.OFFLINE': 'ରେଜିଷ୍ଟ୍ରି ସହ ଯୋଗାଯୋଗ ହୋଇପାରିଲା ନାହିଁ। ପୂର୍ବରୁ ଥିବା କି ରହିବ।',
  'home.refreshFailed.TIMEOUT': 'ରେଜିଷ୍ଟ୍ରି ସମୟରେ ଉତ୍ତର ଦେଲା ନାହିଁ। ପୂର୍ବରୁ ଥିବା କି ରହିବ।',
  'home.refreshFailed.HTTP_ERROR': 'ରେଜିଷ୍ଟ୍ରି ନିଜର କି ପଠାଇବାକୁ ମନା କଲା। ପୂର୍ବରୁ ଥିବା କି ରହିବ।',
  'home.refreshFailed.GARBLED': 'ରେଜିଷ୍ଟ୍ରି ପଠାଇଥିବା କି ବ୍ୟବହାର କରିହେବ ନାହିଁ। ପୂର୍ବରୁ ଥିବା କି ରହିବ।',
  'home.today': 'ଆଜି ଏହି ଡିଭାଇସରେ ହୋଇଥିବା ଯାଞ୍ଚ',
  'home.todayTotal': 'ମୋଟ: {count}',
  'count.full': 'ସମ୍ପୂର୍ଣ୍ଣ ଟିକାକରଣ',
  'count.partial': 'ଆଂଶିକ ଟିକାକରଣ',
  'count.none': 'ଟିକାକରଣ ହୋଇନାହିଁ',
  'count.repeat': 'ପୂର୍ବରୁ ଯାଞ୍ଚ ହୋଇଛି',
  'count.invalid': 'ଅବୈଧ',
  'count.cannot': 'ଯାଞ୍ଚ କରିହେଲା ନାହିଁ',

  'count.other': 'ଟିକାକରଣ ପ୍ରମାଣପତ୍ର ନୁହେଁ',
  'nav.back': 'ପଛକୁ',

  'scan.title': 'ସ୍ଥିତି QR କୋଡ ସ୍କାନ କରନ୍ତୁ',
  'scan.hint': 'କୋଡଟିକୁ ଫ୍ରେମ ଭିତରେ ରଖନ୍ତୁ।',
  'scan.camera': 'କ୍ୟାମେରା',
  'scan.cameraRear': 'ପଛ କ୍ୟାମେରା',
  'scan.cameraFront': 'ସାମ୍ନା କ୍ୟାମେରା',
  'scan.cameraUnnamed': 'କ୍ୟାମେରା {number}',
  'scan.torchOn': 'ଟର୍ଚ୍ଚ ଜଳାନ୍ତୁ',
  'scan.torchOff': 'ଟର୍ଚ୍ଚ ବନ୍ଦ କରନ୍ତୁ',
  'scan.chooseImage': 'ଛବି ବାଛନ୍ତୁ',
  'scan.pasteLabel': 'QR ଲେଖା',
  'scan.pasteSubmit': 'ଲେଖା ଯାଞ୍ଚ କରନ୍ତୁ',
  'scan.starting': 'କ୍ୟାମେରା ଚାଲୁ ହେଉଛି…',
  'scan.checking': 'ଯାଞ୍ଚ ହେଉଛି…',
  'scan.cameraError':
    'କ୍ୟାମେରା ବ୍ୟବହାର କରିହେଉନାହିଁ। କ୍ୟାମେରା ଅନୁମତି ଦିଅନ୍ତୁ, କିମ୍ବା ଏକ ଛବି ବାଛନ୍ତୁ କିମ୍ବା ତଳେ ଲେଖା ପେଷ୍ଟ କରନ୍ତୁ।',
  'scan.loadError': 'ସ୍କାନର ଲୋଡ ହୋଇପାରିଲା ନାହିଁ। ଏକ ଛବି ବାଛନ୍ତୁ କିମ୍ବା ତଳେ ଲେଖା ପେଷ୍ଟ କରନ୍ତୁ।',
  'scan.noCodeInImage': 'ସେହି ଛବିରେ କୌଣସି QR କୋଡ ମିଳିଲା ନାହିଁ।',
  'scan.hardwareHint': 'ହାତରେ ଧରିବା QR ସ୍କାନର ମଧ୍ୟ ଚାଲେ: କୋଡ ସ୍କାନ କରନ୍ତୁ, ସ୍କ୍ରିନ ଛୁଇଁବା ଦରକାର ନାହିଁ।',
  'scan.live': 'ସ୍କାନର ପରବର୍ତ୍ତୀ କୋଡ ପାଇଁ ପ୍ରସ୍ତୁତ।',

  'verdict.full': 'ସମ୍ପୂର୍ଣ୍ଣ ଟିକାକରଣ',
  'verdict.partial': 'ଆଂଶିକ ଟିକାକରଣ',
  'verdict.none': 'ଟିକାକରଣ ହୋଇନାହିଁ',
  'verdict.invalid': 'ଅବୈଧ',
  'verdict.cannot': 'ଯାଞ୍ଚ କରିହେଲା ନାହିଁ',
  'verdict.notVaccination': 'ଟିକାକରଣ ପ୍ରମାଣପତ୍ର ନୁହେଁ',
  'format.kycvs': 'KYC-VS ସ୍ଥିତି',
  'format.divoc': 'CoWIN ପ୍ରମାଣପତ୍ର',
  'format.eudcc': 'EU ଡିଜିଟାଲ COVID ପ୍ରମାଣପତ୍ର',
  'format.shc': 'SMART Health Card',
  'result.name': 'ନାମ: {name}',
  'result.mobile': 'ମୋବାଇଲ ନମ୍ବରର ଶେଷ ଅଙ୍କ {digits}',
  'result.birthDate': 'ଜନ୍ମ ତାରିଖ: {date}',
  'result.issued': 'ଜାରି: {time}',
  'result.compare': 'ନାମ ଓ ମୋବାଇଲ ଅଙ୍କକୁ ଧାରକଙ୍କ ଫଟୋ ପରିଚୟପତ୍ର ସହ ମିଳାନ୍ତୁ।',
  'result.staleKeys': '7 ଦିନରୁ ପୁରୁଣା ରେଜିଷ୍ଟ୍ରି କି ଦ୍ୱାରା ଯାଞ୍ଚ ହୋଇଛି।',
  'result.clockSkew': 'ଏହି ଡିଭାଇସର ଘଣ୍ଟା ଭୁଲ ହୋଇପାରେ: ଏହି ଫଳାଫଳ ଉପରେ ଭରସା କରିବା ପୂର୍ବରୁ ତାହା ଯାଞ୍ଚ କରନ୍ତୁ।',
  'result.next': 'ପରବର୍ତ୍ତୀ',
  'result.home': 'ମୁଖ୍ୟ ପୃଷ୍ଠା',
  'result.autoClear': 'ଏହି ଫଳାଫଳ 30 ସେକେଣ୍ଡ ପରେ ନିଜେ ହଟିଯିବ।',
  'result.autoNext': 'କିଛି ସେକେଣ୍ଡରେ ସ୍କାନର ନିଜେ ଫେରିଆସିବ।',
  'result.alreadyChecked': '{time} ରେ ପୂର୍ବରୁ ଯାଞ୍ଚ ହୋଇଛି',
  'result.alreadyCheckedOn': '{date} {time} ରେ ପୂର୍ବରୁ ଯାଞ୍ଚ ହୋଇଛି',
  'result.alreadyCheckedAtGate': '{gate} ଠାରେ {time} ରେ ପୂର୍ବରୁ ଯାଞ୍ଚ ହୋଇଛି',
  'result.alreadyCheckedAtGateOn': '{gate} ଠାରେ {date} {time} ରେ ପୂର୍ବରୁ ଯାଞ୍ଚ ହୋଇଛି',
  'result.alreadyCheckedNote':
    'ଏହି କୋଡ ଏହି ଡିଭାଇସରେ ପୂର୍ବରୁ ଯାଞ୍ଚ ହୋଇଛି। ହୁଏତ ଅନ୍ୟ କେହି ଦେଇଥିବେ: ନାମକୁ ଫଟୋ ପରିଚୟପତ୍ର ସହ ଧ୍ୟାନର ସହ ମିଳାନ୍ତୁ।',

  'reason.MALFORMED': 'ଏହା ପଢ଼ିହେଉଥିବା ଟିକାକରଣ ସ୍ଥିତି କୋଡ ନୁହେଁ।',
  'reason.UNSUPPORTED_ALG':
    'ଏହି କୋଡରେ ଏପରି ଭାବେ ଦସ୍ତଖତ ହୋଇଛି ଯାହା ରେଜିଷ୍ଟ୍ରି କେବେ ବ୍ୟବହାର କରେ ନାହିଁ: ଏହାକୁ ଜାଲ ବୋଲି ଧରନ୍ତୁ।',
  'reason.UNTRUSTED_ISSUER': 'ଏହି ଡିଭାଇସ ବିଶ୍ୱାସ କରୁଥିବା ରେଜିଷ୍ଟ୍ରି ଏହି କୋଡ ଜାରି କରିନାହିଁ।',
  'reason.UNKNOWN_KEY':
    'ଏହି କୋଡରେ ଦସ୍ତଖତ କରିଥିବା ରେଜିଷ୍ଟ୍ରି କି ଏହି ଡିଭାଇସରେ ନାହିଁ। ଇଣ୍ଟରନେଟ ସହ ଯୋଡ଼ି, କି ରିଫ୍ରେସ କରି ପୁଣି ସ୍କାନ କରନ୍ତୁ।',
  'reason.BAD_SIGNATURE': 'ଦସ୍ତଖତ ମେଳ ଖାଉନାହିଁ: କୋଡଟି ଜାଲ କିମ୍ବା ବଦଳାଯାଇଛି।',
  'reason.EXPIRED': 'କୋଡର ମିଆଦ ସରିଯାଇଛି। ଧାରକଙ୍କୁ ନୂଆ କୋଡ ମାଗନ୍ତୁ।',
  'reason.NOT_YET_VALID': 'କୋଡରେ ଭବିଷ୍ୟତର ତାରିଖ ଅଛି। ଏହି ଡିଭାଇସର ଘଣ୍ଟା ଯାଞ୍ଚ କରନ୍ତୁ।',
  'reason.WRONG_AUDIENCE': 'ଏହି କୋଡ ଅନ୍ୟ ଏକ ସଂସ୍ଥା ପାଇଁ ଜାରି ହୋଇଛି, ଏହି ଯାଞ୍ଚକାରୀଙ୍କ ପାଇଁ ନୁହେଁ।',
  'reason.NONCE_MISMATCH':
    'ଏହି କୋଡ ଅନ୍ୟ ଏକ ଯାଞ୍ଚର (ଡେସ୍କରେ କିମ୍ବା ବୁକିଂ ସାଇଟରେ) ଉତ୍ତର, ଏହାର ନୁହେଁ। ଧାରକଙ୍କ ନିଜର ସ୍ଥିତି QR ମାଗନ୍ତୁ, କିମ୍ବା ଯାଞ୍ଚ ପୁଣି ଆରମ୍ଭ କରନ୍ତୁ।',
  'reason.BAD_CLAIMS': 'କୋଡର ତଥ୍ୟ ଅସମ୍ପୂର୍ଣ୍ଣ କିମ୍ବା ଠିକ ନୁହେଁ।',
  'reason.UNKNOWN_KEY_TRUST_LIST':
    'ଏହି ପ୍ରମାଣପତ୍ରରେ ଦସ୍ତଖତ କରିଥିବା କି ଏହି ଡିଭାଇସର ବିଶ୍ୱସ୍ତ ତାଲିକାରେ ନାହିଁ। ଇଣ୍ଟରନେଟ ସହ ଯୋଡ଼ି, କି ରିଫ୍ରେସ କରି ପୁଣି ସ୍କାନ କରନ୍ତୁ।',
  'reason.NO_KEYS_TRUST_LIST':
    'ଏହି ପ୍ରକାର କୋଡର ବିଶ୍ୱସ୍ତ ତାଲିକା ଏହି ଡିଭାଇସରେ ଏପର୍ଯ୍ୟନ୍ତ ନାହିଁ। ଇଣ୍ଟରନେଟ ସହ ଯୋଡ଼ି କି ରିଫ୍ରେସ କରନ୍ତୁ।',
  'reason.NO_KEYS': 'ଏହି ଡିଭାଇସରେ ଏପର୍ଯ୍ୟନ୍ତ ରେଜିଷ୍ଟ୍ରିର କୌଣସି କି ନାହିଁ। ଇଣ୍ଟରନେଟ ସହ ଯୋଡ଼ି କି ରିଫ୍ରେସ କରନ୍ତୁ।',

  'reason.WRONG_KEY_USAGE': 'ଏହି ପ୍ରମାଣପତ୍ରର ଦସ୍ତଖତକାରୀଙ୍କୁ ଏହି ପ୍ରକାର ପ୍ରମାଣପତ୍ରରେ ଦସ୍ତଖତ କରିବାର ଅନୁମତି ନାହିଁ।',
  'reason.UNSUPPORTED_FORMAT': 'ଏହି ପ୍ରକାର କୋଡ ଏଠାରେ ପଢ଼ିହେବ ନାହିଁ।',
  'desk.title': 'OTP ଦ୍ୱାରା ଯାଞ୍ଚ',
  'desk.mobile': 'ମୋବାଇଲ ନମ୍ବର',
  'desk.name': 'ପୂରା ନାମ',
  'desk.consent':
    'ଧାରକ, ଦୟାକରି ପଢ଼ନ୍ତୁ: ଆପଣଙ୍କ ମୋବାଇଲକୁ ଆସିଥିବା OTP ଦେଇ ଆପଣ ସମ୍ମତି ଦେଉଛନ୍ତି ଯେ “{verifier}” ଆପଣଙ୍କ ଟିକାକରଣ ସ୍ଥିତି (ଟିକାକରଣ ହୋଇନାହିଁ, ଆଂଶିକ ବା ସମ୍ପୂର୍ଣ୍ଣ ଟିକାକରଣ) ଓ ଆପଣଙ୍କ ନାମ ପାଇବେ। କୌଣସି ପ୍ରମାଣପତ୍ର, ତାରିଖ କିମ୍ବା ଡୋଜ ବିବରଣୀ ଦିଆଯାଏ ନାହିଁ।',
  'desk.send': 'OTP ପଠାନ୍ତୁ',
  'desk.otp': 'OTP',
  'desk.otpSent': 'ଏହି ମୋବାଇଲ ନମ୍ବର ଏହି ନାମରେ ପଞ୍ଜୀକୃତ ଥିଲେ ସେଥିକୁ OTP ପଠାଯାଇଛି। ଏହା 3 ମିନିଟ ପାଇଁ ବୈଧ।',
  'desk.verify': 'ଯାଞ୍ଚ କରନ୍ତୁ',
  'desk.retry': 'ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ',
  'desk.restart': 'ନୂଆ କରି ଆରମ୍ଭ କରନ୍ତୁ',
  'desk.sending': 'OTP ପଠାଯାଉଛି…',
  'desk.verifying': 'ଯାଞ୍ଚ ହେଉଛି…',
  'desk.offline': 'ଆପଣ ଅଫଲାଇନ ଅଛନ୍ତି। OTP ଯାଞ୍ଚ ପାଇଁ ଇଣ୍ଟରନେଟ ଦରକାର; QR ସ୍କାନ ଏବେ ବି ଚାଲେ।',
  'desk.notConfigured': 'ପ୍ରଥମେ ସେଟିଂସରେ ଯାଞ୍ଚକାରୀ ID ଓ API କି ଦିଅନ୍ତୁ।',
  'desk.badMobile': '10 ଅଙ୍କର ମୋବାଇଲ ନମ୍ବର ଦିଅନ୍ତୁ।',
  'desk.badName': 'ପଞ୍ଜୀକୃତ ଥିବା ପରି ପୂରା ନାମ ଦିଅନ୍ତୁ।',
  'desk.badOtp': '6 ଅଙ୍କର OTP ଦିଅନ୍ତୁ।',
  'desk.error.USRAUT0014': 'OTP ଭୁଲ। ବାକି ଚେଷ୍ଟା: {tries}।',
  'desk.error.USRAUT0014.none': 'OTP ଭୁଲ, ଆଉ କୌଣସି ଚେଷ୍ଟା ବାକି ନାହିଁ। ନୂଆ OTP ସହ ପୁଣି ଆରମ୍ଭ କରନ୍ତୁ।',
  'desk.error.USRAUT0015': 'ଏହି OTP ର ମିଆଦ ସରିଛି କିମ୍ବା ଏହା ପୂର୍ବରୁ ବ୍ୟବହାର ହୋଇଛି। ନୂଆ OTP ସହ ପୁଣି ଆରମ୍ଭ କରନ୍ତୁ।',
  'desk.error.USRAUT0016': 'ରେଜିଷ୍ଟ୍ରିକୁ ବହୁତ ଅଧିକ ଅନୁରୋଧ ଗଲାଣି। କିଛି ମିନିଟ ଅପେକ୍ଷା କରି ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ।',
  'desk.error.APIKEY0001':
    'ରେଜିଷ୍ଟ୍ରି ଏହି ଡିଭାଇସର API କି ଗ୍ରହଣ କଲା ନାହିଁ। ସେଟିଂସରେ ଯାଞ୍ଚକାରୀ ID ଓ API କି ଯାଞ୍ଚ କରନ୍ତୁ।',
  'desk.error.APIKEY0002':
    'ରେଜିଷ୍ଟ୍ରି ଏହି ସାଇଟରୁ ଏହି API କି ଗ୍ରହଣ କରେ ନାହିଁ। ସେଟିଂସରେ ରେଜିଷ୍ଟ୍ରି URL ଓ API କି ଯାଞ୍ଚ କରନ୍ତୁ।',
  'desk.error.AUTH0001': 'ରେଜିଷ୍ଟ୍ରି ସହ ସେସନ ଶେଷ ହୋଇଛି। ନୂଆ OTP ସହ ପୁଣି ଆରମ୍ଭ କରନ୍ତୁ।',
  'desk.error.REQVAL0001': 'ରେଜିଷ୍ଟ୍ରି ଦିଆଯାଇଥିବା ତଥ୍ୟ ଗ୍ରହଣ କଲା ନାହିଁ। ସେଗୁଡ଼ିକ ଯାଞ୍ଚ କରି ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ।',
  'desk.error.TIMEOUT': 'ରେଜିଷ୍ଟ୍ରି ଉତ୍ତର ଦେଉନାହିଁ। ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ।',
  'desk.error.NETWORK': 'ରେଜିଷ୍ଟ୍ରି ସହ ଯୋଗାଯୋଗ ହୋଇପାରୁନାହିଁ। ସଂଯୋଗ ଯାଞ୍ଚ କରି ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ।',
  'desk.error.SERVER': 'ରେଜିଷ୍ଟ୍ରିରେ ଏବେ ସମସ୍ୟା ଅଛି। କିଛି ସମୟ ପରେ ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ।',
  'desk.error.BAD_RESPONSE': 'ରେଜିଷ୍ଟ୍ରିର ଉତ୍ତର ପଢ଼ିହେଲା ନାହିଁ। ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ।',

  'settings.title': 'ସେଟିଂସ',
  'settings.registryUrl': 'ରେଜିଷ୍ଟ୍ରି URL',
  'settings.verifierId': 'ଯାଞ୍ଚକାରୀ ID',
  'settings.apiKey': 'API କି',
  'settings.trustListUrl': 'ବିଶ୍ୱସ୍ତ ତାଲିକା URL',
  'settings.trustListHint': 'ରେଜିଷ୍ଟ୍ରିର ନିଜ ବିଶ୍ୱସ୍ତ ତାଲିକା ବ୍ୟବହାର କରିବାକୁ ଖାଲି ଛାଡ଼ନ୍ତୁ।',
  'settings.pin': 'PIN',
  'settings.pinHint':
    'ଅଂଶୀଦାର ଟାବଲେଟରେ 4 ରୁ 12 ଅଙ୍କର PIN ସେଟିଂସକୁ ସୁରକ୍ଷିତ ରଖେ। PIN ଯେମିତି ଅଛି ସେମିତି ରଖିବାକୁ ଖାଲି ଛାଡ଼ନ୍ତୁ।',
  'settings.pinBad': 'PIN 4 ରୁ 12 ଅଙ୍କର ହୁଏ।',
  'settings.pinRemove': 'PIN ହଟାନ୍ତୁ',
  'settings.pinRemoved': 'PIN ହଟାଗଲା: ସେଟିଂସ ଏବେ ଯେକେହି ଖୋଲିପାରିବେ।',
  'settings.pinSaved': 'PIN ସେଭ ହେଲା: ସେଟିଂସ ଏବେ ତାହା ମାଗିବ।',
  'settings.locked': 'ସେଟିଂସ PIN ଦ୍ୱାରା ସୁରକ୍ଷିତ। ଖୋଲିବାକୁ PIN ଦିଅନ୍ତୁ।',
  'settings.unlock': 'ଖୋଲନ୍ତୁ',
  'settings.pinWrong': 'ଭୁଲ PIN। ବାକି ଚେଷ୍ଟା: {tries}।',
  'settings.pinWait': 'ଅନେକ ଥର ଭୁଲ PIN। ଏକ ମିନିଟ ଅପେକ୍ଷା କରି ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ।',
  'settings.registryChange':
    'ରେଜିଷ୍ଟ୍ରି ବଦଳାଇ {registry} କରିବେ? {old} ର କି ଏହି ଡିଭାଇସରୁ ହଟାଯିବ, ଏବଂ କୋଡ କେବଳ ନୂଆ ରେଜିଷ୍ଟ୍ରିର କି ଦ୍ୱାରା ଯାଞ୍ଚ ହେବ।',
  'settings.registryChangeYes': 'ରେଜିଷ୍ଟ୍ରି ବଦଳାନ୍ତୁ',
  'settings.registryChangeNo': 'ବର୍ତ୍ତମାନର ରେଜିଷ୍ଟ୍ରି ରଖନ୍ତୁ',
  'settings.save': 'ସେଭ କରନ୍ତୁ',
  'settings.saved': 'ସେଟିଂସ ସେଭ ହେଲା।',
  'settings.error.BAD_REGISTRY_URL': 'https:// ରେ ଆରମ୍ଭ ହେଉଥିବା ରେଜିଷ୍ଟ୍ରି URL ଦିଅନ୍ତୁ।',
  'settings.error.BAD_VERIFIER_ID': 'ଯାଞ୍ଚକାରୀ ID ରେ ଖାଲି ସ୍ଥାନ ରହିପାରିବ ନାହିଁ।',
  'settings.error.BAD_API_KEY': 'API କି ରେ ଖାଲି ସ୍ଥାନ ରହିପାରିବ ନାହିଁ।',
  'settings.error.INSECURE_REGISTRY_URL':
    'ରେଜିଷ୍ଟ୍ରି URL https:// ରେ ଆରମ୍ଭ ହେବା ଦରକାର (http:// କେବଳ localhost ଓ 127.0.0.1 ପାଇଁ)।',
  'settings.error.BAD_TRUST_LIST_URL':
    'https:// ରେ ଆରମ୍ଭ ହେଉଥିବା ବିଶ୍ୱସ୍ତ ତାଲିକା URL ଦିଅନ୍ତୁ, କିମ୍ବା ଖାଲି ଛାଡ଼ନ୍ତୁ।',
  'settings.error.INSECURE_TRUST_LIST_URL':
    'ବିଶ୍ୱସ୍ତ ତାଲିକା URL https:// ରେ ଆରମ୍ଭ ହେବା ଦରକାର (http:// କେବଳ localhost ଓ 127.0.0.1 ପାଇଁ)।',
  'settings.error.LOCKED': 'ସେଟିଂସ ଲକ ଅଛି: ପ୍ରଥମେ PIN ଦିଅନ୍ତୁ।',
  'settings.error.STORAGE': 'ଏହି ଡିଭାଇସରେ ସେଟିଂସ ସେଭ ହୋଇପାରିଲା ନାହିଁ।',
  'settings.keys': 'ରେଜିଷ୍ଟ୍ରି କି',
  'settings.keysIssuer': 'ଜାରିକର୍ତ୍ତା: {issuer}, କି {registry} ରୁ',
  'settings.preferences': 'ଡେସ୍କ ପସନ୍ଦ',
  'settings.language': 'ଭାଷା',
  'settings.languageAuto': 'ଡିଭାଇସର ଭାଷା',
  'settings.sound': 'ପ୍ରତ୍ୟେକ ଫଳାଫଳରେ ଶବ୍ଦ',
  'settings.vibration': 'ପ୍ରତ୍ୟେକ ଫଳାଫଳରେ କମ୍ପନ',
  'settings.kiosk': 'କିଓସ୍କ ମୋଡ: ପ୍ରତ୍ୟେକ ଫଳାଫଳ ପରେ ସ୍କାନର ନିଜେ ଫେରିଆସେ',
  'settings.retention': 'ଲଗ କେତେ ଦିନ ରଖିବେ',
  'settings.retentionError': '1 ରୁ 365 ମଧ୍ୟରେ ଦିନର ଏକ ପୂର୍ଣ୍ଣ ସଂଖ୍ୟା ଦିଅନ୍ତୁ।',
  'settings.preferencesSaved': 'ପସନ୍ଦ ସେଭ ହେଲା।',
  'settings.log': 'ଯାଞ୍ଚ ଲଗ',
  'settings.logSummary.one':
    'ଲଗରେ {count}ଟି ଯାଞ୍ଚ ଅଛି। ଏଥିରେ ଅଧିକରୁ ଅଧିକ ନାମର ପ୍ରଥମ ଅକ୍ଷର ରହେ, କେବେ ବି ପୂରା ନାମ, ମୋବାଇଲ ନମ୍ବର କିମ୍ବା କୋଡ ନୁହେଁ।',
  'settings.logSummary.other':
    'ଲଗରେ {count}ଟି ଯାଞ୍ଚ ଅଛି। ଏଥିରେ ଅଧିକରୁ ଅଧିକ ନାମର ପ୍ରଥମ ଅକ୍ଷର ରହେ, କେବେ ବି ପୂରା ନାମ, ମୋବାଇଲ ନମ୍ବର କିମ୍ବା କୋଡ ନୁହେଁ।',
  'settings.export': 'CSV ଡାଉନଲୋଡ କରନ୍ତୁ',
  'settings.exported': 'ଲଗ CSV ଫାଇଲ ଭାବେ ଡାଉନଲୋଡ ହେଲା।',
  'settings.clearLog': 'ଲଗ ଲିଭାନ୍ତୁ',
  'settings.clearConfirm': 'ଏହି ଡିଭାଇସର ଯାଞ୍ଚ ଲଗର ସମସ୍ତ ଏଣ୍ଟ୍ରି ଲିଭାଇବେ? ଏହାକୁ ଆଉ ଫେରାଇ ହେବ ନାହିଁ।',
  'settings.clearYes': 'ଲଗ ଲିଭାଇ ଦିଅନ୍ତୁ',
  'settings.clearNo': 'ଲଗ ରହିବାକୁ ଦିଅନ୍ତୁ',
  'settings.cleared': 'ଲଗ ଲିଭାଗଲା।',
  'settings.logError': 'ଏହି ଡିଭାଇସରେ ଲଗ ପଢ଼ିହେଲା ନାହିଁ କିମ୍ବା ବଦଳାଯାଇପାରିଲା ନାହିଁ।',

  ...OR_EVENTS,

  'update.available': 'ଆପର ନୂଆ ସଂସ୍କରଣ ପ୍ରସ୍ତୁତ।',
  'update.reload': 'ଏବେ ଅପଡେଟ କରନ୍ତୁ',
  'update.later': 'ପରେ',
  'update.offlineReady': 'ଆପ ଏବେ ଅଫଲାଇନ କାମ କରିବାକୁ ପ୍ରସ୍ତୁତ।',
  'update.dismiss': 'ଠିକ ଅଛି',
  'reason.REVOKED': 'ବାତିଲ: ଜାରିକର୍ତ୍ତା ଏହି ପ୍ରମାଣପତ୍ର ପ୍ରତ୍ୟାହାର କରିଛନ୍ତି। ଏହାକୁ ଗ୍ରହଣ କରନ୍ତୁ ନାହିଁ।',
  'trustList.title': 'ବିଶ୍ୱସ୍ତ ତାଲିକା',
  'trustList.stale':
    'ବିଶ୍ୱସ୍ତ ତାଲିକା ପୁରୁଣା: {age} ପୂର୍ବରୁ ଦସ୍ତଖତ ହୋଇଛି, {date} ପର୍ଯ୍ୟନ୍ତ ବୈଧ। ଇଣ୍ଟରନେଟ ସହ ଯୋଡ଼ି କି ରିଫ୍ରେସ କରନ୍ତୁ।',
  'trustList.age.days': '{n} ଦିନ',
  'trustList.age.hours': '{n} ଘଣ୍ଟା',
  'trustList.age.minutes': '{n} ମିନିଟ',
  'trustList.pinned': 'ଦସ୍ତଖତକାରୀ (ପିନ କରାଯାଇଛି): {thumbprint}',
  'trustList.pinnedNone':
    'ଏପର୍ଯ୍ୟନ୍ତ କୌଣସି ଦସ୍ତଖତକାରୀ ପିନ ହୋଇନାହାନ୍ତି: ରେଜିଷ୍ଟ୍ରି ଯେଉଁ କିର ନାମ ଦିଏ, ପ୍ରଥମ ବ୍ୟବହାରରେ ତାହା ପିନ ହେବ।',
  'trustList.issuer': '{iss} ଦ୍ୱାରା ପ୍ରକାଶିତ, ସଂସ୍କରଣ {seq}, {age} ପୂର୍ବରୁ ଦସ୍ତଖତ ହୋଇଛି।',
  'trustList.counts':
    'CoWIN କି: {divoc}। EU ଦସ୍ତଖତକାରୀ ପ୍ରମାଣପତ୍ର: {eudcc}। SMART Health Card ଜାରିକର୍ତ୍ତା: {shc}।',
  'trustList.revoked': 'ବାତିଲ କୋଡ: CoWIN {divoc}, EU {eudcc}, SMART Health Card {shc}।',
  'trustList.source': 'ଉତ୍ସ: {name}, {count}ଟି ଏଣ୍ଟ୍ରି',
  'trustList.refused.WRONG_KEY':
    'ଅନ୍ୟ ଏକ କିରେ ଦସ୍ତଖତ ହୋଇଥିବା ବିଶ୍ୱସ୍ତ ତାଲିକା ପ୍ରତ୍ୟାଖ୍ୟାନ କରାଗଲା। ପୂର୍ବ ତାଲିକା ହିଁ ରଖାଯାଇଛି।',
  'trustList.refused.ROLLBACK':
    'ପୁରୁଣା କିମ୍ବା ବଦଳାଯାଇଥିବା ବିଶ୍ୱସ୍ତ ତାଲିକା ପ୍ରତ୍ୟାଖ୍ୟାନ କରାଗଲା। ପୂର୍ବ ତାଲିକା ହିଁ ରଖାଯାଇଛି।',
  'trustList.refused.BAD_SIGNATURE':
    'ଭଙ୍ଗା ଦସ୍ତଖତ ଥିବା ବିଶ୍ୱସ୍ତ ତାଲିକା ପ୍ରତ୍ୟାଖ୍ୟାନ କରାଗଲା। ପୂର୍ବ ତାଲିକା ହିଁ ରଖାଯାଇଛି।',
  'trustList.refused.MALFORMED': 'ପଢ଼ିହେଉନଥିବା ବିଶ୍ୱସ୍ତ ତାଲିକା ପ୍ରତ୍ୟାଖ୍ୟାନ କରାଗଲା। ପୂର୍ବ ତାଲିକା ହିଁ ରଖାଯାଇଛି।',
  'trustList.refused.NO_PIN':
    'ବିଶ୍ୱସ୍ତ ତାଲିକା ଅଣାଯାଇନାହିଁ: କୌଣସି ଦସ୍ତଖତ କି ପିନ ହୋଇନାହିଁ ଏବଂ ରେଜିଷ୍ଟ୍ରି କୌଣସିର ନାମ ଦିଏ ନାହିଁ।',
  'settings.trustListKey': 'ବିଶ୍ୱସ୍ତ ତାଲିକା କି',
  'settings.trustListKeyHint':
    'ବିଶ୍ୱସ୍ତ ତାଲିକାର ଦସ୍ତଖତ କିର ଥମ୍ବପ୍ରିଣ୍ଟ। ଖାଲି ଛାଡ଼ିଲେ ରେଜିଷ୍ଟ୍ରି ଯେଉଁ କିର ନାମ ଦିଏ, ପ୍ରଥମ ବ୍ୟବହାରରେ ତାହା ପିନ ହେବ।',
  'settings.error.BAD_TRUST_LIST_KEY': 'ବିଶ୍ୱସ୍ତ ତାଲିକା କି ହେଉଛି ତାଲିକାର ଦସ୍ତଖତ କିର 43 ଅକ୍ଷରର ଥମ୍ବପ୍ରିଣ୍ଟ।',
} satisfies Messages;

export default OR;
