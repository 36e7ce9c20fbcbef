# The argument ledger's reasoning and robustness notes for the computed checks
# (analysis/arguments.py). The processed table argument_ledger keeps the English text in
# `reasoning` / `robustness` and the Kazakh in `reasoning_kk` / `robustness_kk`; judgement
# rows' reasoning is data (data/raw/article/arguments.csv).

## Pieces
# The interval named by its level: "95% CI". $confidence: "95".
arguments-ci = { $confidence }% CI
# A change with its interval: "−10.2 pp (95% CI −16.4 to −3.8)".
arguments-change = { $diff } ({ $ci } { $low } to { $high })
# A share with its interval: "70.6% (95% CI 67.4-73.7)".
arguments-share = { $share } ({ $ci } { $low }-{ $high })
# A range written with a hyphen in the data (age groups, sessions, seed lines): "18-28".
arguments-range = { $low }-{ $high }
# An age group and its value: "18-28 +7.7 pp (…)".
arguments-group-value = { $group } { $value }
# The shares of the two waves.
arguments-years = { $first } in 2023 and { $second } in 2024
arguments-error-larger = larger than sampling error
arguments-error-within = within sampling error
arguments-error-within-zero = within sampling error (the interval includes zero)
# An analytic setting: "design effect 1.5" / "design effect 1.5, age groups 20% smaller".
arguments-setting = design effect { $de }
arguments-setting-sized = design effect { $de }, { $size }
arguments-scenario-wpp2024-minus20 = age groups 20% smaller
arguments-scenario-wpp2024-plus20 = age groups 20% larger
arguments-scenario-equal-thirds = age groups in equal thirds
arguments-scenario-aware = base: respondents aware of the Kurultai
arguments-scenario-reported = base: whole sample

## Robustness
arguments-robust-same = Same verdict under all { $n } settings computed.
# $others: the settings with another verdict (arguments-robust-other), joined by "; ".
arguments-robust-holds = Holds in { $held } of { $n } settings; { $others }.
arguments-robust-other = { $verdict } at { $setting }
# A claim read from two rows of Table 2: the settings where the verdict does not hold.
arguments-robust-pair-holds = Holds in { $held } of { $n } settings; not at { $others }.
arguments-robust-pair-other = { $setting }
arguments-no-choice = Does not depend on an analytic choice.

## Survey checks
arguments-youth-awareness = Awareness among 18-28-year-olds was { $years }, a change of { $change }: upward, but { $error }; the group sizes are estimates.
# $parts: each age group's change (arguments-group-value), joined by "; ".
arguments-awareness-growth = No measure of political activity is reported; awareness of the Kurultai is only a stand-in for it (hearing of a body is not taking part in politics), so it is context, not a test. For context, awareness changed by { $parts }.
arguments-awareness-below-all = in every age group
arguments-awareness-below-some = in { $below } of { $groups } age groups
# $open: "yes" when the interval of the best-known group ($group) reaches half ($high).
arguments-awareness-majority = Awareness is at most a rough stand-in here: having heard of the Kurultai does not measure what the claim asserts. For context, in { $year } the estimated share who had heard that the Kurultai works was below half (50%) { $some } ({ $shares }){ $open ->
        [yes] ; the interval for { $group } reaches { $high }%, so a majority there cannot be ruled out.
       *[no] .
    }
arguments-awareness-majority-robustness = Does not depend on an analytic choice: the claim is not testable whatever the awareness figures.
# $majority: "yes" when the latest interval lies above the threshold.
# $base: the build's table base. $latest, $first: shares of all adults (the claim's scale).
arguments-positive-high = The sentence says attitudes stay high («жоғары деңгейде қалып отыр»): a level claim in each wave. { $waves } The years of the printed pair are inferred.
arguments-year-order-note = Under the rejected year order, which does not let the waves add up to 100, the positive share would change by { $change }.
arguments-neutral-rise = The neutral share was { $years }, a change of { $change }, { $error }. Why people are neutral is not asked, so the reading (not ready to judge) is untested.
arguments-negative-rise = The negative share was { $years }, a change of { $change }, { $error }.
# $equivalent: "yes" when the TOST shows the change within ±$margin pp.
arguments-no-change-stable = The share whose attitude did not change was { $years }, a change of { $change }. A change that is not significant is not shown to be small: the equivalence test (two one-sided tests, margin ±{ $margin } pp) gives p = { $p }, and the { $level }% interval of the change, { $low } to { $high } pp, { $equivalent ->
        [yes] lies within the margin, so the share held steady.
       *[no] reaches beyond the margin: not shown to change, and equivalence not shown either. { $power_nil ->
            [yes] With samples of this size the test has no power at ±{ $margin } pp: even a true change of zero could not be shown within it (its { $level }% interval would reach ±{ $reach } pp), so the rule cannot decide (underpowered).
           *[no] With samples of this size the test has little power at ±{ $margin } pp (about { $power } if the true change were zero).
        } The narrowest margin these data could establish is ±{ $smallest } pp.
    }
