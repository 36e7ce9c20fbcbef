# Captions and alt texts of every figure and table, by label. Variables are the prose
# values of the book ({ $namespace_key }: the value `key` of namespace `namespace`).

## attitudes
caption-fig-awareness-by-age = Share of respondents aware of the National Kurultai, by age group, 2023 and 2024 (percent), with { $params_confidence } intervals (design effect { $params_design_effect }, estimated age-group sizes); the dashed line marks 50%, a majority of the group.
    .alt = { $attitudes_alt_awareness }
caption-tbl-awareness = Awareness of the Kurultai by age group: estimated respondents, shares with { $params_confidence } intervals, and the change from 2023 to 2024 in percentage points, with raw and adjusted p-values.
caption-tbl-age-sizes = Estimated respondents per age group and wave, from UN World Population Prospects 2024 (estimates, not published figures).
caption-tbl-awareness-overall = Estimated share of each wave aware of the Kurultai, with { $params_confidence } intervals, and the aware respondents it implies.
caption-tbl-base-readings = Every change in Tables 1 and 2 under both bases (aware respondents, whole sample) at design effect { $params_design_effect }: { $params_confidence } interval, raw and { $params_multiple_comparison }-adjusted p-value, and verdict; last rows: one test of all three answers of each table.
caption-fig-changes = Change of every survey share from 2023 to 2024, in percentage points, with { $params_confidence } intervals (thick: design effect { $params_design_effect }; thin: { $attitudes_deff_compare }). Filled dots: the change is beyond sampling error ({ $params_multiple_comparison } adjustment for the nine tests).
    .alt = { $attitudes_alt_changes }
caption-tbl-sensitivity = Is each change larger than sampling error? Verdicts under design effects { $attitudes_deff_grid }, after the p-value adjustment, under the other base of Tables 1 and 2, and under other sizes of the age groups.
caption-tbl-design-effects = Margin of error ({ $params_confidence }, percentage points) of every share under design effects { $attitudes_deff_grid }.
caption-tbl-table2-closure = How Table 2's two missing cells follow from the printed ones, and what they could be if some respondents answered 'hard to say'.
caption-fig-table1 = Attitude to the Kurultai's work, 2023 and 2024 (article Table 1, percent). Whiskers: { $params_confidence } intervals of the positive and negative shares (design effect { $params_design_effect }, base: { $attitudes_base_chosen }).
    .alt = { $attitudes_alt_table1 }
caption-tbl-table1 = Attitude to the Kurultai's work (article Table 1): shares with { $params_confidence } intervals, and the change from 2023 to 2024 in percentage points with raw and adjusted p-values (base: { $attitudes_base_chosen }).
caption-tbl-year-order = The two readings of the printed pair '70,6%/76,1%', what each wave's shares then add up to, and the change in the positive share each reading implies.
caption-fig-table2 = Change of attitude during the Kurultai's work, 2023 and 2024 (article Table 2, percent). Lighter, dashed segments are implied, not printed. Whiskers: { $params_confidence } intervals of the 'changed for the better' and 'changed for the worse' shares (design effect { $params_design_effect }, base: { $attitudes_base_chosen }).
    .alt = { $attitudes_alt_table2 }
caption-tbl-table2 = Change of attitude during the Kurultai's work (article Table 2): shares with { $params_confidence } intervals, and the change from 2023 to 2024 in percentage points with raw and adjusted p-values (base: { $attitudes_base_chosen }).

## communication
caption-tbl-sessions = Sessions I–V of the National Kurultai from public sources, not the article: days, place, theme, and the speakers and proposals as the sources word them.
caption-fig-meetings-timeline = The President's meetings with Kurultai members (the article's Table 3) against the decree of { $communication_decree_date_attr } and the plenary days of sessions I–V.
    .alt = { $communication_alt_timeline }
caption-tbl-session-intervals = Meetings of Table 3 between consecutive plenary days, with meetings per year and { $params_confidence } confidence intervals, and by calendar year.
caption-fig-repeat-visits = Meetings of the { $communication_repeat_count } people received more than once, by how the article's prose (lines 622–627) reports them.
    .alt = { $communication_alt_repeat }
caption-tbl-repeat-visitors = People received more than once: what Table 3 lists and what the article's prose says.
caption-fig-meetings-by-domain = Dated meetings of Table 3 by policy domain (topic coding; a meeting may fall in several domains).
    .alt = { $communication_alt_domains }
