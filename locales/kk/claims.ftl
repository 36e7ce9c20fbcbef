# Сандарды тексеру тарауы: тараудың мәндері (analysis/prose/claims.py), тізілім кестесі
# (analysis/tables/claims.py) мен диаграммасы (analysis/figures/claims.py), analysis/claims.py
# нәтиже атаулары. Айнымалылар тілге сай пішімделген мәтін; $n (және $bad, $index, $groups,
# $last) – таңдауға арналған сандар.

## Сандар мен тізімдер
# 0-ден 10-ға дейінгі сан сөзбен; үлкенірек сан цифрмен ($digits, пішімделген).
claims-number-words = { $n ->
    [0] нөл
    [1] бір
    [2] екі
    [3] үш
    [4] төрт
    [5] бес
    [6] алты
    [7] жеті
    [8] сегіз
    [9] тоғыз
    [10] он
   *[other] { $digits }
 }
# Цифрмен жазылған сан ($n) шығыс септігінде: жалғау сан оқылғандағы соңғы сөзге
# қарай таңдалады ($last: соңғы нөл емес орын – 1-9, 10-90, 100 немесе 1000).
claims-number-ablative = { $n }-{ $last ->
    [0] ден
    [1] ден
    [2] ден
    [3] тен
    [4] тен
    [5] тен
    [6] дан
    [7] ден
    [8] ден
    [9] дан
    [10] нан
    [20] дан
    [30] дан
    [40] тан
    [50] ден
    [60] тан
    [70] тен
    [80] нен
    [90] нан
    [100] ден
   *[1000] нан
 }
# Тізімнің соңғы екі бөлігі (алдыңғылары үтірмен, $head).
claims-parts-join = { $head }, { $last }
# Екі сан аралығы: «2,5–3,5».
claims-range = { $low }–{ $high }
# Айтылатын күн жоқ.
claims-none = жоқ

## Сандық тексеру нәтижелері
# Баяндауыш ретінде («барлығы расталады»); барлық нәтиже атауы осы шақта (бағалар сияқты).
claims-verdict-reproduced = расталады
# Көшірмеде басылғандай табылған тұжырым: расталады деп саналмайды.
claims-verdict-read-back = тек өз көшірмемізбен сәйкес келеді
claims-verdict-inconsistent = сәйкес келмейді
claims-verdict-not-reproducible = тексеруге болмайды
# Диаграмма белгісі және нәтиже сандары.
claims-status-label-reproduced = Расталады
claims-status-label-read-back = Тек көшірмемен сәйкес келеді
claims-status-label-inconsistent = Сәйкес келмейді
claims-status-label-not-reproducible = Тексеруге болмайды
# Тұжырымның тақырыбы (тізімдегі topic), диаграммадағыдай.
claims-topic-methods = әдістер
claims-topic-composition = құрам
claims-topic-communication = коммуникация
claims-topic-attitudes = көзқарас
claims-topic-world-practices = әлем тәжірибесі
claims-topic-context = контекст

## Тараудың қорытындысы
# Нәтиже сөйлемінің бір бөлігі: нәтиже атауы бастауыш ретінде, $count – саны.
# $recomputed және $cross: олардың қаншасы қайта есептеу арқылы, қаншасы тәуелсіз дереккөзбен салыстыру арқылы.
claims-status-part-reproduced = расталатыны – { $count } (басқа деректерден қайта есептелгені – { $recomputed }, тәуелсіз дереккөзбен салыстырылғаны – { $cross })
claims-status-part-read-back = тек өз көшірмемізбен сәйкес келетіні – { $count }
claims-status-part-inconsistent = сәйкес келмейтіні – { $count }
claims-status-part-not-reproducible = тексеруге болмайтыны – { $count }
claims-problem-none = Деректерге қайшы келетін мәлімдеме жоқ.
claims-problem-each = Сәйкес келмейтін әр мәлімдеме – жеке мәселе, барлығы { $problems }.
claims-problem-one = Сәйкес келмейтін жалғыз мәлімдеме – тексеру тапқан жалғыз мәселе.
# Бір мәселеге саятын тұжырымдар: $ids; $groups мәселенің $index-і.
claims-problem-group = { $ids } – { $groups ->
    [one] бір
   *[other] { $index ->
        [1] бірінші
        [2] екінші
        [3] үшінші
        [4] төртінші
        [5] бесінші
        [6] алтыншы
        [7] жетінші
       *[other] { $index }-ші
    }
 } мәселе
