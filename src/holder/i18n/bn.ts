/** The holder page in Bengali, with the same ids as English. */
import type { HolderMessages } from './en.ts';

const BN = {
  'page.title': 'আপনার টিকাকরণের অবস্থা জানুন',
  'page.titleDone': 'আপনার টিকাকরণের অবস্থা',
  'page.titleRefused': 'টিকাকরণের অবস্থা',
  'page.nothingShared': 'কিছুই জানানো হয়নি।',
  'page.intro':
    'আপনার কোভিড-19 টিকাকরণের অবস্থা একটি QR কোড হিসেবে নিন, যা গেটে দেখাতে পারবেন। এতে শুধু আপনার অবস্থা, আপনার নাম আর মোবাইল নম্বরের শেষ 4টি অঙ্ক থাকে, এবং এটি 7 দিন বৈধ।',
  'consent.asks': '{verifier} আপনার টিকাকরণের অবস্থা জানতে চায়',
  'consent.receives': 'আপনার মোবাইলে আসা OTP দিয়ে নিশ্চিত করলে {verifier} শুধু এগুলি পাবে:',
  'consent.status': 'আপনার অবস্থা: টিকা নেওয়া হয়নি, আংশিক টিকাকরণ বা সম্পূর্ণ টিকাকরণ;',
  'consent.name': 'নথিভুক্ত আপনার নাম;',
  'consent.mobile': 'আপনার মোবাইল নম্বরের শেষ 4টি অঙ্ক।',
  'consent.not': 'কোনো শংসাপত্র, তারিখ বা ডোজের তথ্য জানানো হয় না।',
  'otp.sent':
    'এই তথ্য কোনো নথিভুক্ত ব্যক্তির সঙ্গে মিললে, {digits}-এ শেষ হওয়া মোবাইল নম্বরে SMS-এ OTP পাঠানো হয়েছে। এটি 3 মিনিট বৈধ।',
  'field.mobile': 'মোবাইল নম্বর',
  'field.fullName': 'পুরো নাম',
  'field.badMobile': '10 অঙ্কের মোবাইল নম্বর দিন।',
  'field.badName': 'নথিভুক্ত পুরো নামটি দিন।',
  'action.sendOtp': 'OTP পাঠান',
  'field.otp': 'OTP',
  'field.badOtp': 'SMS-এ আসা 6 অঙ্কের OTP দিন।',
  'action.verify': 'যাচাই করুন',
  'action.resend': 'নতুন OTP পাঠান',
  'action.changeDetails': 'তথ্য বদলান',
  'status.0': 'টিকা নেওয়া হয়নি',
  'status.1': 'আংশিক টিকাকরণ',
  'status.2': 'সম্পূর্ণ টিকাকরণ',
  'result.holder': '{name}, মোবাইল নম্বরের শেষ অঙ্ক {digits}',
  'result.shared': 'আপনার অবস্থা {verifier}-কে জানানো হয়েছে। আপনি বুকিং চালিয়ে যেতে পারেন।',
  'result.validUntil': 'এই QR কোড {time} পর্যন্ত বৈধ।',
  'qr.alt': 'স্ট্যাটাস QR',
  'qr.failed': 'QR কোড তৈরি করা যায়নি।',
  'qr.drawing': 'QR কোড তৈরি হচ্ছে…',
  'action.downloadQr': 'QR ডাউনলোড করুন',
  'action.copyToken': 'টোকেন কপি করুন',
  'token.copied': 'টোকেন কপি হয়েছে।',
  'token.copyBlocked': 'এখানে কপি করা বন্ধ: টোকেনটি নিচে বাছাই করা আছে, নিজে কপি করে নিন।',
  'token.label': 'টোকেন',
  'error.wrongOtp.one': 'OTP ভুল। আর {tries}বার চেষ্টা করা যাবে।',
  'error.wrongOtp.other': 'OTP ভুল। আর {tries}বার চেষ্টা করা যাবে।',
  'error.wrongOtpNone': 'OTP ভুল, আর কোনো চেষ্টা বাকি নেই। নতুন OTP পাঠান।',
  'error.wrongOtpUnknown': 'OTP ভুল। SMS দেখে আবার চেষ্টা করুন।',
  'error.otpExpired': 'এই OTP-র মেয়াদ শেষ বা এটি আগেই ব্যবহার হয়েছে। নতুন OTP পাঠান।',
  'error.tooMany': 'অনেক বেশি অনুরোধ। কয়েক মিনিট অপেক্ষা করে আবার চেষ্টা করুন।',
  'error.tooManySeconds.one': 'অনেক বেশি অনুরোধ। {seconds} সেকেন্ড অপেক্ষা করে আবার চেষ্টা করুন।',
  'error.tooManySeconds.other': 'অনেক বেশি অনুরোধ। {seconds} সেকেন্ড অপেক্ষা করে আবার চেষ্টা করুন।',
  'error.tooManyMinutes.one': 'অনেক বেশি অনুরোধ। প্রায় {minutes} মিনিট অপেক্ষা করে আবার চেষ্টা করুন।',
  'error.tooManyMinutes.other': 'অনেক বেশি অনুরোধ। প্রায় {minutes} মিনিট অপেক্ষা করে আবার চেষ্টা করুন।',
  'error.badDetails': 'মোবাইল নম্বর (10 অঙ্ক), পুরো নাম আর 6 অঙ্কের OTP দেখে নিন।',
  'error.network': 'রেজিস্ট্রির সঙ্গে যোগাযোগ করা যাচ্ছে না। সংযোগ দেখে আবার চেষ্টা করুন।',
  'error.server': 'রেজিস্ট্রি এখন উত্তর দিতে পারেনি। একটু পরে আবার চেষ্টা করুন।',
  'refusal.UNKNOWN_CLIENT':
    'আপনার টিকাকরণের অবস্থা জানার এই অনুরোধ বাতিল: যে সংস্থা চাইছে সেটি রেজিস্ট্রিতে নথিভুক্ত নয়।',
  'refusal.UNREGISTERED_ORIGIN':
    'আপনার টিকাকরণের অবস্থা জানার এই অনুরোধ বাতিল: যে সাইট এই পেজ দেখাচ্ছে সেটি উল্লিখিত সংস্থার জন্য নথিভুক্ত নয়।',
  'refusal.NOT_EMBEDDED':
    'এই পেজ আপনার টিকাকরণের অবস্থা একটি সংস্থাকে জানায়, এবং শুধু সেই সংস্থার সাইটের ভিতরেই কাজ করে।',
} satisfies HolderMessages;

export default BN;
