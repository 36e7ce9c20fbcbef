# Words of the survey charts (analysis/figures/survey.py): titles, axis and legend labels,
# tooltips and the notes under each chart. A note's line breaks are the chart's lines.
# A tooltip title equal to the field's own name (wave, age_group, ...) draws the bare
# field, as the English charts do.

## Shared
survey-fig-wave = Survey wave
# A wave in a legend: "2023 wave" (the legend names waves, not sample sizes).
survey-fig-wave-label = { $year } wave
# Tooltip titles shared by the live charts: the interval, the respondents (estimated for
# age groups and the aware base) and the effective respondents (respondents / design effect).
survey-fig-tip-interval = Interval
survey-fig-tip-n = Respondents (estimate)
survey-fig-tip-neff = Effective respondents
# An interval as the live chart's controls set it: $low, $high (numbers), $level (a number
# of percent: "95"), $deff ("1.5").
survey-fig-live-ci = { $low }–{ $high }% ({ $level }% interval, design effect { $deff })
survey-fig-live-ci-pp = { $low } to { $high } pp ({ $level }% interval, design effect { $deff })
# Where statsmodels' search for the score interval fails (a few settings at 99%).
survey-fig-live-no-ci = not computable at this setting (the search for the Miettinen–Nurminen interval fails)
# Value status of a share, in a legend or tooltip (the data's own codes in English).
survey-fig-status-reported = reported
survey-fig-status-inferred = inferred
survey-fig-status-implied = implied
# A date in a short form: "26 Jul 2023". $date: the full date ("26 July 2023"); $day
# (two digits), $month (abbreviated), $year.
survey-date-short = { $date ->
       *[other] { $day } { $month } { $year }
    }

## Awareness by age group
survey-fig-awareness-y = Age group (years)
survey-fig-awareness-x = Aware of the Kurultai (% of respondents in the age group)
survey-fig-awareness-tip-group = Age group
survey-fig-awareness-tip-share = Aware
survey-fig-awareness-tip-status = Value
survey-fig-awareness-note = 
    Dots: shares printed in the article (lines 318–341); whiskers: { $level } Wilson intervals, design effect { $deff },
    on estimated age-group sizes (UN WPP 2024). 29–60 is one printed figure for the groups 29–45 and 46–60 (inferred).
# The estimated respondents per group: $sizes joins one survey-fig-awareness-size per group.
survey-fig-awareness-sizes = Estimated respondents per age group, 2023 and 2024: { $sizes }.
survey-fig-awareness-size = { $group }: { $n2023 } and { $n2024 }
# The label of the dashed line at 50%.
survey-fig-awareness-half = majority

## Tables 1 and 2 as stacked bars
# The answers in the legend.
survey-fig-answer-positive = Positive (incl. rather positive)
survey-fig-answer-neutral = Neutral
survey-fig-answer-negative = Negative (incl. rather negative)
survey-fig-answer-changed-positive = Changed for the better
survey-fig-answer-no-change = Did not change
survey-fig-answer-changed-negative = Changed for the worse
# An interval in a tooltip: "72.6-79.3".
survey-fig-ci-range = { $low }-{ $high }
survey-fig-shares-status-reported = printed
survey-fig-shares-status-inferred = printed, year inferred
survey-fig-shares-status-implied = not printed: implied (100 minus the rest)
survey-fig-shares-ci = { $level } CI (%)
survey-fig-shares-x = Share of respondents (%)
survey-fig-shares-answer = Answer
survey-fig-shares-value = Value
survey-fig-shares-interval-of = interval of
survey-fig-shares-tip-share = Share
survey-fig-shares-source = Source: article, lines 347–396.
survey-fig-shares-implied = {"*"} implied (lighter, dashed): not printed, 100 minus the printed shares.
survey-fig-shares-whiskers = Black whiskers: { $level } Wilson intervals of the first and last answers' shares, design effect { $deff },
# The base of the shares (size_scenario, "_" as "-"), placed as $base in survey-fig-shares-base.
survey-fig-base-reported = the whole sample as base (n printed)
survey-fig-base-aware = the estimated respondents aware of the Kurultai as base
survey-fig-shares-base = with { $base }.

## The nine changes
# Row labels (analysis.survey.CHANGE_ROWS).
survey-fig-change-young = Aware, 18–28
survey-fig-change-middle = Aware, 29–60 †
survey-fig-change-old = Aware, 61+
survey-fig-change-t1-positive = Table 1: positive †
survey-fig-change-t1-neutral = Table 1: neutral
survey-fig-change-t1-negative = Table 1: negative †
survey-fig-change-t2-better = Table 2: changed for the better *
survey-fig-change-t2-same = Table 2: did not change
survey-fig-change-t2-worse = Table 2: changed for the worse *
# $exceeds: yes or no.
survey-fig-changes-verdict = { $exceeds ->
        [yes] larger than sampling error
       *[no] within sampling error
    }
# $passes: yes or no.
survey-fig-changes-x = Change 2023–2024 (percentage points)
survey-fig-changes-tip-row = Change
survey-fig-changes-tip-change = 2023 to 2024
survey-fig-changes-tip-p-adjusted = p ({ $method } adjustment)
survey-fig-changes-tip-p = p (score test)
survey-fig-changes-tip-n = Respondents 2023 and 2024
# Respondents behind a change: $n2023, $n2024 (numbers).
survey-fig-changes-n = { $n2023 } and { $n2024 }
# The marking of the dots: beyond sampling error by the adjusted p-values (the build's
# multiple_comparison; $method: its name) or by the raw ones (multiple_comparison: none).
survey-fig-changes-mark-adjusted = Filled dot: beyond sampling error after { $method }'s adjustment for nine tests (adjusted p < { $alpha }); hollow: within it.
survey-fig-changes-mark-raw = Filled dot: beyond sampling error (p < { $alpha }, not adjusted for the nine tests); hollow: within it.
survey-fig-changes-tip-verdict = Verdict
# The note: dots, then the ring (when the p-values are adjusted) or a full stop.
survey-fig-changes-bars = Thick bar: score interval, design effect { $deff }; thin line: design effect { $other }. Age-group n and the aware base are estimates.
survey-fig-changes-source = † year or group inferred; * rests on an implied cell. Source: article, lines 318–396.
