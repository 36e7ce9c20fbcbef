# Сауалнама диаграммаларының сөздері (analysis/figures/survey.py). Ескертпедегі жол
# үзілімдері диаграмманың жолдары болады.

## Ортақ
survey-fig-wave = Сауалнама толқыны
# A wave in a legend: "2023 wave" (the legend names waves, not sample sizes).
survey-fig-wave-label = { $year } жылғы толқын
# Tooltip titles shared by the live charts.
survey-fig-tip-interval = Аралық
survey-fig-tip-n = Респонденттер (шамаланған)
survey-fig-tip-neff = Тиімді респонденттер
# An interval as the live chart's controls set it.
survey-fig-live-ci = [{ $low }%; { $high }%] ({ $level }% сенімділік аралығы, дизайн эффектісі { $deff })
survey-fig-live-ci-pp = [{ $low }; { $high }] п.т. ({ $level }% сенімділік аралығы, дизайн эффектісі { $deff })
# Where statsmodels' search for the score interval fails (a few settings at 99%).
survey-fig-live-no-ci = бұл талдау нұсқасында есептелмейді (Миеттинен–Нурминен аралығын іздеу нәтиже бермейді)
# Мәннің күйі («пайымдалған», «басылған сандардан шығатын»: алғысөздегідей).
survey-fig-status-reported = жарияланған
survey-fig-status-inferred = жарияланған, жылы пайымдалған
survey-fig-status-implied = жарияланбаған, басылған сандардан шығатын
# Қазақша сөздер ұзынырақ: белгілерге көбірек орын (пиксель).
# Мақаладағыдай толық күн: «2023 жылғы 20 шілде».
survey-date-short = { $date }

## Жас топтары бойынша хабардарлық
survey-fig-awareness-y = Жас тобы (жас)
survey-fig-awareness-x = Құрылтай туралы хабардар (жас тобы респонденттерінің %)
survey-fig-awareness-tip-group = Жас тобы
survey-fig-awareness-tip-share = Хабардар
survey-fig-awareness-tip-status = Мәннің күйі
survey-fig-awareness-note = 
    Нүктелер: мақалада жарияланған үлестер (318–341-жолдар);
    сызықтар: { $level } Уилсон аралықтары (СА), дизайн эффектісі { $deff },
    жас топтарының көлемі шамаланған (БҰҰ, WPP 2024).
    29–60: мақала 29–45 және 46–60 жас топтарына бір ортақ сан береді.
# The estimated respondents per group.
survey-fig-awareness-sizes = Жас топтарындағы респонденттердің шамаланған саны, 2023 және 2024 жылдар: { $sizes }.
survey-fig-awareness-size = { $group }: { $n2023 } және { $n2024 }
# The label of the dashed line at 50%.
survey-fig-awareness-half = көпшілік

## 1‑ және 2‑кестелер
# 1-кестенің жауаптары мақаладағыдай (347–361-жолдар, деректердің category_kk бағаны);
# 2-кестенікі қысқаша.
survey-fig-answer-positive = «оң» және «оң әсер деуге болады»
survey-fig-answer-neutral = бейтарап
survey-fig-answer-negative = «теріс» және «теріс әсер деуге болады»
survey-fig-answer-changed-positive = Жақсы жаққа өзгерген
survey-fig-answer-no-change = Өзгермеген
survey-fig-answer-changed-negative = Теріс жаққа өзгерген
survey-fig-ci-range = [{ $low }; { $high }]
survey-fig-shares-status-reported = жарияланған
survey-fig-shares-status-inferred = жарияланған, жылы пайымдалған
survey-fig-shares-status-implied = жарияланбаған: басылған сандардан шығатын (100 минус қалғандары)
survey-fig-shares-ci = { $level } СА (%)
survey-fig-shares-x = Респонденттер үлесі (%)
survey-fig-shares-answer = Жауап
survey-fig-shares-value = Мән
survey-fig-shares-interval-of = аралық
survey-fig-shares-tip-share = Үлес
survey-fig-shares-source = Дереккөз: мақала, 347–396-жолдар.
survey-fig-shares-implied =
    {"*"} басылған сандардан шығатын (ашығырақ, үзік жиекті): мақалада жоқ,
    100 минус жарияланған үлестер.
survey-fig-shares-whiskers =
    Қара сызықтар: бірінші және соңғы жауап үлестерінің { $level }
    Уилсон аралықтары (СА), дизайн эффектісі { $deff },
survey-fig-base-reported = негізі: бүкіл іріктеме (n жарияланған)
survey-fig-base-aware = негізі: Құрылтай туралы хабардар респонденттердің шамаланған саны
survey-fig-shares-base = { $base }.

## Тоғыз өзгеріс
survey-fig-change-young = Хабардарлар, 18–28 жас
survey-fig-change-middle = Хабардарлар, 29–60 жас †
survey-fig-change-old = Хабардарлар, 61 және одан жоғары жас
survey-fig-change-t1-positive = 1-кесте: оң †
survey-fig-change-t1-neutral = 1-кесте: бейтарап
survey-fig-change-t1-negative = 1-кесте: теріс †
survey-fig-change-t2-better = 2-кесте: жақсы жаққа өзгерген *
survey-fig-change-t2-same = 2-кесте: өзгермеген
survey-fig-change-t2-worse = 2-кесте: теріс жаққа өзгерген *
survey-fig-changes-verdict = { $exceeds ->
        [yes] іріктеу қателігінен үлкен
       *[no] іріктеу қателігі шегінде
    }
survey-fig-changes-x = 2023–2024 жылдардағы өзгеріс (пайыздық тармақ)
survey-fig-changes-tip-row = Өзгеріс
survey-fig-changes-tip-change = 2023 жылдан 2024 жылға
survey-fig-changes-tip-p-adjusted = p ({ $method } түзетуі)
survey-fig-changes-tip-p = p (скор-тест)
survey-fig-changes-tip-n = Респонденттер, 2023 және 2024
# Respondents behind a change.
survey-fig-changes-n = { $n2023 } және { $n2024 }
# The marking of the dots.
survey-fig-changes-mark-adjusted = Боялған нүкте: тоғыз тестке { $method } түзетуі жасалғаннан кейін де өзгеріс іріктеу қателігінен үлкен (түзетілген p < { $alpha }); боялмаған нүкте: іріктеу қателігі шегінде.
survey-fig-changes-mark-raw = Боялған нүкте: өзгеріс іріктеу қателігінен үлкен (p < { $alpha }, тоғыз тестке түзетілмеген); боялмаған нүкте: іріктеу қателігі шегінде.
survey-fig-changes-tip-verdict = Мәнділік қорытындысы
survey-fig-changes-bars =
    Жуан сызық: Миеттинен–Нурминен аралығы, дизайн эффектісі { $deff };
    жіңішке сызық: дизайн эффектісі { $other }.
    Жас топтарының n-і мен хабардарлар негізі шамаланған.
survey-fig-changes-source = 
    † жылы немесе тобы пайымдалған; * басылған сандардан шығатын
    ұяшыққа сүйенеді.
    Дереккөз: мақала, 318–396-жолдар.
