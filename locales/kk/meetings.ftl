# Коммуникация бөлімінің кестелері мен диаграммалары (analysis/tables/meetings.py,
# analysis/figures/meetings.py): баған атаулары, ескертпелер, ұяшықтар мен диаграмма сөздері.
#
# Дерек кодымен аталған хабарламалар (meetings-place-…, meetings-definition-…, …) өңделген
# кестелерде тек ағылшынша тұрған жолдарды қазақшалайды.

## Ортақ
meetings-gloss = { $original }
meetings-range = { $first }–{ $last }
meetings-table3-ref = мақаланың 3-кестесі, мәтіннің 465–611-жолдары

## 3-кесте (tbl-meetings)
meetings-table3-date = Күні
meetings-table3-person-header = Адам және лауазымы
meetings-table3-topics = Тақырыптар (мақаланың сөзімен)
meetings-table3-domains = Салалар
meetings-table3-person = { $name_kk }: { $role }
meetings-table3-source = Дереккөз: { meetings-table3-ref }. Лауазымдар мен тақырыптар мақалада басылғандай (тақырыптар қысқартылған); — лауазым көрсетілмеген. Салалар: осы кітаптың тақырыптарды кодтауы (ережелері тақырыптар кодтар кітабының кестесінде). ◊ Құрылтайды құрған 2022 жылғы 14 маусымдағы Жарлыққа дейінгі кездесу.

## Отырыстар (tbl-sessions)
meetings-sessions-session = Отырыс
meetings-sessions-days-header = Күндері (секциялар, пленарлық мәжіліс)
meetings-sessions-place = Өткен жері
meetings-sessions-theme = Тақырыбы
meetings-sessions-counts = Секциялар, сөз сөйлегендер, ұсыныстар
meetings-sessions-sections = { $n } секция
meetings-sessions-spoke = секцияларда { $count } мүше сөз сөйледі
meetings-sessions-source = Дереккөз: әр жолда аталған ашық дереккөздер (мақала емес); осы кестенің жүктелетін нұсқасында әр отырыстың нәтижелері, дереккөздері мен сенімділігі де бар. Сандар дереккөздердегідей берілген; — табылмады.
meetings-sessions-date = { $year } жылғы { $day } { $month }
meetings-sessions-days = { $year } жылғы { $start_day }–{ $day } { $month }
meetings-sessions-span = { $start } – { $end }
meetings-place-ulytau = Ұлытау
meetings-place-turkistan = Түркістан
meetings-place-atyrau = Атырау
meetings-place-burabay = Бурабай
meetings-place-kyzylorda = Қызылорда
meetings-source-count-more-than-70 = 70-тен астам
meetings-source-count-about-70 = шамамен 70
meetings-source-count-424-citizen-proposals-in-11-areas-received-through-egov-before-the-session = отырысқа дейін «электрондық үкімет» арқылы 11 бағыт бойынша азаматтардың 424 ұсынысы келіп түсті
meetings-source-count-more-than-100-initiatives = 100-ден астам бастама
meetings-source-count-more-than-200-proposals-and-recommendations = 200-ден астам ұсыныс пен ұсыным

## Аралықтар (tbl-session-intervals)
meetings-intervals-period = Кезең
meetings-intervals-dates-header = Күндері
meetings-intervals-days = Күн саны
meetings-intervals-meetings = Кездесулер
meetings-intervals-people = Жазбалар (адам × кездесу)
meetings-intervals-rate = Жылына кездесулер (СА)
meetings-intervals-rate-last = 2025 жылғы 17 қаңтарға дейін жылына (СА)
meetings-intervals-ids = Кездесулердің күндері
meetings-intervals-between = { $first }–{ $second } отырыстар аралығы
meetings-intervals-before = { $session } отырысқа дейін
meetings-intervals-after = { $session } отырыстан кейін
meetings-intervals-year = { $year } күнтізбелік жылы
meetings-intervals-dates = { $start } – { $end }
meetings-intervals-until = { CASE($end, case: "dative") } дейін
meetings-intervals-from = { CASE($start, case: "ablative") } кейін
meetings-intervals-before-decree = Жарлыққа дейін { $n }
meetings-intervals-source = Дереккөз: { meetings-table3-ref }; жазбалар әр адамды әр кездесуде бір рет санайды, сондықтан екі рет қабылданған адам екі рет саналады; пленарлық мәжіліс күндері ашық дереккөздерден (отырыстар кестесі). Аралық бір пленарлық мәжілістен кейінгі күннен келесі пленарлық мәжіліс күніне дейін есептеледі. Жылына кездесулер = кездесулер / (күн саны / 365,25); жақша ішінде Пуассон үлестірімі бойынша нақты сенімділік аралығы (кітаптың сенімділік деңгейімен). Келесі баған күндерді 3-кестенің соңғы күніне, 2025 жылғы 17 қаңтарға дейін ғана санайды. † 3-кесте 2025 жылғы 17 қаңтарда аяқталады, сондықтан бұл кезеңдер қамтылмаған: 0 кездесу болмағанын емес, тізімде жоқтығын білдіреді. Күнтізбелік жылдарда соңғы баған 2022 жылғы 14 маусымдағы Жарлыққа дейінгі кездесулерді көрсетеді.