# $fell: "yes" when the share fell by more than sampling error; $lost: the share of its
# 2023 level it lost (percent, no sign).
# $fell: "yes" when the share fell by more than sampling error; $lost: the share of its
# 2023 level it lost (percent, no sign).
arguments-better-remained-high = The sentence says the share remains considerably high («айтарлықтай жоғары деңгейде сақталып отыр»): a level claim in each wave. { $waves } The share still exceeded the { $worse } whose view changed for the worse{ $fell ->
        [yes] , and it lost about { $lost }% of its 2023 level ({ $first }): both context, not thresholds.
       *[no] : context, not a threshold.
    }
arguments-better-hard-to-say = The 2024 share is not printed: it is implied by the printed cells of Table 2; if some respondents answered 'hard to say' it would lie between { $low } and { $high }%, lower still. Table 2 asks about change during the Kurultai's work, a longer window in 2024 than in 2023; a longer window does not obviously explain the fall, since improvements can reverse over a longer window and the aware base changes between the waves.
# $found: "yes" when both changes exceed sampling error.
# $found: "yes" when both changes exceed sampling error (the premise holds).
arguments-unmet-expectations = The sentence names «соңғы көрсеткіштер» (the latest figures) without stating them, so it states only a reading; the figures are judged in their own rows (A29, A31). As context, the pattern it reads { $found ->
        [yes] holds
       *[no] does not hold
    }: the share whose view changed for the better { $better }, for the worse { $worse }{ $found ->
        [yes] ; both larger than sampling error, though the survey does not ask for reasons.
       *[no] .
    }
arguments-expectations-exceeded = No measure of civil society's expectations is reported. Table 2's changes among aware respondents are not one (the same stand-in is rejected for the readings of lines 383-396 and 421-426), so they are context only: the share whose view changed for the better { $better }, and for the worse { $worse }, to { $latest } in 2024.

## Meetings checks
# The two places the article gives the daily dialogue (lines 618-621), in the same words on
# every page (the ledger, the Preface, the communication chapter, the conclusion).
arguments-daily-both = The article says the continuous dialogue goes on every day and gives genuine feedback between the authorities and civil society (lines 618–619), and in the next sentences places it in the President's open discussions with Kurultai members (lines 619–621). Like A37 and A39 the claim is judged part by part (the compound-claim clause): the strand that can be counted, the President's meetings with members, by the cadence rule; the dialogue with civil society at large has no documented channel, and a lower-bound list cannot show «күн сайын» (every day), so both are untested and cap the verdict.
# The same in one clause, where the full reading is given elsewhere (Section 4.6).
arguments-daily-short = The continuous dialogue the article places both in feedback with civil society and in the President's discussions with members (lines 618–621) can be counted only in the second strand, judged by the cadence rule; the untested first strand and «күн сайын» (every day) cap the verdict.
# $every: "yes" when every interval between sessions that Table 3 covers has a listed
# meeting (the cadence rule); $days_pct: the share of days, first to last listed meeting, with one.
arguments-daily-dialogue = { $every ->
        [yes] The strand that can be counted, the President's meetings with members (lines 619–621), recurs: Table 3 has a listed meeting in every interval between sessions that it covers, so the meetings recur at least that often (Table 3 is a lower bound)
       *[no] The strand that can be counted, the President's meetings with members (lines 619–621), is not testable: an interval between sessions that Table 3 covers has no listed meeting, which in a lower-bound record shows no break
    }. «Күн сайын» (every day) is judged against the recorded meetings: from the decree Table 3 has { $meetings } dated meetings in { $months } months ({ $first } to { $last }), { $per_month } a month, on about { $days_pct } of the days, and the public records found add only a few (A37). They do not show a daily dialogue, and a lower-bound list cannot show that there was none; contact of other kinds is not recorded at all. So «күн сайын» is an untested part, which caps the verdict.
