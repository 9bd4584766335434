/**
 * The OTP SMS in each language the holder page speaks (SPEC §12): who asks, what is shared, the
 * OTP and how long it lives. Names of things (CoWIN, OTP) and digits stay as CoWIN writes them.
 */
import type { Language } from '../src/lib/languages.ts';

/** One language's SMS: `{otp}`, `{verifier}` and `{minutes}` are filled in. */
export interface SmsWords {
  /** The SMS when `{minutes}` takes the singular (CLDR `one`); `otpOther` when absent. */
  otpOne?: string;
  otpOther: string;
  /** How the SMS names the registry's own holder page. */
  ownPage: string;
}

/** The OTP SMS, per language. */
export const SMS_TEXT: Record<Language, SmsWords> = {
  en: {
    otpOne:
      '{otp} is your OTP to share your COVID-19 vaccination status with {verifier}. Only your status (not, partially or fully vaccinated) is shared: no certificate, no dates. Valid for {minutes} minute. Do not share this OTP otherwise. - CoWIN',
    otpOther:
      '{otp} is your OTP to share your COVID-19 vaccination status with {verifier}. Only your status (not, partially or fully vaccinated) is shared: no certificate, no dates. Valid for {minutes} minutes. Do not share this OTP otherwise. - CoWIN',
    ownPage: 'the CoWIN "Know your status" page',
  },
  hi: {
    otpOther:
      '{otp} आपका OTP है। इससे आपकी कोविड-19 टीकाकरण स्थिति {verifier} के साथ साझा होगी। केवल आपकी स्थिति (टीकाकरण नहीं, आंशिक या पूर्ण टीकाकरण) साझा होती है: कोई प्रमाणपत्र या तारीख़ नहीं। {minutes} मिनट तक मान्य। यह OTP किसी और को न बताएँ। - CoWIN',
    ownPage: 'CoWIN का "अपनी स्थिति जानें" पेज',
  },
  bn: {
    otpOther:
      '{otp} আপনার OTP। এটি দিলে আপনার কোভিড-19 টিকাকরণের অবস্থা {verifier}-কে জানানো হবে। শুধু আপনার অবস্থা (টিকা নেওয়া হয়নি, আংশিক বা সম্পূর্ণ টিকাকরণ) জানানো হয়: কোনো শংসাপত্র বা তারিখ নয়। {minutes} মিনিট বৈধ। এই OTP অন্য কাউকে জানাবেন না। - CoWIN',
    ownPage: 'CoWIN-এর "আপনার অবস্থা জানুন" পেজ',
  },
  te: {
    otpOne:
      '{otp} మీ OTP. దీనితో మీ కోవిడ్-19 టీకా స్థితి {verifier}తో పంచుకోబడుతుంది. మీ స్థితి (టీకా వేయలేదు, పాక్షికంగా లేదా పూర్తిగా టీకా వేశారు) మాత్రమే పంచుకోబడుతుంది: సర్టిఫికెట్ గానీ తేదీలు గానీ కాదు. {minutes} నిమిషం చెల్లుతుంది. ఈ OTPని ఇంకెవరికీ చెప్పకండి. - CoWIN',
    otpOther:
      '{otp} మీ OTP. దీనితో మీ కోవిడ్-19 టీకా స్థితి {verifier}తో పంచుకోబడుతుంది. మీ స్థితి (టీకా వేయలేదు, పాక్షికంగా లేదా పూర్తిగా టీకా వేశారు) మాత్రమే పంచుకోబడుతుంది: సర్టిఫికెట్ గానీ తేదీలు గానీ కాదు. {minutes} నిమిషాలు చెల్లుతుంది. ఈ OTPని ఇంకెవరికీ చెప్పకండి. - CoWIN',
    ownPage: 'CoWIN "మీ స్థితి తెలుసుకోండి" పేజీ',
  },
  mr: {
    otpOne:
      '{otp} हा तुमचा OTP आहे. यामुळे तुमची कोविड-19 लसीकरण स्थिती {verifier} यांना कळवली जाईल. फक्त तुमची स्थिती (लसीकरण नाही, अंशतः किंवा पूर्ण लसीकरण) कळवली जाते: कोणतेही प्रमाणपत्र किंवा तारखा नाहीत. {minutes} मिनिट वैध. हा OTP इतर कोणालाही सांगू नका. - CoWIN',
    otpOther:
      '{otp} हा तुमचा OTP आहे. यामुळे तुमची कोविड-19 लसीकरण स्थिती {verifier} यांना कळवली जाईल. फक्त तुमची स्थिती (लसीकरण नाही, अंशतः किंवा पूर्ण लसीकरण) कळवली जाते: कोणतेही प्रमाणपत्र किंवा तारखा नाहीत. {minutes} मिनिटे वैध. हा OTP इतर कोणालाही सांगू नका. - CoWIN',
    ownPage: 'CoWIN चे "तुमची स्थिती जाणून घ्या" पान',
  },
  ta: {
    otpOne:
      '{otp} உங்கள் OTP. இதன் மூலம் உங்கள் கோவிட்-19 தடுப்பூசி நிலை {verifier} உடன் பகிரப்படும். உங்கள் நிலை (தடுப்பூசி போடவில்லை, பகுதியாக அல்லது முழுமையாகப் போடப்பட்டது) மட்டுமே பகிரப்படும்: சான்றிதழோ தேதிகளோ இல்லை. {minutes} நிமிடம் செல்லுபடியாகும். இந்த OTP-ஐ வேறு யாரிடமும் சொல்ல வேண்டாம். - CoWIN',
    otpOther:
      '{otp} உங்கள் OTP. இதன் மூலம் உங்கள் கோவிட்-19 தடுப்பூசி நிலை {verifier} உடன் பகிரப்படும். உங்கள் நிலை (தடுப்பூசி போடவில்லை, பகுதியாக அல்லது முழுமையாகப் போடப்பட்டது) மட்டுமே பகிரப்படும்: சான்றிதழோ தேதிகளோ இல்லை. {minutes} நிமிடங்கள் செல்லுபடியாகும். இந்த OTP-ஐ வேறு யாரிடமும் சொல்ல வேண்டாம். - CoWIN',
    ownPage: 'CoWIN "உங்கள் நிலையை அறிக" பக்கம்',
  },
  gu: {
    otpOther:
      '{otp} તમારો OTP છે. તેનાથી તમારી કોવિડ-19 રસીકરણની સ્થિતિ {verifier} સાથે શેર થશે. ફક્ત તમારી સ્થિતિ (રસીકરણ નથી, આંશિક કે સંપૂર્ણ રસીકરણ) શેર થાય છે: કોઈ પ્રમાણપત્ર કે તારીખો નહીં. {minutes} મિનિટ માટે માન્ય. આ OTP બીજા કોઈને ન જણાવશો. - CoWIN',
    ownPage: 'CoWIN નું "તમારી સ્થિતિ જાણો" પેજ',
  },
  kn: {
    otpOther:
      '{otp} ನಿಮ್ಮ OTP. ಇದರಿಂದ ನಿಮ್ಮ ಕೋವಿಡ್-19 ಲಸಿಕೆ ಸ್ಥಿತಿಯನ್ನು {verifier} ಜೊತೆ ಹಂಚಿಕೊಳ್ಳಲಾಗುತ್ತದೆ. ನಿಮ್ಮ ಸ್ಥಿತಿ (ಲಸಿಕೆ ಪಡೆದಿಲ್ಲ, ಭಾಗಶಃ ಅಥವಾ ಪೂರ್ಣ ಲಸಿಕೆ) ಮಾತ್ರ ಹಂಚಿಕೊಳ್ಳಲಾಗುತ್ತದೆ: ಪ್ರಮಾಣಪತ್ರವಾಗಲೀ ದಿನಾಂಕಗಳಾಗಲೀ ಇಲ್ಲ. {minutes} ನಿಮಿಷ ಮಾನ್ಯ. ಈ OTP ಅನ್ನು ಬೇರೆ ಯಾರಿಗೂ ಹೇಳಬೇಡಿ. - CoWIN',
    ownPage: 'CoWIN ನ "ನಿಮ್ಮ ಸ್ಥಿತಿ ತಿಳಿಯಿರಿ" ಪುಟ',
  },
  ml: {
    otpOther:
      '{otp} ആണ് നിങ്ങളുടെ OTP. ഇതുവഴി നിങ്ങളുടെ കോവിഡ്-19 വാക്സിനേഷൻ നില {verifier} എന്നതുമായി പങ്കിടും. നിങ്ങളുടെ നില (വാക്സിൻ എടുത്തിട്ടില്ല, ഭാഗികമായി അല്ലെങ്കിൽ പൂർണമായി എടുത്തു) മാത്രമേ പങ്കിടൂ: സർട്ടിഫിക്കറ്റോ തീയതികളോ ഇല്ല. {minutes} മിനിറ്റ് സാധുവാണ്. ഈ OTP മറ്റാരോടും പറയരുത്. - CoWIN',
    ownPage: 'CoWIN-ന്റെ "നിങ്ങളുടെ നില അറിയുക" പേജ്',
  },
  pa: {
    otpOther:
      '{otp} ਤੁਹਾਡਾ OTP ਹੈ। ਇਸ ਨਾਲ ਤੁਹਾਡੀ ਕੋਵਿਡ-19 ਟੀਕਾਕਰਨ ਸਥਿਤੀ {verifier} ਨਾਲ ਸਾਂਝੀ ਹੋਵੇਗੀ। ਸਿਰਫ਼ ਤੁਹਾਡੀ ਸਥਿਤੀ (ਟੀਕਾਕਰਨ ਨਹੀਂ, ਅੰਸ਼ਕ ਜਾਂ ਪੂਰਾ ਟੀਕਾਕਰਨ) ਸਾਂਝੀ ਹੁੰਦੀ ਹੈ: ਕੋਈ ਸਰਟੀਫਿਕੇਟ ਜਾਂ ਤਾਰੀਖ਼ਾਂ ਨਹੀਂ। {minutes} ਮਿੰਟ ਲਈ ਵੈਧ। ਇਹ OTP ਕਿਸੇ ਹੋਰ ਨੂੰ ਨਾ ਦੱਸੋ। - CoWIN',
    ownPage: 'CoWIN ਦਾ "ਆਪਣੀ ਸਥਿਤੀ ਜਾਣੋ" ਪੰਨਾ',
  },
  or: {
    otpOther:
      '{otp} ଆପଣଙ୍କ OTP। ଏହା ଦ୍ୱାରା ଆପଣଙ୍କ କୋଭିଡ୍-19 ଟିକାକରଣ ସ୍ଥିତି {verifier} ସହ ସେୟାର ହେବ। କେବଳ ଆପଣଙ୍କ ସ୍ଥିତି (ଟିକାକରଣ ହୋଇନାହିଁ, ଆଂଶିକ ବା ସମ୍ପୂର୍ଣ୍ଣ ଟିକାକରଣ) ସେୟାର ହୁଏ: କୌଣସି ପ୍ରମାଣପତ୍ର କିମ୍ବା ତାରିଖ ନୁହେଁ। {minutes} ମିନିଟ ପାଇଁ ବୈଧ। ଏହି OTP ଅନ୍ୟ କାହାକୁ କୁହନ୍ତୁ ନାହିଁ। - CoWIN',
    ownPage: 'CoWIN ର "ଆପଣଙ୍କ ସ୍ଥିତି ଜାଣନ୍ତୁ" ପୃଷ୍ଠା',
  },
  as: {
    otpOther:
      "{otp} আপোনাৰ OTP। ইয়াৰ দ্বাৰা আপোনাৰ কোভিড-19 টীকাকৰণৰ স্থিতি {verifier}ৰ সৈতে ভাগ কৰা হ'ব। কেৱল আপোনাৰ স্থিতি (টীকাকৰণ হোৱা নাই, আংশিক বা সম্পূৰ্ণ টীকাকৰণ) ভাগ কৰা হয়: কোনো প্ৰমাণপত্ৰ বা তাৰিখ নহয়। {minutes} মিনিটৰ বাবে বৈধ। এই OTP আন কাকো নক'ব। - CoWIN",
    ownPage: 'CoWIN ৰ "আপোনাৰ স্থিতি জানক" পৃষ্ঠা',
  },
};
