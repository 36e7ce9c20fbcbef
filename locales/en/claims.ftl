# The Claims audit: the chapter's values (analysis/prose/claims.py), the ledger table
# (analysis/tables/claims.py) and chart (analysis/figures/claims.py), and the verdict
# labels of analysis/claims.py. Variables hold text already formatted for the language;
# $n (and $bad, $index, $groups, $last) are numbers for selectors.

## Counts and lists
# A count from 0 to 10 in words; larger counts in digits ($digits, already formatted).
claims-number-words = { $n ->
    [0] no
    [1] one
    [2] two
    [3] three
    [4] four
    [5] five
    [6] six
    [7] seven
    [8] eight
    [9] nine
    [10] ten
   *[other] { $digits }
 }
# A number in digits ($n) in the ablative case; English has none: the number as it is.
# $last is the last non-zero place of the number as read (1-9, 10-90, 100 or 1000).
claims-number-ablative = { $last ->
   *[other] { $n }
 }
# The last two parts of a list whose other parts are joined by commas ($head).
claims-parts-join = { $head } and { $last }
# A range of two numbers: "2.5 to 3.5".
claims-range = { $low } to { $high }
# No date to name.
claims-none = none

## Verdicts
# The verdict of a check, as a predicate ("all reproduced").
claims-verdict-reproduced = reproduced
# A transcribed claim found as printed in our own transcription: not counted as reproduced.
claims-verdict-read-back = only read back from our transcription
claims-verdict-inconsistent = inconsistent
claims-verdict-not-reproducible = cannot be checked
# The verdict as a chart label and in the status counts.
claims-status-label-reproduced = Reproduced
claims-status-label-read-back = Read back only
claims-status-label-inconsistent = Inconsistent
claims-status-label-not-reproducible = Cannot be checked
# Topic of a claim (the ledger's topic), as the chart labels it.
claims-topic-methods = methods
claims-topic-composition = composition
claims-topic-communication = communication
claims-topic-attitudes = attitudes
claims-topic-world-practices = world practices
claims-topic-context = context

## Summary of the chapter
# One part of the status sentence: $count claims (formatted; $n the number) with a verdict.
# $recomputed and $cross: how many of them by recomputation and against an independent source.
claims-status-part-reproduced = { $count } { $n ->
    [one] is
   *[other] are
 } reproduced ({ $recomputed } recomputed from other data, { $cross } cross-checked against an independent source)
claims-status-part-read-back = { $count } { $n ->
    [one] is
   *[other] are
 } only read back from our own transcription
claims-status-part-inconsistent = { $count } { $n ->
    [one] is
   *[other] are
 } inconsistent
claims-status-part-not-reproducible = { $count } cannot be checked
claims-problem-none = No claim is contradicted by the data.
# Every inconsistent claim is a problem of its own; $problems in words.
claims-problem-each = Each inconsistent claim is a problem of its own, { $problems } in all.
claims-problem-one = The inconsistent claim is the one problem the audit finds.
# Claims that share a problem: $ids (a list), $n claims; problem $index of $groups.
claims-problem-group = { $ids } { $n ->
    [one] is
   *[other] are
 } { $groups ->
    [one] one
   *[other] { $index ->
        [1] one
       *[other] another
    }
 }
# $bad and $problems in words ($n: the number of problems); $list: the groups, joined by "; ".
claims-problem-groups = The { $bad } inconsistent claims come down to { $problems } distinct { $n ->
    [one] problem
   *[other] problems
 }, because claims that fail for the same reason count once ({ $list }).
claims-split = { $article } from the article, { $context } from a second source text, on the political reforms

## The meetings before the decree
# A session's place (the processed sessions.place, first word): the name as it is.
claims-place = { $place }
claims-early-item = { $name } on { $date }
claims-early-same = the same meetings
claims-early-different = { $n } meetings, not the same as those before the decree
claims-baymenov-early = His meeting of { $date } is also one of those from before the decree
claims-baymenov-early-none = None of his meetings is dated before the decree

## The age groups' margins
claims-gap-pp = { $gap } { unit-pp }
claims-moe-pp = ±{ $moe } { unit-pp }
claims-lead-within = within
claims-lead-beyond = larger than
# One wave: $year, $runner (age group), $gap and $moe (numbers, pp).
claims-lead-clause-within = in { $year } the lead over the { $runner } group ({ $gap } { unit-pp }) is within its margin of error (±{ $moe } { unit-pp })
claims-lead-clause-beyond = in { $year } the lead over the { $runner } group ({ $gap } { unit-pp }) is larger than its margin of error (±{ $moe } { unit-pp })
claims-lead-verdict-beyond = In both waves the lead is larger than its margin of error, so the claim holds.
claims-lead-verdict-within = In neither wave can the data tell the middle groups apart from the next group, so the claim holds for the printed shares but not beyond sampling error.
claims-lead-verdict-some = So in { $years } the data cannot tell the middle groups apart from the next group: the claim holds for the printed shares, not beyond sampling error.