arguments-daily-dialogue-robustness = Counting Table 3's rows before the decree too: { $meetings } meetings, { $per_month } a month, longest gap { $longest } days; context, as above.
# One interval between sessions: "8.0 between sessions I-II".
arguments-trend-rate = { $rate } between sessions { $sessions }
# $every: "yes" when every interval between sessions that Table 3 covers has a listed
# meeting; $falling: "yes" when the rate fell from interval to interval; $beyond: "yes" when
# the rates differ by more than chance would give; $last: the date of the last meeting.
arguments-meeting-trend = { $every ->
        [yes] The President met members in every interval between sessions that Table 3 covers, so the meetings recur at least that often (Table 3 is a lower bound)
       *[no] An interval between sessions that Table 3 covers has no listed meeting, which in a lower-bound record shows no break, so the claim is not testable
    }; { $falling ->
        [yes] the point rates fell
       *[no] the rate did not fall steadily
    }: { $rates } (meetings a year), the last on { $last }. { $beyond ->
        [yes] The differences exceed what chance would give, so the listed pace thinned; in a lower-bound record this is context, not a test.
       *[no] With counts this small the differences are within what chance would give (a test that the intervals share one rate does not reject it), so the data do not show the pace thinning.
    }
# Meetings in one calendar year: "6 in 2022".
arguments-year-meetings = { $meetings } in { $year }
arguments-calendar-note = 2022 from the decree, leaving out the { $before } meetings before it; 2025 only January
arguments-meeting-trend-robustness = By calendar year: { $years } ({ arguments-calendar-note }).
# $differ: "yes" when the rates differ by more than chance; $last_gap: "yes" when the
# longest gap is the last one.
# $differ: "yes" when the rates differ by more than chance; $last_gap: "yes" when the
# longest gap is the last one.
arguments-meeting-tradition = { $every ->
        [yes] The meetings recur
       *[no] Listed meetings
    }: { $meetings } dated meetings from { $first } to { $last }, in every calendar year ({ $years }); the rates between sessions ({ $rates } a year) { $differ ->
        [yes] differ by more than chance would give.
       *[no] are within chance.
    } 'Constantly' is judged like 'regularly', by the same rule: the median gap between meetings is { $median } days and the longest { $longest } days ({ $gap_from } to { $gap_to }){ $last_gap ->
        [yes] , the last before the list ends.
       *[no] .
    }
arguments-meeting-tradition-robustness = { arguments-calendar-note }.
# A person received more than once: "A. Baymenov (3)".
arguments-repeat-visitor = { $name } ({ $meetings })
arguments-repeat-follow-up = The fact the sentences state, that Table 3 shows one person received several times, is recomputed from Table 3 from the decree of { $decree } on (a meeting before it is not a meeting with a member). { $holds ->
        [yes] It holds, as a lower bound: { $repeat } of the { $people } people were received more than once ({ $names })
       *[no] It does not hold: no one in Table 3 was received more than once from the decree
    }{ $n_early ->
        [0] .
        [one] ; the meeting with { $early } before the decree is left out (the claims audit, C19).
       *[other] ; the meetings with { $early } before the decree are left out (the claims audit, C19).
    }
arguments-named-repeat = The fact the sentence states, that { $name } was received twice (the claims audit, C21), is recomputed from Table 3 from the decree on: { $holds ->
        [yes] it holds, { $meetings } meetings ({ $dates }).
       *[no] it does not hold: { $n ->
            [one] { $meetings } meeting
           *[other] { $meetings } meetings
        } from the decree.
    }
# $together: people received after the decree only together with another member.
arguments-direct-access-scope = The experts name three means of the dialogue platform: carrying ideas to a high state level, opinion leaders' direct access to the President, and a platform for the community's initiatives (lines 252-255). Only direct access can be checked, and only on one-to-one audiences: sitting in the annual sessions the President chairs (line 59) is not direct access, and no record says who attends them.
arguments-direct-access = Independent evidence, Table 3: { $after } people were received one to one after the decree (alone at least once; { $received } were received in all, { $together } of them only together with another member), about { $share } of the roughly { $seats } seats ever filled. The experts claim that direct access exists, and it does: a claim of existence takes no share threshold, so the share is context.
arguments-direct-access-robustness = Counting the meetings before the decree too: { $every } people one to one ({ $share }): { $verdict }, the same. Reading every date that lists two members as one joint meeting (the article does not say they were received apart): { $joint } people one to one, the same verdict.

