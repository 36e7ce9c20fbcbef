# The Composition chapter (book/composition.qmd): its values, the chart of members by field
# and its tables. Where the data already hold the English wording (the codebook's labels and
# rules, the structure's items), the English message places it ($codebook, $rule, $item) and
# the Kazakh one gives the Kazakh wording.


## Values of the chapter (analysis.prose.composition)
# A count in words up to ten, else in figures ($count, formatted). $n: the count.
composition-number = { $n ->
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
   *[other] { $count }
}
# "Three of the newcomers met the President": the count as the sentence needs it (Kazakh: the collective numeral with the possessive ending, үшеуі). $n: the count; $count: in figures.
composition-number-of-them = { $n ->
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
   *[other] { $count }
}
# The decree was signed on $date.
composition-value-decree-date = { $date }
# A source named the member on $date.
composition-value-after-window-date = { $date }
# The article's period runs to $date.
composition-value-window-end = { $date }
composition-value-nobody = nobody
composition-value-no-date = no date
# A member whose topic suggests a field: $name, $field (its label).
composition-value-topic-move = { $name } under “{ $field }”
# A field and its count of members, in the list of the chart's alt text.
composition-value-field-count = { $field } { $n }
# The fields with no member ($fields, joined; $n of them).
# The largest coded bar(s) as a clause: $k bars tie at $n people ($n already in words).
composition-value-largest-field = { $k ->
    [one] the largest bar, { $fields }, holds { $n } people
   *[other] the largest bars, { $fields }, hold { $n } people each
}
composition-value-zero-fields = { $n ->
    [0] none
   *[other] { $fields }
}
# The identity rule, as the chapter states it inside a sentence.
composition-value-identity-rule = a person printed as an initial and surname is given a post, and so a field, only when the article prints the post beside the name, or when one public source gives the full name, the post and the person's tie to the Kurultai; a post known only for someone who shares the surname and initial does not count, and neither does a topic the person raised with the President
# A name in the book's Latin form with the Kazakh Cyrillic: 'O. Sabden (О. Сәбден)'.
composition-name-with-cyrillic = { $name } ({ $cyrillic })

## Chart: members by field (analysis.figures.composition)
# Legend of a bar's kind.
composition-chart-kind-field = Known member, field stated
composition-chart-kind-field-unknown = Known member, field unknown
composition-chart-kind-not-identified = Seat not identified
# Bars of the panel of all seats.
composition-chart-gap-field = Known, field stated
composition-chart-gap-field-unknown = Known, field unknown
composition-chart-gap-not-identified = Not identified
# $coded: persons.
composition-chart-top-title = Known members whose field a source states ({ $coded })
composition-chart-top-x = Persons
# $total: seats ever filled.
composition-chart-bottom-title = All seats ever filled (about { $total })
composition-chart-bottom-x = Seats (of about { $total })
# Tooltip titles.
composition-chart-tip-bar = Bar
# Over the article's own (Kazakh) wording of the bar.
composition-chart-tip-other = In the article (Kazakh)
composition-chart-tip-persons = Persons
composition-chart-tip-share = Share of seats ever filled (%)
# Two lines under the chart.
composition-chart-note =
    Sources: the article's newcomer list (lines 188-194) and Table 3 (lines 465-611);
    news reports gathered in a partial roster. Fields: our coding.

## Fields of activity
# A field's label on the chart's axis, in tables and values: in English the codebook's own ($codebook); in Kazakh a short one (the codebook's label_kk is the article's full wording).
composition-field-label-politics = { $codebook }
composition-field-label-public-figures = { $codebook }
composition-field-label-science = { $codebook }
composition-field-label-culture-arts = { $codebook }
composition-field-label-media = { $codebook }
composition-field-label-economy-business = { $codebook }
composition-field-label-medicine = { $codebook }
composition-field-label-education = { $codebook }
composition-field-label-sport = { $codebook }
composition-field-label-youth = { $codebook }
composition-field-label-ngo-sector = { $codebook }
composition-field-label-expert-community = { $codebook }
composition-field-label-public-councils = { $codebook }
composition-field-label-unknown = { $codebook }

## Table: newcomers
composition-newcomers-col-number = No.
composition-newcomers-col-name = Name (as printed)
# Shown only to readers of another language than the article's.
composition-newcomers-col-latin = Latin form
composition-newcomers-col-met = Met the President (Table 3)
composition-newcomers-yes = yes
composition-newcomers-note = Source: the article, lines 188-194. Latin forms: the book's transliteration (Methods appendix).

