/** The holder page in Hindi, with the same ids as English. */
import type { HolderMessages } from './en.ts';

const HI = {
  'page.title': 'अपनी टीकाकरण स्थिति जानें',
  'page.titleDone': 'आपकी टीकाकरण स्थिति',
  'page.titleRefused': 'टीकाकरण स्थिति',
  'page.nothingShared': 'कुछ भी साझा नहीं किया गया है।',
  'page.intro':
    'अपनी कोविड-19 टीकाकरण स्थिति एक QR कोड के रूप में पाएँ, जिसे आप गेट पर दिखा सकते हैं। इसमें केवल आपकी स्थिति, आपका नाम और आपके मोबाइल नंबर के आख़िरी 4 अंक होते हैं, और यह 7 दिन तक मान्य रहता है।',
  'consent.asks': '{verifier} आपकी टीकाकरण स्थिति जानना चाहता है',
  'consent.receives': 'अगर आप अपने मोबाइल पर आए OTP से पुष्टि करते हैं, तो {verifier} को केवल यह मिलेगा:',
  'consent.status': 'आपकी स्थिति: टीकाकरण नहीं, आंशिक टीकाकरण या पूर्ण टीकाकरण;',
  'consent.name': 'आपका नाम, जैसा पंजीकृत है;',
  'consent.mobile': 'आपके मोबाइल नंबर के आख़िरी 4 अंक।',
  'consent.not': 'कोई प्रमाणपत्र, तारीख़ या ख़ुराक की जानकारी साझा नहीं होती।',
  'otp.sent':
    'अगर ये जानकारी किसी पंजीकृत व्यक्ति से मेल खाती है, तो {digits} पर ख़त्म होने वाले मोबाइल नंबर पर SMS से OTP भेजा गया है। यह 3 मिनट तक मान्य है।',
  'field.mobile': 'मोबाइल नंबर',
  'field.fullName': 'पूरा नाम',
  'field.badMobile': '10 अंकों का मोबाइल नंबर डालें।',
  'field.badName': 'पूरा नाम वैसा ही डालें जैसा पंजीकृत है।',
  'action.sendOtp': 'OTP भेजें',
  'field.otp': 'OTP',
  'field.badOtp': 'SMS में आया 6 अंकों का OTP डालें।',
  'action.verify': 'सत्यापित करें',
  'action.resend': 'नया OTP भेजें',
  'action.changeDetails': 'जानकारी बदलें',
  'status.0': 'टीकाकरण नहीं हुआ',
  'status.1': 'आंशिक टीकाकरण',
  'status.2': 'पूर्ण टीकाकरण',
  'result.holder': '{name}, मोबाइल नंबर के आख़िरी अंक {digits}',
  'result.shared': 'आपकी स्थिति {verifier} के साथ साझा कर दी गई है। आप अपनी बुकिंग जारी रख सकते हैं।',
  'result.validUntil': 'यह QR कोड {time} तक मान्य है।',
  'qr.alt': 'स्थिति QR',
  'qr.failed': 'QR कोड नहीं बन सका।',
  'qr.drawing': 'QR कोड बन रहा है…',
  'action.downloadQr': 'QR डाउनलोड करें',
  'action.copyToken': 'टोकन कॉपी करें',
  'token.copied': 'टोकन कॉपी हो गया।',
  'token.copyBlocked': 'यहाँ कॉपी करना बंद है: टोकन नीचे चुना हुआ है, उसे ख़ुद कॉपी करें।',
  'token.label': 'टोकन',
  'error.wrongOtp.one': 'OTP ग़लत है। {tries} कोशिश बची है।',
  'error.wrongOtp.other': 'OTP ग़लत है। {tries} कोशिशें बची हैं।',
  'error.wrongOtpNone': 'OTP ग़लत है और कोई कोशिश नहीं बची। नया OTP भेजें।',
  'error.wrongOtpUnknown': 'OTP ग़लत है। SMS देखकर फिर कोशिश करें।',
  'error.otpExpired': 'इस OTP की अवधि ख़त्म हो गई है या यह पहले ही इस्तेमाल हो चुका है। नया OTP भेजें।',
  'error.tooMany': 'बहुत ज़्यादा अनुरोध। कृपया कुछ मिनट रुककर फिर कोशिश करें।',
  'error.tooManySeconds.one': 'बहुत ज़्यादा अनुरोध। कृपया {seconds} सेकंड रुककर फिर कोशिश करें।',
  'error.tooManySeconds.other': 'बहुत ज़्यादा अनुरोध। कृपया {seconds} सेकंड रुककर फिर कोशिश करें।',
  'error.tooManyMinutes.one': 'बहुत ज़्यादा अनुरोध। कृपया लगभग {minutes} मिनट रुककर फिर कोशिश करें।',
  'error.tooManyMinutes.other': 'बहुत ज़्यादा अनुरोध। कृपया लगभग {minutes} मिनट रुककर फिर कोशिश करें।',
  'error.badDetails': 'मोबाइल नंबर (10 अंक), पूरा नाम और 6 अंकों का OTP जाँचें।',
  'error.network': 'रजिस्ट्री से संपर्क नहीं हो पा रहा है। कनेक्शन जाँचकर फिर कोशिश करें।',
  'error.server': 'रजिस्ट्री अभी जवाब नहीं दे सकी। थोड़ी देर बाद फिर कोशिश करें।',
  'refusal.UNKNOWN_CLIENT':
    'आपकी टीकाकरण स्थिति का यह अनुरोध अस्वीकार है: पूछने वाली संस्था रजिस्ट्री में पंजीकृत नहीं है।',
  'refusal.UNREGISTERED_ORIGIN':
    'आपकी टीकाकरण स्थिति का यह अनुरोध अस्वीकार है: जो साइट यह पेज दिखा रही है, वह उस संस्था के लिए पंजीकृत नहीं है जिसका नाम इसमें है।',
  'refusal.NOT_EMBEDDED':
    'यह पेज आपकी टीकाकरण स्थिति किसी संस्था के साथ साझा करता है, और केवल उसी संस्था की साइट के अंदर काम करता है।',
} satisfies HolderMessages;

export default HI;
