# Сауалнама тарауының мәндері, кестелері мен диаграммалары ортақ қолданатын сөздер.

## Үлестің артындағы респонденттер қалай саналды (size_scenario)
survey-scenario-reported = бүкіл іріктеме
survey-scenario-aware = хабардар респонденттер
survey-scenario-wpp2024 = жас топтары БҰҰ WPP 2024 бойынша
survey-scenario-wpp2024-minus20 = жас топтарының n −20%
survey-scenario-wpp2024-plus20 = жас топтарының n +20%
survey-scenario-equal-thirds = әр жас тобы n/3

## p мәнін түзету әдістері (multiple_comparison)
survey-adjustment-holm = Холм
survey-adjustment-bonferroni = Бонферрони
survey-adjustment-fdr-bh = Бенджамини–Хохберг
survey-adjustment-none = жоқ
