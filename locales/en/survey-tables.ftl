# Words of the survey tables (analysis/tables/survey.py): column headers, cells and the
# source notes. Numbers arrive formatted.

## Numbers
# The minus sign of the tables' numbers: the hyphen-minus in English (as the tables have
# always printed it), the true minus (U+2212) in Kazakh.
survey-tbl-minus = -
# An interval: "72.6 to 79.3".
survey-tbl-range = { $low } to { $high }
# A change with its interval: "−5.5 (−11.4 to +0.2)".
survey-tbl-change-cell = { $diff } ({ $range })

## Headers, cells and notes
# The note on intervals and tests under every survey table. $level: "95%"; $deff.
survey-tbl-method = { $level } intervals: Wilson score intervals for shares, Miettinen-Nurminen score intervals and score tests for changes, design effect { $deff } (quota sample; see Appendix C). pp = percentage points.
# Added to the note when the p-values are adjusted. $method: survey-adjustment-*.
survey-tbl-method-adj = p adj.: { $method }-adjusted p over the nine changes tested together.
survey-tbl-na-implied = n/a (implied cell)
survey-tbl-answer = Answer
survey-tbl-answer-kk = Answer (Kazakh, as printed)
survey-tbl-year-ci = { $year }, { $level } CI
survey-tbl-change = Change, pp ({ $level } CI)
survey-tbl-p-adj = p adj.
survey-tbl-relative = Relative change
# Tables 1 and 2. $estimates: yes when the base is estimated; $implied: yes when the test rests on implied cells; $test: "χ²(2) = 4.07, p = 0.130".
survey-tbl-attitude-source = Source: article, lines 347–396. Base: { $base }, { $n2023 } (2023) and { $n2024 } (2024) respondents{ $estimates ->
        [yes] {" "}(estimates)
       *[no] {""}
    }. All three answers tested at once, 2023 against 2024 (chi-square on effective counts): { $test }{ $implied ->
        [yes] , resting on the implied cells
       *[no] {""}
    }.
survey-tbl-age = Age group (years)
survey-tbl-n-est = { $year }: n (estimate)
survey-tbl-share-y = { $year }: share
survey-tbl-ci-y = { $year }: { $level } CI
survey-tbl-awareness-source = Source: article, lines 318–341. n (estimate): respondents per age group are not published; estimated from UN World Population Prospects 2024 (the age-group sizes table). † the article prints one figure for 29–45 and 46–60, read as the combined 29–60 group. 61+ renders the article's «61 жастан асқан» (line 337), literally 'older than sixty-one'; as the group before it ends at 60, we read it as 61 and older.
survey-tbl-wave = Wave
survey-tbl-respondents = Respondents
survey-tbl-aware-est = Aware (estimate)
# $build: yes for the build's own design effect.
survey-tbl-ci-deff = { $level } CI, design effect { $deff }{ $build ->
        [yes] {" "}(main)
       *[no] {""}
    }
survey-tbl-aware-n-est = Aware respondents (estimate)
survey-tbl-overall-source = Estimates. The article prints awareness by age group only (lines 318–341); the overall share is their mean weighted by the estimated age-group sizes ({ $method }), its interval a stratified normal interval. Aware respondents = n × share. With the default weights the 2023 estimate rounds to the same figure the article prints for the over-61s in 2023 (line 338): a coincidence of the weighting, not an overall share the article prints.
survey-tbl-change-col = Change 2023 → 2024
survey-tbl-yes = yes
survey-tbl-no = no
survey-tbl-head-ci = { $head }: { $level } CI
survey-tbl-head-p = { $head }: p / p adj.
survey-tbl-head-exceeds = { $head }: exceeds (raw / adj.)
survey-tbl-table1-all = Table 1, all three answers
survey-tbl-table2-all = Table 2 *, all three answers
# $a2023, $a2024: aware respondents; $w2023, $w2024: the whole samples.
survey-tbl-base-source = Tables 1 and 2 print no base. Aware respondents: estimated, n times the estimated share aware ({ $a2023 } in 2023, { $a2024 } in 2024); whole sample: { $w2023 } and { $w2024 }. Exceeds: the interval excludes zero (raw) / the adjusted p is below { $alpha } (adj.). Last rows: one chi-square test of the three answers (effective counts), not adjusted. † year inferred; * rests on an implied cell.
# $date: survey-date-short.
survey-tbl-midpoint = { $year } (midpoint { $date })
survey-tbl-of = ≈{ $value } of { $total }
# Column headers, separated by "|".
survey-tbl-sizes-columns = Wave (fieldwork midpoint)|Age group (years)|Population (thousands, estimate)|Share of population 18+|Respondents (estimate)
survey-tbl-sizes-source = estimates, not published figures. UN World Population Prospects 2024 (Kazakhstan, five-year age bands; see the Data sources appendix): five-year bands spread evenly over single years of age (so ages 18–19 are 2/5 of the 15–19 band), interpolated linearly between 1 July 2020 and 1 July 2025 to each wave's fieldwork midpoint; each wave's n split in proportion (the samples had age quotas).
survey-tbl-finding = Finding
survey-tbl-group-answer = Group / answer
survey-tbl-share = Share
survey-tbl-age-g = age { $group }
survey-tbl-moe-col = ± pp, design effect { $deff }
survey-tbl-deff-source = Margin of error ({ $level }) = { $z } × sqrt(p(1 − p) / (n / DE)), in percentage points; DE is the design effect. ≈ n is an estimate (age groups from UN WPP 2024; aware respondents). The text uses design effect { $deff }; base of Tables 1 and 2: { $base }.
survey-tbl-na = n/a
# A verdict with its p-value: "yes (p 0.034)".
survey-tbl-cell = { $verdict } (p { $p })
# $build: yes for the build's own design effect.
survey-tbl-deff-col = design effect { $deff }{ $build ->
        [yes] {" "}(main)
       *[no] {""}
    }