## Тақырыптар кодтары (tbl-topic-codebook)
meetings-codebook-domain = Сала
meetings-codebook-definition = Анықтамасы
meetings-codebook-rules = Кодтау ережесі
meetings-codebook-meetings = Кездесулер
meetings-codebook-people = Жазбалар (адам × кездесу)
meetings-codebook-source = Дереккөз: осы жобаның тақырыптар кодтар кітабы мен ережелері, { meetings-table3-ref } тақырыптарының мазмұндамасына қолданылды. Жазбалар әр адамды әр кездесуде бір рет санайды, сондықтан екі рет қабылданған адам екі рет саналады. Сала оның ережесі сәйкес келсе кодталады; бір кездесу бірнеше салаға жатуы мүмкін. Ережелер адамның лауазымын емес, не талқыланғанын ғана қарайды. Іздеу өрнектерінің дәл тізімі «Кітапты қайта құрастыру» қосымшасында берілген.
# Саланың кодтау ережесі қарапайым сөзбен (регуляр өрнектер: data/raw/coding/topic_rules.csv).
meetings-rule-economy-business = Тақырыпта экономика (экономикалық, әлеуметтік-экономикалық), кәсіпкерлер не бизнес, мұнай-газ не мұнай-химия, не азық-түлік бағасы аталады.
meetings-rule-public-administration = Тақырыпта бюрократия, мемлекеттік қызметшілер не мемлекеттік басқару, сыбайлас жемқорлық, не жергілікті өзін-өзі басқару аталады.
meetings-rule-law = Тақырыпта құқықтық мәселелер не аты аталған заң (мысалы, «Қоғамдық бақылау туралы» заң) аталады.
meetings-rule-science-education = Тақырыпта ғылым, ғалымдар не Ғылым академиясы, не университеттер аталады.
meetings-rule-culture-language = Тақырыпта мәдениет не кино («дене шынықтыру» спортқа, ауыл шаруашылығы өз саласына жатады), тіл, латын әліпбиі не қазақ тілі, мемлекеттік рәміздер не ұлттық ойын аталады.
meetings-rule-sport = Тақырыпта спорт («дене шынықтыру және спорт» қоса), Көшпенділер ойындары не тоғызқұмалақ аталады.
meetings-rule-social-policy-veterans = Тақырыпта әлеуметтік мәселелер не әлеуметтік қолдау, тұрғын үй, ардагерлер не аға буын, не табиғи апаттар аталады.
meetings-rule-interethnic-relations = Тақырыпта этносаясат не Қазақстан халқы Ассамблеясы, ұлттық бірегейлік, не дін аталады.
meetings-rule-childrens-rights = Тақырыпта балалар не жетім балалар аталады.
meetings-rule-agriculture = Тақырыпта ауыл шаруашылығы, агроөнеркәсіптік кешен не аграрлық мәселелер аталады.
meetings-rule-civil-society = Тақырыпта ҮЕҰ, қоғамдық бақылау не сараптама орталықтары аталады.
meetings-definition-economy-business = Ұлттық экономика және оның салалары (мұнай-газ, мұнай-химия), бағалар, кәсіпкерлік, мемлекет пен бизнес арасындағы қарым-қатынас.
meetings-definition-public-administration = Мемлекеттік аппараттың жұмысы: бюрократия, басқарудағы сыбайлас жемқорлық, мемлекеттік қызмет және қызметшілерді оқыту, жергілікті өзін-өзі басқару, мемлекеттік басқару доктриналары.
meetings-definition-law = Құқықтық реформалар, азаматтардың құқықтық сауаттылығы және белгілі бір заңды жүзеге асыру.
meetings-definition-science-education = Ғылыми зерттеулер, Ғылым академиясы, университеттер және жас ғалымдарды қолдау.
meetings-definition-culture-language = Мәдениет және кино, қазақ тілі мен оның жазуы, тіл саясаты, мемлекеттік рәміздер және мұра ретіндегі ұлттық ойындар.
meetings-definition-sport = Бұқаралық және жоғары жетістіктер спорты, спорт бағдарламалары мен нысандары, ұлттық спорт түрлері және олардың федерациялары, Дүниежүзілік көшпенділер ойындары.
meetings-definition-social-policy-veterans = Әлеуметтік мәселелер мен әлеуметтік қолдау, тұрғын үй, табиғи апаттан зардап шеккендерге көмек, ардагерлер және аға буын.
meetings-definition-interethnic-relations = Ұлттық бірегейлік, этносаясат, Қазақстан халқы Ассамблеясы және діни ахуал.
meetings-definition-childrens-rights = Балалардың құқықтары мен қауіпсіздігін қорғау, жетім балалар мен ата-анасының қамқорлығынсыз қалған балалар, балаларға арналған инфрақұрылым.
meetings-definition-agriculture = Ауыл шаруашылығы, агроөнеркәсіптік сала және аграрлық зерттеулер.
meetings-definition-civil-society = Үкіметтік емес ұйымдар және олардың мемлекетпен жұмысы, ақыл-ой орталықтары, азаматтардың қоғамдық бақылауы.