## Composition checks
# $members: "yes" when the experts include Kurultai members.
arguments-expert-panel = The split is reported without counts: the article gives { $experts } experts in { $fields } fields{ $members ->
        [yes] , Kurultai members among them, but not how many were members or which side each took; members judging the selection that chose them may weigh on either camp.
       *[no] , and no count per camp.
    }
arguments-field-diversity = Known members come from { $present } of the book's { $fields } field codes, which cover the { $article_fields } fields the article lists (lines 173-176) and its groups of members, but a field is known for only { $coded } of about { $seats } seats ({ $coverage }), a share that is context: a claim that many professions are present takes no share threshold. Diversity of professions is not diversity of views, which the critics dispute.
arguments-field-diversity-robustness = Rests on the partial roster; the article's Figure 1 is not printed.
# $chair, $deputy, $body: the offices as the processed table kurultai_facts names them.
arguments-official-governance = The article's own account of the rules agrees with the view: the chair is the { $chair }, the deputy chair who approves the agenda is the { $deputy } ex officio, and the working body is the { $body } (lines { $lines }).
# When the offices are not all state offices (the English text is the same).
arguments-official-governance-mixed = The article's own account of the rules does not wholly agree with the view: the chair is the { $chair }, the deputy chair who approves the agenda is the { $deputy } ex officio, and the working body is the { $body } (lines { $lines }).
arguments-official-governance-members = The members' right to initiate proposals on the work programme and to help prepare the sessions' materials (lines { $lines }) is granted by the same regulation: a right within the rules, not a part in setting them. But the article's own account is not independent evidence of its experts' view, and "only" rests on its silence about any other body (as for A15 and A20), so the view is not testable.
# $named: arguments-known-exact (who the named members are).
arguments-known-exact = { $known } of the about { $seats } people ever appointed are named, by the article or by public sources: { $initial } of the { $initial_total } initial members, the { $joined } newcomers the article lists, and { $unknown } whose date of joining is unknown ({ $coverage })
arguments-selection-disclosure = Not testable: this project searched for a published selection rule and a list of the initial members and found neither; { $named }. A search that found nothing is no evidence that no list is open, so the search and the partial roster are context, not a verdict.
arguments-undisclosed-means = Only the choice of members can be checked. The decree that appointed them is cited (lines 139-140), yet its list was not found: { $named }. A list not found is no evidence that the choice was made out of view, so the claim is not testable. The article's own statement that the algorithm is not open (line 272) summarises the same interviews, so it does not confirm them, and the 'much else' done by undisclosed means is not documented.
# $agrees: "yes" when the Kurultai's share of members met a year is at least the Council's.
# $record: "yes" when the record shows the Kurultai replaced the Council, a body of the same legal form.
arguments-ncpt-continuation = { $record ->
        [yes] That the Kurultai replaced the National Council of Public Trust, a consultative body of the same legal form, is on record, but it is mentioned in passing, not the sentence's point, so it earns no part.
       *[no] No record found shows that the Kurultai replaced the National Council of Public Trust.
    } The point, 'the main' body and its development of "the idea of interaction" based on openness, trust and joint participation (lines 299-302, which do not name the Council) has no measure recorded for both bodies: members the President met one to one would be a stand-in for it, and a stand-in never decides; even that count has no shared denominator (the Council's { $n_members } seats at its creation, which may or may not include its chair, deputy chair and secretary, against the Kurultai's { $k_members } founding or about { $filled } seats ever filled, both bodies rotating), and Table 3 is a lower bound. As context (Table 4.7), with counts that do not compare (the Council's complete, the Kurultai's a lower bound): { $n_met } Council members were met one to one, { $n_pct } of its { $n_members } seats, in about three years (its dates, decree to decree, give { $n_years } years); { $k_met } Kurultai members, about { $k_pct } of the seats ever filled ({ $k_pct_founding } of the founding seats), in { $k_years } years.
arguments-ncpt-outputs = The Council's outputs on record, { $laws } laws, { $decrees } presidential decrees and { $resolutions } government resolutions adopted on its initiative (the reform article, lines 313-315), have no Kurultai counterpart in the record, so they are context, not a shared measure.
arguments-ncpt-continuation-robustness = Does not depend on an analytic choice: on any denominator the count stays a stand-in.

