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
# $n_contradicted: the number of contradicted claims (for is/are). $fixed, $n_fixed: the
# computed claims that cannot come out other than not testable whatever the data say.
arguments-verdict-counts = Of the { $claims } claims of the article's argument in the ledger, { $supported } { $n_supported ->
        [one] is
       *[other] are
    } supported, { $partly } partly supported and { $not_supported } not supported; { $n_contradicted ->
        [0] none is contradicted
        [one] { $contradicted } is contradicted (data pointing the other way against what the article itself states)
       *[other] { $contradicted } are contradicted (data pointing the other way against what the article itself states)
    }, and { $not_testable } cannot be tested with these data. { $computed } claims are judged by a computation{ $n_fixed ->
        [0] .
       *[other] ; { $fixed } of them cannot come out other than not testable, whatever the data say.
    }{ $n_base ->
        [0] {""}
       *[other] {" "}{ $base } verdicts, on Tables 1 and 2, rest on the book's reading of their base (respondents who had heard of the Kurultai) and would differ under the other base or on the scale of all adults; the ledger tables mark them †.
    }
# A verdict and how it holds across the sets of assumptions computed.
arguments-by-check-same = { $verdict } under all { $n } sets of assumptions computed
arguments-by-check-holds = { $verdict }, a verdict that holds in { $held } of the { $n } sets of assumptions computed
arguments-verdict-rules = Every verdict follows one rulebook of { $n } rules, one per type of claim, with its thresholds and the reasons for them (@sec-rulebook); each claim names the rule that decided it, and the same outcome under the same rule always gives the same verdict.

## Survey
arguments-positive-other-base = With { $base } as the base, the change is { $change }, { $error }, and the verdict would be { $verdict }
arguments-positive-no-other-base = No other base is computed
arguments-aware-below-all = by the point estimates, under half of every age group
arguments-aware-below-some = by the point estimates, under half in { $below } of { $groups } age groups
arguments-aware-caveat-open = the interval for those aged { $group } reaches { $high }%, so a majority there cannot be ruled out
arguments-aware-caveat-closed = every interval stays below half
# $split: "yes" when the verdict differs in some settings; $same, $n, $rest: settings in
# words; $others: the other verdicts (arguments-either); $by_base: "yes" when the settings
# that differ are exactly those of the other table base ($other_base, in words).
arguments-positive-settings = { $verdict }{ $split ->
        [yes] , a verdict that holds in only { $same } of the { $n } sets of assumptions computed; { $by_base ->
            [yes] with { $other_base } as the base of the tables, it is { $others }
           *[no] in the other { $rest }, it is { $others }
        }
       *[no] , in all { $n } sets of assumptions computed
    }

## Meetings
arguments-meetings-rate = { $rate } (sessions { $sessions })
arguments-meetings-rate-beyond-chance = differences larger than chance would give
arguments-meetings-rate-within-chance = differences within what chance would give

