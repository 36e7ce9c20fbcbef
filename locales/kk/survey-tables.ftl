# Сауалнама кестелерінің сөздері (analysis/tables/survey.py): баған атаулары, ұяшықтар
# және дереккөз ескертпелері.

## Сандар
survey-tbl-minus = −

survey-tbl-range = [{ $low }; { $high }]
# Өзгеріс пен оның сенімділік аралығы: «−5,5 [−11,4; +0,2]».
survey-tbl-change-cell = { $diff } { $range }

## Бағандар, ұяшықтар, ескертпелер
survey-tbl-method = { $level } СА: үлестерге Уилсон аралықтары, өзгерістерге Миеттинен–Нурминен аралықтары мен скор-тестер (statsmodels), дизайн эффектісі { $deff } (квоталық іріктеме; Әдістер қосымшасын қараңыз). п.т. = пайыздық тармақ.
survey-tbl-method-adj = Түзетілген p: тоғыз өзгеріс бірге тексерілгендегі { $method } түзетуімен алынған p мәні.
survey-tbl-na-implied = жоқ (басылған сандардан шығатын ұяшық)
survey-tbl-answer = Жауап
survey-tbl-answer-kk = Жауап (мақалада басылғандай)
survey-tbl-year-ci = { $year }, { $level } СА
survey-tbl-change = Өзгеріс, п.т. ({ $level } СА)
survey-tbl-p-adj = түзетілген p
survey-tbl-relative = Салыстырмалы өзгеріс
survey-tbl-attitude-source = Дереккөз: мақала, 347–396-жолдар (data/processed/attitude_shares.csv, survey_intervals.csv, survey_changes.csv, attitude_distribution_tests.csv). Негізі: { $base }, { $n2023 } (2023) және { $n2024 } (2024) респондент{ $estimates ->
        [yes] {" "}(ШАМАЛАНҒАН МӘНДЕР)
       *[no] {""}
    }. Үш жауап бірге тексерілді, 2023 жыл 2024 жылға қарсы (тиімді сандар бойынша хи-квадрат): { $test }{ $implied ->
        [yes] , басылған сандардан шығатын ұяшықтарға сүйенеді
       *[no] {""}
    }.
survey-tbl-age = Жас тобы (жас)
survey-tbl-n-est = { $year }: n (шамаланған)
survey-tbl-share-y = { $year }: үлес
survey-tbl-ci-y = { $year }: { $level } СА
survey-tbl-awareness-source = Дереккөз: мақала, 318–341-жолдар (data/processed/awareness_by_age.csv). n (шамаланған): жас топтарындағы респонденттер саны ЖАРИЯЛАНБАҒАН, ол БҰҰ WPP 2024 деректерінен шамаланды (data/processed/age_group_sizes.csv). † мақала 29–45 және 46–60 жас топтарына бір сан береді; біз оны біріккен 29–60 жас тобының үлесі деп түсінеміз.
survey-tbl-wave = Толқын
survey-tbl-respondents = Респонденттер
survey-tbl-aware-est = Хабардар (шамаланған)
survey-tbl-ci-deff = { $level } СА, дизайн эффектісі { $deff }{ $build ->
        [yes] {" "}(негізгі)
       *[no] {""}
    }