## The title
# $meets: how many criteria are fully met (a number: the Kazakh text words none apart);
# $failed: the criteria not met, joined by ", ".
arguments-benchmarks = Against the { $n } benchmarks of a citizens' assembly such as Ireland's, the Kurultai fully meets { $meets }, meets { $partly } in part and does not meet { $not_met }{ $any_failed ->
        [yes] {" "}({ $failed })
       *[no] {""}
    }. The rule: supported only if every criterion is met; not supported if more than half are not met; partly supported otherwise.
# The title is judged once, on the article's own (deliberative) definition of its term.
arguments-title-definition = The article uses кеңесуші in two ways. Mostly it means deliberative: a deliberative model of democracy resting on public opinion "obtained through free substantive debate" (lines 61-65), weighing opinions with arguments in search of mutually acceptable decisions (lines 70-72), a deliberative structure (line 16), and Fishkin's deliberative poll is «кеңесуші сауалнама» (lines 81-82). But it also ties the word to "consultative-advisory bodies" (line 67) and calls the Kurultai "the main consultative-advisory body" (line 297). Reading the title deliberatively is this book's choice: the Russian and English titles say "deliberative democracy" (lines 710, 742) and the definition at lines 61-72 is deliberative; "consultative democracy" appears only in the abstracts (lines 714-715, 722; keywords, line 739; lines 752, 768). Being a consultative-advisory body does not make the Kurultai an institution of democracy, so it decides nothing here. The verdict is judged against this book's benchmark criteria of a deliberative body (Table 6.1), drawn from Ireland's Citizens' Assembly and the deliberative-polling literature the article cites (lines 74-83).
# $highest: "yes" when the lenient reading gives "partly supported".
arguments-benchmarks-robustness = Counting 'in part' as not met: { $strict }. Counting it as met: { $met } of { $n } met, { $not_met } not, which the rule rates { $lenient }{ $highest ->
        [yes] , the highest verdict short of support, because a title claim needs every criterion.
       *[no] .
    }
# $overall: the verdict as the rule codes 'in part'; $strict: counting 'in part' as not met;
# $same: "yes" when the two agree.
arguments-title-coding = { $same ->
        [yes] However a criterion met only in part is coded, the title is { $overall }.
       *[no] The verdict depends on how a criterion met only in part is coded: counted as partly met, as the rule counts it, the title is { $overall }; counted as not met, it is { $strict }.
    }
arguments-rule-lead = By the rule "{ $rule }": { $when }
# The part of a compound claim that is not tested (arguments.csv untested_part_en).
arguments-untested-part = Not tested: { $part }
# $base: the build's table base (aware or whole_sample).
arguments-scales = { $base ->
        [aware] Scales in 2024: { $printed } of the respondents who answered, on the book's reading the aware; of all adults, with { $awareness } aware, { $adults }.
       *[whole_sample] Scales in 2024: { $printed } of the respondents who answered, the whole sample, which stands for all adults ({ $adults }); with { $awareness } aware, the share among the aware is not known.
    }
arguments-no-change-half = 'About half' means { $low }-{ $high }%. { $bounded ->
        [yes] Of all adults, the aware who said their attitude did not change were { $latest } in 2024 ({ $first } in 2023). The { $unaware } of adults who had not heard of the Kurultai are in the denominator and in no answer's numerator: not having heard of a body is not a neutral or settled view of it, and survey practice keeps "never heard" apart from "neutral". Counting them as neutral would give { $upper }% on the point estimates; that is context, not the verdict.
       *[no] The share was { $latest } in 2024 ({ $first } in 2023).
    } The article reads the sentence from the printed shares (lines 377–381); Chapter 5 checks that printed share as a number (C37).
# Which scale decides a Table 1-2 claim (the rulebook's one principle). $scale: printed or adults.
arguments-scale-lead = { $scale ->
        [adults] The claim names the people or the citizens, so by the rulebook's principle of scale it is judged on the share of all adults (the book's estimate from the printed share and the share aware), with the printed share beside it.
       *[printed] The claim speaks of respondents, or of a share with no word for the population, so by the rulebook's principle of scale it is judged on the printed share, on the book's reading of the base (respondents who had heard of the Kurultai), with the share of all adults beside it.
    }
# The verdict on the other scale. $scale: printed or adults; $value: the share or change on it.
arguments-other-scale = { $scale ->
        [adults] On the scale of all adults ({ $value }) the rule would give: { $verdict }.
       *[printed] On the base the book infers, respondents who had heard of the Kurultai ({ $value }), the rule would give: { $verdict }.
    }