## Key findings (the Preface)
arguments-key-finding-1 = The authors say the share whose view of the Kurultai changed for the better "remains considerably high": { $better_2023 } in 2023 and an implied { $better_2024 } in 2024 (about { $better_adults } of all adults), { $better_change }. The share was no majority in either wave, and a majority is the only threshold the book applies to "high"; as the article gives none, the claim is { $verdict }, not contradicted. The fall between the waves is context: { $window }.
arguments-key-finding-2 = The conclusion that the Kurultai exceeded civil society's expectations is { $verdict }: the article has no measure of expectations, and Table 2, which measures changes of attitude among those who had heard of it, is a stand-in that never decides, whichever way it points. As context only, not as a test: the share whose view changed for the worse was an implied { $worse_2023 } in 2023 and { $worse_2024 } in 2024, { $worse_change }.
arguments-key-finding-3 = The authors call the ranks of citizens who view the Kurultai positively considerable: { $positive_2023 } in 2023 and { $positive_2024 } ({ $confidence } CI { $positive_2024_ci }) in 2024 of those who answered Table 1. The claim names citizens, so all adults decide: the same answers are { $positive_adults_2023 } and { $positive_adults_2024 } of all adults ({ $confidence } CI { $positive_adults_2024_ci }), no majority of the people in either wave, so that attitudes "stay high" is { $positive_settings }.
arguments-key-finding-4 = In { $aware_year }, { $aware_below } had heard of the Kurultai (highest: { $aware_top_group }, { $aware_top }, { $confidence } CI { $aware_top_ci }; { $aware_caveat }); the rise among 18–28-year-olds, { $young_change }, is { $young_error } (growing popularity among the young: { $verdict }).
arguments-key-finding-5 = { arguments-daily-short } The claim is { $verdict }. From the decree, Table 3 lists { $meetings_n } meetings with members in { $meetings_months } months, entries on the same date counted as one meeting ({ $entries } entries, { $audiences } receptions: { $joint } dates list two members, received together on { $together ->
        [1] one
       *[other] { $together_words }
    } of them), { $meetings_per_month } a month, longest gap { $meetings_longest_gap } days; between sessions the point rate went from { $meetings_rate_first } to { $meetings_rate_last } a year ({ $meetings_rate_cut } counting the last interval only up to Table 3's last meeting), { $meetings_rate_chance }.
arguments-key-finding-6 = Direct access to the President, one of three means of the dialogue platform the experts see as the Kurultai's core function, reached { $direct_people } people one to one after the decree ({ $received } were received, two of them only together), about { $direct_share } of the roughly { $seats } seats ever filled, as far as Table 3, a lower bound, lists (verdict: { $verdict }).
# $criteria_not: the number of criteria not met, in words (the English sentence names them
# instead, $criteria_failed).
arguments-key-finding-7 = Against { $criteria_n } benchmarks of a deliberative body (the book's, drawn from Ireland's Citizens' Assembly and the deliberative polling the article cites), the Kurultai fully meets { $criteria_meets }, meets { $criteria_partly } in part and { $criteria_not ->
       *[other] fails
    } on { $criteria_failed }. Judged on the article's own, deliberative definition of its term (lines 61-72), the title's claim that it is an institution of deliberative democracy is { $title_verdict } if a criterion met in part counts as partly met, and { $title_strict } if it counts as not met; that it is a consultative-advisory body (line 297) is not in doubt, but does not make it an institution of democracy. Read with the literature, where deliberation and democracy are distinct (He and Warren 2011) and a representative deliberative body is drawn by lot (OECD 2020), an appointed consultative body comes closer to what He and Warren call authoritarian deliberation, or in this book's own term a site of consultative deliberation, than to an institution of deliberative democracy ([Appendix A](rulebook.qmd)).
arguments-rules-used = The rules used in this section (@sec-rulebook): { $rules }.
# A rule's name ($name) in a list of rules: as it is in English.
arguments-rule-quoted = { $name }
# $base: the build's table base; shares of all adults are estimates.
arguments-key-finding-lead = In { "2024" }, an estimated { $aware } of adults had heard of the Kurultai ({ $confidence } CI { $aware_ci }), and { $base ->
        [aware] on the book's reading of the base, about { $positive } of all adults ({ $confidence } CI { $positive_ci }) viewed its work positively: the article's { $printed } is then a share of those who had heard of it, not of the people
       *[whole_sample] { $positive } of all adults ({ $confidence } CI { $positive_ci }) viewed its work positively, with the whole sample as the base of the article's tables
    }.
arguments-a43-rule = But Table 2 records changes of attitude among those who had heard of the Kurultai, not civil society's expectations, and by the proxy rule a stand-in never decides, whichever way it points (@sec-rulebook).
arguments-public-voice = Like the influence on policy above, both are effects no record traces, so the outside-fact rule makes them not testable (@sec-rulebook); the arrangement is context: members are appointed by decree (lines 139–140), not drawn from the public, citizens at large can only send proposals before a session, and the article links nothing the Kurultai discussed to measured opinion. The article's summary of its own interviews (line 272) is not used as evidence for these claims, and the survey's attitudes, consistent with a cooling but not establishing one, are not taken as a stand-in for public mood.
arguments-title-literature = The literature read for this book gives the result a second reading. He and Warren (2011) hold deliberation and democracy apart: democracy includes people through empowerments such as votes and rights, and non-inclusive power joined to deliberative influence is what they call authoritarian deliberation. Mansbridge and co-authors (2012) judge deliberation across a whole system, so an appointed forum can be one site of a deliberative system without being a democratic institution; judged so, the Kurultai would be weighed with the parliament, the press and the other channels, which this book does not do. The OECD (2020) counts as a representative deliberative process only a body drawn by random, stratified selection. On each reading the Kurultai, a consultative body whose members the President appoints, fits what this book calls a site of consultative deliberation (the book's term, not the article's) better than an institution of deliberative democracy.
arguments-ncpt-size-note = The Council's size is public: { $members } members at its creation (decree No. 63 of 17 July 2019; The Astana Times, which leaves unclear whether its chair, deputy chair and secretary are counted). Its { $met } members met one to one are { $met_pct } of those seats; the Kurultai's { $k_met } are about { $k_pct } of the roughly { $filled } seats ever filled ({ $k_pct_founding } of its { $k_members } founding seats), as far as Table 3, a lower bound, lists (@tbl-body-comparison): a complete count beside a lower bound ranks neither body.
arguments-preface-rules = Every verdict below follows one rulebook, [Appendix A](rulebook.qmd); the survey findings say how far they hold across the sets of assumptions the book computes, and the findings on Table 3 rest on it as a lower bound.
arguments-rulebook-rule = Rule, and the claims it judges
arguments-rulebook-test = What it looks at
arguments-rulebook-outcomes = What it can find, and the verdict
arguments-rulebook-why = Why
arguments-rulebook-claims = Claims it decides
arguments-rulebook-name = { $name }: { $claims }
arguments-rulebook-outcome = { $when } → { $verdict }
arguments-rulebook-source = Source: this project's rulebook (each rule and the outcomes it can find); the claims are the argument ledger's.
arguments-coverage-lines = Lines
arguments-coverage-quote = As printed
arguments-coverage-sentence = What it says
arguments-coverage-decision = Decision
arguments-coverage-claim = Claim
arguments-coverage-reason = Why
arguments-coverage-decision-ledger = A claim: in the argument ledger
arguments-coverage-decision-audit = Its fact: in the claims audit
arguments-coverage-decision-background = Left out: background
arguments-coverage-source = Source: this project's coding of the article's sentences against the inclusion criteria; the public records named are context, not verdicts.
arguments-caveat-window = **Table 2 is cumulative, not a trend.** It asks how attitudes changed during the Kurultai's work («оның қызметі барысында», Table 2's title, lines 367–368), that is, from the decree of { $decree } to the interview: a window of about { $m2023 } months in 2023 and { $m2024 } months in 2024. The two waves answer over different spans, so their difference is not a like-for-like change; the longer 2024 span does not obviously explain a fall between the waves: improvements can reverse over a longer span, and the aware base changes.
# One clause for a Key finding on Table 2: its window. $m2023, $m2024: months.
arguments-window-clause = Table 2 asks about change "during its work", a window of about { $m2023 } months in 2023 and { $m2024 } in 2024; the longer 2024 window does not obviously explain the fall (improvements can reverse over a longer window, and the aware base changes)
arguments-caveat-wave1 = **Wave 1 followed a session closely.** Its fieldwork ({ $span }) began { $days } days, about { $weeks } weeks, after the plenary of session II ({ $session }), when the Kurultai had just been in the news; wave 2 began { $days2 } days after session III.
arguments-caveat-sdb = How large the social-desirability bias could be has been measured elsewhere, not here: list experiments in Russia put approval of the President within about 10 points of direct questions (Frye, Gehlbach, Marquardt and Reuter 2017), a later repetition warns that such experiments can deflate support artificially (the same authors, 2023), and a meta-analysis of 30 years of list experiments finds sensitivity bias usually below 10 percentage points (Blair, Coppock and Moor 2020). No such study of Kazakhstan was found, so the size of the bias in these waves is unknown.
arguments-caveat-institute = Whether the institute reported in 2023–2024 to the ministry that the article names as the Kurultai's working body (lines 170–171) is unresolved: the one source found dates from 2021, and the ministry took its present form on 1 September 2023 (a secondary source).
# $adults, $printed: the Table 1-2 claims judged on all adults and on the printed share.
arguments-caveat-scale = **Whom a share speaks of.** The article prints Tables 1 and 2 as shares of the respondents who answered; on the book's reading these were the respondents who had heard of the Kurultai, about { $aware } of adults in 2024. One principle, one word test for every sentence on Tables 1 and 2: each claim is judged on the scale it speaks of. A claim whose words name the people or the citizens as the share's base (халық, азаматтар) is judged on all adults: { $adults }. A claim about respondents (A27: «респонденттердің», line 359), or a share with no word for the population, is judged on the printed share: { $printed }. The age-group claims A24, A50 and A51 are shares of all adults in each group. On all adults those who had not heard of the Kurultai are in the denominator and hold no view of it: not positive, neutral or negative, not changed or unchanged; counting them as neutral is shown only as context. So on all adults no attitude share can exceed the share who had heard of the Kurultai: a claim that most citizens hold a view of it cannot hold while most have not heard of it. That is the finding, not an artefact of the scale. The verdict shown is always the one under the book's main assumptions (@sec-methods); the other scale and the other base are re-run as robustness, each claim's settings line says in how many of the sets of assumptions computed its verdict holds, and † marks a verdict that changes under them. A claim that adds an untested part to a measured fact is capped at partly supported in every setting and on the other scale (the compound-claim rule).
# The share of all adults: method and what it assumes (the circularity of the aware base).
arguments-caveat-adult-method = **How the share of all adults is estimated, and what it assumes.** It is the share among the aware times the share aware, with a delta-method interval that carries both estimates (the awareness estimate and its age weighting included). It is not an independent measure: both factors come from the same survey, and the base itself (who answered Tables 1 and 2) is inferred from the awareness shares. The interval assumes that the aware answered Tables 1 and 2, that the share aware and the shares among the aware vary independently (to a first approximation, true of one random sample), that the design effect is the same for both, and that the printed years are paired as the book reads them; it does not carry the uncertainty of the base reading itself, which is why the whole-sample base is re-run beside it.
# Table 3's rows that public records date differently (chapter 4). $name, $printed (the
# article's date), $record (the record's date).
arguments-records-moved-row = { $name }, { $printed } in Table 3 and { $record } in the records
# $n rows; $rows the joined rows; $same: "yes" when each stays in its interval between
# sessions; $dates/$median/$longest on the records' dates, the *_t3 values on Table 3's.
arguments-records-moved = Public records date { $n } of Table 3's rows differently: { $rows }. { $same ->
        [yes] Each stays in the same interval between sessions, so every interval that Table 3 covers still has a listed meeting and the cadence verdicts (A37, A39, A40) do not change
       *[no] At least one moves to another interval between sessions, so the counts between sessions would change
    }. On the records' dates, counted from the decree, there are { $dates } meeting dates instead of { $dates_t3 }, the median gap is { $median } days instead of { $median_t3 }, and the longest gap is { $longest } days (Table 3: { $longest_t3 }).
# How Table 3's dates count (conclusion). $two: dates that list two members; $joint: of
# them, those worded as one reception of both; $audiences: receptions in all.
arguments-meetings-date-note = one meeting per date: { $two } dates list two members, received together on { $joint } of them and in separate sentences, so in separate receptions, on the others; { $audiences } receptions in all
