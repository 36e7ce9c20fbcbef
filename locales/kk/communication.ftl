# Коммуникация бөлімінің мәндері (analysis/prose/communication.py): {{< var communication.KEY >}}
# сөздері. Сандар мен күндер пішімделіп келеді ($number, $date, …); көптік немесе таңдау
# үшін сан ретінде келеді ($n).

## Сандар және ортақ сөздер
# Мәтіндегі сан: қазақша әрқашан цифрмен.
# «Олардың екеуінде»: жинақтық сан жатыс септігінде.
communication-of-them-locative = { PART($n, case: "locative") }
communication-number = { $digits }
communication-days = { $number } күн
communication-ci = [{ $low }; { $high }]
communication-none = жоқ
communication-session-place = { $place } ({ $date })
communication-person-date = { $name } ({ $date })

## Отырыстар аралығы
communication-intervals-direction-fall = Жиілік бір аралықтан келесісіне қарай төмендейді
communication-intervals-direction-rise = Жиілік бір аралықтан келесісіне қарай артады
communication-intervals-direction-none = Жиілікте тұрақты бағыт байқалмайды
communication-intervals-trend-significant = { $direction } және бұл айырма кездейсоқтықпен түсіндірілмейді ({ $p_full }; соңғы аралықты 3-кестенің соңғы күнімен шектесек, { $p_last }).
communication-intervals-trend-chance = { $direction }, бірақ сандар тым аз болғандықтан, айырмалар кездейсоқтық шегінен шықпайды: үш аралықтың жиілігі бірдей деген болжам жоққа шығарылмайды ({ $p_full }; соңғы аралықты 3-кестенің соңғы күнімен шектесек, { $p_last }), ал аралықтар бір-бірімен едәуір қабаттасады.
communication-uncovered-between = { $first }–{ $second } отырыстар аралығы
communication-uncovered-after = { $session } отырыстан кейінгі кезең

## Бірнеше рет қабылданғандар
communication-repeat-person = { $number } кездесу, { $years } жылдары. { $said }
communication-repeat-not-mentioned = Мәтін ол туралы айтпайды.
# $dates: күндер ілік жалғаулы анықтауыш түрінде («2025 жылғы 17 қаңтардағы»).
communication-repeat-omits = Мәтін { $dates } { $n ->
    [one] кездесуді
   *[other] кездесулерді
 } атамайды.
communication-repeat-matches = Бұл мәтінге сәйкес келеді.
communication-repeat-matches-times = Бұл мәтінге сәйкес келеді ({ $times ->
    [2] екі мәрте
   *[other] { $times } рет
 }).
communication-repeat-contradicts = Мәтін кестеде жоқ жылды немесе кездесу санын атайды.
communication-repeat-before-decree = Оның бір кездесуі ({ $date }) Жарлыққа дейін өткен.
communication-repeat-part-missing = бірнеше рет қабылданған { $total_number } адамның { PART($missing) } мүлде аталмайды
communication-repeat-part-omitted = { $name } қатысқан { $meetings_number } кездесудің { PART($left) } аталмаған
communication-repeat-verdict-contradicts = Мәтін атаған { $number } адам үшін кестеде жоқ жыл немесе кездесу саны келтірілген.
communication-repeat-verdict-agrees = Мәтін келтірген әр жыл мен әр сан кестеде бар.
communication-repeat-verdict-examples = Мәтін толық тізім емес, мысалдар береді («Мәселен», 624-жол), сондықтан кейбірін атамайды: { $parts }.
communication-c19-status-inconsistent = кестеге сәйкес келмейді
communication-c19-status-reproduced = кестемен расталады
communication-c19-status-not-reproducible = деректер бойынша тексеруге болмайды
communication-c19-reason-inconsistent = мәтін атаған 2022 жыл – Жарлыққа дейінгі қабылдаудың жылы, мүшемен кездесу емес
communication-c19-reason-other = мәтін атаған әр жыл кестеде оның кездесулерінің жылы; мәтін атамаған кездесу қате емес, олқылық ретінде белгіленді

## Тақырып салалары және екінші кодтаушы
communication-domain-group = { $labels } – { $domains ->
    [1] {""}
   *[other] {"әрқайсысы "}
 }{ $number } кездесуде
