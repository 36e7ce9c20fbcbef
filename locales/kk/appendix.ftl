# Қосымшалардың құрастырылатын бөліктері: «Кітапты қайта құрастыру», дереккөздер, жүктеп
# алуға болатын файлдар, кодтар кітабы және уақыт өлшемдерінің кестесі.

## Кітапты қайта құрастыру
repro-figures = Суреттер мен кестелер
repro-processed = Өңделген кестелер
repro-software = Осы құрастырудың бағдарламалық жасақтамасы
repro-raw = Бастапқы деректер файлдары
repro-raw-intro = `data/raw/` ішіндегі әр қалтада `source.yml` файлы бар: онда файлдардың қайдан алынғаны, әрқайсысында не барын, мақаланың қай жолдарынан көшірілгені және әр файлдың sha256 бақылау сомасы жазылады; файлдың бақылау сомасы жазылғаннан өзгеше болса, өңдеу бағдарламасы тоқтайды. Төмендегі тізімдер сол файлдардан жасалады. Әр мәтін өрісінің қазақша нұсқасы бар: атауы `_kk` деп аяқталатын өріс; қазақ басылымы соны көрсетеді. Оқырманға арналған сипаттамасы: [-@sec-sources]-қосымша.
repro-topic-rules = Тақырыптарды кодтау ережелері
repro-topic-rules-intro = Президент кездесулерінің тақырыптарын [-@tbl-topic-codebook]-кестедегі салаларға бөлетін ережелер, код қолданатын күйінде: әр кездесу тақырыптарының ағылшынша мазмұндамасынан (`topic_en`) бас-кіші әріпті ажыратпай ізделетін регуляр өрнек; саланың ережелерінің кез келгені сәйкес келсе, сол сала кодталады.
repro-time = Әр қадамның уақыты
repro-kind-figure = сурет
repro-kind-table = кесте
repro-registry-item = { $label } ({ $kind }): жасайтын функция { $function }; өңделген кестелері: { $processed }; `data/raw/` ішіндегі бастапқы файлдары: { $raw }.
repro-output-item = { $table }: { $title }. `data/raw/` ішіндегі бастапқы файлдары: { $raw }.
repro-none = жоқ
repro-software-intro = Осы бетті құрастырған ортадағы нұсқалар және `uv.lock` бекіткен нұсқалар:
repro-col-package = пакет
repro-col-version-build = нұсқа (осы құрастыру)
repro-col-version-locked = нұсқа (uv.lock)
repro-not-installed = орнатылмаған
repro-not-locked = бекітілмеген
scroll-box-label = { $name }, көлденең айналады

## Уақыт өлшемдерінің кестесі
bench-absent = Өлшеу нәтижелері әлі жоқ: `{ $path }` файлы жоқ. Әр қадамның қанша уақыт алатынын өлшеу үшін эталон машинада `{ $command }` командасын іске қосыңыз; содан кейін бұл бөлімде оның кестесі шығады. Уақыт өлшенбейінше ешбір сан келтірілмейді.
bench-head = `{ $command }` өлшеген, нәтижелері `{ $path }` файлынан оқылды
bench-machine = . Өлшенген машина:
bench-measurements = Өлшеулер
bench-col-measure = өлшем
bench-col-item = нысан
bench-col-value = мәні
bench-col-target = мақсат
bench-target = ≤ { $target } ({ $met })
bench-target-plain = ≤ { $target }
bench-target-yes = мақсатқа жетті
bench-target-no = мақсатқа жетпеді
bench-unit-s = с
bench-unit-bytes = байт
bench-measure-pipeline-command = өңдеу бағдарламасы (жаңа процесс)
bench-measure-artefacts-command = артефактілер қадамы (жаңа процесс)
bench-measure-gallery-command = галерея (жаңа процесс)
bench-measure-chapter-execution = тараудың рендер кезінде орындалатын коды
bench-measure-figure-file = сурет файлының көлемі
bench-measure-chart-scripts = интерактивті суреттердің скрипттері, әр басылымға
bench-measure-chart-scripts-gzip = интерактивті суреттердің скрипттері, gzip-пен сығылған
bench-measure-chart-first-render = суреттердің Chromium-да салынуы (бет жүктелуінен соңғы суретке дейін)
bench-measure-quarto-render = Quarto рендері
bench-measure-test-suite = тесттер жиынтығы
bench-measure-baseline-build-warm = бастапқы нұсқаның қайталама құрастыруы
bench-measure-build-clean = таза құрастыру
bench-measure-build-no-change = ештеңе өзгермегендегі қайта құрастыру
bench-measure-build-changed-assumption = бір болжам өзгергендегі қайта құрастыру
bench-measure-baseline-test-suite = бастапқы нұсқаның тесттер жиынтығы
bench-measure-test-suite-vs-baseline = тесттер жиынтығы (параллель)
bench-measure-ratio-no-change = қатынас: өзгеріссіз қайта құрастыру мен бастапқы нұсқа
bench-measure-ratio-changed-assumption = қатынас: болжам өзгергендегі құрастыру мен бастапқы нұсқа
bench-measure-ratio-test-suite = қатынас: тесттер жиынтығы мен бастапқы нұсқа
bench-measure-slowest-test = ең баяу тест
bench-machine-date-measured = өлшенген күні
bench-machine-load-average-1-5-15-min-at-the-end = орташа жүктеме (1/5/15 мин), соңында
bench-machine-cores = ядролар саны
bench-machine-cpu = процессор
bench-machine-memory = жады
bench-machine-system = жүйе
bench-machine-python = Python
bench-machine-packages = пакеттер

