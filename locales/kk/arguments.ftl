# Тұжырымдар тізілімінің сөздері: бағалар, бөлімдер, кімнің тұжырымы, өлшемдерге сай келу
# (analysis/arguments.py), кестелер (analysis/tables/arguments.py) және «Мақала не дейді»
# бөлімдерінің, қорытындының және негізгі тұжырымдардың мәндері
# (analysis/prose/arguments.py).

## Бағалар
arguments-verdict-supported = Расталады
arguments-verdict-partly-supported = Ішінара расталады
arguments-verdict-not-supported = Расталмайды
arguments-verdict-contradicted = Мақаланың өз деректеріне қайшы
arguments-verdict-not-testable = Тексеруге болмайды

## Дәйектеменің бөлімдері
arguments-part-framing = Кіріспе және тақырыпты сипаттау
arguments-part-composition = Құрам
arguments-part-attitudes = Қоғамның көзқарасы
arguments-part-communication = Коммуникациялық рөл
arguments-part-conclusion = Қорытынды

## Кімнің тұжырымы
arguments-voice-authors = авторлар
arguments-voice-article-interviews = мақала, сұхбаттарды қорыта келе
arguments-voice-experts = сарапшылар
arguments-voice-officials = ресми тұлғалар
arguments-voice-survey = сауалнама

## Құрылтай делиберативті демократия өлшеміне сай келе ме
arguments-status-meets = сай келеді
arguments-status-partly = ішінара
arguments-status-does-not-meet = сай келмейді

## Кестелер (analysis/tables/arguments.py)
arguments-table-verdict = { $mark } { $verdict }
arguments-table-claim = №
arguments-table-lines = Жол
arguments-table-printed = Мақалада
arguments-table-says = Мағынасы
arguments-table-voice = Кімнің тұжырымы
arguments-table-verdict-column = Баға
arguments-table-why-column = Негіздеме
arguments-table-why = { $reasoning } Орнықтылығы: { $robustness }
arguments-table-argues-source = Дереккөз: мақала (әр жолда оның жол нөмірлері). Есептелген бағалар осы басылымның кестелерінен есептеледі; сараптамалық бағалар негіздемесімен бірге қолмен жазылған. Дәйексөздер – мақалада басылған қысқа тіркестер; мағынасын өз сөзімізбен береміз.
arguments-table-base-mark = {" "}†
arguments-table-base-note = † Баға 1- және 2-кестелердің біз пайымдаған негізіне (Құрылтай туралы естіген респонденттер; мақала оны көрсетпейді) сүйенеді: басқа негізде не барлық ересектер шкаласында ол өзгерер еді (орнықтылығын қараңыз).
arguments-table-order-note = A49, A50 және A51 кейін қосылғандықтан, нөмірлер рет бойынша емес.
arguments-table-all-parts = Барлық бөлім
arguments-table-part = Бөлім
arguments-table-claims = Тұжырымдар
arguments-table-verdicts-source = Дереккөз: осы кітаптың тұжырымдар тізілімі (мақаланың тұжырымдары, жол нөмірлері әр тараудың кестесінде). Есептелген бағалар деректер мен параметрлерге қарай өзгереді; сараптамалық бағалар негіздемесімен бірге қолмен жазылған.
arguments-criteria-criterion = Өлшем
arguments-criteria-assembly = Азаматтар ассамблеясы (Ирландия, 2016–2018)
arguments-criteria-kurultai = Ұлттық құрылтай
arguments-criteria-meets = Сай келе ме?
arguments-criteria-sources = Дереккөздер
arguments-criteria-status = { $status }: { $reasoning }
arguments-criteria-source-cell = Ассамблея: { $assembly }. Құрылтай: { $kurultai }.
arguments-criteria-source = Дереккөз: мақала мен ашық дереккөздерді біздің кодтауымыз (әр жолдың ашық дереккөздері мен мақала жолдары соңғы бағанда; басылымдар ғана аталады, толық веб-мекенжайлар деректерде берілген, «Дереккөздер» қосымшасын қараңыз).
arguments-page-irish-assembly = Ирландияның Азаматтар ассамблеясы
arguments-page-about-assembly = 2016–2018 жылдардағы Азаматтар ассамблеясы туралы
arguments-page-meetings-2016 = Жиындар, 2016
arguments-page-selection-2016 = Мүшелерді іріктеу, 2016–2018 жылдардағы ассамблея
arguments-page-statement-2018 = Ассамблеяның мүшелерді іріктеу туралы 2018 жылғы 21 ақпандағы мәлімдемесі
arguments-page-who-citizens = «Айриш Таймс» газеті, 2017: ассамблеяның азамат мүшелері кімдер
arguments-page-dail-2017 = Ирландия парламенті төменгі палатасының 2017 жылғы 4 сәуірдегі отырысы: алғашқы баяндаманы бірлескен комитетке жіберу
arguments-page-convention-commitment = «Айриш Таймс» газеті, 2012 жылғы желтоқсан: үкіметтің Конституция жөніндегі конвенцияға берген міндеттемесі
# Қазақша кестеде: term, printed, meaning, where (латын мен ағылшын бағандары жоқ).
arguments-glossary-term = Термин
arguments-glossary-latin = Латын әрпімен
arguments-glossary-english = Ағылшынша
arguments-glossary-printed = Мақалада басылған түрі
arguments-glossary-meaning = Мағынасы
arguments-glossary-where = Қай жерде
arguments-glossary-line = { $line }-жол
arguments-glossary-source = Дереккөз: мақаланың өз терминдері және олардың біз берген ағылшынша баламалары. Жол нөмірлері мақала мәтінінің жолдарына сілтейді.
# Кесте жолының жиналмалы бөлігі: оны ашатын сөз және ішіндегі абзацтар (негіздеменің бірінші
# сөйлемі жолда қалады; қалғаны, орнықтылығы және мақаладағы тіркес жиналып тұрады).
arguments-table-more = Толық негіздеме
arguments-table-where = { $voice }; { $lines }-{ $many ->
    [yes] жолдар
   *[no] жол
    }
arguments-table-robustness = Орнықтылығы: { $robustness }
arguments-table-as-printed = Мақалада: { $quote }
