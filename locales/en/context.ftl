# The Context chapter: its values (analysis/prose/context.py) and tables
# (analysis/tables/context.py).

# The decade of a year ($decade: "1920"), in a sentence: "1920s".
context-decade = { $decade }s
## A figure the article gives for a practice ($value: the number, formatted), by unit
context-figure-percent = { $value }%
context-figure-count = { $value }
context-figure-decade = { $value }s
# The figure and what it counts ($what: the practices table's words).
context-figure = { $figure } ({ $what })

## World practices table
context-practices-col-country = Country
context-practices-col-country-kk = Country (Kazakh)
context-practices-col-mechanism = Mechanism
context-practices-col-figure = Figure given
context-practices-col-ref = Ref.
context-practices-col-lines = Lines
# The merged source cell: reference ($ref) and seed lines ($lines).
context-practices-ref = ref. { $ref }<br>{ $lines }
context-practices-ref-label = Source
context-practices-source = Source: article, lines 74–99; the article takes the figures from its references, which this project cannot check.

## Recommendations table
context-recs-col-number = No.
context-recs-col-recommendation = Recommendation (paraphrased)
context-recs-col-key-phrase = Key phrase (as printed)
context-recs-col-rests-on = Rests on
context-recs-col-lines = Lines
context-recs-source = Source: article, lines 668–699.
context-recs-lines = { $lines }