claims-problem-groups = Сәйкес келмейтін { $bad } мәлімдеме { $problems } жеке мәселеге саяды, өйткені бір себеппен орындалмайтын мәлімдемелер бір рет саналады ({ $list }).
claims-split = { PART($article, style: "digits") } мақаладан, { PART($context, style: "digits") } саяси реформалар туралы екінші дереккөз мәтінінен

## Жарлыққа дейінгі кездесулер
# Отырыс өткен жер (sessions.place, бірінші сөзі) қазақша.
claims-place = { $place ->
    [Ulytau] Ұлытау
    [Turkistan] Түркістан
    [Atyrau] Атырау
    [Burabay] Бурабай
    [Kyzylorda] Қызылорда
   *[other] { $place }
 }
claims-early-item = { $name } ({ $date })
claims-early-same = дәл сол кездесулер
claims-early-different = { $n } кездесу (Жарлыққа дейінгілермен бірдей емес)
claims-baymenov-early = Оның { CASE($date, case: "attributive") } кездесуі де Жарлыққа дейінгі кездесулердің бірі
claims-baymenov-early-none = Оның бірде-бір кездесуі Жарлыққа дейін болмаған

## Жас топтарының қателік шектері
claims-gap-pp = { $gap } { unit-pp }
claims-moe-pp = ±{ $moe } { unit-pp }
claims-lead-within = шегінде
claims-lead-beyond = шегінен үлкен
claims-lead-clause-within = { $year } жылы { $runner } жас тобынан алшақтық ({ $gap } { unit-pp }) өз қателік шегінің (±{ $moe } { unit-pp }) ішінде
claims-lead-clause-beyond = { $year } жылы { $runner } жас тобынан алшақтық ({ $gap } { unit-pp }) өз қателік шегінен (±{ $moe } { unit-pp }) үлкен
claims-lead-verdict-beyond = Екі толқында да алшақтық қателік шегінен үлкен, сондықтан мәлімдеме расталады.
claims-lead-verdict-within = Екі толқында да деректер орта жас топтарын келесі топтан ажырата алмайды: мәлімдеме басылған үлестер үшін дұрыс, бірақ бұл айырма іріктеу қателігінен аспайды.
claims-lead-verdict-some = Демек, { $years } жылы деректер орта жас топтарын келесі топтан ажырата алмайды: мәлімдеме басылған үлестер үшін дұрыс, бірақ бұл айырма іріктеу қателігінен аспайды.

## 1-кестенің жыл реті
claims-year-order-item = { $year } жылы { $share }%
claims-year-order-none = Қай ретпен оқысақ та, 1-кестенің екі толқыны 100-ге жетпейді.
claims-year-order = { $chosen } деп оқысақ, жиындар { $chosen_totals } болады; керісінше оқысақ ({ $other }), жиындар { $other_totals } болады

## Екінші мәтіннің көрсеткіштері ($w: сөзбен; $n: цифрмен; $a: шығыс септігінде)
claims-ncpt-years-active = { $w } жылға жуық жұмыс
claims-ncpt-sessions = Президентпен { $w } отырыс
claims-ncpt-members-met = { $n } мүшемен жеке кездесу
claims-ncpt-laws = { $n } заң
claims-ncpt-legal-acts = { $a } астам нормативтік құқықтық акт
claims-ncpt-decrees = Президенттің { $w } Жарлығы
claims-ncpt-government-resolutions = Үкіметтің { $n } қаулысы

## Диаграмманың балама мәтіні, тақырып бойынша ($topic, $n тұжырым)
claims-alt-none = { $topic }: { $n } сандық мәлімдеме, бірін де тексеруге болмайды.
claims-alt-all = { $topic }: { $n } сандық мәлімдеме, барлығы { $verdict }.
claims-alt-mixed = { $topic }: { $n } сандық мәлімдеме ({ $detail }).
claims-alt-part-reproduced = расталатыны – { $count }
claims-alt-part-read-back = тек көшірмемен сәйкес келетіні – { $count }
claims-alt-part-inconsistent = сәйкес келмейтіні – { $count }
claims-alt-part-not-reproducible = тексеруге болмайтыны – { $count }