## Дереккөздер
source-field-title = Атауы
source-field-producer = Авторы (шығарушысы)
source-field-citation-full = Библиографиялық сипаттамасы
source-field-url-main = Қайдан алынған
source-field-date-accessed = Қаралған күні
source-field-date-published = Жарияланған күні
source-field-license = Лицензиясы
source-field-description = Не екені
source-field-summary = Не береді
source-extra-seed = Бастапқы мәтін файлы
source-extra-seeds = Бастапқы мәтін файлдары
source-extra-file = атауы
source-extra-lines = жол саны
source-extra-used_for = не үшін қолданылды
source-files = Файлдары:
source-bytes = { $n } байт
source-lines = бастапқы мәтіннің { $lines }-жолдары
source-lines-other = { $seed } мәтіннің { $lines }-жолдары

## Жүктеп алу
downloads-package = төмендегі әр кестені сипаттайтын Frictionless Data Package (өрістері, типтері, бірліктері, кілттері, sha256 бақылау сомалары).
downloads-citation = осы деректер пакетіне және мақалаға қалай сілтеме жасау керектігі.
downloads-table = Кесте

## Кодтар кітабы
codebook-type-date = күн
codebook-type-integer = бүтін сан
codebook-type-number = сан
codebook-type-boolean = логикалық
codebook-type-text = мәтін
codebook-one-of = мүмкін мәндері – { $values }
codebook-matches = `{ $pattern }` үлгісіне сәйкес
codebook-between = { $low } мен { $high } аралығында
codebook-unique = қайталанбайды
codebook-required = міндетті
codebook-files = { $title }. Файлдары: `data/processed/{ $name }.csv` және `.parquet`. Бастапқы деректері: { $raw }.
codebook-no-raw = жоқ (талдау параметрлерінен жасалады)
codebook-key = Кілт (бірге алғанда қайталанбайды): { $columns }.
codebook-table-rules = Кесте ережелері: { $rules }.
codebook-unit = , бірлігі: { $unit }
codebook-rules = *Ережелері:*

## Кодтар кітабындағы бағандардың өлшем бірліктері
codebook-unit-date = ЖЖЖЖ-АА-КК
codebook-unit-days = күн
codebook-unit-fields = сала
codebook-unit-fraction = бөлшек (0–1)
codebook-unit-line-numbers-of-the-article = мақала мәтінінің жол нөмірлері
codebook-unit-line-numbers-of-the-seed-file = бастапқы мәтіннің жол нөмірлері
codebook-unit-meetings = кездесу
codebook-unit-meetings-per-month = айына кездесу
codebook-unit-meetings-per-year = жылына кездесу
codebook-unit-months = ай
codebook-unit-percent = пайыз
codebook-unit-percent-0-100 = пайыз (0–100)
codebook-unit-percent-of-the-2023-share = 2023 жылғы үлестің пайызы
codebook-unit-percentage-points = пайыздық тармақ (п.т.)
codebook-unit-person-meetings = тұлға-кездесу
codebook-unit-persons = адам
codebook-unit-persons-per-year = жылына адам
codebook-unit-proportion = үлес (0–1)
codebook-unit-ratio = қатынас
codebook-unit-respondents = респондент
codebook-unit-respondents-estimate = респондент (шамаланған)
codebook-unit-seats = орын
codebook-unit-sessions = отырыс
codebook-unit-sessions-per-year = жылына отырыс
codebook-unit-thousand-persons = мың адам
codebook-unit-years = жыл
codebook-unit-years-of-age = жас

## Әр сурет пен кестенің астындағы сілтемелер
links-csv = Деректер (CSV)
links-svg = SVG
links-png = PNG
links-vl = Vega-Lite сипаттамасы
scroll-box-table = Кесте: { $caption }

## Галерея беті
gallery-title = Галерея: кітаптың барлық суреттері мен кестелері
gallery-heading = Кітаптың барлық суреттері мен кестелері
gallery-intro = Суреттер мен кестелер кітапта қалай тұрса, дәл солай: өңделген кестелерден Quarto-сыз құрастырылған, әрқайсысының атауы және көрсетілген деректерге сілтемелері бар.
gallery-figure = Сурет
gallery-table = Кесте
# Галереяның тақырыптары: әр тарауға біреуден, кітаптағы ретімен, тараудың өз тақырыбымен,
# және олардың үстіндегі мазмұн.
gallery-contents = Мазмұны
gallery-chapter = { $number }. { $title }
gallery-chapter-count = { $count } сурет пен кесте
gallery-chapter-rulebook = Ережелер жинағы
gallery-chapter-context = Контекст
gallery-chapter-composition = Құрам
gallery-chapter-attitudes = Қоғамның көзқарасы
gallery-chapter-communication = Коммуникациялық рөл
gallery-chapter-claims = Сандарды тексеру
gallery-chapter-conclusion = Қорытынды және тақырыптағы тұжырым