communication-disagreement = { $name } ({ $date }; ережелер: { $rules }; екінші кодтаушы: { $second })
communication-domain-entries = { $label } ({ $number } жазба)
communication-sets-rules-add = Мұндай жазбалардың бәрінде ережелер екінші кодтаушы алмаған саланы қосады, ал керісінше жағдай жоқ: { $listing }.
communication-sets-second-adds = Мұндай жазбалардың бәрінде екінші кодтаушы ережелер таппаған саланы қосады: { $listing }.
communication-sets-both-add = Тек ережелер кодтаған салалар: { $rules }; тек екінші кодтаушы кодтаған салалар: { $second }.
communication-sets-same = Екі кодтау әр жазбаға бірдей салалар береді.
communication-primary-sentence = { $n ->
    [0] Негізгі сала бойынша екі кодтау бірде-бір рет алшақтамайды.
    [1] Жалғыз айырмашылық: { $diffs }.
   *[other] Екеуі { $number } жазбада алшақтайды: { $diffs }.
 }
communication-ranking-same = Екінші кодтаушының есебі бойынша да алда сол сала тұр.
communication-ranking-differs = Демек, қай сала алда тұратыны кодтаушыға байланысты: суреттегі бірінші орын екінші кодтаушы қабылдамаған кілт сөз сәйкестіктеріне сүйенеді.
communication-second-top = { $labels } ({ $domains ->
    [1] {""}
   *[other] {"әрқайсысы "}
 }{ $number } кездесу)

## Ұлттық қоғамдық сенім кеңесімен салыстыру
communication-qualifier-more-than = { $value }-ден астам
communication-qualifier-about = шамамен { $value }
communication-qualifier-exact = { $value }

## 2026 жылғы 15 наурыздағы референдум
communication-measure-turnout = қатысу
communication-measure-yes = «иә»
communication-measure-no = «жоқ»
communication-referendum-differs = Сандардан қайта есептегенде { $agree } үлестері екі ондық таңбаға дейін сәйкес келеді; { $measure } үлесі { $share } болып шығады, бұл басылған саннан { $gap } пайыздық тармаққа { $direction ->
    [above] жоғары
   *[below] төмен
 }; бәлкім, сан қысқартылып жазылған.
communication-referendum-agrees = Сандардан қайта есептегенде басылған әр үлес екі ондық таңбаға дейін сәйкес келеді.

## Суреттердің балама мәтіндері
communication-alt-before = { $session } отырысқа дейін { $number }
communication-alt-between = { $first }–{ $second } отырыстар аралығында { $number }
communication-alt-timeline = 2022–2026 жылдардағы уақыт сызығы, әр кездесу аты жазылған бір нүктемен белгіленген. Барлығы { $meetings } кездесу, алғашқысы { $first_meeting }, соңғысы { $last_meeting }: { $parts } (алғашқы { $pre_decree_count } нүктенің іші бос, олар { $decree_date_attr } Жарлыққа дейін өткен); соңғы кездесуден ({ $last_meeting }) кейін тізімде кездесу жоқ. Тік сызықтар Жарлықты және I–V отырыстардың пленарлық мәжіліс күндерін белгілейді.
communication-alt-bar = { $label } – { $count }
communication-alt-domains = { $domains_count } саясат саласы бойынша көлденең бағаналы диаграмма, әр салада кодталған кездесулер саны: { $bars }. Бір кездесу бірнеше салаға жатуы мүмкін, сондықтан бағандардың қосындысы { $domain_meetings_total }, бұл { $meetings } кездесуден көп.
communication-alt-repeat-row = { $name }: { $dots } нүкте ({ $years }), { $check }
communication-alt-repeat = Бірнеше рет қабылданған әр адамға бір жол берілген нүктелі диаграмма, I–IV отырыстар тік сызықтармен белгіленген; әр нүкте – бір кездесу, оның түсі мақала мәтіні кездесудің жылын атайтынын, жылын айтпай санайтынын немесе мүлде атамайтынын көрсетеді: { $rows }.
communication-pre-decree-counts = Адамдарды санағанда { $n_only ->
        [0] {""}
       *[other] тек Жарлыққа дейін қабылданған { $only } 3-кесте атаған адамдардың және жеке кездескендердің қатарында бар, бірақ Жарлықтан кейін кездескендердің (Алғысөз бен тұжырымдар кестесі қолданатын санның) қатарында жоқ
    }{ $n_again ->
        [0] .
       *[other] ; { $again } Жарлықтан кейін тағы қабылданды, сондықтан екі санда да есептеледі.
    }
