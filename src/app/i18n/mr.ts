/**
 * Every string of the verifier in Marathi, as gate staff speak it, with CoWIN's Marathi terms
 * (लस, लसीकरण, प्रमाणपत्र). Names of things (KYC-VS, CoWIN, QR, OTP, PIN, URL, EU) stay.
 */
import type { Messages } from './en.ts';
import { MR_EVENTS } from './events/mr.ts';

const MR = {
  'app.title': 'KYC-VS पडताळणी',
  'app.online': 'ऑनलाइन',
  'app.offline': 'ऑफलाइन',
  'app.loading': 'लोड होत आहे…',
  'app.storageError': 'हे डिव्हाइस आपले स्टोरेज उघडू शकले नाही. ॲपचे इतर टॅब बंद करा आणि पान पुन्हा लोड करा.',
  'app.reloadNeeded':
    'ॲपचे स्टोरेज बंद झाले, दुसऱ्या टॅबमध्ये उघडलेल्या अपडेटमुळे किंवा ब्राउझरमुळे. पुढे जाण्यासाठी हे पान पुन्हा लोड करा.',
  'app.screenError': 'ही स्क्रीन लोड होऊ शकली नाही. इंटरनेटशी जोडा आणि पुन्हा प्रयत्न करा.',
  'app.reload': 'पुन्हा लोड करा',

  'home.scan': 'QR स्कॅन करा',
  'home.desk': 'OTP ने तपासा',
  'home.settings': 'सेटिंग्ज',
  'home.settingsOpen': 'या डिव्हाइसची सेटिंग्ज कोणीही बदलू शकते. ती सुरक्षित ठेवण्यासाठी सेटिंग्जमध्ये PIN ठेवा.',
  'home.refresh': 'की रिफ्रेश करा',
  'home.deskOffline': 'OTP तपासणीसाठी इंटरनेट हवे. QR स्कॅन ऑफलाइनही चालते.',
  'home.deskNotConfigured': 'OTP तपासणी वापरण्यासाठी सेटिंग्जमध्ये पडताळणीकर्ता ID आणि API की भरा.',
  'home.keysFetched': 'रजिस्ट्रीच्या की {time} ला अपडेट झाल्या.',
  'home.noKeys': 'या डिव्हाइसवर अजून रजिस्ट्रीची एकही की नाही. इंटरनेटशी जोडा आणि की रिफ्रेश करा.',
  'home.keysStale': 'रजिस्ट्रीच्या की 7 दिवसांपेक्षा जुन्या आहेत. इंटरनेटशी जोडा आणि की रिफ्रेश करा.',
  'home.clockSkew.one':
    'या डिव्हाइसचे घड्याळ रजिस्ट्रीच्या घड्याळापेक्षा सुमारे {minutes} मिनिट वेगळे आहे. घड्याळ बरोबर करा, नाहीतर कोड नाकारले जाऊ शकतात.',
  'home.clockSkew.other':
    'या डिव्हाइसचे घड्याळ रजिस्ट्रीच्या घड्याळापेक्षा सुमारे {minutes} मिनिटे वेगळे आहे. घड्याळ बरोबर करा, नाहीतर कोड नाकारले जाऊ शकतात.',
  'home.trustListFetched':
    'CoWIN, EU आणि SMART Health Card कोडची विश्वसनीय यादी {time} ला अपडेट झाली.',
  'home.noTrustList':
    'CoWIN, EU आणि SMART Health Card कोडची विश्वसनीय यादी अजून नाही: ऑनलाइन असताना की रिफ्रेश करा.',
  'home.refreshing': 'की रिफ्रेश होत आहेत…',
  'home.refreshOk': 'की रिफ्रेश झाल्या.',
  'home.refreshFailed.OFFLINE': 'रजिस्ट्रीशी संपर्क झाला नाही. आधीच्या की तशाच राहतील.',
  'home.refreshFailed.TIMEOUT': 'रजिस्ट्रीने वेळेत उत्तर दिले नाही. आधीच्या की तशाच राहतील.',
  'home.refreshFailed.HTTP_ERROR': 'रजिस्ट्रीने आपल्या की पाठवण्यास नकार दिला. आधीच्या की तशाच राहतील.',
  'home.refreshFailed.GARBLED': 'रजिस्ट्रीने पाठवलेल्या की वापरता येत नाहीत. आधीच्या की तशाच राहतील.',
  'home.today': 'आज या डिव्हाइसवरील तपासण्या',
  'home.todayTotal': 'एकूण: {count}',
  'count.full': 'पूर्ण लसीकरण',
  'count.partial': 'अंशतः लसीकरण',
  'count.none': 'लसीकरण झालेले नाही',
  'count.repeat': 'आधीच तपासलेले',
  'count.invalid': 'अवैध',
  'count.cannot': 'पडताळणी होऊ शकली नाही',

  'count.other': 'लसीकरण प्रमाणपत्र नाही',
  'nav.back': 'मागे',

  'scan.title': 'स्थिती QR कोड स्कॅन करा',
  'scan.hint': 'कोड चौकटीच्या आत धरा.',
  'scan.camera': 'कॅमेरा',
  'scan.cameraRear': 'मागचा कॅमेरा',
  'scan.cameraFront': 'पुढचा कॅमेरा',
  'scan.cameraUnnamed': 'कॅमेरा {number}',
  'scan.torchOn': 'टॉर्च सुरू करा',
  'scan.torchOff': 'टॉर्च बंद करा',
  'scan.chooseImage': 'चित्र निवडा',
  'scan.pasteLabel': 'QR मजकूर',
  'scan.pasteSubmit': 'मजकूर तपासा',
  'scan.starting': 'कॅमेरा सुरू होत आहे…',
  'scan.checking': 'तपासत आहे…',
  'scan.cameraError':
    'कॅमेरा वापरता येत नाही. कॅमेऱ्याला परवानगी द्या, किंवा एखादे चित्र निवडा किंवा खाली मजकूर पेस्ट करा.',
  'scan.loadError': 'स्कॅनर लोड होऊ शकला नाही. एखादे चित्र निवडा किंवा खाली मजकूर पेस्ट करा.',
  'scan.noCodeInImage': 'त्या चित्रात QR कोड सापडला नाही.',
  'scan.hardwareHint': 'हातातला QR स्कॅनरही चालतो: कोड स्कॅन करा, स्क्रीनला हात लावायची गरज नाही.',
  'scan.live': 'स्कॅनर पुढच्या कोडसाठी तयार आहे.',

  'verdict.full': 'पूर्ण लसीकरण',
  'verdict.partial': 'अंशतः लसीकरण',
  'verdict.none': 'लसीकरण झालेले नाही',
  'verdict.invalid': 'अवैध',
  'verdict.cannot': 'पडताळणी होऊ शकली नाही',
  'verdict.notVaccination': 'लसीकरण प्रमाणपत्र नाही',
  'format.kycvs': 'KYC-VS स्थिती',
  'format.divoc': 'CoWIN प्रमाणपत्र',
  'format.eudcc': 'EU डिजिटल COVID प्रमाणपत्र',
  'format.shc': 'SMART Health Card',
  'result.name': 'नाव: {name}',
  'result.mobile': 'मोबाइल नंबरचे शेवटचे अंक {digits}',
  'result.birthDate': 'जन्मतारीख: {date}',
  'result.issued': 'जारी: {time}',
  'result.compare': 'नाव आणि मोबाइलचे अंक धारकाच्या फोटो ओळखपत्राशी जुळवून पाहा.',
  'result.staleKeys': '7 दिवसांपेक्षा जुन्या रजिस्ट्री की वापरून तपासले.',
  'result.clockSkew': 'या डिव्हाइसचे घड्याळ चुकीचे असू शकते: या निकालावर विसंबण्यापूर्वी ते तपासा.',
  'result.next': 'पुढील',
  'result.home': 'मुख्य पान',
  'result.autoClear': 'हा निकाल 30 सेकंदांनी आपोआप निघून जाईल.',
  'result.autoNext': 'काही सेकंदांत स्कॅनर आपोआप परत येईल.',
  'result.alreadyChecked': '{time} वाजता आधीच तपासले आहे',
  'result.alreadyCheckedOn': '{date} रोजी {time} वाजता आधीच तपासले आहे',
  'result.alreadyCheckedAtGate': '{gate} येथे {time} वाजता आधीच तपासले आहे',
  'result.alreadyCheckedAtGateOn': '{gate} येथे {date} रोजी {time} वाजता आधीच तपासले आहे',
  'result.alreadyCheckedNote':
    'हा कोड या डिव्हाइसवर आधीच तपासला आहे. तो दुसऱ्या कोणी दिलेला असू शकतो: नाव फोटो ओळखपत्राशी काळजीपूर्वक जुळवा.',

  'reason.MALFORMED': 'हा वाचता येणारा लसीकरण स्थिती कोड नाही.',
  'reason.UNSUPPORTED_ALG': 'या कोडवर रजिस्ट्री कधीच न वापरणाऱ्या पद्धतीने स्वाक्षरी आहे: तो बनावट समजा.',
  'reason.UNTRUSTED_ISSUER': 'हा कोड या डिव्हाइसचा विश्वास असलेल्या रजिस्ट्रीने जारी केलेला नाही.',
  'reason.UNKNOWN_KEY':
    'या कोडवर स्वाक्षरी करणारी रजिस्ट्री की या डिव्हाइसवर नाही. इंटरनेटशी जोडा, की रिफ्रेश करा आणि पुन्हा स्कॅन करा.',
  'reason.BAD_SIGNATURE': 'स्वाक्षरी जुळत नाही: कोड बनावट आहे किंवा त्यात बदल केला आहे.',
  'reason.EXPIRED': 'कोडची मुदत संपली आहे. धारकाकडे नवीन कोड मागा.',
  'reason.NOT_YET_VALID': 'कोडवर पुढची तारीख आहे. या डिव्हाइसचे घड्याळ तपासा.',
  'reason.WRONG_AUDIENCE': 'हा कोड दुसऱ्या संस्थेसाठी जारी झाला आहे, या पडताळणीकर्त्यासाठी नाही.',
  'reason.NONCE_MISMATCH':
    'हा कोड दुसऱ्या तपासणीचे (डेस्कवर किंवा बुकिंग साइटवर) उत्तर आहे, या तपासणीचे नाही. धारकाकडे त्यांचा स्वतःचा स्थिती QR मागा, किंवा तपासणी पुन्हा सुरू करा.',
  'reason.BAD_CLAIMS': 'कोडमधील माहिती अपूर्ण आहे किंवा योग्य नाही.',
  'reason.UNKNOWN_KEY_TRUST_LIST':
    'या प्रमाणपत्रावर स्वाक्षरी करणारी की या डिव्हाइसच्या विश्वसनीय यादीत नाही. इंटरनेटशी जोडा, की रिफ्रेश करा आणि पुन्हा स्कॅन करा.',
  'reason.NO_KEYS_TRUST_LIST':
    'या प्रकारच्या कोडची विश्वसनीय यादी या डिव्हाइसवर अजून नाही. इंटरनेटशी जोडा आणि की रिफ्रेश करा.',
  'reason.NO_KEYS': 'या डिव्हाइसवर अजून रजिस्ट्रीची एकही की नाही. इंटरनेटशी जोडा आणि की रिफ्रेश करा.',

  'reason.WRONG_KEY_USAGE':
    'या प्रमाणपत्राच्या स्वाक्षरीकर्त्याला या प्रकारच्या प्रमाणपत्रावर स्वाक्षरी करण्याची परवानगी नाही.',
  'reason.UNSUPPORTED_FORMAT': 'या प्रकारचा कोड इथे वाचता येत नाही.',
  'desk.title': 'OTP ने तपासा',
  'desk.mobile': 'मोबाइल नंबर',
  'desk.name': 'पूर्ण नाव',
  'desk.consent':
    'धारकांनी कृपया वाचावे: तुमच्या मोबाइलवर आलेला OTP देऊन तुम्ही संमती देता की “{verifier}” यांना तुमची लसीकरण स्थिती (लसीकरण नाही, अंशतः किंवा पूर्ण लसीकरण) आणि तुमचे नाव मिळेल. कोणतेही प्रमाणपत्र, तारखा किंवा डोसची माहिती दिली जात नाही.',
  'desk.send': 'OTP पाठवा',
  'desk.otp': 'OTP',
  'desk.otpSent': 'हा मोबाइल नंबर या नावाने नोंदवलेला असल्यास त्यावर OTP पाठवला आहे. तो 3 मिनिटे वैध आहे.',
  'desk.verify': 'पडताळणी करा',
  'desk.retry': 'पुन्हा प्रयत्न करा',
  'desk.restart': 'पुन्हा सुरुवात करा',
  'desk.sending': 'OTP पाठवत आहे…',
  'desk.verifying': 'पडताळणी होत आहे…',
  'desk.offline': 'तुम्ही ऑफलाइन आहात. OTP तपासणीसाठी इंटरनेट हवे; QR स्कॅन अजूनही चालते.',
  'desk.notConfigured': 'आधी सेटिंग्जमध्ये पडताळणीकर्ता ID आणि API की भरा.',
  'desk.badMobile': '10 अंकी मोबाइल नंबर भरा.',
  'desk.badName': 'नोंदवल्याप्रमाणे पूर्ण नाव भरा.',
  'desk.badOtp': '6 अंकी OTP भरा.',
  'desk.error.USRAUT0014': 'OTP चुकीचा. उरलेले प्रयत्न: {tries}.',
  'desk.error.USRAUT0014.none': 'OTP चुकीचा, आणि एकही प्रयत्न उरला नाही. नवीन OTP घेऊन पुन्हा सुरुवात करा.',
  'desk.error.USRAUT0015':
    'या OTP ची मुदत संपली आहे किंवा तो आधीच वापरला आहे. नवीन OTP घेऊन पुन्हा सुरुवात करा.',
  'desk.error.USRAUT0016': 'रजिस्ट्रीकडे खूप जास्त विनंत्या गेल्या. काही मिनिटे थांबा आणि पुन्हा प्रयत्न करा.',
  'desk.error.APIKEY0001':
    'रजिस्ट्रीने या डिव्हाइसची API की नाकारली. सेटिंग्जमध्ये पडताळणीकर्ता ID आणि API की तपासा.',
  'desk.error.APIKEY0002':
    'रजिस्ट्री या साइटवरून ही API की स्वीकारत नाही. सेटिंग्जमध्ये रजिस्ट्री URL आणि API की तपासा.',
  'desk.error.AUTH0001': 'रजिस्ट्रीसोबतचे सत्र संपले. नवीन OTP घेऊन पुन्हा सुरुवात करा.',
  'desk.error.REQVAL0001': 'भरलेली माहिती रजिस्ट्रीने स्वीकारली नाही. ती तपासा आणि पुन्हा प्रयत्न करा.',
  'desk.error.TIMEOUT': 'रजिस्ट्री उत्तर देत नाही. पुन्हा प्रयत्न करा.',
  'desk.error.NETWORK': 'रजिस्ट्रीशी संपर्क होत नाही. कनेक्शन तपासा आणि पुन्हा प्रयत्न करा.',
  'desk.error.SERVER': 'रजिस्ट्रीमध्ये सध्या अडचण आहे. थोड्या वेळाने पुन्हा प्रयत्न करा.',
  'desk.error.BAD_RESPONSE': 'रजिस्ट्रीचे उत्तर वाचता आले नाही. पुन्हा प्रयत्न करा.',

  'settings.title': 'सेटिंग्ज',
  'settings.registryUrl': 'रजिस्ट्री URL',
  'settings.verifierId': 'पडताळणीकर्ता ID',
  'settings.apiKey': 'API की',
  'settings.trustListUrl': 'विश्वसनीय यादी URL',
  'settings.trustListHint': 'रजिस्ट्रीची स्वतःची विश्वसनीय यादी वापरण्यासाठी रिकामे ठेवा.',
  'settings.pin': 'PIN',
  'settings.pinHint':
    'सामायिक टॅबलेटवर 4 ते 12 अंकी PIN सेटिंग्ज सुरक्षित ठेवतो. PIN आहे तसाच ठेवण्यासाठी रिकामे ठेवा.',
  'settings.pinBad': 'PIN 4 ते 12 अंकी असतो.',
  'settings.pinRemove': 'PIN काढा',
  'settings.pinRemoved': 'PIN काढला: सेटिंग्ज आता कोणीही उघडू शकते.',
  'settings.pinSaved': 'PIN जतन केला: सेटिंग्ज आता तो विचारतील.',
  'settings.locked': 'सेटिंग्ज PIN ने सुरक्षित आहेत. उघडण्यासाठी PIN भरा.',
  'settings.unlock': 'उघडा',
  'settings.pinWrong': 'चुकीचा PIN. उरलेले प्रयत्न: {tries}.',
  'settings.pinWait': 'खूप वेळा चुकीचा PIN. एक मिनिट थांबा आणि पुन्हा प्रयत्न करा.',
  'settings.registryChange':
    'रजिस्ट्री बदलून {registry} करायची? {old} च्या की या डिव्हाइसवरून हटवल्या जातील, आणि कोड फक्त नवीन रजिस्ट्रीच्या की ने तपासले जातील.',
  'settings.registryChangeYes': 'रजिस्ट्री बदला',
  'settings.registryChangeNo': 'सध्याची रजिस्ट्री ठेवा',
  'settings.save': 'जतन करा',
  'settings.saved': 'सेटिंग्ज जतन झाली.',
  'settings.error.BAD_REGISTRY_URL': 'https:// ने सुरू होणारी रजिस्ट्री URL भरा.',
  'settings.error.BAD_VERIFIER_ID': 'पडताळणीकर्ता ID मध्ये मोकळी जागा असू शकत नाही.',
  'settings.error.BAD_API_KEY': 'API की मध्ये मोकळी जागा असू शकत नाही.',
  'settings.error.INSECURE_REGISTRY_URL':
    'रजिस्ट्री URL https:// ने सुरू व्हायला हवी (http:// फक्त localhost आणि 127.0.0.1 साठी).',
  'settings.error.BAD_TRUST_LIST_URL':
    'https:// ने सुरू होणारी विश्वसनीय यादी URL भरा, किंवा रिकामे ठेवा.',
  'settings.error.INSECURE_TRUST_LIST_URL':
    'विश्वसनीय यादी URL https:// ने सुरू व्हायला हवी (http:// फक्त localhost आणि 127.0.0.1 साठी).',
  'settings.error.LOCKED': 'सेटिंग्ज लॉक आहेत: आधी PIN भरा.',
  'settings.error.STORAGE': 'या डिव्हाइसवर सेटिंग्ज जतन होऊ शकली नाहीत.',
  'settings.keys': 'रजिस्ट्रीच्या की',
  'settings.keysIssuer': 'जारीकर्ता: {issuer}, की {registry} कडून',
  'settings.preferences': 'डेस्कच्या पसंती',
  'settings.language': 'भाषा',
  'settings.languageAuto': 'डिव्हाइसची भाषा',
  'settings.sound': 'प्रत्येक निकालावर आवाज',
  'settings.vibration': 'प्रत्येक निकालावर कंपन',
  'settings.kiosk': 'किऑस्क मोड: प्रत्येक निकालानंतर स्कॅनर आपोआप परत येतो',
  'settings.retention': 'लॉग किती दिवस ठेवायचा',
  'settings.retentionError': '1 ते 365 मधील दिवसांची पूर्ण संख्या भरा.',
  'settings.preferencesSaved': 'पसंती जतन झाल्या.',
  'settings.log': 'पडताळणी लॉग',
  'settings.logSummary.one':
    'लॉगमध्ये {count} तपासणी आहे. त्यात जास्तीत जास्त नावाची आद्याक्षरे असतात, कधीही पूर्ण नाव, मोबाइल नंबर किंवा कोड नाही.',
  'settings.logSummary.other':
    'लॉगमध्ये {count} तपासण्या आहेत. त्यात जास्तीत जास्त नावाची आद्याक्षरे असतात, कधीही पूर्ण नाव, मोबाइल नंबर किंवा कोड नाही.',
  'settings.export': 'CSV डाउनलोड करा',
  'settings.exported': 'लॉग CSV फाइल म्हणून डाउनलोड झाला.',
  'settings.clearLog': 'लॉग पुसा',
  'settings.clearConfirm': 'या डिव्हाइसवरील पडताळणी लॉगची प्रत्येक नोंद हटवायची? हे परत आणता येणार नाही.',
  'settings.clearYes': 'लॉग हटवा',
  'settings.clearNo': 'लॉग राहू द्या',
  'settings.cleared': 'लॉग पुसला.',
  'settings.logError': 'या डिव्हाइसवर लॉग वाचता किंवा बदलता आला नाही.',

  ...MR_EVENTS,

  'update.available': 'ॲपची नवीन आवृत्ती तयार आहे.',
  'update.reload': 'आता अपडेट करा',
  'update.later': 'नंतर',
  'update.offlineReady': 'ॲप आता ऑफलाइन काम करण्यासाठी तयार आहे.',
  'update.dismiss': 'ठीक आहे',
  'reason.REVOKED': 'रद्द: जारीकर्त्याने हे प्रमाणपत्र मागे घेतले आहे. ते स्वीकारू नका.',
  'trustList.title': 'विश्वसनीय यादी',
  'trustList.stale':
    'विश्वसनीय यादी जुनी झाली आहे: {age} पूर्वी स्वाक्षरी केलेली, {date} पर्यंत वैध. इंटरनेटशी जोडा आणि की रिफ्रेश करा.',
  'trustList.age.days': '{n} दिवस',
  'trustList.age.hours': '{n} तास',
  'trustList.age.minutes': '{n} मिनिटे',
  'trustList.pinned': 'स्वाक्षरीकर्ता (पिन केलेला): {thumbprint}',
  'trustList.pinnedNone':
    'अजून कोणताही स्वाक्षरीकर्ता पिन केलेला नाही: रजिस्ट्री ज्या कीचे नाव देते ती पहिल्या वापरात पिन होईल.',
  'trustList.issuer': '{iss} ने प्रकाशित, आवृत्ती {seq}, {age} पूर्वी स्वाक्षरी केलेली.',
  'trustList.counts':
    'CoWIN की: {divoc}. EU स्वाक्षरीकर्त्यांची प्रमाणपत्रे: {eudcc}. SMART Health Card जारीकर्ते: {shc}.',
  'trustList.revoked': 'रद्द केलेले कोड: CoWIN {divoc}, EU {eudcc}, SMART Health Card {shc}.',
  'trustList.source': 'स्रोत: {name}, {count} नोंदी',
  'trustList.refused.WRONG_KEY':
    'दुसऱ्या कीने स्वाक्षरी केलेली विश्वसनीय यादी नाकारली. आधीची यादीच ठेवली आहे.',
  'trustList.refused.ROLLBACK': 'जुनी किंवा बदललेली विश्वसनीय यादी नाकारली. आधीची यादीच ठेवली आहे.',
  'trustList.refused.BAD_SIGNATURE': 'तुटलेल्या स्वाक्षरीची विश्वसनीय यादी नाकारली. आधीची यादीच ठेवली आहे.',
  'trustList.refused.MALFORMED': 'वाचता न आलेली विश्वसनीय यादी नाकारली. आधीची यादीच ठेवली आहे.',
  'trustList.refused.NO_PIN':
    'विश्वसनीय यादी आणली नाही: कोणतीही स्वाक्षरी की पिन केलेली नाही आणि रजिस्ट्री कोणत्याही कीचे नाव देत नाही.',
  'settings.trustListKey': 'विश्वसनीय यादीची की',
  'settings.trustListKeyHint':
    'विश्वसनीय यादीच्या स्वाक्षरी कीचा थंबप्रिंट. रिकामे ठेवल्यास रजिस्ट्री ज्या कीचे नाव देते ती पहिल्या वापरात पिन होईल.',
  'settings.error.BAD_TRUST_LIST_KEY':
    'विश्वसनीय यादीची की म्हणजे यादीच्या स्वाक्षरी कीचा 43 अक्षरी थंबप्रिंट.',
} satisfies Messages;

export default MR;
