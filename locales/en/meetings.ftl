# Tables and charts of the communication role (analysis/tables/meetings.py,
# analysis/figures/meetings.py): column labels, notes, cells and chart words.
#
# Messages keyed by a data id (meetings-place-…, meetings-definition-…, meetings-coder-note-…,
# meetings-epilogue-event-…, …) word a row of data that the processed tables hold in English
# only: the English message places the data's own text ($text), the Kazakh one translates it.
#
# A selector with only a default variant ({ $x -> *[other] … }) names a variable that the
# English text does not show but the Kazakh one does (the catalog check wants every Kazakh
# variable in English too).

## Shared
# An English rendering with the article's Kazakh in brackets; Kazakh shows the original alone.
meetings-gloss = { $text } ({ $original })
# A range of line numbers: 624-625.
meetings-range = { $first }-{ $last }
# Table 3 as a source.
meetings-table3-ref = article Table 3, lines 465-611

## Table 3 (tbl-meetings)
meetings-table3-date = Date
meetings-table3-person-header = Person and role
meetings-table3-topics = Topics (the article's Kazakh wording in brackets)
meetings-table3-domains = Domains
meetings-table3-person = { $name_kk } ({ $name_latin }): { $role }
meetings-table3-source = Source: { meetings-table3-ref }. Roles and topics: our English, with the article's Kazakh words in brackets (topics abridged); — no role printed. Domains: this book's topic coding (its rules are in the topic codebook table). ◊ dated before the decree of 14 June 2022 that created the Kurultai.

## Sessions (tbl-sessions)
meetings-sessions-session = Session
meetings-sessions-days-header = Days (sections, plenary)
meetings-sessions-place = Place
meetings-sessions-theme = Theme
meetings-sessions-counts = Sections, speakers, proposals
meetings-sessions-sections = { $n } sections
meetings-sessions-spoke = { $count } members spoke in sections
meetings-sessions-source = Source: public records named in each row (not the article); the table's download also gives the outcomes, sources and confidence of each session. Counts are worded as the sources word them; — not found.
# A day in the sessions' column: 16 Jun 2022 (the month abbreviated; $month is the full name).
meetings-sessions-date = { $month ->
   *[other] { $day } { $month_abbr } { $year }
 }
# Days of one month: 16–17 Jun 2023.
meetings-sessions-days = { $month ->
   *[other] { $start_day }–{ $day } { $month_abbr } { $year }
 }
# Days of two months.
meetings-sessions-span = { $start } – { $end }
# Places of the sessions (sessions.place without its bracket).
meetings-place-ulytau = { $text }
meetings-place-turkistan = { $text }
meetings-place-atyrau = { $text }
meetings-place-burabay = { $text }
meetings-place-kyzylorda = { $text }
# The sources' rounded counts, keyed by their English wording.
meetings-source-count-more-than-70 = { $text }
meetings-source-count-about-70 = { $text }
meetings-source-count-424-citizen-proposals-in-11-areas-received-through-egov-before-the-session = { $text }
meetings-source-count-more-than-100-initiatives = { $text }
meetings-source-count-more-than-200-proposals-and-recommendations = { $text }

## Intervals (tbl-session-intervals)
meetings-intervals-period = Period
meetings-intervals-dates-header = Dates
meetings-intervals-days = Days
meetings-intervals-meetings = Meetings
meetings-intervals-people = Entries (person × meeting)
meetings-intervals-rate = Meetings per year (CI)
meetings-intervals-rate-last = Per year to 17 Jan 2025 (CI)
meetings-intervals-ids = Meeting dates
meetings-intervals-between = Between sessions { $first }–{ $second }
meetings-intervals-before = Before session { $session }
meetings-intervals-after = After session { $session }
meetings-intervals-year = Calendar year { $year }
meetings-intervals-dates = { $start } to { $end }
meetings-intervals-until = until { $end }
meetings-intervals-from = after { $start }
meetings-intervals-before-decree = { $n } before the decree
meetings-intervals-source = Source: { meetings-table3-ref }; entries count each person once per meeting, so a person received twice counts twice; plenary days from public records (the sessions table). An interval runs from the day after one plenary to the next plenary day. Meetings per year = meetings / (days / 365.25); in brackets the exact Poisson confidence interval at the book's confidence level. The next column counts a period's days only up to Table 3's last date, 17 January 2025. † Table 3 ends on 17 January 2025, so these periods are not covered: 0 means none listed, not none held. For calendar years the last column gives meetings dated before the decree of 14 June 2022.

## Topic codebook (tbl-topic-codebook)
meetings-codebook-domain = Domain
meetings-codebook-definition = Definition
meetings-codebook-rules = Coding rule
meetings-codebook-meetings = Meetings
meetings-codebook-people = Entries (person × meeting)
meetings-codebook-source = Source: this project's topic codebook and rules, applied to the topic paraphrase of { meetings-table3-ref }. Entries count each person once per meeting, so a person received twice counts twice. A domain is coded when its rule matches; a meeting may fall in several domains. The rules read what was discussed, never a person's post. The exact search patterns are listed in Appendix D (Reproducing this book).
# A domain's coding rule in plain words (the regular expressions: data/raw/coding/topic_rules.csv,
# listed in Appendix D), keyed by domain_id.
meetings-rule-economy-business = The topic mentions the economy (economic, socio-economic), entrepreneurs or business, oil and gas or petrochemicals, or food prices.
meetings-rule-public-administration = The topic mentions bureaucracy, civil servants or public administration, corruption, or local self-government.
meetings-rule-law = The topic mentions legal matters, or a law by name (such as the Law on Public Control).
meetings-rule-science-education = The topic mentions science, scientists or the Academy of Sciences, or universities.
meetings-rule-culture-language = The topic mentions culture or cinema (not “physical culture”, which is sport, nor agriculture), language, the Latin script or the Kazakh language, state symbols or the national game.
meetings-rule-sport = The topic mentions sport (including “physical culture and sport”), the Nomad Games or togyzkumalak.
meetings-rule-social-policy-veterans = The topic mentions social problems or social support, housing, veterans or the older generation, or natural disasters.
meetings-rule-interethnic-relations = The topic mentions ethnic policy or the Assembly of People of Kazakhstan, national identity, or religion.
meetings-rule-childrens-rights = The topic mentions children or orphans.
meetings-rule-agriculture = The topic mentions agriculture, the agro-industrial complex or agrarian matters.
meetings-rule-civil-society = The topic mentions NGOs, public control, or think tanks.
# The codebook's definitions (topic_domains.definition), keyed by domain_id.
meetings-definition-economy-business = { $text }
meetings-definition-public-administration = { $text }
meetings-definition-law = { $text }
meetings-definition-science-education = { $text }
meetings-definition-culture-language = { $text }
meetings-definition-sport = { $text }
meetings-definition-social-policy-veterans = { $text }
meetings-definition-interethnic-relations = { $text }
meetings-definition-childrens-rights = { $text }
meetings-definition-agriculture = { $text }
meetings-definition-civil-society = { $text }

## Repeat visitors (tbl-repeat-visitors, fig-repeat-visits)
meetings-repeat-person-header = Person
meetings-repeat-person = { $name_kk } ({ $name_latin })
meetings-repeat-meetings = Meetings in Table 3
meetings-repeat-dates = Dates in Table 3
meetings-repeat-text-says = The text says
meetings-repeat-check = Check
meetings-repeat-left-out = Years the text leaves out
meetings-repeat-lines = Text lines
meetings-repeat-received-in = received in { $years }
meetings-repeat-received-times = received { $times } times (no years)
meetings-repeat-source = Source: { meetings-table3-ref }; the prose at lines 622-627.
# The check of a repeat visitor against the prose (repeat_visitors.check).
meetings-check-matches-omits-a-meeting = matches, omits a meeting
meetings-check-not-mentioned = not mentioned
meetings-check-matches = matches
meetings-check-contradicts = contradicts

## Comparison with the National Council of Public Trust (tbl-body-comparison)
meetings-body-header = Body and period
meetings-body-schedule = Meant to meet
meetings-body-sessions = Sessions (per year)
meetings-body-met = Members met one to one (per year)
meetings-body-share-header = Share of the seats met
meetings-body-period = { $body }, { $period }: { $years } years
meetings-body-share = { $share } of about { $seats }
meetings-body-share-exact = { $share } of { $seats }
meetings-body-source = Sources: for the Council, the reform article (a 2022 journal article on Kazakhstan's political reforms since 2019, described in the Data sources appendix), lines 302-309; for the Kurultai, { meetings-table3-ref }, its about { $seats } seats ever filled (initial members and newcomers, the article's lines 182 and 188-194) and public records of its sessions. Years = days / 365.25; the Council's 'almost three years' is taken as 3. — not given by the source: the reform article gives neither the Council's size nor a schedule, and counts members met, not meetings. The Kurultai is meant to meet once a year (the article's line 59).
# The periods of body_comparison (period_en), keyed by row_id.
meetings-period-ncpt = { $text }
meetings-period-kurultai = { $text }
meetings-period-kurultai-table-span = { $text }
# The bodies' schedules (schedule_en without its seed locator).
meetings-schedule-not-stated = { $text }
meetings-schedule-once-a-year = { $text }

## Second coder (tbl-coding-disagreements)
meetings-coding-date = Date
meetings-coding-person = Person
meetings-coding-rules = Rules (English paraphrase)
meetings-coding-second = Second coder (Kazakh text)
meetings-coding-note = Second coder's note
# The primary domain, marked.
meetings-coding-primary = { $label } (primary)
meetings-coding-source = Source: a second, independent coding (a coder working from the Kazakh text and the codebook only) set against this book's topic rules. Primary domain: for the rules, the domain named first in the paraphrase; for the coder, the dominant topic, or the first-mentioned one.
# The second coder's notes (written in English, coding_agreement.coder_note), keyed by date and person_id.
meetings-coder-note-2023-07-10-baymenov-a = { $text }
meetings-coder-note-2024-03-12-kurishbaev-a = { $text }
meetings-coder-note-2024-05-30-izmukhambetov-b = { $text }
meetings-coder-note-2024-06-18-zakieva-d = { $text }
meetings-coder-note-2025-01-17-baymenov-a = { $text }
meetings-coder-note-2025-01-17-kurishbaev-a = { $text }

## Epilogue (tbl-epilogue)
meetings-epilogue-date = Date
meetings-epilogue-event = Event
meetings-epilogue-figures = Figures
meetings-epilogue-sources = Sources (confidence)
meetings-epilogue-sources-cell = { $sources } ({ $confidence })
meetings-epilogue-note = Source: public records named in each row (outlets and dates; the full web addresses are in the data, Appendix E); not from the article, which ends before these events. The rows of 1 July and 1 September 2026 give the schedule the sources report; that these steps took place was not found in the sources we read.
# The referendum's counts, computed from the data (the English table prints the source's own text).
meetings-epilogue-referendum = eligible { $eligible }; turnout { $turnout } ({ $turnout_pct }); yes { $yes } ({ $yes_pct }); no { $no } ({ $no_pct }); invalid { $invalid }
# The epilogue's events and figures (epilogue_2026.event, .figure), keyed by date.
meetings-epilogue-event-2026-01-20 = { $text }
meetings-epilogue-figure-2026-01-20 = { $text }
meetings-epilogue-event-2026-01-24 = { $text }
meetings-epilogue-figure-2026-01-24 = { $text }
meetings-epilogue-event-2026-03-15 = { $text }
meetings-epilogue-figure-2026-03-15 = { $referendum ->
   *[other] { $text }
 }
meetings-epilogue-event-2026-07-01 = { $text }
meetings-epilogue-figure-2026-07-01 = { $text }
meetings-epilogue-event-2026-09-01 = { $text }
meetings-epilogue-figure-2026-09-01 = { $text }
# Phrases of the sources' column, in English as the data has them.
meetings-epilogue-source-cec = { $text }
meetings-epilogue-source-commission = { $text }
meetings-epilogue-source-tass = { $text }
# The confidence of a source.
meetings-confidence-high = high
meetings-confidence-medium = medium
meetings-confidence-low = low

## Charts (fig-meetings-timeline, fig-meetings-by-domain, fig-repeat-visits)
meetings-fig-table3-note = Meetings: article Table 3, lines 465-611.
meetings-fig-date = Date of meeting
meetings-fig-session = Session { $session }
meetings-fig-decree = Decree of 14 June 2022
# The legend of the vertical lines.
meetings-fig-legend-session = session
meetings-fig-legend-decree = decree
meetings-fig-sessions-note = Sessions: public records (see the Data sources appendix).
meetings-fig-hollow-note = Hollow dots: meetings before the decree.
meetings-fig-domain-title = Dated meetings (one meeting may fall in several domains)
# A domain's bar label: the English label with the Kazakh under it (| breaks the line).
meetings-fig-domain-label = { $label }|{ $original }
meetings-fig-domain-note-1 = Domains: this book's topic rules,
meetings-fig-domain-note-2 = applied to our English paraphrase of each meeting's topics.
meetings-fig-status-title = In the article's prose
meetings-fig-prose-note = Prose: the article, lines 622-627.
meetings-fig-rules-note = Vertical lines: plenary days of sessions I-IV (public sources).
# A repeat visitor's row: the name and the check (| breaks the line).
meetings-fig-repeat-person = { $name } ({ $check })
# How the prose after Table 3 treats a meeting of a repeat visitor.
meetings-fig-status-named = year named in the text
meetings-fig-status-counted = counted in the text, year not given
meetings-fig-status-left-out = left out of the text
# Tooltip titles of the charts.
meetings-fig-tip-date = Date
meetings-fig-tip-people = Met the President
meetings-fig-tip-person = Person
meetings-fig-tip-event = Event
meetings-fig-tip-domain = Domain
meetings-fig-tip-original = In the article's language
meetings-fig-tip-meetings = Dated meetings
meetings-fig-tip-person-meetings = Person-meetings