survey-tbl-aware-n-est = Хабардар респонденттер (шамаланған)
survey-tbl-overall-source = Шамаланған мәндер. Мақала хабардарлықты тек жас топтары бойынша береді (318–341-жолдар); жалпы үлес – жас топтарының шамаланған көлемімен ({ $method }) салмақталған орташа мән, оның аралығы – стратификацияланған қалыпты аралық. Хабардар респонденттер = n × үлес. Деректер: data/processed/awareness_overall.csv.
survey-tbl-change-col = Өзгеріс 2023 → 2024
survey-tbl-yes = иә
survey-tbl-no = жоқ
survey-tbl-head-ci = { $head }: { $level } СА
survey-tbl-head-p = { $head }: p / түзетілген p
survey-tbl-head-exceeds = { $head }: қателіктен асады (p / түзетілген p)
survey-tbl-table1-all = 1-кесте, үш жауап бірге
survey-tbl-table2-all = 2-кесте *, үш жауап бірге
survey-tbl-base-source = 1‑ және 2‑кестелер негізді көрсетпейді. Хабардар респонденттер: ШАМАЛАНҒАН, n мен хабардарлардың шамаланған үлесінің көбейтіндісі (2023 жылы { $a2023 }, 2024 жылы { $a2024 }); бүкіл іріктеме: { $w2023 } және { $w2024 }. Қателіктен асады: аралық нөлді қамтымайды (p) / түзетілген p мәні { $alpha } шегінен кіші (түзетілген p). Соңғы жолдар: үш жауапқа бір хи-квадрат тесті (тиімді сандар), түзетілмеген. † жылы пайымдалған; * басылған сандардан шығатын ұяшыққа сүйенеді.
survey-tbl-base-data = Деректер: data/processed/survey_changes.csv, attitude_distribution_tests.csv.
survey-tbl-midpoint = { $year } (далалық жұмыстың ортасы: { $date })
survey-tbl-of = ≈{ $value } ({ $total } ішінен)
survey-tbl-sizes-columns = Толқын (далалық жұмыстың ортасы)|Жас тобы (жас)|Халық (мың адам, шамаланған)|18 жастан асқан халықтағы үлесі|Респонденттер (шамаланған)
survey-tbl-sizes-source = ШАМАЛАНҒАН МӘНДЕР, жарияланған сандар емес. БҰҰ-ның «Әлем халқының болашағы» (WPP 2024) деректері (data/raw/public/wpp2024_kazakhstan_age5.csv): бес жылдық топтар жас жылдарына тең бөлінді (яғни 18–19 жастағылар 15–19 жас тобының 2/5 бөлігі), 2020 жылғы 1 шілде мен 2025 жылғы 1 шілде аралығында әр толқынның далалық жұмысының ортасына дейін сызықтық интерполяцияланды; әр толқынның n-і пропорционал бөлінді (іріктемелерде жас квоталары болған). Деректер: data/processed/age_group_sizes.csv.
survey-tbl-finding = Көрсеткіш
survey-tbl-group-answer = Топ / жауап
survey-tbl-share = Үлес
survey-tbl-age-g = { $group } жас
survey-tbl-moe-col = ± п.т., дизайн эффектісі { $deff }
survey-tbl-deff-source = Қателік шегі ({ $level }) = { $z } × √(p(1 − p) / (n / ДЭ)), пайыздық тармақпен; ДЭ – дизайн эффектісі. ≈ n – ШАМАЛАНҒАН МӘН (жас топтары БҰҰ WPP 2024 бойынша; хабардар респонденттер). Осы құрастырудың дизайн эффектісі { $deff }; 1‑ және 2‑кестелердің негізі: { $base }. Деректер: data/processed/survey_intervals.csv.
survey-tbl-na = —
survey-tbl-cell = { $verdict } (p { $p })
survey-tbl-deff-col = Дизайн эффектісі { $deff }{ $build ->
        [yes] {" "}(негізгі)
       *[no] {""}
    }
