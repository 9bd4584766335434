/**
 * Every string of the verifier in Bengali, as gate staff speak it, with CoWIN's Bengali terms
 * (টিকা, টিকাকরণ, শংসাপত্র). Names of things (KYC-VS, CoWIN, QR, OTP, PIN, URL, EU) stay.
 */
import type { Messages } from './en.ts';
import { BN_EVENTS } from './events/bn.ts';

const BN = {
  'app.title': 'KYC-VS যাচাই',
  'app.online': 'অনলাইন',
  'app.offline': 'অফলাইন',
  'app.loading': 'লোড হচ্ছে…',
  'app.storageError':
    'এই ডিভাইস তার স্টোরেজ খুলতে পারেনি। অ্যাপের অন্য ট্যাবগুলি বন্ধ করে পেজটি আবার লোড করুন।',
  'app.reloadNeeded':
    'অ্যাপের স্টোরেজ বন্ধ হয়ে গেছে, অন্য ট্যাবে খোলা আপডেটের জন্য বা ব্রাউজারের কারণে। এগোতে এই পেজটি আবার লোড করুন।',
  'app.screenError': 'এই স্ক্রিনটি লোড করা যায়নি। ইন্টারনেটে যুক্ত হয়ে আবার চেষ্টা করুন।',
  'app.reload': 'আবার লোড করুন',

  'home.scan': 'QR স্ক্যান করুন',
  'home.desk': 'OTP দিয়ে যাচাই',
  'home.settings': 'সেটিংস',
  'home.settingsOpen': 'এই ডিভাইসের সেটিংস যে কেউ বদলাতে পারে। সুরক্ষিত রাখতে সেটিংসে একটি PIN দিন।',
  'home.refresh': 'কী রিফ্রেশ করুন',
  'home.deskOffline': 'OTP যাচাইয়ের জন্য ইন্টারনেট লাগে। QR স্ক্যান অফলাইনেও চলে।',
  'home.deskNotConfigured': 'OTP যাচাই ব্যবহার করতে সেটিংসে যাচাইকারীর ID আর API কী দিন।',
  'home.keysFetched': 'রেজিস্ট্রির কী আপডেট হয়েছে {time}।',
  'home.noKeys': 'এই ডিভাইসে এখনও রেজিস্ট্রির কোনো কী নেই। ইন্টারনেটে যুক্ত হয়ে কী রিফ্রেশ করুন।',
  'home.keysStale': 'রেজিস্ট্রির কী 7 দিনের বেশি পুরোনো। ইন্টারনেটে যুক্ত হয়ে কী রিফ্রেশ করুন।',
  'home.clockSkew.one':
    'এই ডিভাইসের ঘড়ি রেজিস্ট্রির ঘড়ি থেকে প্রায় {minutes} মিনিট আলাদা। ঘড়ি ঠিক করুন, নইলে কোড বাতিল হতে পারে।',
  'home.clockSkew.other':
    'এই ডিভাইসের ঘড়ি রেজিস্ট্রির ঘড়ি থেকে প্রায় {minutes} মিনিট আলাদা। ঘড়ি ঠিক করুন, নইলে কোড বাতিল হতে পারে।',
  'home.trustListFetched': 'CoWIN, EU আর SMART Health Card কোডের বিশ্বস্ত তালিকা আপডেট হয়েছে {time}।',
  'home.noTrustList':
    'CoWIN, EU আর SMART Health Card কোডের বিশ্বস্ত তালিকা এখনও নেই: অনলাইন হলে কী রিফ্রেশ করুন।',
  'home.refreshing': 'কী রিফ্রেশ হচ্ছে…',
  'home.refreshOk': 'কী রিফ্রেশ হয়েছে।',
  'home.refreshFailed.OFFLINE': 'রেজিস্ট্রির সঙ্গে যোগাযোগ করা যায়নি। আগের কী রাখা থাকল।',
  'home.refreshFailed.TIMEOUT': 'রেজিস্ট্রি সময়মতো উত্তর দেয়নি। আগের কী রাখা থাকল।',
  'home.refreshFailed.HTTP_ERROR': 'রেজিস্ট্রি তার কী পাঠাতে রাজি হয়নি। আগের কী রাখা থাকল।',
  'home.refreshFailed.GARBLED': 'রেজিস্ট্রি যে কী পাঠিয়েছে তা ব্যবহার করা যায় না। আগের কী রাখা থাকল।',
  'home.today': 'আজ এই ডিভাইসে যাচাই',
  'home.todayTotal': 'মোট: {count}',
  'count.full': 'সম্পূর্ণ টিকাকরণ',
  'count.partial': 'আংশিক টিকাকরণ',
  'count.none': 'টিকা নেওয়া হয়নি',
  'count.repeat': 'আগেই যাচাই করা',
  'count.invalid': 'অবৈধ',
  'count.cannot': 'যাচাই করা যায়নি',

  'count.other': 'টিকাকরণের শংসাপত্র নয়',
  'nav.back': 'ফিরে যান',

  'scan.title': 'স্ট্যাটাস QR কোড স্ক্যান করুন',
  'scan.hint': 'কোডটি ফ্রেমের ভিতরে রাখুন।',
  'scan.camera': 'ক্যামেরা',
  'scan.cameraRear': 'পিছনের ক্যামেরা',
  'scan.cameraFront': 'সামনের ক্যামেরা',
  'scan.cameraUnnamed': 'ক্যামেরা {number}',
  'scan.torchOn': 'টর্চ চালু করুন',
  'scan.torchOff': 'টর্চ বন্ধ করুন',
  'scan.chooseImage': 'ছবি বেছে নিন',
  'scan.pasteLabel': 'QR-এর লেখা',
  'scan.pasteSubmit': 'লেখা যাচাই করুন',
  'scan.starting': 'ক্যামেরা চালু হচ্ছে…',
  'scan.checking': 'যাচাই হচ্ছে…',
  'scan.cameraError':
    'ক্যামেরা ব্যবহার করা যাচ্ছে না। ক্যামেরার অনুমতি দিন, অথবা একটি ছবি বেছে নিন বা নিচে লেখাটি পেস্ট করুন।',
  'scan.loadError': 'স্ক্যানার লোড করা যায়নি। একটি ছবি বেছে নিন বা নিচে লেখাটি পেস্ট করুন।',
  'scan.noCodeInImage': 'ছবিটিতে কোনো QR কোড পাওয়া যায়নি।',
  'scan.hardwareHint': 'হাতে-ধরা QR স্ক্যানারও চলে: কোডটি স্ক্যান করুন, স্ক্রিন ছোঁয়ার দরকার নেই।',
  'scan.live': 'স্ক্যানার পরের কোডের জন্য তৈরি।',

  'verdict.full': 'সম্পূর্ণ টিকাকরণ',
  'verdict.partial': 'আংশিক টিকাকরণ',
  'verdict.none': 'টিকা নেওয়া হয়নি',
  'verdict.invalid': 'অবৈধ',
  'verdict.cannot': 'যাচাই করা যায়নি',
  'verdict.notVaccination': 'টিকাকরণের শংসাপত্র নয়',
  'format.kycvs': 'KYC-VS স্ট্যাটাস',
  'format.divoc': 'CoWIN শংসাপত্র',
  'format.eudcc': 'EU ডিজিটাল COVID শংসাপত্র',
  'format.shc': 'SMART Health Card',
  'result.name': 'নাম: {name}',
  'result.mobile': 'মোবাইল নম্বরের শেষ অঙ্ক {digits}',
  'result.birthDate': 'জন্ম: {date}',
  'result.issued': 'জারি: {time}',
  'result.compare': 'নাম আর মোবাইলের অঙ্ক ধারকের ছবিযুক্ত পরিচয়পত্রের সঙ্গে মিলিয়ে নিন।',
  'result.staleKeys': 'রেজিস্ট্রির 7 দিনের বেশি পুরোনো কী দিয়ে যাচাই করা হয়েছে।',
  'result.clockSkew': 'এই ডিভাইসের ঘড়ি ভুল হতে পারে: এই ফলাফলের উপর ভরসা করার আগে ঘড়ি দেখে নিন।',
  'result.next': 'পরবর্তী',
  'result.home': 'হোম',
  'result.autoClear': 'এই ফলাফল 30 সেকেন্ড পরে নিজে থেকেই মুছে যাবে।',
  'result.autoNext': 'কয়েক সেকেন্ডের মধ্যে স্ক্যানার নিজে থেকেই ফিরে আসবে।',
  'result.alreadyChecked': '{time}-এ আগেই যাচাই করা হয়েছে',
  'result.alreadyCheckedOn': '{date}, {time}-এ আগেই যাচাই করা হয়েছে',
  'result.alreadyCheckedAtGate': '{gate}-এ {time}-এ আগেই যাচাই করা হয়েছে',
  'result.alreadyCheckedAtGateOn': '{gate}-এ {date}, {time}-এ আগেই যাচাই করা হয়েছে',
  'result.alreadyCheckedNote':
    'এই কোড এই ডিভাইসে আগেই যাচাই করা হয়েছে। হয়তো অন্য কেউ দিয়েছে: নামটি ছবিযুক্ত পরিচয়পত্রের সঙ্গে ভালো করে মিলিয়ে নিন।',

  'reason.MALFORMED': 'এটি পড়া যায় এমন টিকাকরণ স্ট্যাটাস কোড নয়।',
  'reason.UNSUPPORTED_ALG': 'কোডটিতে এমনভাবে স্বাক্ষর করা যা রেজিস্ট্রি কখনো করে না: একে জাল বলে ধরুন।',
  'reason.UNTRUSTED_ISSUER': 'এই ডিভাইস যে রেজিস্ট্রিকে বিশ্বাস করে, কোডটি সেখান থেকে জারি হয়নি।',
  'reason.UNKNOWN_KEY':
    'যে রেজিস্ট্রি কী দিয়ে এই কোডে স্বাক্ষর হয়েছে, তা এই ডিভাইসে নেই। ইন্টারনেটে যুক্ত হয়ে কী রিফ্রেশ করুন এবং আবার স্ক্যান করুন।',
  'reason.BAD_SIGNATURE': 'স্বাক্ষর মিলছে না: কোডটি জাল বা বদলানো হয়েছে।',
  'reason.EXPIRED': 'কোডটির মেয়াদ শেষ। ধারকের কাছে নতুন কোড চান।',
  'reason.NOT_YET_VALID': 'কোডটিতে ভবিষ্যতের তারিখ আছে। এই ডিভাইসের ঘড়ি দেখুন।',
  'reason.WRONG_AUDIENCE': 'কোডটি অন্য সংস্থার জন্য জারি হয়েছে, এই যাচাইকারীর জন্য নয়।',
  'reason.NONCE_MISMATCH':
    'এই কোড অন্য একটি যাচাইয়ের (ডেস্কে বা বুকিং সাইটে) উত্তর, এটির নয়। ধারকের নিজের স্ট্যাটাস QR চান, বা যাচাই আবার শুরু করুন।',
  'reason.BAD_CLAIMS': 'কোডের তথ্য অসম্পূর্ণ বা সঠিক নয়।',
  'reason.UNKNOWN_KEY_TRUST_LIST':
    'এই ডিভাইসের বিশ্বস্ত তালিকায় সেই কী নেই যা দিয়ে এই শংসাপত্রে স্বাক্ষর হয়েছে। ইন্টারনেটে যুক্ত হয়ে কী রিফ্রেশ করুন এবং আবার স্ক্যান করুন।',
  'reason.NO_KEYS_TRUST_LIST':
    'এই ধরনের কোডের বিশ্বস্ত তালিকা এই ডিভাইসে এখনও নেই। ইন্টারনেটে যুক্ত হয়ে কী রিফ্রেশ করুন।',
  'reason.NO_KEYS': 'এই ডিভাইসে এখনও রেজিস্ট্রির কোনো কী নেই। ইন্টারনেটে যুক্ত হয়ে কী রিফ্রেশ করুন।',

  'reason.WRONG_KEY_USAGE': 'এই শংসাপত্রের স্বাক্ষরকারী এই ধরনের শংসাপত্রে স্বাক্ষর করার অধিকারী নন।',
  'reason.UNSUPPORTED_FORMAT': 'এই ধরনের কোড এখানে পড়া যায় না।',
  'desk.title': 'OTP দিয়ে যাচাই',
  'desk.mobile': 'মোবাইল নম্বর',
  'desk.name': 'পুরো নাম',
  'desk.consent':
    'ধারক, দয়া করে পড়ুন: আপনার মোবাইলে আসা OTP দিলে আপনি সম্মতি দিচ্ছেন যে “{verifier}” আপনার টিকাকরণের অবস্থা (টিকা নেওয়া হয়নি, আংশিক বা সম্পূর্ণ টিকাকরণ) আর আপনার নাম পাবে। কোনো শংসাপত্র, তারিখ বা ডোজের তথ্য দেওয়া হয় না।',
  'desk.send': 'OTP পাঠান',
  'desk.otp': 'OTP',
  'desk.otpSent': 'মোবাইল নম্বরটি এই নামে নথিভুক্ত থাকলে তাতে OTP পাঠানো হয়েছে। এটি 3 মিনিট বৈধ।',
  'desk.verify': 'যাচাই করুন',
  'desk.retry': 'আবার চেষ্টা করুন',
  'desk.restart': 'নতুন করে শুরু করুন',
  'desk.sending': 'OTP পাঠানো হচ্ছে…',
  'desk.verifying': 'যাচাই হচ্ছে…',
  'desk.offline': 'আপনি অফলাইন। OTP যাচাইয়ের জন্য ইন্টারনেট লাগে; QR স্ক্যান এখনও চলে।',
  'desk.notConfigured': 'আগে সেটিংসে যাচাইকারীর ID আর API কী দিন।',
  'desk.badMobile': '10 অঙ্কের মোবাইল নম্বর দিন।',
  'desk.badName': 'নথিভুক্ত পুরো নামটি দিন।',
  'desk.badOtp': '6 অঙ্কের OTP দিন।',
  'desk.error.USRAUT0014': 'OTP ভুল। আর চেষ্টা বাকি: {tries}।',
  'desk.error.USRAUT0014.none': 'OTP ভুল, আর কোনো চেষ্টা বাকি নেই। নতুন OTP নিয়ে আবার শুরু করুন।',
  'desk.error.USRAUT0015': 'এই OTP-র মেয়াদ শেষ বা এটি আগেই ব্যবহার হয়েছে। নতুন OTP নিয়ে আবার শুরু করুন।',
  'desk.error.USRAUT0016': 'রেজিস্ট্রিতে অনেক বেশি অনুরোধ গেছে। কয়েক মিনিট অপেক্ষা করে আবার চেষ্টা করুন।',
  'desk.error.APIKEY0001':
    'রেজিস্ট্রি এই ডিভাইসের API কী মানেনি। সেটিংসে যাচাইকারীর ID আর API কী দেখুন।',
  'desk.error.APIKEY0002':
    'রেজিস্ট্রি এই সাইট থেকে এই API কী মানে না। সেটিংসে রেজিস্ট্রির URL আর API কী দেখুন।',
  'desk.error.AUTH0001': 'রেজিস্ট্রির সঙ্গে সেশন শেষ হয়ে গেছে। নতুন OTP নিয়ে আবার শুরু করুন।',
  'desk.error.REQVAL0001': 'রেজিস্ট্রি দেওয়া তথ্য মানেনি। দেখে নিয়ে আবার চেষ্টা করুন।',
  'desk.error.TIMEOUT': 'রেজিস্ট্রি উত্তর দিচ্ছে না। আবার চেষ্টা করুন।',
  'desk.error.NETWORK': 'রেজিস্ট্রির সঙ্গে যোগাযোগ করা যাচ্ছে না। সংযোগ দেখে আবার চেষ্টা করুন।',
  'desk.error.SERVER': 'রেজিস্ট্রিতে এখন সমস্যা হচ্ছে। একটু পরে আবার চেষ্টা করুন।',
  'desk.error.BAD_RESPONSE': 'রেজিস্ট্রির উত্তর পড়া যায়নি। আবার চেষ্টা করুন।',

  'settings.title': 'সেটিংস',
  'settings.registryUrl': 'রেজিস্ট্রির URL',
  'settings.verifierId': 'যাচাইকারীর ID',
  'settings.apiKey': 'API কী',
  'settings.trustListUrl': 'বিশ্বস্ত তালিকার URL',
  'settings.trustListHint': 'রেজিস্ট্রির নিজের বিশ্বস্ত তালিকা ব্যবহার করতে খালি রাখুন।',
  'settings.pin': 'PIN',
  'settings.pinHint':
    'শেয়ার করা ট্যাবলেটে 4 থেকে 12 অঙ্কের PIN সেটিংস সুরক্ষিত রাখে। PIN যেমন আছে তেমন রাখতে খালি রাখুন।',
  'settings.pinBad': 'PIN হয় 4 থেকে 12 অঙ্কের।',
  'settings.pinRemove': 'PIN সরিয়ে দিন',
  'settings.pinRemoved': 'PIN সরানো হয়েছে: সেটিংস এখন যে কেউ খুলতে পারে।',
  'settings.pinSaved': 'PIN সংরক্ষিত: সেটিংস এখন এটি চাইবে।',
  'settings.locked': 'সেটিংস PIN দিয়ে সুরক্ষিত। খুলতে PIN দিন।',
  'settings.unlock': 'খুলুন',
  'settings.pinWrong': 'ভুল PIN। আর চেষ্টা বাকি: {tries}।',
  'settings.pinWait': 'অনেকবার ভুল PIN। এক মিনিট অপেক্ষা করে আবার চেষ্টা করুন।',
  'settings.registryChange':
    'রেজিস্ট্রি বদলে {registry} করবেন? {old}-এর কী এই ডিভাইস থেকে মুছে যাবে, আর কোড শুধু নতুন রেজিস্ট্রির কী দিয়ে যাচাই হবে।',
  'settings.registryChangeYes': 'রেজিস্ট্রি বদলান',
  'settings.registryChangeNo': 'এখনকার রেজিস্ট্রি রাখুন',
  'settings.save': 'সংরক্ষণ করুন',
  'settings.saved': 'সেটিংস সংরক্ষিত হয়েছে।',
  'settings.error.BAD_REGISTRY_URL': 'https:// দিয়ে শুরু হওয়া রেজিস্ট্রির URL দিন।',
  'settings.error.BAD_VERIFIER_ID': 'যাচাইকারীর ID-তে ফাঁকা জায়গা থাকতে পারে না।',
  'settings.error.BAD_API_KEY': 'API কী-তে ফাঁকা জায়গা থাকতে পারে না।',
  'settings.error.INSECURE_REGISTRY_URL':
    'রেজিস্ট্রির URL https:// দিয়ে শুরু হতে হবে (http:// শুধু localhost আর 127.0.0.1-এর জন্য)।',
  'settings.error.BAD_TRUST_LIST_URL':
    'https:// দিয়ে শুরু হওয়া বিশ্বস্ত তালিকার URL দিন, অথবা খালি রাখুন।',
  'settings.error.INSECURE_TRUST_LIST_URL':
    'বিশ্বস্ত তালিকার URL https:// দিয়ে শুরু হতে হবে (http:// শুধু localhost আর 127.0.0.1-এর জন্য)।',
  'settings.error.LOCKED': 'সেটিংস লক করা: আগে PIN দিন।',
  'settings.error.STORAGE': 'এই ডিভাইসে সেটিংস সংরক্ষণ করা যায়নি।',
  'settings.keys': 'রেজিস্ট্রির কী',
  'settings.keysIssuer': 'জারিকারী: {issuer}, কী এসেছে {registry} থেকে',
  'settings.preferences': 'ডেস্কের পছন্দ',
  'settings.language': 'ভাষা',
  'settings.languageAuto': 'ডিভাইসের ভাষা',
  'settings.sound': 'প্রতিটি ফলাফলে শব্দ',
  'settings.vibration': 'প্রতিটি ফলাফলে কম্পন',
  'settings.kiosk': 'কিয়স্ক মোড: প্রতিটি ফলাফলের পরে স্ক্যানার নিজে থেকেই ফিরে আসে',
  'settings.retention': 'লগ কত দিন রাখা হবে',
  'settings.retentionError': '1 থেকে 365-এর মধ্যে দিনের একটি পূর্ণ সংখ্যা দিন।',
  'settings.preferencesSaved': 'পছন্দ সংরক্ষিত হয়েছে।',
  'settings.log': 'যাচাইয়ের লগ',
  'settings.logSummary.one':
    'লগে {count}টি যাচাই আছে। এতে বড়জোর নামের আদ্যক্ষর থাকে, কখনো পুরো নাম, মোবাইল নম্বর বা কোড নয়।',
  'settings.logSummary.other':
    'লগে {count}টি যাচাই আছে। এতে বড়জোর নামের আদ্যক্ষর থাকে, কখনো পুরো নাম, মোবাইল নম্বর বা কোড নয়।',
  'settings.export': 'CSV ডাউনলোড করুন',
  'settings.exported': 'লগটি CSV ফাইল হিসেবে ডাউনলোড হয়েছে।',
  'settings.clearLog': 'লগ মুছুন',
  'settings.clearConfirm': 'এই ডিভাইসের যাচাই লগের সব এন্ট্রি মুছে ফেলবেন? এটি আর ফেরানো যাবে না।',
  'settings.clearYes': 'লগ মুছে ফেলুন',
  'settings.clearNo': 'লগ রেখে দিন',
  'settings.cleared': 'লগ মুছে ফেলা হয়েছে।',
  'settings.logError': 'এই ডিভাইসে লগ পড়া বা বদলানো যায়নি।',

  ...BN_EVENTS,

  'update.available': 'অ্যাপের নতুন সংস্করণ তৈরি।',
  'update.reload': 'এখনই আপডেট করুন',
  'update.later': 'পরে',
  'update.offlineReady': 'অ্যাপটি এখন অফলাইনে কাজ করার জন্য তৈরি।',
  'update.dismiss': 'ঠিক আছে',
  'reason.REVOKED': 'বাতিল: ইস্যুকারী এই শংসাপত্র প্রত্যাহার করেছেন। এটি গ্রহণ করবেন না।',
  'trustList.title': 'বিশ্বস্ত তালিকা',
  'trustList.stale':
    'বিশ্বস্ত তালিকা পুরোনো: {age} আগে স্বাক্ষরিত, {date} পর্যন্ত বৈধ। ইন্টারনেটে যুক্ত হয়ে কী রিফ্রেশ করুন।',
  'trustList.age.days': '{n} দিন',
  'trustList.age.hours': '{n} ঘণ্টা',
  'trustList.age.minutes': '{n} মিনিট',
  'trustList.pinned': 'স্বাক্ষরকারী (পিন করা): {thumbprint}',
  'trustList.pinnedNone':
    'এখনও কোনো স্বাক্ষরকারী পিন করা নেই: রেজিস্ট্রি যে কী-এর নাম দেয়, প্রথম ব্যবহারে সেটি পিন হবে।',
  'trustList.issuer': '{iss} প্রকাশিত, সংস্করণ {seq}, {age} আগে স্বাক্ষরিত।',
  'trustList.counts':
    'CoWIN কী: {divoc}। EU স্বাক্ষরকারী শংসাপত্র: {eudcc}। SMART Health Card ইস্যুকারী: {shc}।',
  'trustList.revoked': 'বাতিল কোড: CoWIN {divoc}, EU {eudcc}, SMART Health Card {shc}।',
  'trustList.source': 'উৎস: {name}, {count}টি এন্ট্রি',
  'trustList.refused.WRONG_KEY':
    'অন্য কী দিয়ে স্বাক্ষরিত একটি বিশ্বস্ত তালিকা প্রত্যাখ্যান করা হয়েছে। আগের তালিকাটিই রাখা হয়েছে।',
  'trustList.refused.ROLLBACK':
    'একটি পুরোনো বা বদলানো বিশ্বস্ত তালিকা প্রত্যাখ্যান করা হয়েছে। আগের তালিকাটিই রাখা হয়েছে।',
  'trustList.refused.BAD_SIGNATURE':
    'ভাঙা স্বাক্ষরের একটি বিশ্বস্ত তালিকা প্রত্যাখ্যান করা হয়েছে। আগের তালিকাটিই রাখা হয়েছে।',
  'trustList.refused.MALFORMED':
    'পড়া যায়নি এমন একটি বিশ্বস্ত তালিকা প্রত্যাখ্যান করা হয়েছে। আগের তালিকাটিই রাখা হয়েছে।',
  'trustList.refused.NO_PIN':
    'বিশ্বস্ত তালিকা আনা হয়নি: কোনো স্বাক্ষরকারী কী পিন করা নেই এবং রেজিস্ট্রিও কোনোটির নাম দেয় না।',
  'settings.trustListKey': 'বিশ্বস্ত তালিকার কী',
  'settings.trustListKeyHint':
    'বিশ্বস্ত তালিকার স্বাক্ষর-কী-এর থাম্বপ্রিন্ট। খালি রাখলে রেজিস্ট্রি যে কী-এর নাম দেয়, প্রথম ব্যবহারে সেটি পিন হবে।',
  'settings.error.BAD_TRUST_LIST_KEY':
    'বিশ্বস্ত তালিকার কী হলো তালিকার স্বাক্ষর-কী-এর 43 অক্ষরের থাম্বপ্রিন্ট।',
} satisfies Messages;

export default BN;