## Table: structure and governance
composition-structure-col-item = Item
composition-structure-col-value = What the article says
# The article's Kazakh wording, under the value (readers of another language than the article's).
composition-structure-col-article = Kazakh
# A count the wording spells in words, in figures after it (readers of the article's language).
composition-structure-col-data = In figures
composition-structure-data-value = ({ $value })
composition-structure-col-holder = Holder (news reports)
composition-structure-col-lines = Lines
# An office holder and the month of the report naming them ($when: composition-month-year).
composition-structure-holder = { $name } (as of { $when })
# Items of the table: in English the data's own ($item).
composition-structure-item-decree-creating-the-kurultai = { $item }
composition-structure-item-chair = { $item }
composition-structure-item-deputy-chairs = { $item }
composition-structure-item-deputy-chair-ex-officio = { $item }
composition-structure-item-secretary = { $item }
composition-structure-item-working-body = { $item }
composition-structure-item-initial-members = { $item }
composition-structure-item-members-renewed-by-rotation = { $item }
composition-structure-item-period-of-the-rotation = { $item }
composition-structure-item-working-days-per-session = { $item }
composition-structure-item-sections-held-since-session = { $item }
composition-structure-item-working-sections = { $item }
composition-structure-section = Section { $n }
composition-structure-note = Source: the article, lines given per row. The article names no office holder; the names come from news reports (inform.kz, newstaraz.kz and uzmetronom.agency, June 2022; Astana Times, March 2024), and the month given is that of the earliest report naming the person in the post. The March 2024 report calls the secretary Minister of Information and Social Development, a title out of date by then: Kazinform (13 May 2024) calls her Minister of Culture and Information.

## Table: members
# Columns of the table's frame (its CSV); spelling and kazakh only for readers of another language than the article's.
composition-members-col-member = Member
composition-members-col-spelling = Source spelling
composition-members-col-kazakh = Kazakh
composition-members-col-status = Status
composition-members-col-officer = Officer
composition-members-col-meetings = Meetings in Table 3
composition-members-col-field = Field
composition-members-col-decided = Decided by
composition-members-col-counted = Counted
composition-members-col-evidence = Evidence
composition-members-col-source = Source
composition-members-col-source-date = Source date
# Shown headers of the field and counted columns.
composition-members-label-field = Field (the words that decide it)
composition-members-label-counted = Counted (evidence)
# Meetings with the President in Table 3 ($n).
composition-members-meetings = { $n ->
    [one] Table 3: { $n } meeting
   *[other] Table 3: { $n } meetings
}
composition-members-note = Sources: the article's newcomer list (lines 188-194) and Table 3 (lines 465-611, meetings with the President); news reports gathered in a partial roster (source per row in the data download). Names: the book's Latin form, then the source's own spelling and the Kazakh Cyrillic where they differ. Grey rows are listed but not counted as known members.
# Status of a member.
composition-status-initial = initial
composition-status-joined = newcomer
composition-status-unknown = not known
# Officer role.
composition-role-chair = chair
composition-role-deputy-chair = deputy chair
composition-role-secretary = secretary
# Whether the person counts as a known member.
composition-counted-known = yes
composition-counted-after-window = apart: named only after the article's period
composition-counted-not-counted = no
# Evidence of membership.
composition-membership-evidence-article = named by the article
composition-membership-evidence-high = news reports: high
composition-membership-evidence-medium = news report: medium
composition-membership-evidence-low = participation or self-description only
# A source's own words, quoted; a quotation inside them in the inner marks (each « and » of the text replaced).
composition-quoted = “{ $text }”
composition-quote-inner-open = «
composition-quote-inner-close = »
# English words of a source that decide a member's field ($words): quoted in English, in Kazakh wording (not quoted) in Kazakh.
composition-decided-club-of-chief-editors = “{ $words }”
composition-decided-chairman-of-the-board-khabar-agency-jsc = “{ $words }”
composition-decided-mazhilis-deputy = “{ $words }”
composition-decided-chairman-of-the-organisation-of-veterans = “{ $words }”
composition-decided-minister = “{ $words }”
composition-decided-president-of-the-republic-of-kazakhstan = “{ $words }”
composition-decided-senate-deputy = “{ $words }”
composition-decided-state-counselor = “{ $words }”
composition-decided-director-of-the-institute-of-management = “{ $words }”
composition-decided-first-kazakh-cosmonaut = “{ $words }”
composition-decided-heads-the-kazakh-national-agrarian-research-university = “{ $words }”
composition-decided-journalist-media-manager = “{ $words }”
composition-decided-member-of-almaty-city-public-council = “{ $words }”
composition-decided-poet = “{ $words }”
composition-decided-political-observer = “{ $words }”
composition-decided-political-scientist = “{ $words }”
composition-decided-politician = “{ $words }”
composition-decided-public-figure = “{ $words }”
composition-decided-league-of-volunteers-of-kazakhstan = “{ $words }”
composition-decided-people-s-party-of-kazakhstan = “{ $words }”

## Table: field codebook
composition-codebook-col-field = Field
composition-codebook-col-kazakh = Kazakh
composition-codebook-col-article = Article categories
composition-codebook-col-rule = Rule
composition-codebook-col-code = Code
# A field the article does not name.
composition-codebook-ours = (ours)
composition-codebook-note = Source: our codebook, following the article's two lists of member categories (lines 144-147 and 173-176).
# Coding rules: in English the codebook's own (rule_en, $rule).
composition-rule-politics = { $rule }
composition-rule-public-figures = { $rule }
composition-rule-science = { $rule }
composition-rule-culture-arts = { $rule }
composition-rule-media = { $rule }
composition-rule-economy-business = { $rule }
composition-rule-medicine = { $rule }
composition-rule-education = { $rule }
composition-rule-sport = { $rule }
composition-rule-youth = { $rule }
composition-rule-ngo-sector = { $rule }
composition-rule-expert-community = { $rule }
composition-rule-public-councils = { $rule }
composition-rule-unknown = { $rule }