survey-tbl-adj-col = { $method } түзетуі
survey-tbl-sens-source = иә: өзгерістің { $level } СА нөлді қамтымайды (скор-тест, p < { $alpha }); жоқ: қамтиды. 1‑ және 2‑кестелердің негізі: { $base }. Дизайн эффектілерінен кейінгі бағандар дизайн эффектісі { $deff } кезінде: тоғыз өзгеріс бойынша { $method } түзетуімен алынған p, басқа негіз және жас топтарының ШАМАЛАНҒАН n-ін өзгерту (—: жол жас тобы емес немесе кесте жолы емес). † жылы немесе тобы пайымдалған; * басылған сандардан шығатын ұяшыққа сүйенеді. Деректер: data/processed/survey_changes.csv.
survey-tbl-closure-columns = Толқын|Жарияланған ұяшықтар (%)|Жарияланғандардың қосындысы|Жетіспейтін ұяшық|Басылған сандардан шығатыны: 100 − қосынды («жауап беру қиын» жоқ болса)|Кейбірі «жауап беру қиын» десе|Мақала жолдары
survey-tbl-closure-source = Үлестер пайызбен. Деректерде басылған сандардан шығатын мән тұр (value_status бағанында); ол үш жауап барлық респондентті қамтиды деп болжайды. Деректер: data/processed/table2_closure.csv.
survey-tbl-order-columns = Түсіндірме|Толқын|Оң|Бейтарап|Теріс|Қосынды|Ауытқу|Оң, 2023 → 2024|Баға
survey-tbl-order-chosen = таңдалды (100-ге толады)
survey-tbl-order-rejected = қабылданбады
survey-tbl-order-source = Үлестер пайызбен. Дереккөз: мақала, 347–365-жолдар; data/processed/year_order_readings.csv.

survey-tbl-base-head = { $base }{ $chosen ->
        [yes] {" "}(таңдалған)
       *[no] {""}
    }

survey-tbl-status-note = † мақалада жарияланған, бірақ жылы анық айтылмаған; жылын біз пайымдадық.  * жарияланбаған; басылған үлестердің қосындысы 100-ге толуынан шығады.

## Жолдар мен жауаптар
# Мақаланың кесте атаулары (347–368-жолдар), «2023-2024 жж.» жылдарынсыз: бағандар
# жылдарды атайды.
survey-tbl-title-table1 = 1-кесте. Ұлттық құрылтай жұмысына көзқарас
survey-tbl-title-table2 = 2-кесте. Ұлттық құрылтайға деген көзқарастың оның қызметі барысында өзгеру динамикасы
survey-tbl-answer-long-positive = Оң (оңға жақынды қоса)
survey-tbl-answer-long-neutral = Бейтарап
survey-tbl-answer-long-negative = Теріс (теріске жақынды қоса)
survey-tbl-answer-long-changed-positive = Жақсы жаққа өзгерген
survey-tbl-answer-long-no-change = Өзгермеген
survey-tbl-answer-long-changed-negative = Теріс жаққа өзгерген
survey-tbl-answer-positive = оң
survey-tbl-answer-neutral = бейтарап
survey-tbl-answer-negative = теріс
survey-tbl-answer-changed-positive = жақсы жаққа өзгерген
survey-tbl-answer-no-change = өзгермеген
survey-tbl-answer-changed-negative = теріс жаққа өзгерген
survey-tbl-printed-changed-positive = жақсы жаққа өзгерген
survey-tbl-printed-no-change = өзгермеген
survey-tbl-printed-changed-negative = теріс жаққа өзгерген
survey-tbl-finding-awareness = Хабардарлық
survey-tbl-finding-table1 = 1-кесте
survey-tbl-finding-table2 = 2-кесте
survey-tbl-change-young = Хабардарлық, 18–28 жас
survey-tbl-change-middle = Хабардарлық, 29–60 жас †
survey-tbl-change-old = Хабардарлық, 61 және одан жоғары жас
survey-tbl-change-t1-positive = 1-кесте, оң †
survey-tbl-change-t1-neutral = 1-кесте, бейтарап
survey-tbl-change-t1-negative = 1-кесте, теріс †
survey-tbl-change-t2-better = 2-кесте, жақсы жаққа өзгерген *
survey-tbl-change-t2-same = 2-кесте, өзгермеген
survey-tbl-change-t2-worse = 2-кесте, теріс жаққа өзгерген *
# Деректердің A, B әріптері кириллицамен.
survey-tbl-reading-a = А
survey-tbl-reading-b = Б
survey-tbl-reading-label = { $year_1 } жылы { $share_1 }, { $year_2 } жылы { $share_2 }
