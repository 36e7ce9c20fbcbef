# The argument ledger's words: verdicts, parts, voices, the benchmarks' statuses
# (analysis/arguments.py), the tables (analysis/tables/arguments.py) and the prose values
# of the "What the article argues" sections, the conclusion and the Key findings
# (analysis/prose/arguments.py).

## Verdicts (analysis.schemas.raw.VERDICTS)
arguments-verdict-supported = Supported
arguments-verdict-partly-supported = Partly supported
arguments-verdict-not-supported = Not supported
arguments-verdict-contradicted = Contradicted
arguments-verdict-not-testable = Not testable

## Parts of the argument
arguments-part-framing = Framing
arguments-part-composition = Composition
arguments-part-attitudes = Attitudes
arguments-part-communication = Communication
arguments-part-conclusion = Conclusion

## Whose claim
arguments-voice-authors = authors
# The article's own summary of its expert interviews (lines 271-278).
arguments-voice-article-interviews = the article, summarising the interviews
arguments-voice-experts = experts
arguments-voice-officials = officials
arguments-voice-survey = survey

## Whether the Kurultai meets a benchmark of deliberative democracy
arguments-status-meets = meets
arguments-status-partly = partly
arguments-status-does-not-meet = does not meet

## Tables (analysis/tables/arguments.py)
# A verdict with its mark (✓ ◐ ○ ✗ ?), so that the table never relies on colour alone.
arguments-table-verdict = { $mark } { $verdict }
arguments-table-claim = Claim
arguments-table-lines = Lines
arguments-table-printed = As printed
arguments-table-says = What it says
arguments-table-voice = Whose claim
arguments-table-verdict-column = Verdict
arguments-table-why-column = Why
# A computed verdict's reasoning followed by its robustness note.
arguments-table-why = { $reasoning } Robustness: { $robustness }
arguments-table-argues-source = Source: the article (its lines in each row). Computed verdicts are computed from this book's tables; judgement verdicts are recorded by hand with their reasons. Quotes are short phrases as printed; paraphrases are ours.
arguments-table-base-mark = {" "}†
arguments-table-base-note = † The verdict rests on the book's reading of the base of Tables 1 and 2 (respondents who had heard of the Kurultai; the article does not print it): under the other base or on the scale of all adults it would differ (see its robustness).
arguments-table-order-note = The numbering is not in order because A49, A50 and A51 were added later.
arguments-table-all-parts = All parts
arguments-table-part = Part
arguments-table-claims = Claims
arguments-table-verdicts-source = Source: this book's argument ledger (the article's claims, lines in each chapter's table). Computed verdicts change with the data and parameters; judgement verdicts are recorded by hand with their reasons.
arguments-criteria-criterion = Criterion
arguments-criteria-assembly = A citizens' assembly (Ireland, 2016-2018)
arguments-criteria-kurultai = The National Kurultai
arguments-criteria-meets = Meets it?
arguments-criteria-sources = Sources
# The status in words and why.
arguments-criteria-status = { $status }: { $reasoning }
arguments-criteria-source-cell = Assembly: { $assembly }. Kurultai: { $kurultai }.
arguments-criteria-source = Source: our coding of the article and of public records (the public sources and the article's lines of each row are in the last column; outlets are named, the full web addresses are in the data, Appendix E).
# Titles of the web pages the assembly's sources name (in brackets).
arguments-page-irish-assembly = The Irish Citizens' Assembly
arguments-page-about-assembly = About the 2016-2018 Citizens' Assembly
arguments-page-meetings-2016 = Meetings, 2016
arguments-page-selection-2016 = Selection of members, 2016-2018 Assembly
arguments-page-statement-2018 = the Assembly's statement of 21 February 2018 on recruitment by Red C
arguments-page-who-citizens = The Irish Times, 2017: who the Assembly's citizens are
arguments-page-dail-2017 = Dáil debate of 4 April 2017: a joint committee to consider the first report
arguments-page-convention-commitment = The Irish Times, December 2012: the government's commitment to the Convention on the Constitution
# Glossary headers. The English table shows term, latin, english, meaning, where; the
# Kazakh one term, printed, meaning, where (analysis.tables.arguments.GLOSSARY_COLUMNS).
arguments-glossary-term = Kazakh
arguments-glossary-latin = Latin
arguments-glossary-english = English
arguments-glossary-printed = As printed in the article
arguments-glossary-meaning = Meaning
arguments-glossary-where = Printed at
arguments-glossary-line = line { $line }
arguments-glossary-source = Source: the article's own terms, with our English; Latin forms by this book's transliteration scheme (not official spellings).
# A ledger row's fold: what opens it, and its paragraphs (the reasoning's first sentence
# stays in the row; the rest, the robustness and the phrase as printed are folded).
arguments-table-more = Full reasoning
arguments-table-where = { $voice }; { $many ->
    [yes] lines
   *[no] line
    } { $lines }
arguments-table-robustness = Robustness: { $robustness }
arguments-table-as-printed = As printed: { $quote }
