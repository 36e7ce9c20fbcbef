# The Attitudes chapter's values (analysis/prose/attitudes.py): the words of
# {{< var attitudes.KEY >}}. Numbers, dates and percentages arrive formatted.

## Dates and counts
# Fieldwork over two months: "28 July 2023 – 2 August 2023".
attitudes-date-span = { $start } – { $end }
# How long after (or before) the nuclear referendum the 2024 wave began. $when: after or
# before; $days: a number.
attitudes-referendum-gap = { $when ->
        [after] { $days ->
            [one] the day after
           *[other] { $days } days after
        }
       *[before] { $days } days before
    }
# An estimated number of respondents: "about 519".
attitudes-about = about { $n }
# "Two of the nine": how many of the nine changes ($n, 0-9).
attitudes-count-of-nine = { $n ->
        [0] none
        [1] one
        [2] two
        [3] three
        [4] four
        [5] five
        [6] six
        [7] seven
        [8] eight
       *[9] nine
    }
# "The other seven": how many changes are left ($n, 1-8).
attitudes-count-other = { $n ->
        [1] one
        [2] two
        [3] three
        [4] four
        [5] five
        [6] six
        [7] seven
       *[8] eight
    }
# A list of numbers that may hold decimal commas: "1, 1.5 and 2". $most: all but the
# last, joined with attitudes-number-separator.
attitudes-number-list = { $most } { list-and } { $last }
attitudes-number-separator = {", "}

## The nine changes
# What each change is called in a sentence; .of: the form that owns a change ("the rise
# in X"; Kazakh needs the genitive there).
attitudes-name-young = awareness among 18–28-year-olds
    .of = awareness among 18–28-year-olds
attitudes-name-middle = awareness among 29–60-year-olds
    .of = awareness among 29–60-year-olds
attitudes-name-old = awareness among those aged 61 and over
    .of = awareness among those aged 61 and over
attitudes-name-t1-positive = positive attitudes
    .of = positive attitudes
attitudes-name-t1-neutral = neutral attitudes
    .of = neutral attitudes
attitudes-name-t1-negative = negative attitudes
    .of = negative attitudes
attitudes-name-t2-better = the share whose attitude changed for the better
    .of = the share whose attitude changed for the better
attitudes-name-t2-same = the share whose attitude did not change
    .of = the share whose attitude did not change
attitudes-name-t2-worse = the share whose attitude changed for the worse
    .of = the share whose attitude changed for the worse
# A change with its interval: "+7.7 pp (95% CI −1.0 to +16.5 pp, p = 0.084; adjusted
# p = 0.430)". $adjustment: none (no adjusted p shown) or adjusted.
attitudes-change = { $diff } { unit-pp } ({ $confidence } CI { $low } to { $high } { unit-pp }, { $p }{ $adjustment ->
        [none] {""}
       *[adjusted] ; adjusted { $p_adjusted }
    })
# "the rise in positive attitudes (+3.9 pp)". $direction: rise, fall or change; $name:
# the .of form of attitudes-name-*.
attitudes-movement = the { $direction ->
        [rise] rise
        [fall] fall
       *[change] change
    } in { $name } ({ $diff } { unit-pp })

## Verdicts (the code capitalises the first letter of a sentence)
# Some changes exceed sampling error, others not. $yes, $no: lists of movements.
attitudes-split-both = { $yes } { $n_yes ->
        [one] is
       *[other] are
    } larger than sampling error; { $no } { $n_no ->
        [one] is
       *[other] are
    } not.
attitudes-split-larger = { $items } { $n ->
        [one] is larger
       *[other] are all larger
    } than sampling error.
attitudes-split-within = { $items } { $n ->
        [one] is
       *[other] are all
    } within sampling error.
attitudes-awareness-verdict-none = None of the three age groups changed by more than sampling error at this design effect.
# $verdict: a split verdict, its first letter in lower case.
attitudes-awareness-verdict = At this design effect, { $verdict }
# $n: how many age groups' awareness rose; $names: them.
attitudes-awareness-rises = { $n ->
        [0] No age group's awareness rose
       *[other] { $names } rose
    }
# The chi-square test of a whole table. $exceeds: yes or no.
attitudes-chi-verdict = { $exceeds ->
        [yes] the two waves' distributions differ by more than sampling error
       *[no] the two waves' distributions do not differ by more than sampling error
    }
# How many of the nine changes exceed sampling error: $n (0-9), $count (its word), $yes
# (the list of movements).
attitudes-summary = { $n ->
        [0] { $count } of the nine changes are larger than sampling error.
        [one] { $count } of the nine changes is larger than sampling error: { $yes }.
       *[other] { $count } of the nine changes are larger than sampling error: { $yes }.
    }
