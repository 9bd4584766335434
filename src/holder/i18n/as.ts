/** The holder page in Assamese, with the same ids as English. */
import type { HolderMessages } from './en.ts';

const AS = {
  'page.title': 'আপোনাৰ টীকাকৰণৰ স্থিতি জানক',
  'page.titleDone': 'আপোনাৰ টীকাকৰণৰ স্থিতি',
  'page.titleRefused': 'টীকাকৰণৰ স্থিতি',
  'page.nothingShared': 'একো ভাগ কৰা হোৱা নাই।',
  'page.intro':
    'আপোনাৰ কোভিড-19 টীকাকৰণৰ স্থিতি এটা QR ক’ড হিচাপে লওক, যিটো আপুনি গেটত দেখুৱাব পাৰিব। ইয়াত কেৱল আপোনাৰ স্থিতি, আপোনাৰ নাম আৰু ম’বাইল নম্বৰৰ শেষৰ 4টা অংক থাকে, আৰু ই 7 দিনলৈ বৈধ।',
  'consent.asks': '{verifier} এ আপোনাৰ টীকাকৰণৰ স্থিতি বিচাৰিছে',
  'consent.receives': 'আপোনাৰ ম’বাইললৈ অহা OTP ৰে আপুনি নিশ্চিত কৰিলে, {verifier} এ কেৱল এইখিনি পাব:',
  'consent.status': 'আপোনাৰ স্থিতি: টীকাকৰণ হোৱা নাই, আংশিক টীকাকৰণ বা সম্পূৰ্ণ টীকাকৰণ;',
  'consent.name': 'পঞ্জীয়ন কৰা আপোনাৰ নাম;',
  'consent.mobile': 'আপোনাৰ ম’বাইল নম্বৰৰ শেষৰ 4টা অংক।',
  'consent.not': 'কোনো প্ৰমাণপত্ৰ, তাৰিখ বা ড’জৰ বিৱৰণ ভাগ কৰা নহয়।',
  'otp.sent':
    'এই তথ্য কোনো পঞ্জীয়নভুক্ত ব্যক্তিৰ সৈতে মিলিলে, {digits} ত শেষ হোৱা ম’বাইল নম্বৰলৈ SMS ৰে OTP পঠিওৱা হৈছে। ই 3 মিনিটলৈ বৈধ।',
  'field.mobile': 'ম’বাইল নম্বৰ',
  'field.fullName': 'সম্পূৰ্ণ নাম',
  'field.badMobile': '10 অংকৰ ম’বাইল নম্বৰ দিয়ক।',
  'field.badName': 'পঞ্জীয়ন কৰা ধৰণে সম্পূৰ্ণ নাম দিয়ক।',
  'action.sendOtp': 'OTP পঠিয়াওক',
  'field.otp': 'OTP',
  'field.badOtp': 'SMS ত অহা 6 অংকৰ OTP দিয়ক।',
  'action.verify': 'সত্যাপন কৰক',
  'action.resend': 'নতুন OTP পঠিয়াওক',
  'action.changeDetails': 'তথ্য সলনি কৰক',
  'status.0': 'টীকাকৰণ হোৱা নাই',
  'status.1': 'আংশিক টীকাকৰণ',
  'status.2': 'সম্পূৰ্ণ টীকাকৰণ',
  'result.holder': '{name}, ম’বাইল নম্বৰৰ শেষৰ অংক {digits}',
  'result.shared': 'আপোনাৰ স্থিতি {verifier} ৰ সৈতে ভাগ কৰা হ’ল। আপুনি আপোনাৰ বুকিং চলাই যাব পাৰে।',
  'result.validUntil': 'এই QR ক’ড {time} লৈ বৈধ।',
  'qr.alt': 'স্থিতিৰ QR',
  'qr.failed': 'QR ক’ড তৈয়াৰ কৰিব পৰা নগ’ল।',
  'qr.drawing': 'QR ক’ড তৈয়াৰ হৈ আছে…',
  'action.downloadQr': 'QR ডাউনল’ড কৰক',
  'action.copyToken': 'টোকেন কপি কৰক',
  'token.copied': 'টোকেন কপি হ’ল।',
  'token.copyBlocked': 'ইয়াত কপি কৰা বন্ধ: টোকেনটো তলত বাছি থোৱা আছে, নিজে কপি কৰক।',
  'token.label': 'টোকেন',
  'error.wrongOtp.one': 'OTP ভুল। আৰু {tries} বাৰ চেষ্টা বাকী।',
  'error.wrongOtp.other': 'OTP ভুল। আৰু {tries} বাৰ চেষ্টা বাকী।',
  'error.wrongOtpNone': 'OTP ভুল, আৰু কোনো চেষ্টা বাকী নাই। নতুন OTP পঠিয়াওক।',
  'error.wrongOtpUnknown': 'OTP ভুল। SMS চাই পুনৰ চেষ্টা কৰক।',
  'error.otpExpired': 'এই OTP ৰ ম্যাদ উকলিছে বা ইতিমধ্যে ব্যৱহাৰ হৈছে। নতুন OTP পঠিয়াওক।',
  'error.tooMany': 'বহুত বেছি অনুৰোধ। অনুগ্ৰহ কৰি কেইমিনিটমান অপেক্ষা কৰি পুনৰ চেষ্টা কৰক।',
  'error.tooManySeconds.one':
    'বহুত বেছি অনুৰোধ। অনুগ্ৰহ কৰি {seconds} ছেকেণ্ড অপেক্ষা কৰি পুনৰ চেষ্টা কৰক।',
  'error.tooManySeconds.other':
    'বহুত বেছি অনুৰোধ। অনুগ্ৰহ কৰি {seconds} ছেকেণ্ড অপেক্ষা কৰি পুনৰ চেষ্টা কৰক।',
  'error.tooManyMinutes.one':
    'বহুত বেছি অনুৰোধ। অনুগ্ৰহ কৰি প্ৰায় {minutes} মিনিট অপেক্ষা কৰি পুনৰ চেষ্টা কৰক।',
  'error.tooManyMinutes.other':
    'বহুত বেছি অনুৰোধ। অনুগ্ৰহ কৰি প্ৰায় {minutes} মিনিট অপেক্ষা কৰি পুনৰ চেষ্টা কৰক।',
  'error.badDetails': 'ম’বাইল নম্বৰ (10 অংক), সম্পূৰ্ণ নাম আৰু 6 অংকৰ OTP চাওক।',
  'error.network': 'ৰেজিষ্ট্ৰীৰ সৈতে যোগাযোগ কৰিব পৰা নাই। সংযোগ চাই পুনৰ চেষ্টা কৰক।',
  'error.server': 'ৰেজিষ্ট্ৰীয়ে এতিয়া উত্তৰ দিব নোৱাৰিলে। অলপ পিছত পুনৰ চেষ্টা কৰক।',
  'refusal.UNKNOWN_CLIENT':
    'আপোনাৰ টীকাকৰণৰ স্থিতিৰ বাবে এই অনুৰোধ নাকচ কৰা হ’ল: বিচৰা প্ৰতিষ্ঠানটো ৰেজিষ্ট্ৰীত পঞ্জীয়নভুক্ত নহয়।',
  'refusal.UNREGISTERED_ORIGIN':
    'আপোনাৰ টীকাকৰণৰ স্থিতিৰ বাবে এই অনুৰোধ নাকচ কৰা হ’ল: এই পৃষ্ঠা দেখুওৱা ছাইটটো ইয়াত উল্লেখ কৰা প্ৰতিষ্ঠানৰ বাবে পঞ্জীয়নভুক্ত নহয়।',
  'refusal.NOT_EMBEDDED':
    'এই পৃষ্ঠাই আপোনাৰ টীকাকৰণৰ স্থিতি এটা প্ৰতিষ্ঠানৰ সৈতে ভাগ কৰে, আৰু কেৱল সেই প্ৰতিষ্ঠানৰ ছাইটৰ ভিতৰতহে কাম কৰে।',
} satisfies HolderMessages;

export default AS;
