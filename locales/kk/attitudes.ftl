# Көзқарастар тарауының мәндері (analysis/prose/attitudes.py): {{< var attitudes.KEY >}}
# сөздері. Сандар, күндер мен пайыздар пішімделіп келеді.

## Күндер мен сандар
attitudes-date-span = { $start } – { $end }
attitudes-referendum-gap = { $when ->
        [after] { $days ->
            [one] бір күн өткен соң
           *[other] { $days } күн өткен соң
        }
       *[before] { $days } күн бұрын
    }
attitudes-about = шамамен { $n }
# «Тоғыздың екеуі»: жинақтау сан есімдері тәуелдік жалғаумен.
attitudes-count-of-nine = { $n ->
        [0] ешқайсысы
        [1] біреуі
        [2] екеуі
        [3] үшеуі
        [4] төртеуі
        [5] бесеуі
        [6] алтауы
        [7] жетеуі
        [8] сегізі
       *[9] бәрі
    }
# «Қалған жеті өзгеріс» (біреу болса: «қалған біреуі»).
attitudes-count-other = { $n ->
        [1] біреуі
        [2] екі өзгеріс
        [3] үш өзгеріс
        [4] төрт өзгеріс
        [5] бес өзгеріс
        [6] алты өзгеріс
        [7] жеті өзгеріс
       *[8] сегіз өзгеріс
    }
# Үтірлі сандар тізімі: «1; 1,5 және 2».
attitudes-number-list = { $most } { list-and } { $last }
attitudes-number-separator = {"; "}

## Тоғыз өзгеріс
# Атау септігі; .of: ілік септігі («…үлесінің өсуі»).
attitudes-name-young = 18–28 жастағылардың хабардарлығы
    .of = 18–28 жастағылардың хабардарлығының
attitudes-name-middle = 29–60 жастағылардың хабардарлығы
    .of = 29–60 жастағылардың хабардарлығының
attitudes-name-old = 61 және одан жоғары жастағылардың хабардарлығы
    .of = 61 және одан жоғары жастағылардың хабардарлығының
attitudes-name-t1-positive = оң көзқарастар үлесі
    .of = оң көзқарастар үлесінің
attitudes-name-t1-neutral = бейтарап көзқарастар үлесі
    .of = бейтарап көзқарастар үлесінің
attitudes-name-t1-negative = теріс көзқарастар үлесі
    .of = теріс көзқарастар үлесінің
attitudes-name-t2-better = көзқарасы жақсы жаққа өзгергендер үлесі
    .of = көзқарасы жақсы жаққа өзгергендер үлесінің
attitudes-name-t2-same = көзқарасы өзгермегендер үлесі
    .of = көзқарасы өзгермегендер үлесінің
attitudes-name-t2-worse = көзқарасы теріс жаққа өзгергендер үлесі
    .of = көзқарасы теріс жаққа өзгергендер үлесінің
attitudes-change = { $diff } { unit-pp } ({ $confidence } СА [{ $low }; { $high }] { unit-pp }, { $p }{ $adjustment ->
        [none] {""}
       *[adjusted] ; түзетілген { $p_adjusted }
    })
attitudes-movement = { $name } { $direction ->
        [rise] өсуі
        [fall] төмендеуі
       *[change] өзгерісі
    } ({ $diff } { unit-pp })

## Мәнділік қорытындылары
attitudes-split-both = { $yes } іріктеу қателігінен үлкен; { $no } – іріктеу қателігі шегінде.
attitudes-split-larger = { $items } – { $n ->
        [one] {""}
       *[other] бәрі де{" "}
    }іріктеу қателігінен үлкен.
attitudes-split-within = { $items } – { $n ->
        [one] {""}
       *[other] бәрі де{" "}
    }іріктеу қателігі шегінде.
attitudes-awareness-verdict-none = Бұл дизайн эффектісінде үш жас тобының ешқайсысындағы өзгеріс іріктеу қателігінен аспайды.
attitudes-awareness-verdict = Бұл дизайн эффектісінде { $verdict }
attitudes-awareness-rises = { $n ->
        [0] Ешбір жас тобында хабардарлық өскен жоқ
       *[other] { $names } өсті
    }
attitudes-chi-verdict = { $exceeds ->
        [yes] екі толқынның үлестірімдері бір-бірінен іріктеу қателігінен артық ерекшеленеді
       *[no] екі толқынның үлестірімдері бір-бірінен іріктеу қателігінен артық ерекшеленбейді
    }
attitudes-summary = { $n ->
        [0] Тоғыз өзгерістің ешқайсысы іріктеу қателігінен үлкен емес.
       *[other] Тоғыз өзгерістің { $count } іріктеу қателігінен үлкен: { $yes }.
    }
