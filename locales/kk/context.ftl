# «Контекст» тарауы: мәндері (analysis/prose/context.py) мен кестелері
# (analysis/tables/context.py).

# Жыл арқылы аталған онжылдық ($decade: «1920»), сөйлемде: «1920-жылдары».
context-decade = { $decade }-жылдары
## Мақала тәжірибе үшін келтірген көрсеткіш ($value: пішімделген сан), бірлігіне қарай
context-figure-percent = { $value }%
context-figure-count = { $value }
context-figure-decade = { $value }-жылдар
# Көрсеткіш және оның не екені ($what: кестедегі сөздер).
context-figure = { $figure } ({ $what })

## Әлем тәжірибесі кестесі
context-practices-col-country = Ел
# Қазақ кестесінде жоқ: ел атауы қазақша ғана беріледі.
context-practices-col-country-kk = Ел (қазақша)
context-practices-col-mechanism = Тетік
context-practices-col-figure = Мақаладағы көрсеткіш
context-practices-col-ref = Әдеб.
context-practices-col-lines = Жолдар
# Біріктірілген дереккөз ұяшығы: әдебиет ($ref) және жолдар ($lines).
context-practices-ref = әдебиет { $ref }<br>{ $lines }
context-practices-ref-label = Дереккөз
context-practices-source = Дереккөз: мақала, 74–99-жолдар; мақала көрсеткіштерді өз әдебиеттерінен алады, бұл жоба оларды тексере алмайды.

## Ұсыныстар кестесі
context-recs-col-number = №
context-recs-col-recommendation = Ұсыныс (мазмұны)
context-recs-col-key-phrase = Негізгі сөз тіркесі (мақалада)
context-recs-col-rests-on = Неге сүйенеді
context-recs-col-lines = Жолдар
context-recs-source = Дереккөз: мақала, 668–699-жолдар.
context-recs-lines = { $lines }
