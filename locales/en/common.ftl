# Words every chapter and builder shares. Numbers and month names come from CLDR (Babel);
# these messages only place them.

## Units and lists
# Percentage points, after a signed difference: "+7.7 pp".
unit-pp = pp
# The word before the last item of a list: "a, b and c" (no serial comma).
list-and = and
# "n of them" after a whole: the number alone in English ("two of them" reads "two").
of-them = { $n }
# Lines of a source text: "line 688" for one, "lines 88–89" for a range ($span: one, range).
lines-ref = { $span ->
    [one] line { $lines }
   *[other] lines { $lines }
 }
list-or = or
# A confidence interval in prose: "27.3–37.1%". $unit: "%" or empty.
ci-range = { $low }–{ $high }{ $unit }
# A value with its confidence interval in a table cell: "8.0 (3.4–15.7)".
value-with-ci = { $value } ({ $low }–{ $high })

## Dates
# A date: "14 June 2022". $day, $month (CLDR's name), $year.
date = { $day } { $month } { $year }
# Days of one month: "20–31 July 2023".
date-range = { $day }–{ $end } { $month } { $year }
# A day in a table cell, compact: "2022-06-14" (ISO 8601). $year, $mm, $dd (two digits).
date-table = { $year }-{ $mm }-{ $dd }
# A month in a table cell (a source dated to the month): "2026-01".
date-month-table = { $year }-{ $mm }
