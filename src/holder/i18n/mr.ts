/** The holder page in Marathi, with the same ids as English. */
import type { HolderMessages } from './en.ts';

const MR = {
  'page.title': 'तुमची लसीकरण स्थिती जाणून घ्या',
  'page.titleDone': 'तुमची लसीकरण स्थिती',
  'page.titleRefused': 'लसीकरण स्थिती',
  'page.nothingShared': 'काहीही सामायिक केलेले नाही.',
  'page.intro':
    'तुमची कोविड-19 लसीकरण स्थिती गेटवर दाखवता येईल अशा QR कोडच्या रूपात मिळवा. त्यात फक्त तुमची स्थिती, तुमचे नाव आणि तुमच्या मोबाइल नंबरचे शेवटचे 4 अंक असतात, आणि तो 7 दिवस वैध असतो.',
  'consent.asks': '{verifier} तुमची लसीकरण स्थिती विचारत आहे',
  'consent.receives': 'तुमच्या मोबाइलवर आलेल्या OTP ने तुम्ही खात्री केल्यास {verifier} यांना फक्त हे मिळेल:',
  'consent.status': 'तुमची स्थिती: लसीकरण नाही, अंशतः लसीकरण किंवा पूर्ण लसीकरण;',
  'consent.name': 'नोंदवलेले तुमचे नाव;',
  'consent.mobile': 'तुमच्या मोबाइल नंबरचे शेवटचे 4 अंक.',
  'consent.not': 'कोणतेही प्रमाणपत्र, तारखा किंवा डोसची माहिती सामायिक केली जात नाही.',
  'otp.sent':
    'ही माहिती नोंदणीकृत व्यक्तीशी जुळत असल्यास, {digits} ने संपणाऱ्या मोबाइल नंबरवर SMS ने OTP पाठवला आहे. तो 3 मिनिटे वैध आहे.',
  'field.mobile': 'मोबाइल नंबर',
  'field.fullName': 'पूर्ण नाव',
  'field.badMobile': '10 अंकी मोबाइल नंबर भरा.',
  'field.badName': 'नोंदवल्याप्रमाणे पूर्ण नाव भरा.',
  'action.sendOtp': 'OTP पाठवा',
  'field.otp': 'OTP',
  'field.badOtp': 'SMS मध्ये आलेला 6 अंकी OTP भरा.',
  'action.verify': 'पडताळणी करा',
  'action.resend': 'नवीन OTP पाठवा',
  'action.changeDetails': 'माहिती बदला',
  'status.0': 'लसीकरण झालेले नाही',
  'status.1': 'अंशतः लसीकरण',
  'status.2': 'पूर्ण लसीकरण',
  'result.holder': '{name}, मोबाइल नंबरचे शेवटचे अंक {digits}',
  'result.shared': 'तुमची स्थिती {verifier} यांना कळवली आहे. तुम्ही तुमचे बुकिंग पुढे चालू ठेवू शकता.',
  'result.validUntil': 'हा QR कोड {time} पर्यंत वैध आहे.',
  'qr.alt': 'स्थिती QR',
  'qr.failed': 'QR कोड तयार होऊ शकला नाही.',
  'qr.drawing': 'QR कोड तयार होत आहे…',
  'action.downloadQr': 'QR डाउनलोड करा',
  'action.copyToken': 'टोकन कॉपी करा',
  'token.copied': 'टोकन कॉपी झाले.',
  'token.copyBlocked': 'इथे कॉपी करणे बंद आहे: टोकन खाली निवडलेले आहे, ते स्वतः कॉपी करा.',
  'token.label': 'टोकन',
  'error.wrongOtp.one': 'OTP चुकीचा. आणखी {tries} प्रयत्न उरला आहे.',
  'error.wrongOtp.other': 'OTP चुकीचा. आणखी {tries} प्रयत्न उरले आहेत.',
  'error.wrongOtpNone': 'OTP चुकीचा, आणि एकही प्रयत्न उरला नाही. नवीन OTP पाठवा.',
  'error.wrongOtpUnknown': 'OTP चुकीचा. SMS तपासा आणि पुन्हा प्रयत्न करा.',
  'error.otpExpired': 'या OTP ची मुदत संपली आहे किंवा तो आधीच वापरला आहे. नवीन OTP पाठवा.',
  'error.tooMany': 'खूप जास्त विनंत्या. कृपया काही मिनिटे थांबा आणि पुन्हा प्रयत्न करा.',
  'error.tooManySeconds.one': 'खूप जास्त विनंत्या. कृपया {seconds} सेकंद थांबा आणि पुन्हा प्रयत्न करा.',
  'error.tooManySeconds.other': 'खूप जास्त विनंत्या. कृपया {seconds} सेकंद थांबा आणि पुन्हा प्रयत्न करा.',
  'error.tooManyMinutes.one': 'खूप जास्त विनंत्या. कृपया सुमारे {minutes} मिनिट थांबा आणि पुन्हा प्रयत्न करा.',
  'error.tooManyMinutes.other':
    'खूप जास्त विनंत्या. कृपया सुमारे {minutes} मिनिटे थांबा आणि पुन्हा प्रयत्न करा.',
  'error.badDetails': 'मोबाइल नंबर (10 अंक), पूर्ण नाव आणि 6 अंकी OTP तपासा.',
  'error.network': 'रजिस्ट्रीशी संपर्क होत नाही. कनेक्शन तपासा आणि पुन्हा प्रयत्न करा.',
  'error.server': 'रजिस्ट्री आत्ता उत्तर देऊ शकली नाही. थोड्या वेळाने पुन्हा प्रयत्न करा.',
  'refusal.UNKNOWN_CLIENT':
    'तुमच्या लसीकरण स्थितीची ही विनंती नाकारली आहे: विचारणारी संस्था रजिस्ट्रीकडे नोंदणीकृत नाही.',
  'refusal.UNREGISTERED_ORIGIN':
    'तुमच्या लसीकरण स्थितीची ही विनंती नाकारली आहे: हे पान दाखवणारी साइट त्यात नाव असलेल्या संस्थेसाठी नोंदणीकृत नाही.',
  'refusal.NOT_EMBEDDED':
    'हे पान तुमची लसीकरण स्थिती एखाद्या संस्थेला कळवते, आणि फक्त त्या संस्थेच्या साइटमध्येच चालते.',
} satisfies HolderMessages;

export default MR;
