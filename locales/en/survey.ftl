# Words the survey chapter's values, tables and charts share (analysis/prose/attitudes.py,
# analysis/tables/survey.py, analysis/figures/survey.py).

## How the respondents behind a share were counted (size_scenario codes, "_" as "-")
survey-scenario-reported = whole sample
survey-scenario-aware = aware respondents
survey-scenario-wpp2024 = age groups from UN WPP 2024
survey-scenario-wpp2024-minus20 = age-group n −20%
survey-scenario-wpp2024-plus20 = age-group n +20%
survey-scenario-equal-thirds = age-group n/3 each

## The p-value adjustments (parameter multiple_comparison, "_" as "-"): their names in
## notes and sentences ("After Holm's adjustment …"; "none": "no").
survey-adjustment-holm = Holm
survey-adjustment-bonferroni = Bonferroni
survey-adjustment-fdr-bh = Benjamini-Hochberg
survey-adjustment-none = no
