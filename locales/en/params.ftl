# The build's parameters in words (analysis/prose/params.py).

# The confidence level as a percentage: "95%" ($pct: the number).
params-confidence = { $pct }%
## The base of Tables 1 and 2 (parameter table_base)
params-base-aware = the respondents who had heard of the Kurultai
params-base-whole-sample = all respondents of the wave
## The multiple-comparison adjustment (parameter multiple_comparison); the chapters follow
## it with "method"
params-adjust-holm = Holm
params-adjust-bonferroni = Bonferroni
params-adjust-fdr-bh = Benjamini–Hochberg
params-adjust-none = no