## Бірнеше рет қабылданғандар (tbl-repeat-visitors, fig-repeat-visits)
meetings-repeat-person-header = Адам
meetings-repeat-person = { $name_kk }
meetings-repeat-meetings = 3-кестедегі кездесулер
meetings-repeat-dates = 3-кестедегі күндер
meetings-repeat-text-says = Мәтінде айтылғаны
meetings-repeat-check = Тексеру
meetings-repeat-left-out = Мәтін қалдырған жылдар
meetings-repeat-lines = Мәтін жолдары
meetings-repeat-received-in = { $years } жылдары қабылдаған
meetings-repeat-received-times = { $times } рет қабылдаған (жылдары жоқ)
meetings-repeat-source = Дереккөз: { meetings-table3-ref }; кестеден кейінгі мәтін, 622–627-жолдар.
meetings-check-matches-omits-a-meeting = сәйкес, бір кездесу аталмаған
meetings-check-not-mentioned = аталмайды
meetings-check-matches = сәйкес
meetings-check-contradicts = қайшы

## Ұлттық қоғамдық сенім кеңесімен салыстыру (tbl-body-comparison)
meetings-body-header = Орган және кезең
meetings-body-schedule = Қаншалықты жиі жиналуы тиіс
meetings-body-sessions = Отырыстар (жылына)
meetings-body-met = Жеке кездескен мүшелер (жылына)
meetings-body-share-header = Кездескен мүшелердің орындар санындағы үлесі
meetings-body-period = { $body }, { $period }: { $years } жыл
meetings-body-share = { $share } (шамамен { $seats } орыннан)
meetings-body-share-exact = { $share } ({ $seats } орыннан)
meetings-body-source = Дереккөздер: Кеңес үшін – реформалар туралы мақала (Қазақстандағы 2019 жылдан бергі саяси реформалар туралы 2022 жылғы журнал мақаласы, «Дереккөздер» қосымшасын қараңыз), 302–309-жолдар; Құрылтай үшін – { meetings-table3-ref }, Құрылтайдың осы уақытқа дейін толтырылған шамамен { $seats } орны (алғашқы мүшелер мен жаңа мүшелер, мақаланың 182 және 188–194-жолдары) және оның отырыстары туралы ашық дереккөздер. Жыл = күн саны / 365,25; Кеңестің «үш жылға жуық» жұмысы 3 жыл деп алынды. – дереккөзде жоқ: реформалар туралы мақала Кеңестің құрамын да, жиналу кестесін де бермейді, кездесулерді емес, кездескен мүшелерді санайды. Құрылтай жылына бір рет жиналуы тиіс (мақаланың 59-жолы).
meetings-period-ncpt = 2019 жылдан 2022 жылғы маусымға дейін
meetings-period-kurultai = Жарлықтан IV отырысқа дейін (2022 жылғы маусым – 2025 жылғы наурыз)
meetings-period-kurultai-table-span = 3-кестенің алғашқы кездесуінен соңғысына дейін (2022 жылғы сәуір – 2025 жылғы қаңтар)
meetings-schedule-not-stated = айтылмаған
meetings-schedule-once-a-year = жылына бір рет

