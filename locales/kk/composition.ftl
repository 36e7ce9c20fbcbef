# «Құрам» тарауы (book/kk/composition.qmd): мәндері, мүшелердің салалар бойынша диаграммасы
# және кестелері. Ағылшынша сөздері деректе бар жерде (кодтар кітабының атаулары мен ережелері,
# құрылым тармақтары) ағылшынша хабарлама оларды орнына қояды, қазақшасы өз сөзін береді.


## Values of the chapter (analysis.prose.composition)
# A count in words up to ten, else in figures ($count, formatted). $n: the count.
composition-number = { $n ->
    [0] 0
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
   *[other] { $count }
}
# "Three of the newcomers met the President": the count as the sentence needs it (Kazakh: the collective numeral with the possessive ending, үшеуі). $n: the count; $count: in figures.
composition-number-of-them = { $n ->
    [1] біреуі
    [2] екеуі
    [3] үшеуі
    [4] төртеуі
    [5] бесеуі
    [6] алтауы
    [7] жетеуі
    [8] сегізі
    [9] тоғызы
    [10] оны
   *[other] { $count }
}
# The decree was signed on $date.
composition-value-decree-date = { CASE($date, case: "locative") }
# A source named the member on $date.
composition-value-after-window-date = { CASE($date, case: "locative") }
# The article's period runs to $date.
composition-value-window-end = { CASE($date, case: "dative") }
composition-value-nobody = ешкім
composition-value-no-date = күні жоқ
# A member whose topic suggests a field: $name, $field (its label).
composition-value-topic-move = { $name } «{ $field }» саласына
# A field and its count of members, in the list of the chart's alt text.
composition-value-field-count = { $field } { $n }
# The fields with no member ($fields, joined; $n of them).
# The largest coded bar(s) as a clause: $k bars tie at $n people ($n already in words).
composition-value-largest-field = { $k ->
    [one] ең үлкен баған – { $fields } – { $n } адамнан тұрады
   *[other] ең үлкен бағандар – { $fields } – әрқайсысы { $n } адамнан тұрады
}
composition-value-zero-fields = { $n ->
    [0] жоқ
    [1] { $fields } саласына
   *[other] { $fields } салаларына
}
# The identity rule, as the chapter states it inside a sentence.
composition-value-identity-rule = аты-жөнінің бас әрпі мен тегі ғана басылған адамға лауазым, демек сала, мақала лауазымды есімнің қасында басқанда ғана, не бір ашық дереккөз толық есімді, лауазымды және адамның Құрылтайға қатысын бергенде ғана беріледі; тегі мен бас әрпі бірдей басқа адамның ғана лауазымы есептелмейді, адамның Президентке көтерген тақырыбы да есептелмейді
# A name in the book's Latin form with the Kazakh Cyrillic: 'O. Sabden (О. Сәбден)'.
composition-name-with-cyrillic = { $name } ({ $cyrillic })

## Chart: members by field (analysis.figures.composition)
# Legend of a bar's kind.
composition-chart-kind-field = Белгілі мүше, саласы көрсетілген
composition-chart-kind-field-unknown = Белгілі мүше, саласы белгісіз
composition-chart-kind-not-identified = Орны анықталмаған
# Bars of the panel of all seats.
composition-chart-gap-field = Белгілі, саласы көрсетілген
composition-chart-gap-field-unknown = Белгілі, саласы белгісіз
composition-chart-gap-not-identified = Анықталмаған
# $coded: persons.
composition-chart-top-title = Саласын дереккөз көрсеткен белгілі мүшелер ({ $coded })
composition-chart-top-x = Адам саны
# $total: seats ever filled.
composition-chart-bottom-title = Осы уақытқа дейін толтырылған барлық орын (шамамен { $total })
composition-chart-bottom-x = Орын саны (барлығы шамамен { $total })
# Tooltip titles.
composition-chart-tip-bar = Баған
# Over the article's own (Kazakh) wording of the bar.
composition-chart-tip-other = Мақалада
composition-chart-tip-persons = Адам саны
composition-chart-tip-share = Толтырылған орындардағы үлесі (%)
# Two lines under the chart.
composition-chart-note =
    Дереккөздер: мақаладағы жаңа мүшелер тізімі (188–194-жолдар) және 3-кесте
    (465–611-жолдар); ішінара тізімге жиналған жаңалық хабарлары. Салалар: біздің кодтау.