caption-tbl-topic-codebook = Topic codebook: the policy domains, their definitions and coding rules, and how many meetings each covers.
caption-tbl-coding-disagreements = The { $communication_disagreement_rows } entries of Table 3 where the topic rules and the independent second coder differ, with each side's primary domain first.
caption-tbl-meetings = The President's meetings with Kurultai members, 2022–2025 (the article's Table 3, one row per person received): roles and topics in English with the article's Kazakh, and the policy domains coded from the topics.
caption-tbl-body-comparison = Context, not a measure that decides A08: sessions, members the President met one to one, and their share of the seats, for the National Council of Public Trust (44 seats at its creation, possibly without its officers; a second source text and decree No. 63) and the National Kurultai (about 149 seats ever filled; Table 3, a lower bound). The two bodies were not built to meet at the same pace.
caption-tbl-epilogue = What followed the fifth session: the People's Council proposal, the referendum of 15 March 2026 and the unicameral parliament named Kurultai (public sources).

## composition
caption-tbl-composition-facts = Structure and governance of the National Kurultai as the article states it, with the four working sections and the office holders named by news reports (each with the month of the report).
caption-tbl-newcomers = The { $composition_rotation_newcomers } members who joined the Kurultai by rotation, in the article's order.
caption-tbl-rotation = Rotation and coverage: the article's counts, and how many members this book can identify.
caption-tbl-membership-claims = Claims about single members that rest on one source, with how this book reads them.
caption-tbl-field-codebook = Codebook of members' fields of activity, following the article's two lists of member categories.
caption-fig-members-by-field = Members by field of activity, partial. The article's Figure 1 shows all members, former ones included, by field; its data are not printed. Top: the { $composition_known_field_coded } known members whose field a source states, on their own scale. Bottom: all of the about { $composition_ever_appointed } seats ever filled: { $composition_known_field_coded } with a stated field, { $composition_known_field_unknown } known members whose field is unknown, and { $composition_not_identified } seats that cannot be identified. The chart cannot show the article's distribution.
    .alt = Two horizontal bar charts. The first counts known members whose field a source states: { $composition_field_counts }. The second counts the about { $composition_ever_appointed } seats ever filled: { $composition_known_field_coded } known members with a stated field, { $composition_known_field_unknown } known members whose field is unknown, and { $composition_not_identified } seats not identified.
caption-tbl-members = Every person known or said to have been a member, one row each, with status, field and the words that decide it, and whether the person counts as a known member; rows in grey are listed but not counted.
caption-tbl-expert-positions = The experts' proposals on how members should be chosen, by camp, with what the article says about their support.

## context
caption-tbl-world-practices = The { $context_n_practices } deliberative practices in { $context_n_countries } other countries that the article cites, with the figures it gives.
caption-tbl-recommendations = The article's { $context_n_recommendations } recommendations, paraphrased, with the finding each rests on.

## claims
caption-fig-claims-status = The { $claims_n_claims } checked claims ({ $claims_n_claims_split }) by part of the text and verdict of the check.
    .alt = Stacked horizontal bar chart of { $claims_n_claims } claims by topic. { $claims_alt_by_topic }
caption-tbl-claims = Every number stated in the article, verdict first: the claim and its lines in the article, what it says, the value printed and the value in the data.

## arguments
caption-tbl-argues-context = How the article frames the Kurultai: { $arguments_n_framing } claims of its introduction and framing, with the book's verdict on each.
caption-tbl-argues-composition = What the article and its experts argue about the composition: { $arguments_n_composition } claims, with the book's verdict on each.
caption-tbl-argues-attitudes = What the article reads into its survey, and the Kurultai as an object of public discourse: { $arguments_n_attitudes } claims, with the book's verdict on each ({ $params_confidence } intervals, design effect { $params_design_effect }).
caption-tbl-argues-communication = What the article argues about the Kurultai's communication role: { $arguments_n_communication } claims, with the book's verdict on each.
caption-tbl-argues-conclusion = The conclusion's claims and the title's claim, with the book's verdict on each.
caption-tbl-verdicts = The argument ledger in numbers: { $arguments_n_claims } claims by part of the argument and verdict.
caption-tbl-deliberative-criteria = Benchmarks of deliberative democracy ({ $arguments_criteria_n }): what a citizens' assembly such as Ireland's does, what the National Kurultai does, and whether it meets each.
caption-tbl-glossary = Kazakh terms used in this book ({ $arguments_glossary_n }), with Latin forms, English renderings and where the article prints them.
caption-tbl-rulebook = The rulebook ({ $arguments_rules_n } rules): what each rule judges, what it looks at, what it can find and the verdict each outcome yields, why, and the claims it decides.
caption-tbl-coverage = Which sentences are claims: the sentences whose place in the ledger was questioned, each with the decision under the inclusion criteria, the claim it became and why.
