# Құрастыру параметрлері сөзбен (analysis/prose/params.py).

# Сенімділік деңгейі пайызбен: «95%» ($pct: саны).
params-confidence = { $pct }%
## 1‑ және 2‑кестелердің негізі (table_base параметрі)
params-base-aware = Құрылтай туралы естіген респонденттер
params-base-whole-sample = толқынның барлық респонденттері
## Көптік салыстыру түзетуі (multiple_comparison параметрі); тараулар одан кейін
## «әдісі» деп жазады
params-adjust-holm = Холм
params-adjust-bonferroni = Бонферрони
params-adjust-fdr-bh = Бенджамини–Хохберг
params-adjust-none = түзетусіз