## Fields of activity
# A field's label on the chart's axis, in tables and values: in English the codebook's own ($codebook); in Kazakh a short one (the codebook's label_kk is the article's full wording).
composition-field-label-politics = Саясаткерлер мен делегаттар
composition-field-label-public-figures = Мемлекет, қоғам қайраткерлері
composition-field-label-science = Ғалымдар
composition-field-label-culture-arts = Мәдениет және өнер
composition-field-label-media = БАҚ
composition-field-label-economy-business = Экономика және бизнес
composition-field-label-medicine = Медицина
composition-field-label-education = Білім беру
composition-field-label-sport = Спорт
composition-field-label-youth = Жастар қозғалысы
composition-field-label-ngo-sector = Үкіметтік емес сектор
composition-field-label-expert-community = Сарапшылар қоғамдастығы
composition-field-label-public-councils = Қоғамдық кеңестер өкілдері
composition-field-label-unknown = Саласы белгісіз

## Table: newcomers
composition-newcomers-col-number = №
composition-newcomers-col-name = Аты-жөні (мақалада басылғандай)
# Shown only to readers of another language than the article's.
composition-newcomers-col-latin = Латын әрпімен жазылуы
composition-newcomers-col-met = Президентпен кездескен (3-кесте)
composition-newcomers-yes = иә
composition-newcomers-note = Дереккөз: мақала, 188–194-жолдар.

## Table: structure and governance
composition-structure-col-item = Тармақ
composition-structure-col-value = Мақалада
# The article's Kazakh wording, under the value (readers of another language than the article's).
composition-structure-col-article = Қазақша
# A count the wording spells in words, in figures after it (readers of the article's language).
composition-structure-col-data = Цифрмен
composition-structure-data-value = ({ $value })
composition-structure-col-holder = Лауазым иесі (жаңалық хабарлары)
composition-structure-col-lines = Жолдар
# An office holder and the month of the report naming them ($when: composition-month-year).
composition-structure-holder = { $name } ({ CASE($when, case: "attributive") } хабар)
# Items of the table: in English the data's own ($item).
composition-structure-item-decree-creating-the-kurultai = Құрылтайды құру туралы Жарлық
composition-structure-item-chair = Төраға
composition-structure-item-deputy-chairs = Төрағаның орынбасарлары
composition-structure-item-deputy-chair-ex-officio = Лауазымы бойынша төраға орынбасары
composition-structure-item-secretary = Хатшы
composition-structure-item-working-body = Жұмыс органы
composition-structure-item-initial-members = Алғашқы құрамның мүшелері
composition-structure-item-members-renewed-by-rotation = Ротация арқылы жаңарған мүшелер
composition-structure-item-period-of-the-rotation = Ротация кезеңі
composition-structure-item-working-days-per-session = Бір отырыстың жұмыс күндері
composition-structure-item-sections-held-since-session = Төрт секция өткізіле бастаған отырыс
composition-structure-item-working-sections = Жұмыс секциялары
composition-structure-section = { $n }-секция
composition-structure-note = Дереккөз: мақала, жолдары әр жолда көрсетілген. Мақала лауазым иелерінің ешқайсысын атамайды; есімдер жаңалық хабарларынан алынды (inform.kz, newstaraz.kz және uzmetronom.agency, 2022 жылғы маусым; astanatimes.com, 2024 жылғы наурыз), ал көрсетілген ай – адамды сол лауазымда атаған ең ерте хабардың айы. 2024 жылғы наурыздағы хабар хатшыны Ақпарат және қоғамдық даму министрі деп атайды, бұл атау ол кезде ескірген: Қазинформ (2024 жылғы 13 мамыр) оны Мәдениет және ақпарат министрі деп атайды. { -composition-latin-names-note }