## Table: rotation and coverage
composition-rotation-col-figure = Figure
composition-rotation-col-value = Value
composition-rotation-col-source = Where it comes from
composition-rotation-source = { $status }: { $source }
composition-rotation-note = Printed figures are the article's; computed figures are ours, from the table of members.
# How a figure was obtained.
composition-figure-status-reported = printed in the article
composition-figure-status-derived = computed
composition-figure-status-inferred = inferred
composition-figure-status-implied = implied
# Each figure: its label, and where it comes from (.source; $initial, $joined, $total: persons; $years: the article's period). An English edition shows the processed table's own wording (label_en, source); these messages repeat it (a test checks they agree) for the other catalogs to translate.
composition-coverage-initial-members = Initial members
    .source = article, line 182
composition-coverage-newcomers = Members renewed by rotation
    .source = article, lines 188-189
composition-coverage-ever-appointed = Seats ever filled (about)
    .source = { $initial } initial members (line 182) + { $joined } newcomers (lines 188-194); approximate, since the article does not say whether the { $initial } include the chair, deputies and secretary, or whether anyone was appointed twice.
composition-coverage-renewed-share-pct = Newcomers as a share of the initial seats
    .source = { $joined } / { $initial } x 100
composition-coverage-newcomers-share-of-ever-pct = Newcomers among seats ever filled
    .source = { $joined } / { $total } x 100
composition-coverage-members-in-table3 = Members who met the President (Table 3)
    .source = Table 3, lines 465-611; includes Zh. Qulekeev, received on 25 April 2022, before the Kurultai existed, so not as a member
composition-coverage-newcomers-in-table3 = Newcomers who met the President (Table 3)
    .source = newcomer list and Table 3
composition-coverage-persons-listed = Persons in the members table
    .source = article newcomers and Table 3 plus the public roster, one row a person
composition-coverage-known-members = Known members
    .source = named a member by the article, or by a public source of high or medium grade within the article's period
composition-coverage-known-initial = Known members of the first composition
    .source = known members
composition-coverage-known-joined = Known newcomers
    .source = known members
composition-coverage-known-status-unknown = Known members, status unknown
    .source = known members
composition-coverage-named-after-window = Named a member only after the article's period
    .source = public source dated after the decree date + { $years } years; counted apart
composition-coverage-not-counted = Listed but not counted (low evidence)
    .source = session participants, self-descriptions, probable seats
composition-coverage-known-field-coded = Known members with a field
    .source = known members whose post a source states (identity rule)
composition-coverage-known-field-unknown = Known members, field unknown
    .source = known members with no stated post
composition-coverage-not-identified = Seats not identified
    .source = { $total } - known members
composition-coverage-coverage-pct = Known members as a share of seats ever filled
    .source = known members / { $total } x 100
composition-coverage-field-coverage-pct = Known members with a field as a share of seats ever filled
    .source = known with a field / { $total } x 100

## Table: claims about single members
composition-claims-col-member = Member
composition-claims-col-claim = Claim
composition-claims-col-source = Source
composition-claims-col-date = Date and grade
composition-claims-col-reading = Our reading
composition-claims-col-address = Address
composition-claims-date-grade = { $date }, { $grade } grade
composition-claims-note = Source: the notes of the partial roster of members gathered from news reports; grades as the roster gives them (high: official source or two outlets; medium: one credible outlet; low: indirect).
# Grade of a source.
composition-grade-high = high
composition-grade-medium = medium
composition-grade-low = low
# A source that is not a web address ($source: as the data give it).
composition-claims-source-personal-website-biography-no-public-address-recorded = { $source }

## Table: experts' positions
composition-positions-col-proposal = Proposal
composition-positions-col-phrase = Kazakh
composition-positions-col-camp = Camp
composition-positions-col-support = Support
composition-positions-col-says = What the article says
composition-positions-col-lines = Lines
# Shown header of the camp column (support stacked under it).
composition-positions-label-camp = Camp; support
# The article's key phrase, as printed.
composition-positions-phrase = { $phrase }
composition-positions-note = Source: the article, lines 196-286, paraphrased. † camp not printed; inferred from the paragraph's place among the proposals of those who do not support or do not understand the present rule.
# Camp of a proposal.
composition-camp-critics = those who do not support or do not understand the present selection rule
composition-camp-supporters = those who find the present selection clear
composition-camp-both = both camps
composition-camp-not-stated = camp not stated;
# Support a proposal has.
composition-support-proposed = proposed
composition-support-prevailing-view = prevailing view of its camp
composition-support-little-support = little support
composition-support-option-named = named as an option

## Months, years, lines
# A month as a source's date: 'March 2024'.
composition-month-year = { $month } { $year }
# A bare year.
composition-year = { $year }
# Seed lines: '188-194'.
composition-line-range = { $first }-{ $last }