## Екінші кодтаушы (tbl-coding-disagreements)
meetings-coding-date = Күні
meetings-coding-person = Адам
meetings-coding-rules = Ережелер (ағылшынша мазмұндама)
meetings-coding-second = Екінші кодтаушы (қазақша мәтін)
meetings-coding-note = Екінші кодтаушының түсіндірмесі
meetings-coding-primary = { $label } (негізгі)
meetings-coding-source = Дереккөз: екінші, тәуелсіз кодтау (тек мақаланың қазақша мәтіні мен кодтар кітабы бойынша жұмыс істеген кодтаушы) осы кітаптың тақырып ережелерімен салыстырылды. Негізгі сала: ережелер үшін мазмұндамада бірінші аталған сала; кодтаушы үшін басым тақырып, ал салмағы тең болса бірінші аталғаны. Түсіндірмелерді кодтаушы ағылшынша жазған, мұнда қазақшаға аударылған.
meetings-coder-note-2023-07-10-baymenov-a = Тоғызқұмалақ «ұлттық ойын» деп аталады (мәдениет: мұра ретіндегі ұлттық ойындар), бірақ Дүниежүзілік тоғызқұмалақ федерациясы да талқыланды (спорт: федерациялар); мәдениет негізгі сала болып алынды.
meetings-coder-note-2024-03-12-kurishbaev-a = Университеттің агроөнеркәсіптік сала бойынша зерттеулері ауыл шаруашылығы анықтамасындағы «аграрлық зерттеулерге» кіреді, сондықтан ғылым мен білім қосылмады.
meetings-coder-note-2024-05-30-izmukhambetov-b = Тақырыптар көп: мұнай-газ саласы мен азық-түлік бағасы экономиканы негізгі сала етті; «Қоғамдық бақылау туралы» заң құқық пен азаматтық қоғамды қосады; аға буын мұнда әлеуметтік саясаттың тақырыбы емес, іс-әрекет иесі.
meetings-coder-note-2024-06-18-zakieva-d = Жетім балаларға тұрғын үй мен ауылдағы балаларға арналған инфрақұрылым балалар құқықтары анықтамасына кіреді, сондықтан әлеуметтік саясат (тұрғын үй) қосылмады.
meetings-coder-note-2025-01-17-baymenov-a = Бірлескен кездесудің тақырыптары екі адамның біріне жеке телінбеген, сондықтан екі жол бірдей кодталды; негізгі сала бірінші аталуы бойынша алынды; жас ғалымдарға «әлеуметтік қолдау» әлеуметтік саясат емес, ғылым болып кодталды.
meetings-coder-note-2025-01-17-kurishbaev-a = Бірлескен кездесу Ә. Бәйменовтің жолымен бірдей кодталды; тақырыптарды адамдардың лауазымы бойынша бөлуден бас тартылды, өйткені лауазым тақырып емес.