## Table: members
# Columns of the table's frame (its CSV); spelling and kazakh only for readers of another language than the article's.
composition-members-col-member = Мүше
composition-members-col-spelling = Дереккөздегі жазылуы
composition-members-col-kazakh = Қазақша
composition-members-col-status = Мәртебесі
composition-members-col-officer = Лауазымы
composition-members-col-meetings = 3-кестедегі кездесулер
composition-members-col-field = Саласы (оны анықтайтын сөздер)
composition-members-col-decided = Анықтайтын сөздер
composition-members-col-counted = Саналады ма (дәлелі)
composition-members-col-evidence = Дәлелі
composition-members-col-source = Дереккөз
composition-members-col-source-date = Дереккөз күні
# Shown headers of the field and counted columns.
composition-members-label-field = Саласы (оны анықтайтын сөздер)
composition-members-label-counted = Саналады ма (дәлелі)
# Meetings with the President in Table 3 ($n).
composition-members-meetings = 3-кесте: { $n } кездесу
composition-members-note = Дереккөздер: мақаладағы жаңа мүшелер тізімі (188–194-жолдар) және 3-кесте (465–611-жолдар, Президентпен кездесулер); ішінара тізімге жиналған жаңалық хабарлары (әр адамның дереккөзі деректер файлында). Есімдер мақалада не дереккөзде басылған кириллица түрінде. { -composition-latin-names-note } Ағылшын тіліндегі дереккөздердің лауазым сөздері қазақшаға аударылып, тырнақшасыз берілді. Сұр жолдар тізімде бар, бірақ белгілі мүше ретінде саналмайды.
# Status of a member.
composition-status-initial = алғашқы құрам
composition-status-joined = жаңа мүше
composition-status-unknown = белгісіз
# Officer role.
composition-role-chair = төраға
composition-role-deputy-chair = төраға орынбасары
composition-role-secretary = хатшы
# Whether the person counts as a known member.
composition-counted-known = иә
composition-counted-after-window = бөлек: тек мақала кезеңінен кейін аталған
composition-counted-not-counted = жоқ
# Evidence of membership.
composition-membership-evidence-article = мақалада аталған
composition-membership-evidence-high = жаңалық хабарлары: жоғары
composition-membership-evidence-medium = жаңалық хабары: орташа
composition-membership-evidence-low = тек қатысуы немесе өзі туралы айтуы
# A source's own words, quoted; a quotation inside them in the inner marks (each « and » of the text replaced).
composition-quoted = «{ $text }»
composition-quote-inner-open = „
composition-quote-inner-close = “
# English words of a source that decide a member's field ($words): quoted in English, in Kazakh wording (not quoted) in Kazakh.
composition-decided-club-of-chief-editors = «Бас редакторлар клубы»
composition-decided-chairman-of-the-board-khabar-agency-jsc = «Хабар агенттігі» АҚ басқарма төрағасы
composition-decided-mazhilis-deputy = Мәжіліс депутаты
composition-decided-chairman-of-the-organisation-of-veterans = «Ардагерлер ұйымының» төрағасы
composition-decided-minister = министр
composition-decided-president-of-the-republic-of-kazakhstan = Қазақстан Республикасының Президенті
composition-decided-senate-deputy = Сенат депутаты
composition-decided-state-counselor = Мемлекеттік кеңесші
composition-decided-director-of-the-institute-of-management = Басқару институтының директоры
composition-decided-first-kazakh-cosmonaut = тұңғыш қазақ ғарышкері
composition-decided-heads-the-kazakh-national-agrarian-research-university = Қазақ ұлттық аграрлық зерттеу университетінің басшысы
composition-decided-journalist-media-manager = журналист, медиаменеджер
composition-decided-member-of-almaty-city-public-council = Алматы қаласы Қоғамдық кеңесінің мүшесі
composition-decided-poet = ақын
composition-decided-political-observer = саяси шолушы
composition-decided-political-scientist = саясаттанушы
composition-decided-politician = саясаткер
composition-decided-public-figure = қоғам қайраткері
composition-decided-league-of-volunteers-of-kazakhstan = «Қазақстан волонтерлер лигасы»
composition-decided-people-s-party-of-kazakhstan = «Қазақстан Халық партиясы»