attitudes-summary-rest = Қалған { $count } ({ $names }) іріктеу қателігінен үлкен емес.
attitudes-adjusted-none = Кітап p мәндерін тест санына қарай түзетпейді, сондықтан жоғарыдағы қорытындылардан басқа қорытынды жоқ.
attitudes-adjusted = Тоғыз тестке { $method } түзетуін қолданғаннан кейін тоғыз өзгерістің { $n ->
        [0] ешқайсысы іріктеу қателігінен үлкен болып қалмайды.
       *[other] { $count } іріктеу қателігінен үлкен болып қалады: { $survive }.
    }
attitudes-adjusted-lost = { $names } өзгерісі түзетуден өтпейді.
attitudes-adjusted-all-pass = Жеке тесттен өткен әр өзгеріс түзетілген тесттен де өтеді.

## Сезімталдық
attitudes-setting-deff = дизайн эффектісі { $deff } болса
attitudes-setting-reported = 1-кесте мен 2-кестенің негізі бүкіл іріктеме болса
attitudes-setting-aware = 1-кесте мен 2-кестенің негізі хабардар респонденттер болса
attitudes-setting-wpp2024-minus20 = әр жас тобында респонденттер 20% аз болса
attitudes-setting-wpp2024-plus20 = әр жас тобында респонденттер 20% көп болса
attitudes-setting-equal-thirds = жас топтары іріктеменің тең үштен бірі болса
attitudes-setting-wpp2024 = жас топтарының көлемі БҰҰ халық деректерінен алынса
# Әр жағдай жеке өзі қорытындыны өзгертеді: «немесе».
attitudes-sensitivity-part = { $movement }, { $settings }, { $exceeds ->
        [yes] іріктеу қателігі шегіне түсер еді
       *[no] іріктеу қателігінен үлкен деп саналар еді
    }
attitudes-sensitivity-held = { $held ->
        [some] { $names } туралы қорытындылар көрсетілген барлық жағдайда сақталады.
        [all] Әр қорытынды көрсетілген барлық жағдайда сақталады.
       *[none] Көрсетілген барлық жағдайда сақталатын қорытынды жоқ.
    }

## 1‑ және 2‑кестелердің негізі
attitudes-base-long-aware = Құрылтай туралы естіген респонденттер
attitudes-base-long-whole-sample = толқынның барлық респонденттері
attitudes-base-reading-aware = Сондықтан бұл кітап хабардар респонденттерді негіз деп алады
attitudes-base-reading-whole-sample = Дегенмен кітаптың негізгі нұсқасы бүкіл іріктемені негіз деп алады (бұл талдау нұсқасы ықтималырақ түсіндірмеге қайшы)

## 1-кестенің жыл ретінің екі түсіндірмесі
attitudes-yo-direction-chosen = { $direction ->
        [fall] төмендеді
       *[rise] өсті
    }
attitudes-yo-direction-rejected = { $direction ->
        [fall] төмендеген болар еді
       *[rise] өскен болар еді
    }

## Балама мәтіндер
attitudes-alt-age-young = 18–28 жас
attitudes-alt-age-middle = 29–60 жас
attitudes-alt-age-old = 61 және одан жоғары жас
attitudes-alt-awareness-group = { $group }: { $year_1 } жылы { $share_1 } ({ $ci_1 }), { $year_2 } жылы { $share_2 } ({ $ci_2 })
attitudes-alt-awareness = Үш жас тобындағы Құрылтай туралы хабардарлар үлесінің нүкте мен аралық диаграммасы: әр толқынға бір нүкте және оның { $confidence } аралығы. { $groups }.
attitudes-alt-answer-positive = оң
attitudes-alt-answer-neutral = бейтарап
attitudes-alt-answer-negative = теріс
attitudes-alt-answer-changed-positive = жақсы жаққа өзгерген
attitudes-alt-answer-no-change = өзгермеген
attitudes-alt-answer-changed-negative = теріс жаққа өзгерген
attitudes-alt-cell = { $answer } { $share }{ $status ->
        [implied] {" "}(басылған сандардан шығатын)
       *[other] {""}
    }{ $edge ->
        [yes] , { $confidence } СА { $range }
       *[no] {""}
    }
attitudes-alt-table = { $year_1 } және { $year_2 } жылдардың жинақталған көлденең бағандары. { $years }.
attitudes-alt-change-row = { $name } { $diff } [{ $low }; { $high }]
attitudes-alt-changes = Тоғыз өзгерістің пайыздық тармақпен берілген орман диаграммасы, дизайн эффектісі { $deff } кезіндегі { $confidence } аралықтарымен: { $rows }. { $summary }
