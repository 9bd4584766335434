/**
 * Every string of the verifier in Hindi, with the same ids as the English table. Written as
 * whole sentences for a Hindi reader; codes and loanwords staff know as they are (OTP, QR, ID,
 * API, URL, CSV) stay in Latin letters.
 */
import type { Messages } from './en.ts';
import { HI_EVENTS } from './events/hi.ts';

/** The Hindi strings, keyed by id. */
const HI = {
  'app.title': 'KYC-VS सत्यापन',
  'app.online': 'ऑनलाइन',
  'app.offline': 'ऑफ़लाइन',
  'app.loading': 'लोड हो रहा है…',
  'app.storageError': 'यह डिवाइस अपना स्टोरेज नहीं खोल सका। ऐप के बाकी टैब बंद करें और पेज दोबारा लोड करें।',
  'app.reloadNeeded':
    'ऐप का स्टोरेज बंद हो गया है, किसी दूसरे टैब में खुले अपडेट या ब्राउज़र के कारण। आगे बढ़ने के लिए यह पेज दोबारा लोड करें।',
  'app.screenError': 'यह स्क्रीन लोड नहीं हो सकी। इंटरनेट से जुड़ें और फिर से कोशिश करें।',
  'app.reload': 'दोबारा लोड करें',

  'home.scan': 'QR स्कैन करें',
  'home.desk': 'OTP से जाँचें',
  'home.settings': 'सेटिंग्स',
  'home.settingsOpen':
    'इस डिवाइस की सेटिंग्स कोई भी बदल सकता है। उन्हें सुरक्षित रखने के लिए सेटिंग्स में PIN सेट करें।',
  'home.refresh': 'कुंजियाँ ताज़ा करें',
  'home.deskOffline': 'OTP से जाँच के लिए इंटरनेट चाहिए। QR स्कैन बिना इंटरनेट के भी होता है।',
  'home.deskNotConfigured': 'OTP से जाँच के लिए पहले सेटिंग्स में सत्यापनकर्ता ID और API कुंजी डालें।',
  'home.keysFetched': 'रजिस्ट्री की कुंजियाँ {time} पर अपडेट हुईं।',
  'home.noKeys': 'इस डिवाइस पर अभी रजिस्ट्री की कोई कुंजी नहीं है। इंटरनेट से जुड़ें और कुंजियाँ ताज़ा करें।',
  'home.keysStale': 'रजिस्ट्री की कुंजियाँ 7 दिन से ज़्यादा पुरानी हैं। इंटरनेट से जुड़ें और कुंजियाँ ताज़ा करें।',
  'home.clockSkew.one':
    'इस डिवाइस की घड़ी रजिस्ट्री की घड़ी से लगभग {minutes} मिनट अलग है। घड़ी ठीक करें, वरना कोड अस्वीकार हो सकते हैं।',
  'home.clockSkew.other':
    'इस डिवाइस की घड़ी रजिस्ट्री की घड़ी से लगभग {minutes} मिनट अलग है। घड़ी ठीक करें, वरना कोड अस्वीकार हो सकते हैं।',
  'home.trustListFetched': 'CoWIN, EU और SMART Health Card कोड की ट्रस्ट सूची {time} को अपडेट हुई।',
  'home.noTrustList':
    'CoWIN, EU और SMART Health Card कोड की ट्रस्ट सूची अभी नहीं है: ऑनलाइन होने पर कुंजियाँ ताज़ा करें।',
  'home.refreshing': 'कुंजियाँ ताज़ा हो रही हैं…',
  'home.refreshOk': 'कुंजियाँ ताज़ा हो गईं।',
  'home.refreshFailed.OFFLINE': 'रजिस्ट्री से संपर्क नहीं हो सका। पहले से रखी कुंजियाँ बनी रहेंगी।',
  'home.refreshFailed.TIMEOUT': 'रजिस्ट्री ने समय पर जवाब नहीं दिया। पहले से रखी कुंजियाँ बनी रहेंगी।',
  'home.refreshFailed.HTTP_ERROR':
    'रजिस्ट्री ने अपनी कुंजियाँ भेजने से मना कर दिया। पहले से रखी कुंजियाँ बनी रहेंगी।',
  'home.refreshFailed.GARBLED': 'रजिस्ट्री से आई कुंजियाँ इस्तेमाल के लायक नहीं हैं। पहले से रखी कुंजियाँ बनी रहेंगी।',
  'home.today': 'आज इस डिवाइस पर हुई जाँचें',
  'home.todayTotal': 'कुल: {count}',
  'count.full': 'पूर्ण टीकाकरण',
  'count.partial': 'आंशिक टीकाकरण',
  'count.none': 'टीकाकरण नहीं हुआ',
  'count.repeat': 'पहले ही जाँचा जा चुका',
  'count.invalid': 'अमान्य',
  'count.cannot': 'जाँच नहीं हो सकी',

  'count.other': 'टीकाकरण प्रमाणपत्र नहीं',
  'nav.back': 'वापस',

  'scan.title': 'स्टेटस QR कोड स्कैन करें',
  'scan.hint': 'कोड को फ़्रेम के अंदर रखें।',
  'scan.camera': 'कैमरा',
  'scan.cameraRear': 'पीछे का कैमरा',
  'scan.cameraFront': 'सामने का कैमरा',
  'scan.cameraUnnamed': 'कैमरा {number}',
  'scan.torchOn': 'टॉर्च जलाएँ',
  'scan.torchOff': 'टॉर्च बुझाएँ',
  'scan.chooseImage': 'तस्वीर चुनें',
  'scan.pasteLabel': 'QR का टेक्स्ट',
  'scan.pasteSubmit': 'टेक्स्ट जाँचें',
  'scan.starting': 'कैमरा चालू हो रहा है…',
  'scan.checking': 'जाँच हो रही है…',
  'scan.cameraError':
    'कैमरा इस्तेमाल नहीं हो सकता। कैमरे की अनुमति दें, या कोई तस्वीर चुनें, या नीचे टेक्स्ट चिपकाएँ।',
  'scan.loadError': 'स्कैनर लोड नहीं हो सका। कोई तस्वीर चुनें या नीचे टेक्स्ट चिपकाएँ।',
  'scan.noCodeInImage': 'इस तस्वीर में कोई QR कोड नहीं मिला।',
  'scan.hardwareHint': 'हाथ वाला QR स्कैनर भी चलता है: कोड स्कैन करें, स्क्रीन छूने की ज़रूरत नहीं।',
  'scan.live': 'स्कैनर अगले कोड के लिए तैयार है।',

  'verdict.full': 'पूर्ण टीकाकरण',
  'verdict.partial': 'आंशिक टीकाकरण',
  'verdict.none': 'टीकाकरण नहीं हुआ',
  'verdict.invalid': 'अमान्य',
  'verdict.cannot': 'जाँच नहीं हो सकी',
  'verdict.notVaccination': 'टीकाकरण प्रमाणपत्र नहीं',
  'format.kycvs': 'KYC-VS स्थिति',
  'format.divoc': 'CoWIN प्रमाणपत्र',
  'format.eudcc': 'EU डिजिटल COVID प्रमाणपत्र',
  'format.shc': 'SMART Health Card',
  'result.name': 'नाम: {name}',
  'result.mobile': 'मोबाइल नंबर के आख़िरी अंक {digits} हैं',
  'result.birthDate': 'जन्म तिथि: {date}',
  'result.issued': 'जारी होने का समय: {time}',
  'result.compare': 'नाम और मोबाइल के अंक धारक के फ़ोटो पहचान-पत्र से मिलाएँ।',
  'result.staleKeys': 'यह जाँच 7 दिन से पुरानी रजिस्ट्री कुंजियों से हुई है।',
  'result.clockSkew': 'इस डिवाइस की घड़ी ग़लत हो सकती है: इस नतीजे पर भरोसा करने से पहले घड़ी जाँच लें।',
  'result.next': 'अगला',
  'result.home': 'होम',
  'result.autoClear': 'यह नतीजा 30 सेकंड बाद अपने-आप हट जाएगा।',
  'result.autoNext': 'कुछ सेकंड में स्कैनर अपने-आप फिर चालू हो जाएगा।',
  'result.alreadyChecked': '{time} बजे पहले ही जाँचा जा चुका है',
  'result.alreadyCheckedOn': '{date} को {time} बजे पहले ही जाँचा जा चुका है',
  'result.alreadyCheckedAtGate': '{gate} पर {time} बजे पहले ही जाँचा जा चुका है',
  'result.alreadyCheckedAtGateOn': '{gate} पर {date} को {time} बजे पहले ही जाँचा जा चुका है',
  'result.alreadyCheckedNote':
    'यह कोड इस डिवाइस पर पहले ही जाँचा जा चुका है। हो सकता है किसी और ने दिया हो: नाम को फ़ोटो पहचान-पत्र से ध्यान से मिलाएँ।',

  'reason.MALFORMED': 'यह पढ़ने लायक टीकाकरण स्टेटस कोड नहीं है।',
  'reason.UNSUPPORTED_ALG':
    'इस कोड पर ऐसे तरीके से हस्ताक्षर है जो रजिस्ट्री कभी इस्तेमाल नहीं करती: इसे जाली मानें।',
  'reason.UNTRUSTED_ISSUER': 'यह कोड उस रजिस्ट्री ने जारी नहीं किया जिस पर यह डिवाइस भरोसा करता है।',
  'reason.UNKNOWN_KEY':
    'इस कोड पर हस्ताक्षर करने वाली रजिस्ट्री कुंजी इस डिवाइस पर नहीं है। इंटरनेट से जुड़ें, कुंजियाँ ताज़ा करें और फिर से स्कैन करें।',
  'reason.BAD_SIGNATURE': 'हस्ताक्षर मेल नहीं खाता: कोड जाली है या उसमें बदलाव किया गया है।',
  'reason.EXPIRED': 'इस कोड की अवधि ख़त्म हो चुकी है। धारक से नया कोड माँगें।',
  'reason.NOT_YET_VALID': 'इस कोड पर आगे की तारीख़ है। इस डिवाइस की घड़ी जाँचें।',
  'reason.WRONG_AUDIENCE': 'यह कोड किसी दूसरी संस्था के लिए जारी हुआ था, इस सत्यापनकर्ता के लिए नहीं।',
  'reason.NONCE_MISMATCH':
    'यह कोड किसी दूसरी जाँच (डेस्क या बुकिंग साइट पर) का जवाब है, इस जाँच का नहीं। धारक से उसका अपना स्थिति QR माँगें, या जाँच फिर से शुरू करें।',
  'reason.BAD_CLAIMS': 'इस कोड की जानकारी अधूरी है या सही नहीं है।',
  'reason.UNKNOWN_KEY_TRUST_LIST':
    'इस डिवाइस की ट्रस्ट सूची में वह कुंजी नहीं है जिससे यह प्रमाणपत्र हस्ताक्षरित है। इंटरनेट से जुड़ें, कुंजियाँ ताज़ा करें और फिर से स्कैन करें।',
  'reason.NO_KEYS_TRUST_LIST':
    'इस डिवाइस में इस तरह के कोड की ट्रस्ट सूची अभी नहीं है। इंटरनेट से जुड़ें और कुंजियाँ ताज़ा करें।',
  'reason.NO_KEYS': 'इस डिवाइस पर अभी रजिस्ट्री की कोई कुंजी नहीं है। इंटरनेट से जुड़ें और कुंजियाँ ताज़ा करें।',

  'reason.WRONG_KEY_USAGE':
    'इस प्रमाणपत्र के हस्ताक्षरकर्ता को इस तरह का प्रमाणपत्र हस्ताक्षरित करने की अनुमति नहीं है।',
  'reason.REVOKED': 'रद्द: जारीकर्ता ने यह प्रमाणपत्र वापस ले लिया है। इसे स्वीकार न करें।',
  'reason.UNSUPPORTED_FORMAT': 'इस तरह का कोड यहाँ पढ़ा नहीं जा सकता।',
  'desk.title': 'OTP से जाँचें',
  'desk.mobile': 'मोबाइल नंबर',
  'desk.name': 'पूरा नाम',
  'desk.consent':
    'धारक कृपया पढ़ें: अपने मोबाइल पर आया OTP देकर आप सहमति देते हैं कि “{verifier}” को आपका नाम और टीकाकरण स्टेटस (टीकाकरण नहीं, आंशिक या पूर्ण) मिलेगा। कोई प्रमाणपत्र, तारीख़ या ख़ुराक की जानकारी साझा नहीं होती।',
  'desk.send': 'OTP भेजें',
  'desk.otp': 'OTP',
  'desk.otpSent':
    'अगर यह मोबाइल नंबर इसी नाम से पंजीकृत है, तो उस पर OTP भेज दिया गया है। यह 3 मिनट तक मान्य है।',
  'desk.verify': 'सत्यापित करें',
  'desk.retry': 'फिर कोशिश करें',
  'desk.restart': 'नए सिरे से शुरू करें',
  'desk.sending': 'OTP भेजा जा रहा है…',
  'desk.verifying': 'सत्यापन हो रहा है…',
  'desk.offline': 'आप ऑफ़लाइन हैं। OTP से जाँच के लिए इंटरनेट चाहिए; QR स्कैन अब भी काम करता है।',
  'desk.notConfigured': 'पहले सेटिंग्स में सत्यापनकर्ता ID और API कुंजी डालें।',
  'desk.badMobile': '10 अंकों का मोबाइल नंबर डालें।',
  'desk.badName': 'पूरा नाम वैसा ही डालें जैसा पंजीकृत है।',
  'desk.badOtp': '6 अंकों का OTP डालें।',
  'desk.error.USRAUT0014': 'OTP ग़लत है। बची हुई कोशिशें: {tries}।',
  'desk.error.USRAUT0014.none': 'OTP ग़लत है और कोई कोशिश नहीं बची। नए OTP के साथ फिर से शुरू करें।',
  'desk.error.USRAUT0015':
    'इस OTP की अवधि ख़त्म हो गई है या यह पहले ही इस्तेमाल हो चुका है। नए OTP के साथ फिर से शुरू करें।',
  'desk.error.USRAUT0016': 'रजिस्ट्री को बहुत ज़्यादा अनुरोध भेजे गए हैं। कुछ मिनट रुकें, फिर कोशिश करें।',
  'desk.error.APIKEY0001':
    'रजिस्ट्री ने इस डिवाइस की API कुंजी स्वीकार नहीं की। सेटिंग्स में सत्यापनकर्ता ID और API कुंजी जाँचें।',
  'desk.error.APIKEY0002':
    'रजिस्ट्री इस साइट से यह API कुंजी स्वीकार नहीं करती। सेटिंग्स में रजिस्ट्री URL और API कुंजी जाँचें।',
  'desk.error.AUTH0001': 'रजिस्ट्री के साथ सत्र ख़त्म हो गया है। नए OTP के साथ फिर से शुरू करें।',
  'desk.error.REQVAL0001': 'रजिस्ट्री ने डाली गई जानकारी स्वीकार नहीं की। उसे जाँचकर फिर कोशिश करें।',
  'desk.error.TIMEOUT': 'रजिस्ट्री जवाब नहीं दे रही है। फिर कोशिश करें।',
  'desk.error.NETWORK': 'रजिस्ट्री से संपर्क नहीं हो पा रहा है। कनेक्शन जाँचकर फिर कोशिश करें।',
  'desk.error.SERVER': 'रजिस्ट्री में अभी कोई समस्या है। थोड़ी देर बाद फिर कोशिश करें।',
  'desk.error.BAD_RESPONSE': 'रजिस्ट्री का जवाब पढ़ा नहीं जा सका। फिर कोशिश करें।',

  'trustList.title': 'ट्रस्ट सूची',
  'trustList.stale':
    'ट्रस्ट सूची पुरानी है: {age} पहले हस्ताक्षरित, {date} तक मान्य। इंटरनेट से जुड़ें और कुंजियाँ ताज़ा करें।',
  'trustList.age.days': '{n} दिन',
  'trustList.age.hours': '{n} घंटे',
  'trustList.age.minutes': '{n} मिनट',
  'trustList.pinned': 'हस्ताक्षरकर्ता (पिन किया गया): {thumbprint}',
  'trustList.pinnedNone':
    'अभी कोई हस्ताक्षरकर्ता पिन नहीं है: रजिस्ट्री जिस कुंजी का नाम देती है, वह पहली बार में पिन होगी।',
  'trustList.issuer': '{iss} द्वारा प्रकाशित, संस्करण {seq}, {age} पहले हस्ताक्षरित।',
  'trustList.counts':
    'CoWIN कुंजियाँ: {divoc}। EU हस्ताक्षरकर्ता प्रमाणपत्र: {eudcc}। SMART Health Card जारीकर्ता: {shc}।',
  'trustList.revoked': 'रद्द किए गए कोड: CoWIN {divoc}, EU {eudcc}, SMART Health Card {shc}।',
  'trustList.source': 'स्रोत: {name}, {count} प्रविष्टियाँ',
  'trustList.refused.WRONG_KEY':
    'किसी दूसरी कुंजी से हस्ताक्षरित ट्रस्ट सूची अस्वीकार की गई। मौजूदा सूची रखी गई है।',
  'trustList.refused.ROLLBACK': 'पुरानी या बदली हुई ट्रस्ट सूची अस्वीकार की गई। मौजूदा सूची रखी गई है।',
  'trustList.refused.BAD_SIGNATURE': 'टूटे हस्ताक्षर वाली ट्रस्ट सूची अस्वीकार की गई। मौजूदा सूची रखी गई है।',
  'trustList.refused.MALFORMED':
    'जो ट्रस्ट सूची पढ़ी नहीं जा सकी, वह अस्वीकार की गई। मौजूदा सूची रखी गई है।',
  'trustList.refused.NO_PIN':
    'ट्रस्ट सूची नहीं ली गई: कोई हस्ताक्षरकर्ता कुंजी पिन नहीं है और रजिस्ट्री कोई नाम नहीं देती।',
  'settings.trustListKey': 'ट्रस्ट सूची कुंजी',
  'settings.trustListKeyHint':
    'ट्रस्ट सूची की हस्ताक्षर कुंजी का थंबप्रिंट। खाली छोड़ें, तो रजिस्ट्री जिस कुंजी का नाम देती है वह पहली बार में पिन होगी।',
  'settings.error.BAD_TRUST_LIST_KEY': 'ट्रस्ट सूची कुंजी, सूची की हस्ताक्षर कुंजी का 43 अक्षरों का थंबप्रिंट है।',
  'settings.title': 'सेटिंग्स',
  'settings.registryUrl': 'रजिस्ट्री का URL',
  'settings.verifierId': 'सत्यापनकर्ता ID',
  'settings.apiKey': 'API कुंजी',
  'settings.trustListUrl': 'ट्रस्ट सूची URL',
  'settings.trustListHint': 'रजिस्ट्री की अपनी ट्रस्ट सूची के लिए इसे खाली छोड़ें।',
  'settings.pin': 'PIN',
  'settings.pinHint':
    'साझा टैबलेट पर 4 से 12 अंकों का PIN सेटिंग्स को सुरक्षित रखता है। PIN जैसा है वैसा रखने के लिए इसे खाली छोड़ें।',
  'settings.pinBad': 'PIN 4 से 12 अंकों का होता है।',
  'settings.pinRemove': 'PIN हटाएँ',
  'settings.pinRemoved': 'PIN हटा दिया गया: सेटिंग्स अब कोई भी खोल सकता है।',
  'settings.pinSaved': 'PIN सहेज लिया गया: सेटिंग्स अब इसे माँगेंगी।',
  'settings.locked': 'सेटिंग्स PIN से सुरक्षित हैं। उन्हें खोलने के लिए PIN डालें।',
  'settings.unlock': 'खोलें',
  'settings.pinWrong': 'गलत PIN। बचे प्रयास: {tries}।',
  'settings.pinWait': 'बहुत सारे गलत PIN। एक मिनट रुकें, फिर से कोशिश करें।',
  'settings.registryChange':
    'रजिस्ट्री बदलकर {registry} करें? {old} की कुंजियाँ इस डिवाइस से हटा दी जाएँगी, और कोड केवल नई रजिस्ट्री की कुंजियों से जाँचे जाएँगे।',
  'settings.registryChangeYes': 'रजिस्ट्री बदलें',
  'settings.registryChangeNo': 'मौजूदा रजिस्ट्री रखें',
  'settings.save': 'सहेजें',
  'settings.saved': 'सेटिंग्स सहेज ली गईं।',
  'settings.error.BAD_REGISTRY_URL': 'रजिस्ट्री का URL डालें, जो https:// से शुरू हो।',
  'settings.error.BAD_VERIFIER_ID': 'सत्यापनकर्ता ID में खाली जगह नहीं हो सकती।',
  'settings.error.BAD_API_KEY': 'API कुंजी में खाली जगह नहीं हो सकती।',
  'settings.error.INSECURE_REGISTRY_URL':
    'रजिस्ट्री का URL https:// से शुरू होना चाहिए (http:// केवल localhost और 127.0.0.1 के लिए)।',
  'settings.error.BAD_TRUST_LIST_URL': 'ट्रस्ट सूची का URL https:// से शुरू करके डालें, या इसे खाली छोड़ें।',
  'settings.error.INSECURE_TRUST_LIST_URL':
    'ट्रस्ट सूची का URL https:// से शुरू होना चाहिए (http:// केवल localhost और 127.0.0.1 के लिए)।',
  'settings.error.LOCKED': 'सेटिंग्स बंद हैं: पहले PIN डालें।',
  'settings.error.STORAGE': 'सेटिंग्स इस डिवाइस पर सहेजी नहीं जा सकीं।',
  'settings.keys': 'रजिस्ट्री की कुंजियाँ',
  'settings.keysIssuer': 'जारीकर्ता: {issuer}, कुंजियाँ {registry} से',
  'settings.preferences': 'डेस्क की पसंद',
  'settings.language': 'भाषा',
  'settings.languageAuto': 'डिवाइस की भाषा',
  'settings.sound': 'हर नतीजे पर आवाज़',
  'settings.vibration': 'हर नतीजे पर कंपन',
  'settings.kiosk': 'कियॉस्क मोड: हर नतीजे के बाद स्कैनर अपने-आप फिर चालू हो',
  'settings.retention': 'लॉग कितने दिन रखना है',
  'settings.retentionError': '1 से 365 के बीच दिनों की पूरी संख्या डालें।',
  'settings.preferencesSaved': 'पसंद सहेज ली गई।',
  'settings.log': 'जाँच का लॉग',
  'settings.logSummary.one':
    'लॉग में {count} जाँच दर्ज है। इसमें ज़्यादा से ज़्यादा नाम के पहले अक्षर रहते हैं, कभी पूरा नाम, मोबाइल नंबर या कोड नहीं।',
  'settings.logSummary.other':
    'लॉग में {count} जाँचें दर्ज हैं। इसमें ज़्यादा से ज़्यादा नाम के पहले अक्षर रहते हैं, कभी पूरा नाम, मोबाइल नंबर या कोड नहीं।',
  'settings.export': 'CSV डाउनलोड करें',
  'settings.exported': 'लॉग CSV फ़ाइल के रूप में डाउनलोड हो गया।',
  'settings.clearLog': 'लॉग मिटाएँ',
  'settings.clearConfirm': 'इस डिवाइस के जाँच लॉग की हर प्रविष्टि मिटा दें? यह वापस नहीं हो सकेगा।',
  'settings.clearYes': 'लॉग मिटा दें',
  'settings.clearNo': 'लॉग रहने दें',
  'settings.cleared': 'लॉग मिटा दिया गया।',
  'settings.logError': 'इस डिवाइस पर लॉग पढ़ा या बदला नहीं जा सका।',

  ...HI_EVENTS,

  'update.available': 'ऐप का नया संस्करण तैयार है।',
  'update.reload': 'अभी अपडेट करें',
  'update.later': 'बाद में',
  'update.offlineReady': 'ऐप अब बिना इंटरनेट के भी काम करने को तैयार है।',
  'update.dismiss': 'ठीक है',
} satisfies Messages;

export default HI;