## Table: field codebook
composition-codebook-col-field = Сала
composition-codebook-col-kazakh = Қазақша
composition-codebook-col-article = Мақаладағы атауы
composition-codebook-col-rule = Кодтау ережесі
composition-codebook-col-code = Код
# A field the article does not name.
composition-codebook-ours = (біздікі)
composition-codebook-note = Дереккөз: біздің кодтар кітабы, мақаладағы мүшелер санаттарының екі тізіміне сүйенеді (144–147 және 173–176-жолдар).
# Coding rules: in English the codebook's own (rule_en, $rule).
composition-rule-politics = Мемлекеттік саяси лауазым атқарады не атқарған (Президент, Мемлекеттік кеңесші, министр, Парламенттің кез келген палатасының депутаты), партияда лауазымы бар, не дереккөз оны саясаткер деп атайды.
composition-rule-public-figures = Дереккөз оны қоғам қайраткері деп атайды, не ол басқа салаларға кірмейтін қоғамдық рөлімен танымал (тағайындалған мемлекеттік уәкіл, тұңғыш қазақ ғарышкері сияқты ұлттық тұлға).
composition-rule-science = Академик, Ұлттық ғылым академиясының лауазымды қызметкері не дереккөзде солай аталған зерттеуші.
composition-rule-culture-arts = Жазушы, ақын, суретші, кинорежиссер не мәдениет ұйымының басшысы.
composition-rule-media = Журналист, редактор, медиакомпанияның не редакторлар бірлестігінің басшысы.
composition-rule-economy-business = Экономист, кәсіпкер не бизнес бірлестігінің басшысы (мысалы, «Атамекен» Ұлттық кәсіпкерлер палатасы).
composition-rule-medicine = Дәрігер не медициналық ұйымның басшысы.
composition-rule-education = Мұғалім не университеттің, мектептің, оқу институтының басшысы.
composition-rule-sport = Спортшы, жаттықтырушы не спорт федерациясының, қауымдастығының басшысы.
composition-rule-youth = Жастар ұйымының көшбасшысы не белсендісі.
composition-rule-ngo-sector = Жұмысы азаматтық сипаттағы, жоғарыдағы салалардың ешқайсысына кірмейтін қоғамдық бірлестіктің не қоғамның басшысы (заңгерлер одағы, ардагерлер ұйымы, тіл қоғамы).
composition-rule-expert-community = Саясаттанушы, сарапшы не саяси шолушы, не саясат пен қоғам жөніндегі талдау орталығының басшысы.
composition-rule-public-councils = Облыстың, республикалық маңызы бар қаланың не астананың қоғамдық кеңесінің мүшесі.
composition-rule-unknown = Мұнда қолжетімді ешбір дереккөз адамның лауазымын көрсетпейді; не лауазым тек тегі мен аты-жөнінің бас әрпі бірдей, бірақ дереккөз оны Құрылтай мүшесі деп атамайтын адамға ғана белгілі (сәйкестендіру ережесі: лауазым мақала оны есімнің қасында басқанда не бір дереккөз толық есімді, лауазымды және Құрылтайға қатысын бергенде ғана есептеледі). Адамның Президентке көтерген тақырыбы лауазым емес.

## Table: rotation and coverage
composition-rotation-col-figure = Көрсеткіш
composition-rotation-col-value = Мәні
composition-rotation-col-source = Қайдан алынды
composition-rotation-source = { $status }: { $source }
composition-rotation-note = Басылған көрсеткіштер мақаланікі; есептелгендері біздікі, мүшелер кестесінен.
# How a figure was obtained.
composition-figure-status-reported = мақалада басылған
composition-figure-status-derived = есептелген
composition-figure-status-inferred = пайымдалған
composition-figure-status-implied = жанама шығады
# Each figure: its label, and where it comes from (.source; $initial, $joined, $total: persons; $years: the article's period). The English wording is that of the processed table (label_en, source).
composition-coverage-initial-members = Алғашқы құрамның мүшелері
    .source = мақала, 182-жол
composition-coverage-newcomers = Ротация арқылы жаңарған мүшелер
    .source = мақала, 188–189-жолдар
composition-coverage-ever-appointed = Осы уақытқа дейін толтырылған орындар (шамамен)
    .source = алғашқы құрамның { $initial } мүшесі (182-жол) + { $joined } жаңа мүше (188–194-жолдар); шамамен, өйткені мақала { $initial } адамға төраға, орынбасарлар мен хатшы кіре ме, біреу екі рет тағайындалды ма, айтпайды.
composition-coverage-renewed-share-pct = Жаңа мүшелер санының алғашқы құрамға қатынасы
    .source = { $joined } / { $initial } × 100
composition-coverage-newcomers-share-of-ever-pct = Толтырылған орындар ішіндегі жаңа мүшелер
    .source = { $joined } / { $total } × 100
composition-coverage-members-in-table3 = Президентпен кездескен мүшелер (3-кесте)
    .source = 3-кесте, 465–611-жолдар; оған Ж. Құлекеев те кіреді, бірақ Президент оны 2022 жылғы 25 сәуірде, Құрылтай құрылмай тұрып, яғни мүше ретінде емес қабылдаған
composition-coverage-newcomers-in-table3 = Президентпен кездескен жаңа мүшелер (3-кесте)
    .source = жаңа мүшелер тізімі және 3-кесте
composition-coverage-persons-listed = Мүшелер кестесіндегі адамдар
    .source = мақаладағы жаңа мүшелер мен 3-кесте, оған қоса жария тізім; әр адам бір жолда
composition-coverage-known-members = Белгілі мүшелер
    .source = мақала мүше деп атаған, не мақала кезеңі ішінде жоғары не орташа дәрежелі жария дереккөз атаған