# Lines 330-333: the middle age groups' awareness "stays the highest" (two parts: comparison, stability).
arguments-middle-awareness-highest = The sentence is a rank claim in both waves: 'a steadily high figure' («тұрақты жоғары көрсеткіш», line 330) stands beside 'the highest two years running' («ең жоғары деңгейде қалып отыр», lines 331–332), judged by the comparison rule with the margin of error of each lead; the rise between the waves is context. Awareness in the 29–60 group was { $years }, the highest of the three age groups { $all ->
        [yes] { $waves_n ->
            [2] in both waves
           *[other] in all { $waves } waves
        }
       *[no] in { $waves_highest } of { $waves } waves
    } (shares as printed): { $lead_first } above the next group in 2023 (margin of error of the gap ±{ $moe_first } pp) and { $lead_last } in 2024 (±{ $moe_last } pp). { $beyond ->
        [0] Both leads lie within their margins of error, so the group is the highest on the point estimates only, as C25 in Chapter 5 also notes.
       *[other] { $beyond } of the leads exceed their margins of error.
    } The group sizes are estimates.
# Lines 337-339: interest among those over 61 "stayed fairly stable".
arguments-older-awareness-stable = Awareness among those aged 61 and over was { $years }, a change of { $change }, { $error }. A change that is not significant is not shown to be small: the equivalence test (two one-sided tests, margin ±{ $margin } pp) gives p = { $p }, and the { $level }% interval of the change, { $low } to { $high } pp, { $equivalent ->
        [yes] lies within the margin, so awareness held steady.
       *[no] reaches beyond the margin: not shown to change, and equivalence not shown either; { $power_nil ->
            [yes] in a group this small even a true change of zero could not be shown within ±{ $margin } pp (its { $level }% interval would reach ±{ $reach } pp), so the rule cannot decide (underpowered), and the narrowest margin these data could establish is ±{ $smallest } pp.
           *[no] with a group this small the narrowest margin these data could establish is ±{ $smallest } pp.
        }
    } The group sizes are estimates.
arguments-proxy-robustness = Does not depend on an analytic choice: a stand-in measure never decides, whichever way it points.
# $before: "yes" when some of the receptions within Table 3's span predate the decree
# ($before_n of them), so they are not yet receptions of members.
arguments-table3-lower-bound = This rests on Table 3 as a lower bound: of its { $rows } rows (one per person received), public records confirm { $confirmed } on the same date and { $differs } under another date, and { $not_found } were not found. { $inside ->
        [0] The records show no dated reception of a member inside the membership period that Table 3 leaves out
       *[other] The records show { $inside } dated receptions of members inside the membership period that Table 3 leaves out
    }; of the receptions it leaves out, { $before_n } fell before the decree (not yet of a member), { $after } after Table 3's last date, and { $extra_undated } is undated. A missing record does not remove a meeting; a fuller record could only add meetings.
# The same, once it has been given in full (A37).
arguments-table3-lower-bound-short = Table 3 is a lower bound: a fuller record could only add meetings (how far it is complete: A37).
# The longest gap between listed meetings (days): context, never a test.
arguments-cadence-gap = The longest gap between listed meetings, { $longest } days, is context, not a test: Table 3 is a lower bound, so a gap in it is not evidence that no meeting took place.
# A share said to stay or remain high: the level rule in each wave, the weaker deciding.
# $first, $latest: the 2023 and 2024 shares with intervals; $first_side, $latest_side: above,
# straddles_above, straddles_below or below; $change, $error: the change, context only.
arguments-level-waves = 'High', by the level rule in each wave, the weaker wave deciding (the article gives no threshold; a majority, { $threshold }%, is the only one the book applies): { $first } in 2023, { $first_side ->
        [above] wholly above a majority
        [straddles_above] above a majority on the point estimate, its interval reaching across it (in part)
        [straddles_below] not above a majority on the point estimate, its interval reaching across it
       *[below] wholly below a majority
    }; { $latest } in 2024, { $latest_side ->
        [above] wholly above a majority
        [straddles_above] above a majority on the point estimate, its interval reaching across it (in part)
        [straddles_below] not above a majority on the point estimate, its interval reaching across it
       *[below] wholly below a majority
    }. The change between the waves, { $change }, { $error }, is context, not a part of the claim.
