/**
 * Every string of the verifier in Assamese, as gate staff speak it, with CoWIN's Assamese terms
 * (টীকা, টীকাকৰণ, প্ৰমাণপত্ৰ). Names of things (KYC-VS, CoWIN, QR, OTP, PIN, URL, EU) stay.
 */
import type { Messages } from './en.ts';
import { AS_EVENTS } from './events/as.ts';

const AS = {
  'app.title': 'KYC-VS পৰীক্ষক',
  'app.online': 'অনলাইন',
  'app.offline': 'অফলাইন',
  'app.loading': 'ল’ড হৈ আছে…',
  'app.storageError':
    'এই ডিভাইচে ইয়াৰ ষ্ট’ৰেজ খুলিব নোৱাৰিলে। এপৰ আন টেববোৰ বন্ধ কৰি পৃষ্ঠাটো পুনৰ ল’ড কৰক।',
  'app.reloadNeeded':
    'এপৰ ষ্ট’ৰেজ বন্ধ হৈ গ’ল, আন টেবত খোলা আপডেট বা ব্ৰাউজাৰৰ বাবে। আগবাঢ়িবলৈ এই পৃষ্ঠাটো পুনৰ ল’ড কৰক।',
  'app.screenError': 'এই স্ক্ৰীণখন ল’ড কৰিব পৰা নগ’ল। ইণ্টাৰনেটৰ সৈতে সংযোগ কৰি পুনৰ চেষ্টা কৰক।',
  'app.reload': 'পুনৰ ল’ড কৰক',

  'home.scan': 'QR স্কেন কৰক',
  'home.desk': 'OTP ৰে পৰীক্ষা',
  'home.settings': 'ছেটিংছ',
  'home.settingsOpen':
    'এই ডিভাইচৰ ছেটিংছ যিকোনো লোকে সলনি কৰিব পাৰে। সেইবোৰ সুৰক্ষিত কৰিবলৈ ছেটিংছত এটা PIN দিয়ক।',
  'home.refresh': 'কী ৰিফ্ৰেছ কৰক',
  'home.deskOffline': 'OTP পৰীক্ষাৰ বাবে ইণ্টাৰনেট লাগে। QR স্কেন অফলাইনতো চলে।',
  'home.deskNotConfigured': 'OTP পৰীক্ষা ব্যৱহাৰ কৰিবলৈ ছেটিংছত পৰীক্ষক ID আৰু API কী দিয়ক।',
  'home.keysFetched': 'ৰেজিষ্ট্ৰীৰ কী {time} ত আপডেট হ’ল।',
  'home.noKeys': 'এই ডিভাইচত এতিয়াও ৰেজিষ্ট্ৰীৰ কোনো কী নাই। ইণ্টাৰনেটৰ সৈতে সংযোগ কৰি কী ৰিফ্ৰেছ কৰক।',
  'home.keysStale': 'ৰেজিষ্ট্ৰীৰ কী 7 দিনতকৈ পুৰণি। ইণ্টাৰনেটৰ সৈতে সংযোগ কৰি কী ৰিফ্ৰেছ কৰক।',
  'home.clockSkew.one':
    'এই ডিভাইচৰ ঘড়ী ৰেজিষ্ট্ৰীৰ ঘড়ীতকৈ প্ৰায় {minutes} মিনিট বেলেগ। ঘড়ী ঠিক কৰক, নহ’লে ক’ড নাকচ হ’ব পাৰে।',
  'home.clockSkew.other':
    'এই ডিভাইচৰ ঘড়ী ৰেজিষ্ট্ৰীৰ ঘড়ীতকৈ প্ৰায় {minutes} মিনিট বেলেগ। ঘড়ী ঠিক কৰক, নহ’লে ক’ড নাকচ হ’ব পাৰে।',
  'home.trustListFetched':
    'CoWIN, EU আৰু SMART Health Card ক’ডৰ বিশ্বাসযোগ্য তালিকা {time} ত আপডেট হ’ল।',
  'home.noTrustList':
    'CoWIN, EU আৰু SMART Health Card ক’ডৰ বিশ্বাসযোগ্য তালিকা এতিয়াও নাই: অনলাইন থাকোঁতে কী ৰিফ্ৰেছ কৰক।',
  'home.refreshing': 'কী ৰিফ্ৰেছ হৈ আছে…',
  'home.refreshOk': 'কী ৰিফ্ৰেছ হ’ল।',
  'home.refreshFailed.OFFLINE': 'ৰেজিষ্ট্ৰীৰ সৈতে যোগাযোগ কৰিব পৰা নগ’ল। আগৰ কী থাকি যাব।',
  'home.refreshFailed.TIMEOUT': 'ৰেজিষ্ট্ৰীয়ে সময়মতে উত্তৰ নিদিলে। আগৰ কী থাকি যাব।',
  'home.refreshFailed.HTTP_ERROR': 'ৰেজিষ্ট্ৰীয়ে ইয়াৰ কী পঠিয়াবলৈ অস্বীকাৰ কৰিলে। আগৰ কী থাকি যাব।',
  'home.refreshFailed.GARBLED': 'ৰেজিষ্ট্ৰীয়ে পঠিওৱা কী ব্যৱহাৰ কৰিব নোৱাৰি। আগৰ কী থাকি যাব।',
  'home.today': 'আজি এই ডিভাইচত হোৱা পৰীক্ষা',
  'home.todayTotal': 'মুঠ: {count}',
  'count.full': 'সম্পূৰ্ণ টীকাকৰণ',
  'count.partial': 'আংশিক টীকাকৰণ',
  'count.none': 'টীকাকৰণ হোৱা নাই',
  'count.repeat': 'আগতেই পৰীক্ষা কৰা',
  'count.invalid': 'অবৈধ',
  'count.cannot': 'পৰীক্ষা কৰিব পৰা নগ’ল',

  'count.other': 'টীকাকৰণৰ প্ৰমাণপত্ৰ নহয়',
  'nav.back': 'উভতি যাওক',

  'scan.title': 'স্থিতিৰ QR ক’ড স্কেন কৰক',
  'scan.hint': 'ক’ডটো ফ্ৰেমৰ ভিতৰত ৰাখক।',
  'scan.camera': 'কেমেৰা',
  'scan.cameraRear': 'পিছফালৰ কেমেৰা',
  'scan.cameraFront': 'সন্মুখৰ কেমেৰা',
  'scan.cameraUnnamed': 'কেমেৰা {number}',
  'scan.torchOn': 'টৰ্চ জ্বলাওক',
  'scan.torchOff': 'টৰ্চ নুমাওক',
  'scan.chooseImage': 'ছবি বাছক',
  'scan.pasteLabel': 'QR ৰ লিখনি',
  'scan.pasteSubmit': 'লিখনি পৰীক্ষা কৰক',
  'scan.starting': 'কেমেৰা আৰম্ভ হৈ আছে…',
  'scan.checking': 'পৰীক্ষা কৰি আছে…',
  'scan.cameraError':
    'কেমেৰা ব্যৱহাৰ কৰিব পৰা নাই। কেমেৰাৰ অনুমতি দিয়ক, বা এখন ছবি বাছক বা তলত লিখনি পেষ্ট কৰক।',
  'scan.loadError': 'স্কেনাৰ ল’ড কৰিব পৰা নগ’ল। এখন ছবি বাছক বা তলত লিখনি পেষ্ট কৰক।',
  'scan.noCodeInImage': 'সেই ছবিখনত কোনো QR ক’ড পোৱা নগ’ল।',
  'scan.hardwareHint': 'হাতত ধৰা QR স্কেনাৰো চলে: ক’ডটো স্কেন কৰক, স্ক্ৰীণ চুব নালাগে।',
  'scan.live': 'স্কেনাৰ পৰৱৰ্তী ক’ডৰ বাবে সাজু।',

  'verdict.full': 'সম্পূৰ্ণ টীকাকৰণ',
  'verdict.partial': 'আংশিক টীকাকৰণ',
  'verdict.none': 'টীকাকৰণ হোৱা নাই',
  'verdict.invalid': 'অবৈধ',
  'verdict.cannot': 'পৰীক্ষা কৰিব পৰা নগ’ল',
  'verdict.notVaccination': 'টীকাকৰণৰ প্ৰমাণপত্ৰ নহয়',
  'format.kycvs': 'KYC-VS স্থিতি',
  'format.divoc': 'CoWIN প্ৰমাণপত্ৰ',
  'format.eudcc': 'EU ডিজিটেল COVID প্ৰমাণপত্ৰ',
  'format.shc': 'SMART Health Card',
  'result.name': 'নাম: {name}',
  'result.mobile': 'ম’বাইল নম্বৰৰ শেষৰ অংক {digits}',
  'result.birthDate': 'জন্মৰ তাৰিখ: {date}',
  'result.issued': 'জাৰি: {time}',
  'result.compare': 'নাম আৰু ম’বাইলৰ অংক ধাৰকৰ ফটো পৰিচয়পত্ৰৰ সৈতে মিলাই চাওক।',
  'result.staleKeys': '7 দিনতকৈ পুৰণি ৰেজিষ্ট্ৰী কীৰে পৰীক্ষা কৰা হৈছে।',
  'result.clockSkew': 'এই ডিভাইচৰ ঘড়ী ভুল হ’ব পাৰে: এই ফলাফলৰ ওপৰত ভৰসা কৰাৰ আগতে ঘড়ীটো চাওক।',
  'result.next': 'পৰৱৰ্তী',
  'result.home': 'মূল পৃষ্ঠা',
  'result.autoClear': 'এই ফলাফল 30 ছেকেণ্ডৰ পিছত নিজে নিজে আঁতৰি যাব।',
  'result.autoNext': 'কেইছেকেণ্ডমানৰ ভিতৰত স্কেনাৰ নিজে নিজে উভতি আহিব।',
  'result.alreadyChecked': '{time} ত আগতেই পৰীক্ষা কৰা হৈছে',
  'result.alreadyCheckedOn': '{date} ত {time} বজাত আগতেই পৰীক্ষা কৰা হৈছে',
  'result.alreadyCheckedAtGate': '{gate} ত {time} বজাত আগতেই পৰীক্ষা কৰা হৈছে',
  'result.alreadyCheckedAtGateOn': '{gate} ত {date} ত {time} বজাত আগতেই পৰীক্ষা কৰা হৈছে',
  'result.alreadyCheckedNote':
    'এই ক’ডটো এই ডিভাইচত আগতেই পৰীক্ষা কৰা হৈছে। হয়তো আন কোনোবাই দিছে: নামটো ফটো পৰিচয়পত্ৰৰ সৈতে ভালদৰে মিলাই চাওক।',

  'reason.MALFORMED': 'এইটো পঢ়িব পৰা টীকাকৰণ স্থিতিৰ ক’ড নহয়।',
  'reason.UNSUPPORTED_ALG':
    'এই ক’ডত এনে ধৰণে চহী কৰা হৈছে যিটো ৰেজিষ্ট্ৰীয়ে কেতিয়াও ব্যৱহাৰ নকৰে: ইয়াক জাল বুলি ধৰক।',
  'reason.UNTRUSTED_ISSUER': 'এই ডিভাইচে বিশ্বাস কৰা ৰেজিষ্ট্ৰীয়ে এই ক’ড জাৰি কৰা নাই।',
  'reason.UNKNOWN_KEY':
    'এই ক’ডত চহী কৰা ৰেজিষ্ট্ৰী কী এই ডিভাইচত নাই। ইণ্টাৰনেটৰ সৈতে সংযোগ কৰি, কী ৰিফ্ৰেছ কৰি পুনৰ স্কেন কৰক।',
  'reason.BAD_SIGNATURE': 'চহী নিমিলে: ক’ডটো জাল বা সলনি কৰা হৈছে।',
  'reason.EXPIRED': 'ক’ডটোৰ ম্যাদ উকলিছে। ধাৰকক নতুন এটা বিচাৰক।',
  'reason.NOT_YET_VALID': 'ক’ডটোত ভৱিষ্যতৰ তাৰিখ আছে। এই ডিভাইচৰ ঘড়ী চাওক।',
  'reason.WRONG_AUDIENCE': 'এই ক’ড আন এটা প্ৰতিষ্ঠানৰ বাবে জাৰি কৰা হৈছিল, এই পৰীক্ষকৰ বাবে নহয়।',
  'reason.NONCE_MISMATCH':
    'এই ক’ড আন এটা পৰীক্ষাৰ (ডেস্কত বা বুকিং ছাইটত) উত্তৰ, এইটোৰ নহয়। ধাৰকৰ নিজৰ স্থিতিৰ QR বিচাৰক, বা পৰীক্ষা পুনৰ আৰম্ভ কৰক।',
  'reason.BAD_CLAIMS': 'ক’ডৰ তথ্য অসম্পূৰ্ণ বা শুদ্ধ নহয়।',
  'reason.UNKNOWN_KEY_TRUST_LIST':
    'এই প্ৰমাণপত্ৰত চহী কৰা কী এই ডিভাইচৰ বিশ্বাসযোগ্য তালিকাত নাই। ইণ্টাৰনেটৰ সৈতে সংযোগ কৰি, কী ৰিফ্ৰেছ কৰি পুনৰ স্কেন কৰক।',
  'reason.NO_KEYS_TRUST_LIST':
    'এই ধৰণৰ ক’ডৰ বিশ্বাসযোগ্য তালিকা এই ডিভাইচত এতিয়াও নাই। ইণ্টাৰনেটৰ সৈতে সংযোগ কৰি কী ৰিফ্ৰেছ কৰক।',
  'reason.NO_KEYS':
    'এই ডিভাইচত এতিয়াও ৰেজিষ্ট্ৰীৰ কোনো কী নাই। ইণ্টাৰনেটৰ সৈতে সংযোগ কৰি কী ৰিফ্ৰেছ কৰক।',

  'reason.WRONG_KEY_USAGE': 'এই প্ৰমাণপত্ৰত চহী কৰাজনে এই ধৰণৰ প্ৰমাণপত্ৰত চহী কৰাৰ অনুমতি নাপায়।',
  'reason.UNSUPPORTED_FORMAT': 'এই ধৰণৰ ক’ড ইয়াত পঢ়িব নোৱাৰি।',
  'desk.title': 'OTP ৰে পৰীক্ষা',
  'desk.mobile': 'ম’বাইল নম্বৰ',
  'desk.name': 'সম্পূৰ্ণ নাম',
  'desk.consent':
    'ধাৰক, অনুগ্ৰহ কৰি পঢ়ক: আপোনাৰ ম’বাইললৈ অহা OTP দি আপুনি সন্মতি দিছে যে “{verifier}” এ আপোনাৰ টীকাকৰণৰ স্থিতি (টীকাকৰণ হোৱা নাই, আংশিক বা সম্পূৰ্ণ টীকাকৰণ) আৰু আপোনাৰ নাম পাব। কোনো প্ৰমাণপত্ৰ, তাৰিখ বা ড’জৰ বিৱৰণ দিয়া নহয়।',
  'desk.send': 'OTP পঠিয়াওক',
  'desk.otp': 'OTP',
  'desk.otpSent': 'এই ম’বাইল নম্বৰ এই নামত পঞ্জীয়ন কৰা থাকিলে তালৈ OTP পঠিওৱা হৈছে। ই 3 মিনিটলৈ বৈধ।',
  'desk.verify': 'সত্যাপন কৰক',
  'desk.retry': 'পুনৰ চেষ্টা কৰক',
  'desk.restart': 'নতুনকৈ আৰম্ভ কৰক',
  'desk.sending': 'OTP পঠিয়াই আছে…',
  'desk.verifying': 'সত্যাপন কৰি আছে…',
  'desk.offline': 'আপুনি অফলাইন আছে। OTP পৰীক্ষাৰ বাবে ইণ্টাৰনেট লাগে; QR স্কেন এতিয়াও চলে।',
  'desk.notConfigured': 'প্ৰথমে ছেটিংছত পৰীক্ষক ID আৰু API কী দিয়ক।',
  'desk.badMobile': '10 অংকৰ ম’বাইল নম্বৰ দিয়ক।',
  'desk.badName': 'পঞ্জীয়ন কৰা ধৰণে সম্পূৰ্ণ নাম দিয়ক।',
  'desk.badOtp': '6 অংকৰ OTP দিয়ক।',
  'desk.error.USRAUT0014': 'OTP ভুল। বাকী থকা চেষ্টা: {tries}।',
  'desk.error.USRAUT0014.none': 'OTP ভুল, আৰু কোনো চেষ্টা বাকী নাই। নতুন OTP লৈ পুনৰ আৰম্ভ কৰক।',
  'desk.error.USRAUT0015': 'এই OTP ৰ ম্যাদ উকলিছে বা ইতিমধ্যে ব্যৱহাৰ হৈছে। নতুন OTP লৈ পুনৰ আৰম্ভ কৰক।',
  'desk.error.USRAUT0016': 'ৰেজিষ্ট্ৰীলৈ বহুত বেছি অনুৰোধ গৈছে। কেইমিনিটমান অপেক্ষা কৰি পুনৰ চেষ্টা কৰক।',
  'desk.error.APIKEY0001':
    'ৰেজিষ্ট্ৰীয়ে এই ডিভাইচৰ API কী গ্ৰহণ নকৰিলে। ছেটিংছত পৰীক্ষক ID আৰু API কী চাওক।',
  'desk.error.APIKEY0002':
    'ৰেজিষ্ট্ৰীয়ে এই ছাইটৰ পৰা এই API কী গ্ৰহণ নকৰে। ছেটিংছত ৰেজিষ্ট্ৰী URL আৰু API কী চাওক।',
  'desk.error.AUTH0001': 'ৰেজিষ্ট্ৰীৰ সৈতে ছেছন শেষ হৈছে। নতুন OTP লৈ পুনৰ আৰম্ভ কৰক।',
  'desk.error.REQVAL0001': 'ৰেজিষ্ট্ৰীয়ে দিয়া তথ্য গ্ৰহণ নকৰিলে। সেইবোৰ চাই পুনৰ চেষ্টা কৰক।',
  'desk.error.TIMEOUT': 'ৰেজিষ্ট্ৰীয়ে উত্তৰ দিয়া নাই। পুনৰ চেষ্টা কৰক।',
  'desk.error.NETWORK': 'ৰেজিষ্ট্ৰীৰ সৈতে যোগাযোগ কৰিব পৰা নাই। সংযোগ চাই পুনৰ চেষ্টা কৰক।',
  'desk.error.SERVER': 'ৰেজিষ্ট্ৰীত এতিয়া সমস্যা আছে। অলপ পিছত পুনৰ চেষ্টা কৰক।',
  'desk.error.BAD_RESPONSE': 'ৰেজিষ্ট্ৰীৰ উত্তৰ পঢ়িব পৰা নগ’ল। পুনৰ চেষ্টা কৰক।',

  'settings.title': 'ছেটিংছ',
  'settings.registryUrl': 'ৰেজিষ্ট্ৰী URL',
  'settings.verifierId': 'পৰীক্ষক ID',
  'settings.apiKey': 'API কী',
  'settings.trustListUrl': 'বিশ্বাসযোগ্য তালিকাৰ URL',
  'settings.trustListHint': 'ৰেজিষ্ট্ৰীৰ নিজৰ বিশ্বাসযোগ্য তালিকা ব্যৱহাৰ কৰিবলৈ খালী ৰাখক।',
  'settings.pin': 'PIN',
  'settings.pinHint':
    'ভাগ-বতৰা কৰা টেবলেটত 4 ৰ পৰা 12 অংকৰ PIN এ ছেটিংছ সুৰক্ষিত কৰে। PIN যেনে আছে তেনে ৰাখিবলৈ খালী ৰাখক।',
  'settings.pinBad': 'PIN 4 ৰ পৰা 12 অংকৰ হয়।',
  'settings.pinRemove': 'PIN আঁতৰাওক',
  'settings.pinRemoved': 'PIN আঁতৰোৱা হ’ল: ছেটিংছ এতিয়া যিকোনো লোকে খুলিব পাৰে।',
  'settings.pinSaved': 'PIN ছেভ হ’ল: ছেটিংছে এতিয়া ইয়াক বিচাৰিব।',
  'settings.locked': 'ছেটিংছ PIN ৰে সুৰক্ষিত। খুলিবলৈ PIN দিয়ক।',
  'settings.unlock': 'খোলক',
  'settings.pinWrong': 'ভুল PIN। বাকী থকা চেষ্টা: {tries}।',
  'settings.pinWait': 'বহুবাৰ ভুল PIN। এক মিনিট অপেক্ষা কৰি পুনৰ চেষ্টা কৰক।',
  'settings.registryChange':
    'ৰেজিষ্ট্ৰী সলনি কৰি {registry} কৰিবনে? {old} ৰ কী এই ডিভাইচৰ পৰা মচি পেলোৱা হ’ব, আৰু ক’ড কেৱল নতুন ৰেজিষ্ট্ৰীৰ কীৰে পৰীক্ষা কৰা হ’ব।',
  'settings.registryChangeYes': 'ৰেজিষ্ট্ৰী সলনি কৰক',
  'settings.registryChangeNo': 'বৰ্তমানৰ ৰেজিষ্ট্ৰী ৰাখক',
  'settings.save': 'ছেভ কৰক',
  'settings.saved': 'ছেটিংছ ছেভ হ’ল।',
  'settings.error.BAD_REGISTRY_URL': 'https:// ৰে আৰম্ভ হোৱা ৰেজিষ্ট্ৰী URL দিয়ক।',
  'settings.error.BAD_VERIFIER_ID': 'পৰীক্ষক ID ত খালী ঠাই থাকিব নোৱাৰে।',
  'settings.error.BAD_API_KEY': 'API কী ত খালী ঠাই থাকিব নোৱাৰে।',
  'settings.error.INSECURE_REGISTRY_URL':
    'ৰেজিষ্ট্ৰী URL https:// ৰে আৰম্ভ হ’ব লাগিব (http:// কেৱল localhost আৰু 127.0.0.1 ৰ বাবে)।',
  'settings.error.BAD_TRUST_LIST_URL':
    'https:// ৰে আৰম্ভ হোৱা বিশ্বাসযোগ্য তালিকাৰ URL দিয়ক, বা খালী ৰাখক।',
  'settings.error.INSECURE_TRUST_LIST_URL':
    'বিশ্বাসযোগ্য তালিকাৰ URL https:// ৰে আৰম্ভ হ’ব লাগিব (http:// কেৱল localhost আৰু 127.0.0.1 ৰ বাবে)।',
  'settings.error.LOCKED': 'ছেটিংছ লক কৰা আছে: প্ৰথমে PIN দিয়ক।',
  'settings.error.STORAGE': 'এই ডিভাইচত ছেটিংছ ছেভ কৰিব পৰা নগ’ল।',
  'settings.keys': 'ৰেজিষ্ট্ৰীৰ কী',
  'settings.keysIssuer': 'জাৰিকৰ্তা: {issuer}, কী {registry} ৰ পৰা',
  'settings.preferences': 'ডেস্কৰ পছন্দ',
  'settings.language': 'ভাষা',
  'settings.languageAuto': 'ডিভাইচৰ ভাষা',
  'settings.sound': 'প্ৰতিটো ফলাফলত শব্দ',
  'settings.vibration': 'প্ৰতিটো ফলাফলত কম্পন',
  'settings.kiosk': 'কিঅস্ক ম’ড: প্ৰতিটো ফলাফলৰ পিছত স্কেনাৰ নিজে নিজে উভতি আহে',
  'settings.retention': 'লগ কিমান দিন ৰাখিব',
  'settings.retentionError': '1 ৰ পৰা 365 ৰ ভিতৰত দিনৰ এটা পূৰ্ণ সংখ্যা দিয়ক।',
  'settings.preferencesSaved': 'পছন্দ ছেভ হ’ল।',
  'settings.log': 'পৰীক্ষাৰ লগ',
  'settings.logSummary.one':
    'লগত {count}টা পৰীক্ষা আছে। ইয়াত বেছি হ’লে নামৰ আদ্যাক্ষৰ থাকে, কেতিয়াও সম্পূৰ্ণ নাম, ম’বাইল নম্বৰ বা ক’ড নাথাকে।',
  'settings.logSummary.other':
    'লগত {count}টা পৰীক্ষা আছে। ইয়াত বেছি হ’লে নামৰ আদ্যাক্ষৰ থাকে, কেতিয়াও সম্পূৰ্ণ নাম, ম’বাইল নম্বৰ বা ক’ড নাথাকে।',
  'settings.export': 'CSV ডাউনল’ড কৰক',
  'settings.exported': 'লগটো CSV ফাইল হিচাপে ডাউনল’ড হ’ল।',
  'settings.clearLog': 'লগ মচক',
  'settings.clearConfirm':
    'এই ডিভাইচৰ পৰীক্ষাৰ লগৰ সকলো এণ্ট্ৰি মচি পেলাবনে? ইয়াক আৰু ঘূৰাই আনিব নোৱাৰি।',
  'settings.clearYes': 'লগ মচি পেলাওক',
  'settings.clearNo': 'লগ থাকিবলৈ দিয়ক',
  'settings.cleared': 'লগ মচা হ’ল।',
  'settings.logError': 'এই ডিভাইচত লগ পঢ়িব বা সলনি কৰিব পৰা নগ’ল।',

  ...AS_EVENTS,

  'update.available': 'এপৰ নতুন সংস্কৰণ সাজু।',
  'update.reload': 'এতিয়াই আপডেট কৰক',
  'update.later': 'পিছত',
  'update.offlineReady': 'এপটো এতিয়া অফলাইনত কাম কৰিবলৈ সাজু।',
  'update.dismiss': 'ঠিক আছে',
  'reason.REVOKED': 'বাতিল: জাৰীকৰ্তাই এই প্ৰমাণপত্ৰ উঠাই লৈছে। ইয়াক গ্ৰহণ নকৰিব।',
  'trustList.title': 'বিশ্বাসযোগ্য তালিকা',
  'trustList.stale':
    'বিশ্বাসযোগ্য তালিকা পুৰণি: {age} আগতে চহী কৰা, {date} লৈকে বৈধ। ইণ্টাৰনেটৰ সৈতে সংযোগ কৰি কী ৰিফ্ৰেছ কৰক।',
  'trustList.age.days': '{n} দিন',
  'trustList.age.hours': '{n} ঘণ্টা',
  'trustList.age.minutes': '{n} মিনিট',
  'trustList.pinned': 'চহীকৰ্তা (পিন কৰা): {thumbprint}',
  'trustList.pinnedNone':
    'এতিয়াও কোনো চহীকৰ্তা পিন কৰা হোৱা নাই: ৰেজিষ্ট্ৰীয়ে যি কীৰ নাম দিয়ে, প্ৰথম ব্যৱহাৰত সেইটো পিন হ’ব।',
  'trustList.issuer': '{iss}এ প্ৰকাশ কৰা, সংস্কৰণ {seq}, {age} আগতে চহী কৰা।',
  'trustList.counts':
    'CoWIN কী: {divoc}। EU চহীকৰ্তাৰ প্ৰমাণপত্ৰ: {eudcc}। SMART Health Card জাৰীকৰ্তা: {shc}।',
  'trustList.revoked': 'বাতিল ক’ড: CoWIN {divoc}, EU {eudcc}, SMART Health Card {shc}।',
  'trustList.source': 'উৎস: {name}, {count}টা প্ৰবিষ্টি',
  'trustList.refused.WRONG_KEY':
    'আন এটা কীৰে চহী কৰা বিশ্বাসযোগ্য তালিকা অগ্ৰাহ্য কৰা হ’ল। আগৰ তালিকাখনেই ৰখা হৈছে।',
  'trustList.refused.ROLLBACK':
    'পুৰণি বা সলনি কৰা বিশ্বাসযোগ্য তালিকা অগ্ৰাহ্য কৰা হ’ল। আগৰ তালিকাখনেই ৰখা হৈছে।',
  'trustList.refused.BAD_SIGNATURE':
    'ভঙা চহীৰ বিশ্বাসযোগ্য তালিকা অগ্ৰাহ্য কৰা হ’ল। আগৰ তালিকাখনেই ৰখা হৈছে।',
  'trustList.refused.MALFORMED':
    'পঢ়িব নোৱাৰা বিশ্বাসযোগ্য তালিকা অগ্ৰাহ্য কৰা হ’ল। আগৰ তালিকাখনেই ৰখা হৈছে।',
  'trustList.refused.NO_PIN':
    'বিশ্বাসযোগ্য তালিকা অনা নহ’ল: কোনো চহীকৰ্তাৰ কী পিন কৰা নাই আৰু ৰেজিষ্ট্ৰীয়েও কোনো নাম দিয়া নাই।',
  'settings.trustListKey': 'বিশ্বাসযোগ্য তালিকাৰ কী',
  'settings.trustListKeyHint':
    'বিশ্বাসযোগ্য তালিকাৰ চহী-কীৰ থাম্বপ্ৰিণ্ট। খালী ৰাখিলে ৰেজিষ্ট্ৰীয়ে যি কীৰ নাম দিয়ে, প্ৰথম ব্যৱহাৰত সেইটো পিন হ’ব।',
  'settings.error.BAD_TRUST_LIST_KEY':
    'বিশ্বাসযোগ্য তালিকাৰ কী হৈছে তালিকাৰ চহী-কীৰ 43টা আখৰৰ থাম্বপ্ৰিণ্ট।',
} satisfies Messages;

export default AS;