composition-coverage-known-initial = Алғашқы құрамның белгілі мүшелері
    .source = белгілі мүшелер
composition-coverage-known-joined = Белгілі жаңа мүшелер
    .source = белгілі мүшелер
composition-coverage-known-status-unknown = Мәртебесі белгісіз белгілі мүшелер
    .source = белгілі мүшелер
composition-coverage-named-after-window = Тек мақала кезеңінен кейін мүше деп аталғандар
    .source = Жарлық күнінен { $years } жыл өткеннен кейінгі ашық дереккөз; бөлек саналады
composition-coverage-not-counted = Тізімде бар, бірақ саналмайтындар (дәлелі әлсіз)
    .source = отырысқа қатысушылар, өзі туралы айтқандар, мүмкін мүшелер
composition-coverage-known-field-coded = Саласы белгілі мүшелер
    .source = лауазымын дереккөз көрсеткен белгілі мүшелер (сәйкестендіру ережесі)
composition-coverage-known-field-unknown = Саласы белгісіз белгілі мүшелер
    .source = лауазымы көрсетілмеген белгілі мүшелер
composition-coverage-not-identified = Анықталмаған орындар
    .source = { $total } − белгілі мүшелер
composition-coverage-coverage-pct = Толтырылған орындардағы белгілі мүшелердің үлесі
    .source = белгілі мүшелер / { $total } × 100
composition-coverage-field-coverage-pct = Толтырылған орындардағы саласы белгілі мүшелердің үлесі
    .source = саласы белгілі мүшелер / { $total } × 100

## Table: claims about single members
composition-claims-col-member = Мүше
composition-claims-col-claim = Тұжырым
composition-claims-col-source = Дереккөз
composition-claims-col-date = Күні мен дәрежесі
composition-claims-col-reading = Біздің түсіндірмеміз
composition-claims-col-address = Мекенжай
composition-claims-date-grade = { $date }, дәрежесі { $grade }
composition-claims-note = Дереккөз: жаңалық хабарларынан жиналған ішінара мүшелер тізімінің ескертпелері; дәрежелер тізімдегідей (жоғары: ресми дереккөз не екі басылым; орташа: бір сенімді басылым; төмен: жанама). { -composition-latin-names-note }
# Grade of a source.
composition-grade-high = жоғары
composition-grade-medium = орташа
composition-grade-low = төмен
# A source that is not a web address ($source: as the data give it).
composition-claims-source-personal-website-biography-no-public-address-recorded = жеке сайттағы өмірбаяны (жария мекенжайы тіркелмеген)

## Table: experts' positions
composition-positions-col-proposal = Ұсыныс
composition-positions-col-phrase = Мақаладағы сөзі
composition-positions-col-camp = Тобы; қолдауы
composition-positions-col-support = Қолдауы
composition-positions-col-says = Мақала не дейді
composition-positions-col-lines = Жолдар
# Shown header of the camp column (support stacked under it).
composition-positions-label-camp = Тобы; қолдауы
# The article's key phrase, as printed.
composition-positions-phrase = «{ $phrase }»
composition-positions-note = Дереккөз: мақала, 196–286-жолдар, мазмұндалған. † тобы басылмаған; абзацтың қолданыстағы қағиданы қолдамайтындар немесе түсінбейтіндер ұсыныстары арасындағы орнынан пайымдалған.
# Camp of a proposal.
composition-camp-critics = іріктеудің қолданыстағы қағидасын қолдамайтындар немесе түсінбейтіндер
composition-camp-supporters = қазіргі іріктеуді түсінікті деп санайтындар
composition-camp-both = екі тарап та
composition-camp-not-stated = тобы айтылмаған;
# Support a proposal has.
composition-support-proposed = ұсынылған (қолдау деңгейі айтылмаған)
composition-support-prevailing-view = өз тобындағы басым пікір
composition-support-little-support = қолдау аз
composition-support-option-named = нұсқа ретінде ұсынылған

## Months, years, lines
# A month as a source's date: 'March 2024'.
composition-month-year = { $year } жылғы { $month }
# A bare year.
composition-year = { $year } жыл
# Seed lines: '188-194'.
composition-line-range = { $first }–{ $last }

## Terms of this file
# The note of a Kazakh table that shows one of our Cyrillic forms of a name.
-composition-latin-names-note = Мақала атамайтын, дереккөздерде тек латын әрпімен не орысша жазылған есімдердің қазақша кириллица түрі біздікі.