## Эпилог (tbl-epilogue)
meetings-epilogue-date = Күні
meetings-epilogue-event = Оқиға
meetings-epilogue-figures = Сандар
meetings-epilogue-sources = Дереккөздер (сенімділігі)
meetings-epilogue-sources-cell = { $sources } ({ $confidence })
meetings-epilogue-note = Дереккөз: әр жолда аталған ашық дереккөздер (басылымдар мен күндер; толық веб-мекенжайлар деректерде берілген, «Дереккөздер» қосымшасын қараңыз); мақаладан емес, мақала бұл оқиғалардан бұрын аяқталады. 2026 жылғы 1 шілде мен 1 қыркүйек жолдары дереккөздер берген кестені көрсетеді; бұл қадамдардың жүзеге асқаны біз қараған дереккөздерден табылмады.
meetings-epilogue-referendum = сайлаушылар саны { $eligible }; қатысқаны { $turnout } ({ $turnout_pct }); «иә» { $yes } ({ $yes_pct }); «жоқ» { $no } ({ $no_pct }); жарамсыз { $invalid }
meetings-epilogue-event-2026-01-20 = Қазақстан халқы Ассамблеясы мен Ұлттық құрылтайдың орнына Халық кеңесін құру ұсынылды
meetings-epilogue-figure-2026-01-20 = ең көбі 126 мүше: 42 – этномәдени бірлестіктерден, 42 – қоғамдық бірлестіктерден, 42 – мәслихаттар мен өңірлік қоғамдық кеңестерден
meetings-epilogue-event-2026-01-24 = Конституциялық реформа жөніндегі комиссияның алғашқы отырысы
meetings-epilogue-figure-2026-01-24 = азаматтардан 2 000-нан астам ұсыныс; 7 партия мен 16 қоғамдық ұйым ұсыныс жіберді
meetings-epilogue-event-2026-03-15 = Жаңа Конституция бойынша референдум
meetings-epilogue-figure-2026-03-15 = { $referendum }
meetings-epilogue-event-2026-07-01 = Жаңа Конституция күшіне енеді; Сенат таратылады; парламент Құрылтай деп аталатын бір палаталы органға айналады (145 депутат)
meetings-epilogue-figure-2026-07-01 = —
meetings-epilogue-event-2026-09-01 = Жаңа парламент (Құрылтай) 2026 жылғы тамыздағы сайлаудан кейін жұмысын бастайды
meetings-epilogue-figure-2026-09-01 = —
meetings-epilogue-source-cec = Орталық сайлау комиссиясының деректері, жариялағандар:
meetings-epilogue-source-commission = (Конституциялық реформа жөніндегі комиссия жұмысын бастады)
meetings-epilogue-source-tass = ТАСС
meetings-confidence-high = жоғары
meetings-confidence-medium = орташа
meetings-confidence-low = төмен

## Диаграммалар
meetings-fig-table3-note = Кездесулер: мақаланың 3-кестесі, мәтіннің 465–611-жолдары.
meetings-fig-date = Кездесу күні
meetings-fig-session = { $session } отырыс
meetings-fig-decree = Жарлық, 2022 жылғы 14 маусым
meetings-fig-legend-session = отырыс
meetings-fig-legend-decree = Жарлық
meetings-fig-sessions-note = Отырыстар: ашық дереккөздер («Дереккөздер» қосымшасын қараңыз).
meetings-fig-hollow-note = Іші бос нүктелер: Жарлыққа дейінгі кездесулер.
meetings-fig-domain-title = Кездесулер саны (бір кездесу бірнеше салаға жатуы мүмкін)
meetings-fig-domain-label = { $original }
meetings-fig-domain-note-1 = Салалар: осы кітаптың тақырып ережелері бойынша,
meetings-fig-domain-note-2 = әр кездесу тақырыбының біз жазған ағылшынша мазмұндамасынан.
meetings-fig-status-title = Мақала мәтінінде
meetings-fig-prose-note = Мәтін: мақала, 622–627-жолдар.
meetings-fig-rules-note = Тік сызықтар: I–IV отырыстардың пленарлық мәжіліс күндері (ашық дереккөздер).
meetings-fig-repeat-person = { $name }|({ $check })
meetings-fig-status-named = жылы аталған
meetings-fig-status-counted = саны айтылған, жылы аталмаған
meetings-fig-status-left-out = мәтінде жоқ
# Tooltip titles of the charts.
meetings-fig-tip-date = Күні
meetings-fig-tip-people = Президентпен кездескендер
meetings-fig-tip-person = Адам
meetings-fig-tip-event = Оқиға
meetings-fig-tip-domain = Сала
meetings-fig-tip-original = Мақаланың тілінде
meetings-fig-tip-meetings = Күні көрсетілген кездесулер
meetings-fig-tip-person-meetings = Адам-кездесулер