## Table 1's year order
# A positive share ($share, a number) in a wave ($year).
claims-year-order-item = { $share }% in { $year }
claims-year-order-none = Neither order lets both waves of Table 1 add up to 100.
# $chosen and $other: the two orders (lists of items); $chosen_totals, $other_totals: their totals.
claims-year-order = { $chosen } gives totals of { $chosen_totals }; the other order ({ $other }) gives { $other_totals }

## The second source text's figures ($w: in words; $n: in digits; $a: with the ablative ending)
claims-ncpt-years-active = almost { $w } years of work
claims-ncpt-sessions = { $w } sessions with the President
claims-ncpt-members-met = { $n } members met one to one
claims-ncpt-laws = { $n } laws
claims-ncpt-legal-acts = more than { $a } legal acts
claims-ncpt-decrees = { $w } presidential decrees
claims-ncpt-government-resolutions = { $n } government resolutions

## Alt text of the chart, per topic ($topic, $n claims)
claims-alt-none = { $topic }: { $n }, none of which can be checked.
claims-alt-all = { $topic }: { $n }, all { $verdict }.
claims-alt-mixed = { $topic }: { $n }, of which { $detail }.
claims-alt-part-reproduced = { $count } reproduced
claims-alt-part-read-back = { $count } only read back
claims-alt-part-inconsistent = { $count } inconsistent
claims-alt-part-not-reproducible = { $count } cannot be checked

## The ledger table
# The verdict a row shows first (mark and word, not colour alone).
claims-table-verdict-reproduced = ✓ yes
claims-table-verdict-read-back = ≡ read back only
claims-table-verdict-inconsistent = ✗ no
claims-table-verdict-not-reproducible = – unchecked
claims-col-verdict = Reproduced
claims-col-claim = Claim
claims-col-lines = Lines
claims-col-says = What the article says
claims-col-printed = Printed
claims-col-data = Data
claims-col-quote = Kazakh quote
claims-col-problem = Problem
claims-col-check = Check
claims-col-note = Note
claims-col-data-says = What the data say
# Kind of check (the ledger's check_kind).
claims-check-transcribed = transcribed (read back)
claims-check-recomputed = recomputed
claims-check-cross-checked = cross-checked
claims-check-none = none
# Lines of another source text ($seed: "002", the reform article): "reform article, lines 303".
claims-lines-seed = { $seed ->
    [2] reform article, { $lines }
   *[other] text { $seed }, { $lines }
 }
claims-table-source = Source: the article (its lines in each row); rows marked "reform article" come from a 2022 journal article on Kazakhstan's political reforms since 2019, described in the Data sources appendix. The table's download adds each claim's Kazakh quote, the kind of check, our note and a sentence on what the data say.
# A range of two values in a cell: "2023-07-20 to 2023-07-31".
claims-value-range = { $low } to { $high }
# A value ($value, formatted) with the claim's unit.
claims-unit-date = { $value }
claims-unit-date-range = { $value }
claims-unit-session = { $value }
claims-unit-age-group = { $value }
claims-unit-year = { $value }
claims-unit-percent = { $value }%
claims-unit-percentage-points = { $value } { unit-pp }
claims-unit-respondents = { $value } respondents
claims-unit-years = { $value } years
claims-unit-years-of-age = age { $value }
claims-unit-persons = { $value } persons
claims-unit-fields = { $value } fields
claims-unit-deputy-chairs = { $value } deputy chairs
claims-unit-members = { $value } members
claims-unit-members-by-field = { $value } members by field
claims-unit-days = { $value } days
claims-unit-sections = { $value } sections
claims-unit-meetings-before-the-decree = { $value } meetings before the decree
claims-unit-meetings-before-session-i = { $value } meetings before session I
claims-unit-meetings = { $value } meetings
claims-unit-amendments = { $value } amendments
claims-unit-decade = { $value } decade
claims-unit-sessions = { $value } sessions
claims-unit-sessions-a-year = { $value } session a year
claims-unit-laws = { $value } laws
claims-unit-legal-acts = { $value } legal acts
claims-unit-decrees = { $value } decrees
claims-unit-resolutions = { $value } resolutions
claims-unit-recommendations = { $value } recommendations

## The chart
claims-chart-x = Claims (count)
claims-chart-legend = Verdict
claims-chart-tip-topic = Topic of the article
# The source note; each part after "; " is a line of its own.
claims-chart-source = Source: this book's claims audit ({ $count } { $n ->
    [one] claim
   *[other] claims
 }), transcribed from the article and checked against the data.
# A claim's row fold: what opens it, and its paragraphs (the table's CSV has the same
# fields as columns).
claims-table-more = How it was checked
claims-table-fold-quote = As printed: { $text }
claims-table-fold-check = Check: { $text }