## Тізілім кестесі
claims-table-verdict-reproduced = ✓ иә
claims-table-verdict-read-back = ≡ тек көшірмемен
claims-table-verdict-inconsistent = ✗ жоқ
claims-table-verdict-not-reproducible = – тексеруге болмайды
claims-col-verdict = Сәйкес келе ме
claims-col-claim = Мәлімдеме
claims-col-lines = Жолдар
claims-col-says = Мақала не дейді
claims-col-printed = Мақаладағы мән
claims-col-data = Деректегі мән
# Жасырын баған: мақаланың өз сөзі әр жолдың ашылатын бөлігінде («Мақалада: …»).
claims-col-quote = Мақаладағы дәйексөз
claims-col-problem = Мәселе
claims-col-check = Тексеру түрі
# Ағылшынша ғана жазылған бағандар (қазақ кестесінде жоқ).
claims-col-note = Ескертпе
claims-col-data-says = Деректер не көрсетеді
# Тексеру түрі (check_kind).
claims-check-transcribed = көшірмемен салыстырылды
claims-check-recomputed = қайта есептелді
claims-check-cross-checked = тәуелсіз дереккөзбен салыстырылды
claims-check-none = тексерілмейді
claims-lines-seed = { $seed ->
    [2] реформалар туралы мақала, { $lines }
   *[other] { $seed } мәтін, { $lines }
 }
claims-table-source = Дереккөз: мақала (әр жолда оның жол нөмірлері); «реформалар туралы мақала» деп белгіленген жолдар Қазақстандағы 2019 жылдан бергі саяси реформалар туралы 2022 жылғы журнал мақаласынан алынған, ол «Дереккөздер» қосымшасында сипатталған. Кестенің жүктелетін нұсқасында әр сандық мәлімдеменің мақаладағы дәйексөзі, тексеру түрі, біздің ескертпеміз және деректер не көрсететіні туралы сөйлем де бар.
claims-value-range = { $low } – { $high }
# Мән ($value, пішімделген) және оның өлшем бірлігі.
claims-unit-date = { $value }
claims-unit-date-range = { $value }
claims-unit-session = { $value }
claims-unit-age-group = { $value }
claims-unit-year = { $value }
claims-unit-percent = { $value }%
claims-unit-percentage-points = { $value } { unit-pp }
claims-unit-respondents = { $value } респондент
claims-unit-years = { $value } жыл
claims-unit-years-of-age = { $value } жас
claims-unit-persons = { $value } адам
claims-unit-fields = { $value } сала
claims-unit-deputy-chairs = { $value } төраға орынбасары
claims-unit-members = { $value } мүше
claims-unit-members-by-field = { $value } мүше (салалар бойынша)
claims-unit-days = { $value } күн
claims-unit-sections = { $value } секция
claims-unit-meetings-before-the-decree = { $value } Жарлыққа дейінгі кездесу
claims-unit-meetings-before-session-i = { $value } I отырысқа дейінгі кездесу
claims-unit-meetings = { $value } кездесу
claims-unit-amendments = { $value } түзету
claims-unit-decade = { $value }-жылдар
claims-unit-sessions = { $value } отырыс
claims-unit-sessions-a-year = жылына { $value } отырыс
claims-unit-laws = { $value } заң
claims-unit-legal-acts = { $value } нормативтік құқықтық акт
claims-unit-decrees = { $value } Президент Жарлығы
claims-unit-resolutions = { $value } Үкімет қаулысы
claims-unit-recommendations = { $value } ұсыныс

## Диаграмма
claims-chart-x = Сандық мәлімдемелер (саны)
claims-chart-legend = Тексеру нәтижесі
claims-chart-tip-topic = Мақаланың тақырыбы
# Дереккөз жазбасы; «; » кейінгі әр бөлік жеке жолда.
claims-chart-source = Дереккөз: осы кітаптың сандар тізілімі ({ $count } сандық мәлімдеме), мақаладан көшіріліп, деректермен салыстырып тексерілген.
# Тұжырым жолының жиналмалы бөлігі: оны ашатын сөз және ішіндегі абзацтар (кестенің CSV
# файлында осы өрістер жеке бағандар ретінде бар).
claims-table-more = Қалай тексерілді
claims-table-fold-quote = Мақалада: { $text }
claims-table-fold-check = Тексеру түрі: { $text }