# The changes within sampling error: $n (1-8), $count (attitudes-count-other), $names.
attitudes-summary-rest = { $n ->
        [one] The other { $count } ({ $names }) is not.
       *[other] The other { $count } ({ $names }) are not.
    }
attitudes-adjusted-none = The book does not adjust the p-values for the number of tests, so the verdicts above are the only ones.
# After the p-value adjustment: $method (its name), $n (0-9) and $count (its word) of
# the changes still larger than sampling error, $survive (them).
attitudes-adjusted = After { $method }'s adjustment for nine tests, { $count } of the nine { $n ->
        [0] remain larger than sampling error.
        [one] remains larger than sampling error: { $survive }.
       *[other] remain larger than sampling error: { $survive }.
    }
# $names: the .of forms of the changes that do not survive the adjustment.
attitudes-adjusted-lost = The change in { $names } does not survive the adjustment.
attitudes-adjusted-all-pass = Every change that passes the single test also passes the adjusted one.

## Sensitivity: under which other settings a verdict would differ
attitudes-setting-deff = at a design effect of { $deff }
attitudes-setting-reported = with the whole sample as the base of Tables 1 and 2
attitudes-setting-aware = with the aware respondents as the base of Tables 1 and 2
attitudes-setting-wpp2024-minus20 = with 20% fewer respondents in each age group
attitudes-setting-wpp2024-plus20 = with 20% more respondents in each age group
attitudes-setting-equal-thirds = with the age groups as equal thirds of the sample
attitudes-setting-wpp2024 = with the age groups sized from the UN population figures
# One change whose verdict differs: $movement, $exceeds (yes: it exceeds sampling error
# at the build's settings), $settings (joined with "or"), $n (how many settings).
attitudes-sensitivity-part = { $movement } { $exceeds ->
        [yes] would drop to within sampling error
       *[no] would count as larger than sampling error
    } { $n ->
        [one] { $settings }
       *[other] either { $settings }
    }
# $held: some (then $names: the changes whose verdicts hold), all or none.
attitudes-sensitivity-held = { $held ->
        [some] The verdicts on { $names } hold under every setting shown.
        [all] Every verdict holds under every setting shown.
       *[none] No verdict holds under every setting shown.
    }

## The base of Tables 1 and 2 (parameter table_base)
attitudes-base-long-aware = the respondents who had heard of the Kurultai
attitudes-base-long-whole-sample = all respondents of the wave
attitudes-base-reading-aware = This book therefore reads the aware respondents as the base
attitudes-base-reading-whole-sample = The book's main setting nevertheless reads the whole sample as the base (a parameter choice against the likelier reading)

## The two readings of the year order of Table 1. $direction: fall or rise.
attitudes-yo-direction-chosen = { $direction ->
        [fall] fell
       *[rise] rose
    }
attitudes-yo-direction-rejected = { $direction ->
        [fall] fallen
       *[rise] risen
    }

## Alt texts
attitudes-alt-age-young = 18 to 28
attitudes-alt-age-middle = 29 to 60
attitudes-alt-age-old = 61 and over
attitudes-alt-awareness-group = { $group }: { $share_1 } ({ $ci_1 }) in { $year_1 }, { $share_2 } ({ $ci_2 }) in { $year_2 }
attitudes-alt-awareness = Dot-and-interval chart of the share aware of the Kurultai in three age groups, one dot per wave with its { $confidence } interval. { $groups }.
attitudes-alt-answer-positive = positive
attitudes-alt-answer-neutral = neutral
attitudes-alt-answer-negative = negative
attitudes-alt-answer-changed-positive = changed for the better
attitudes-alt-answer-no-change = no change
attitudes-alt-answer-changed-negative = changed for the worse
# One answer's share in a wave. $status: implied (not printed) or another status; $edge:
# yes for the first and last answers, which get their interval ($range).
attitudes-alt-cell = { $answer } { $share }{ $status ->
        [implied] {" "}(implied)
       *[other] {""}
    }{ $edge ->
        [yes] , { $confidence } interval { $range }
       *[no] {""}
    }
# $years: one "2023: …" part per wave, joined with ". ".
attitudes-alt-table = Stacked horizontal bars for { $year_1 } and { $year_2 }. { $years }.
attitudes-alt-change-row = { $name } { $diff } ({ $low } to { $high })
attitudes-alt-changes = Forest plot of nine changes in percentage points, with { $confidence } intervals at design effect { $deff }: { $rows }. { $summary }
