# Values of the Communication chapter (analysis/prose/communication.py): the words of
# {{< var communication.KEY >}}. Numbers and dates arrive formatted ($number, $date, …);
# a count meant for a plural or a choice arrives as a number ($n).

## Counts and shared words
# A count in running text: English writes 0 to 10 in words, larger counts in digits ($digits).
# "n of them" on dates (the Kazakh uses the collective numeral in the locative: «екеуінде»).
communication-of-them-locative = { $n ->
   *[other] { $words }
}
communication-number = { $n ->
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
# Days between two dates: "two days".
communication-days = { $n ->
    [one] { $number } day
   *[other] { $number } days
 }
# A confidence interval of a rate: "1.6 to 11.7".
communication-ci = { $low } to { $high }
# No disagreement to list.
communication-none = none
# A place and its date in a list: "Ulytau on 16 June 2022".
communication-session-place = { $place } on { $date }
# A person and a date in a list: "A. Baymenov on 5 May 2022".
communication-person-date = { $name } on { $date }

## Intervals between sessions
communication-intervals-direction-fall = The rates fall from one interval to the next
communication-intervals-direction-rise = The rates rise from one interval to the next
communication-intervals-direction-none = The rates show no steady direction
# $direction: one of the sentences above; $p_full, $p_last: "p = 0.714".
communication-intervals-trend-significant = { $direction }, by more than chance would give ({ $p_full }, or { $p_last } with the last interval cut at Table 3's end).
communication-intervals-trend-chance = { $direction }, but with counts this small the differences are well within what chance would give: a test that the three intervals share one rate does not reject it ({ $p_full }, or { $p_last } with the last interval cut at Table 3's end), and the intervals overlap widely.
# Periods Table 3 does not cover: "between sessions IV and V", "after session V".
communication-uncovered-between = between sessions { $first } and { $second }
communication-uncovered-after = after session { $session }

## People received more than once
# "three meetings, in 2022, 2023 and 2025. The prose …"
communication-repeat-person = { $number } { $n ->
    [one] meeting
   *[other] meetings
 }, in { $years }. { $said }
communication-repeat-not-mentioned = The prose does not mention him.
communication-repeat-omits = The prose leaves out the { $n ->
    [one] meeting
   *[other] meetings
 } of { $dates }.
communication-repeat-matches = This matches the prose.
communication-repeat-matches-times = This matches the prose ({ $times ->
    [2] twice
   *[other] { $times } times
 }).
communication-repeat-contradicts = The prose names a year or a number of meetings the table does not have.
communication-repeat-before-decree = One of his meetings ({ $date }) is dated before the decree.
communication-repeat-part-missing = { $missing ->
    [1] { $missing_number } of the { $total_number } people received more than once is not mentioned
   *[other] { $missing_number } of the { $total_number } are not mentioned
 }
communication-repeat-part-omitted = { $left_number } of { $name }'s { $meetings_number } meetings { $left ->
    [1] is
   *[other] are
 } left out
communication-repeat-verdict-contradicts = For { $number } of the people it names, the prose gives a year or a number of meetings the table does not have.
communication-repeat-verdict-agrees = Every year and count the prose gives is in the table.
communication-repeat-verdict-examples = The prose gives examples («Мәселен», line 624), not a full record, and leaves some out: { $parts }.
# The claims audit's status of claim C19 (claims_ledger.status).
communication-c19-status-inconsistent = inconsistent with the table
communication-c19-status-reproduced = reproduced by the table
communication-c19-status-not-reproducible = not reproducible from the data
communication-c19-reason-inconsistent = because a year it names, 2022, is that of a reception before the decree, not a meeting with a member
communication-c19-reason-other = because every year it names is a year of his meetings in the table; the meeting it leaves out is noted as an omission, not counted as an error

## Topic domains and the second coder
# Domains with the same count: "*law* and *sport* in two each" ($domains: how many).
communication-domain-group = { $labels } in { $number }{ $domains ->
    [1] {""}
   *[other] {" "}each
 }
communication-disagreement = { $name } on { $date } (rules: { $rules }; second coder: { $second })
communication-domain-entries = { $label } ({ $number } { $n ->
    [one] entry
   *[other] entries
 })
communication-sets-rules-add = In every such entry the rules add a domain the second coder left out, never the reverse: { $listing }.
communication-sets-second-adds = In every such entry the second coder adds a domain the rules missed: { $listing }.
communication-sets-both-add = The rules alone coded { $rules }; the second coder alone coded { $second }.
communication-sets-same = The two codings give every entry the same domains.
# $n: entries whose primary domain differs; $diffs: the list of them.
communication-primary-sentence = { $n ->
    [0] The two never differ on the primary domain.
    [1] The one difference is { $diffs }.
   *[other] They differ for { $number } entries: { $diffs }.
 }
communication-ranking-same = The second coder's counts give the same leading domain.
communication-ranking-differs = Which domain leads therefore depends on the coder: the lead in the chart rests on keyword matches the second coder did not accept.
# The second coder's leading domains: "*economy and business* and *culture …* (five meetings each)".
communication-second-top = { $labels } ({ $number } meetings{ $domains ->
    [1] {""}
   *[other] {" "}each
 })

## Comparison with the National Council of Public Trust
# A figure the source qualifies (context_figures.qualifier).
communication-qualifier-more-than = more than { $value }
communication-qualifier-about = about { $value }
communication-qualifier-exact = { $value }

## The referendum of 15 March 2026
communication-measure-turnout = turnout
communication-measure-yes = yes
communication-measure-no = no
# $direction: "above" or "below".
communication-referendum-differs = Recomputed from the counts, { $agree } agree to two decimals; the { $measure } share comes out at { $share }, { $gap } percentage points { $direction ->
    [above] above
   *[below] below
 } the printed figure, probably a truncation.
communication-referendum-agrees = Recomputed from the counts, every printed share agrees to two decimals.

## Alt texts of the figures
communication-alt-before = { $number } before session { $session }
communication-alt-between = { $number } between sessions { $first } and { $second }
communication-alt-timeline = Timeline from 2022 to 2026 with one labelled dot per meeting. { $meetings } meetings run from { $first_meeting } to { $last_meeting }: { $parts } (the first { $pre_decree_count } drawn hollow, before the decree of { $decree_date_attr }), and none listed after { $last_meeting }. Vertical lines mark the decree and the plenary days of sessions I to V.
communication-alt-bar = { $label } { $count }
communication-alt-domains = Horizontal bar chart of { $domains_count } policy domains by the number of dated meetings coded in each: { $bars }. A meeting can fall in several domains, so the bars add up to { $domain_meetings_total }, more than the { $meetings } meetings.
communication-alt-repeat-row = { $name }, { $dots } dots ({ $years }), { $check }
communication-alt-repeat = Dot plot with one row per person received more than once and vertical lines for sessions I to IV; each dot is a meeting, coloured by whether the article's prose names its year, counts it without a year, or leaves it out: { $rows }.
# How the people met before the decree count. $only, $again: names; $n_only, $n_again: counts.
communication-pre-decree-counts = In the counts of people, { $n_only ->
        [0] {""}
        [one] { $only }, received only before the decree, is among the people Table 3 lists and those it shows met one to one, but not among those met after the decree (the Preface's and the ledger's count)
       *[other] { $only }, received only before the decree, are among the people Table 3 lists and those it shows met one to one, but not among those met after the decree (the Preface's and the ledger's count)
    }{ $n_again ->
        [0] .
        [one] ; { $again } was received again after it and counts in both.
       *[other] ; { $again } were received again after it and count in both.
    }