survey-tbl-adj-col = { $method } adj.
survey-tbl-sens-source = yes: the { $level } interval of the change excludes zero (score test p < { $alpha }); no: it does not. Base of Tables 1 and 2: { $base }. Columns after the design effects are at design effect { $deff }: { $method }-adjusted p over nine changes, the other base, and the estimated age-group n changed (n/a: the row is not an age group, or not a table row). † year or group inferred; * rests on an implied cell.
# Column headers, separated by "|".
survey-tbl-closure-columns = Wave|Printed cells (%)|Sum printed|Missing cell|Implied: 100 − sum (no 'hard to say')|If some said 'hard to say'|Article lines
survey-tbl-closure-source = Shares in percent. This value is implied, not printed; it assumes the three answers cover every respondent.
# Column headers, separated by "|".
survey-tbl-order-columns = Reading|Wave|Positive|Neutral|Negative|Sum|Gap|Positive, 2023 → 2024|Verdict
survey-tbl-order-chosen = chosen (closes to 100)
survey-tbl-order-rejected = rejected
survey-tbl-order-source = Shares in percent. Source: article, lines 347–365.
# A scenario in a column header; $chosen: yes for the base the build chose.
survey-tbl-base-head = { $base }{ $chosen ->
        [yes] {" "}(chosen)
       *[no] {""}
    }

# The marks of a cell's status († inferred, * implied).
# $inferred, $implied: "yes" when the table carries the mark († or *), "no" otherwise.
survey-tbl-status-note = { $inferred ->
        [yes] † printed, but the article leaves the year ambiguous; we infer it.{" "}
       *[no] {""}
    }{ $implied ->
        [yes] * not printed; implied by the printed shares closing to 100.
       *[no] {""}
    }

## Rows and answers
# The article's table titles (as the data's table_title).
survey-tbl-title-table1 = Table 1. Attitude to the Kurultai's work
survey-tbl-title-table2 = Table 2. Change of attitude during the Kurultai's work
# The answers of Tables 1 and 2 (as the data's category_label).
survey-tbl-answer-long-positive = Positive (incl. rather positive)
survey-tbl-answer-long-neutral = Neutral
survey-tbl-answer-long-negative = Negative (incl. rather negative)
survey-tbl-answer-long-changed-positive = Changed for the better
survey-tbl-answer-long-no-change = Did not change
survey-tbl-answer-long-changed-negative = Changed for the worse
# The answers in a short cell.
survey-tbl-answer-positive = positive
survey-tbl-answer-neutral = neutral
survey-tbl-answer-negative = negative
survey-tbl-answer-changed-positive = changed positive
survey-tbl-answer-no-change = no change
survey-tbl-answer-changed-negative = changed negative
# Table 2's printed cells, as the data's table2_closure.printed words them.
survey-tbl-printed-changed-positive = changed for the better
survey-tbl-printed-no-change = did not change
survey-tbl-printed-changed-negative = changed for the worse
# What each share is (indicator).
survey-tbl-finding-awareness = Awareness
survey-tbl-finding-table1 = Table 1
survey-tbl-finding-table2 = Table 2
# The nine changes (analysis.survey.CHANGE_ROWS; † year or group inferred, * rests on an
# implied cell).
survey-tbl-change-young = Awareness, 18–28
survey-tbl-change-middle = Awareness, 29–60 †
survey-tbl-change-old = Awareness, 61+
survey-tbl-change-t1-positive = Table 1, positive †
survey-tbl-change-t1-neutral = Table 1, neutral
survey-tbl-change-t1-negative = Table 1, negative †
survey-tbl-change-t2-better = Table 2, changed for the better *
survey-tbl-change-t2-same = Table 2, did not change
survey-tbl-change-t2-worse = Table 2, changed for the worse *
# The two readings of Table 1's year order: their letters, and which year gets which
# positive share ("76.1 in 2023, 70.6 in 2024", as the data's reading_label).
survey-tbl-reading-a = A
survey-tbl-reading-b = B
survey-tbl-reading-label = { $share_1 } in { $year_1 }, { $share_2 } in { $year_2 }
