# Prose values of the argument ledger (analysis/prose/arguments.py): the "What the article
# argues" sections, the conclusion chapter and the Key findings of the Preface, used as
# {{< var arguments.KEY >}}.

## Pieces
# 0-10 in words, larger numbers in figures ($digits).
arguments-number = { $n ->
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
# How many dates of Table 3 list two members (in words, as arguments-number).
arguments-meetings-joint = { $n ->
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
# How many benchmarks the Kurultai fully meets; $word: the number in words.
arguments-criteria-meets-count = { $n ->
    [0] none
   *[other] { $word }
}
arguments-none = none
# A confidence interval: "31.1–41.0%".
arguments-ci-range = { $low }–{ $high }%
# Two alternatives: "not supported or contradicted".
arguments-either = { $first } or { $second }
# The table base (parameter table_base).
arguments-base-aware = the respondents who had heard of the Kurultai
arguments-base-whole-sample = all respondents of the wave
arguments-base-other = another base

## The ledger
# $n_contradicted: the number of contradicted claims (for is/are).
arguments-verdict-counts = Of the { $claims } claims of the article's argument in the ledger, { $supported } are supported, { $partly } partly supported and { $not_supported } not supported; { $contradicted } { $n_contradicted ->
        [one] is
       *[other] are
    } contradicted by the article's own data, and { $not_testable } cannot be tested with these data. The verdicts of { $computed } claims are recomputed from the data at every build.
# A verdict and how it holds across the analytic settings computed.
arguments-by-check-same = { $verdict } under all { $n } analytic settings computed
arguments-by-check-holds = { $verdict }; it holds in { $held } of { $n } analytic settings
arguments-verdict-rules = Every verdict follows one rulebook of { $n } rules, one per type of claim, with its thresholds and the reasons for them (@sec-rulebook); each claim names the rule that decided it, and the same outcome under the same rule always gives the same verdict.

## Survey
arguments-positive-other-base = With { $base } as the base, the change is { $change }, { $error }, and the verdict would be { $verdict }
arguments-positive-no-other-base = No other base is computed
arguments-aware-below-all = by the estimates, fewer than half of every age group
arguments-aware-below-some = by the estimates, fewer than half in { $below } of { $groups } age groups
arguments-aware-caveat-open = the interval for those aged { $group } reaches { $high }%, so a majority there cannot be ruled out
arguments-aware-caveat-closed = every interval stays below half
# $split: "yes" when the verdict differs in some settings; $same, $n, $rest: settings in
# words; $others: the other verdicts (arguments-either).
arguments-positive-settings = { $verdict } with { $base } as the base{ $split ->
        [yes] , a verdict that holds in only { $same } of the { $n } analytic settings computed; in the other { $rest }, it is { $others }
       *[no] , in all { $n } analytic settings computed
    }

## Meetings
arguments-meetings-rate = { $rate } (sessions { $sessions })
arguments-meetings-rate-beyond-chance = differences larger than chance would give
arguments-meetings-rate-within-chance = differences within what chance would give

## Key findings (the Preface)
arguments-key-finding-1 = The share whose view of the Kurultai changed for the better fell from { $better_2023 } in 2023 to an implied { $better_2024 } in 2024 (about { $better_adults } of all adults), { $better_change }, losing { $better_relative_fall } of its level, yet the authors call it "considerably high". Judged like every "high", against a majority, it is { $verdict }.
arguments-key-finding-2 = The share whose view changed for the worse rose from an implied { $worse_2023 } to { $worse_2024 }, { $worse_change }. The conclusion that the Kurultai exceeded civil society's expectations is nonetheless { $verdict }: Table 2 measures changes of attitude among those who had heard of it, not expectations, and a stand-in never decides.
arguments-key-finding-3 = Positive attitudes were { $positive_2023 } in 2023 and { $positive_2024 } ({ $confidence } CI { $positive_2024_ci }) in 2024 among those who answered, a change of { $positive_change }, { $positive_error }; as shares of all adults, the scale of the claim, they were { $positive_adults_2023 } and { $positive_adults_2024 } ({ $confidence } CI { $positive_adults_2024_ci }). That attitudes "stay high" is { $positive_settings }.
arguments-key-finding-4 = In { $aware_year }, { $aware_below } had heard of the Kurultai (highest: { $aware_top_group }, { $aware_top }, { $confidence } CI { $aware_top_ci }; { $aware_caveat }); the rise among 18–28-year-olds, { $young_change }, is { $young_error } (growing popularity among the young: { $verdict }).
arguments-key-finding-5 = The article says a continuous dialogue between the authorities and civil society goes on every day (lines 618–619) but documents no channel for it, so the claim is { $verdict }. The one strand this book can count, the President's meetings with members in Table 3 (one member each, except on { $joint } dates that list two), had { $meetings_n } meetings in { $meetings_months } months ({ $meetings_per_month } a month, longest gap { $meetings_longest_gap } days); between sessions the rate went from { $meetings_rate_first } to { $meetings_rate_last } a year, { $meetings_rate_chance }.
arguments-key-finding-6 = Direct access to the President, the experts' core function for the Kurultai, reached { $direct_people } people one to one after the decree ({ $received } were received, two of them only together), about { $direct_share } of the roughly { $seats } seats ever filled, as far as Table 3, a lower bound, lists (verdict: { $verdict }).
# $criteria_not: the number of criteria not met, in words (the English sentence names them
# instead, $criteria_failed).
arguments-key-finding-7 = Against { $criteria_n } benchmarks of a citizens' assembly such as Ireland's, the Kurultai fully meets { $criteria_meets }, meets { $criteria_partly } in part and { $criteria_not ->
       *[other] fails
    } on { $criteria_failed }: the title's claim that it is an institution of deliberative democracy is { $title_verdict }. Read with the literature, where deliberation and democracy are distinct (He and Warren 2011) and a representative deliberative body is drawn by lot (OECD 2020), an appointed consultative body fits a site of consultative deliberation better than an institution of deliberative democracy (@sec-rulebook).
arguments-rules-used = The rules used in this section (@sec-rulebook): { $rules }.
# $base: the build's table base; shares of all adults are estimates.
arguments-key-finding-lead = In { "2024" }, an estimated { $aware } of adults had heard of the Kurultai ({ $confidence } CI { $aware_ci }), and { $base ->
        [aware] about { $positive } of all adults ({ $confidence } CI { $positive_ci }) viewed its work positively: the article's { $printed } is a share of those who had heard of it, not of the people
       *[whole_sample] { $positive } of all adults ({ $confidence } CI { $positive_ci }) viewed its work positively, with the whole sample as the base of the article's tables
    }.
