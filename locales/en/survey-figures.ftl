# Words of the survey charts (analysis/figures/survey.py): titles, axis and legend labels,
# tooltips and the notes under each chart. A note's line breaks are the chart's lines.
# A tooltip title equal to the field's own name (wave, age_group, ...) draws the bare
# field, as the English charts do.

## Shared
survey-fig-wave = Survey wave
survey-fig-tip-low = { $level } CI low
survey-fig-tip-high = { $level } CI high
# Value status of a share, in a legend or tooltip (the data's own codes in English).
survey-fig-status-reported = reported
survey-fig-status-inferred = inferred
survey-fig-status-implied = implied
# Room for legend and axis labels, in pixels (Vega-Lite's defaults: 160 and 180); longer
# words need more.
survey-fig-legend-label-limit = 160
survey-fig-row-label-limit = 180
# A date in a short form: "26 Jul 2023". $date: the full date ("26 July 2023"); $day
# (two digits), $month (abbreviated), $year.
survey-date-short = { $date ->
       *[other] { $day } { $month } { $year }
    }

## Awareness by age group
survey-fig-awareness-y = Age group (years)
survey-fig-awareness-x = Aware of the Kurultai (% of respondents in the age group)
survey-fig-awareness-tip-wave = wave
survey-fig-awareness-tip-group = age_group
survey-fig-awareness-tip-share = share (%)
survey-fig-awareness-tip-n = respondents (estimate)
survey-fig-awareness-tip-status = value_status
survey-fig-awareness-note =
    Dots: shares printed in the article (lines 318-341); whiskers: { $level } Wilson intervals, design effect { $deff },
    on estimated age-group sizes (UN WPP 2024). 29-60 is one printed figure for the groups 29-45 and 46-60 (inferred).
    Data: data/processed/awareness_by_age.csv, survey_intervals.csv.

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
survey-fig-shares-tip-wave = wave
survey-fig-shares-tip-answer = category_label
survey-fig-shares-tip-share = share_pct
survey-fig-shares-tip-status = status_label
survey-fig-shares-source = Source: article, lines 347-396 (data/processed/attitude_shares.csv).
survey-fig-shares-implied = {"*"} implied (lighter, dashed): not printed, 100 minus the printed shares.
survey-fig-shares-whiskers = Black whiskers: { $level } Wilson intervals of the first and last answers' shares, design effect { $deff },
# The base of the shares (size_scenario, "_" as "-"), placed as $base in survey-fig-shares-base.
survey-fig-base-reported = the whole sample as base (n printed)
survey-fig-base-aware = the estimated respondents aware of the Kurultai as base
survey-fig-shares-base = with { $base } (survey_intervals.csv).

## The nine changes
# Row labels (analysis.survey.CHANGE_ROWS).
survey-fig-change-young = Aware, 18-28
survey-fig-change-middle = Aware, 29-60 †
survey-fig-change-old = Aware, 61+
survey-fig-change-t1-positive = T1 positive †
survey-fig-change-t1-neutral = T1 neutral
survey-fig-change-t1-negative = T1 negative †
survey-fig-change-t2-better = T2 changed for the better *
survey-fig-change-t2-same = T2 did not change
survey-fig-change-t2-worse = T2 changed for the worse *
# $exceeds: yes or no.
survey-fig-changes-verdict = { $exceeds ->
        [yes] larger than sampling error
       *[no] within sampling error
    }
# $passes: yes or no.
survey-fig-changes-adjusted = { $passes ->
        [yes] passes after adjustment
       *[no] does not pass after adjustment
    }
survey-fig-changes-x = Change 2023 to 2024 (percentage points)
survey-fig-changes-tip-row = row
survey-fig-changes-tip-change = change (pp)
survey-fig-changes-tip-p-adjusted = p ({ $method })
survey-fig-changes-tip-verdict = verdict
survey-fig-changes-tip-adjusted = adjusted_verdict
# The note: dots, then the ring (when the p-values are adjusted) or a full stop.
survey-fig-changes-dots = Filled dot: { $level } interval excludes zero; hollow: within sampling error
survey-fig-changes-ring = ; ring: also after { $method }'s adjustment for nine tests.
survey-fig-changes-no-ring = {"."}
survey-fig-changes-bars = Thick bar: score interval, design effect { $deff }; thin line: design effect { $other }. Age-group n and the aware base are estimates.
survey-fig-changes-source = † year or group inferred; * rests on an implied cell. Source: article, lines 318-396; data/processed/survey_changes.csv.
