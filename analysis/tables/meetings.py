"""Tables of the communication role: Table 3 with topics, sessions, intervals, comparisons.

Every builder takes ``lang`` (``"en"``, ``"kk"`` or the pseudo-locale ``"en-XA"``) and is one
function for every language: column labels, notes and the words of the cells are the
messages of ``locales/<lang>/meetings.ftl`` (``meetings-…``), numbers and dates come from
CLDR through :func:`analysis.i18n.catalog`. The data's own per-language columns
(``label_en`` / ``label_kk``, ``body_en`` / ``body_kk``, the people's names) are chosen by
:func:`analysis.i18n.data_field`. Wording the processed tables hold only in English
(places, the sources' rounded counts, the codebook's definitions, the second coder's notes,
the epilogue's events, the comparison's periods and schedules) is a catalog message keyed
by the data's id: the English message places the data's own text (``{ $text }``), the
Kazakh one translates it; a new data row with no message raises
``KeyError`` naming the missing id.

Where a gloss needs both the English rendering and the article's Kazakh (``role (роль)``),
the ``meetings-gloss`` message decides what each edition shows: the English edition the
rendering with the original in brackets, the Kazakh one the original alone.
"""

from __future__ import annotations

import re

import pandas as pd
from great_tables import GT

from analysis.i18n import Catalog, catalog, data_field
from analysis.meetings import referendum_figures
from analysis.tables.common import base_table, dates_in_text, grey_rows, outlets, table_date

#: The people's names as printed in each data field: the Latin transliteration in the
#: English edition, the article's Cyrillic (``name_kk``) in the Kazakh one (a data column
#: per language, not words).
NAME_COLUMNS = {"en": "name_latin"}
#: The language the article and its data's original columns (``*_kk``) are written in.
ARTICLE_FIELD = "kk"


def name_column(lang: str) -> str:
    """The column of the people's names an edition prints (``name_latin`` / ``name_kk``)."""
    field = data_field(lang)
    return NAME_COLUMNS.get(field, f"name_{field}")


def slug(value: object) -> str:
    """A data value as the tail of a message id: 'more than 70' -> 'more-than-70',
    'social_policy' -> 'social-policy'."""
    return re.sub(r"[^a-z0-9]+", "-", str(value).lower()).strip("-")


def keyed(loc: Catalog, prefix: str, key: object, **args: str) -> str:
    """The message ``prefix + slug(key)``: the edition's wording of a data value (a place,
    a code, a row's text). Raises ``KeyError`` naming the value and the missing id when the
    catalog has no wording for it (a new data row needs its message in every language)."""
    msg_id = prefix + slug(key)
    if not loc.has(msg_id):
        raise KeyError(f"no wording for {key!r}: add {msg_id} to locales/*/*.ftl")
    return loc(msg_id, **args)


def _date(s: pd.Series) -> pd.Series:
    return s.dt.strftime("%Y-%m-%d").fillna("—")


def _shown(s: pd.Series, loc: Catalog) -> pd.Series:
    """Days as a table shows them (:func:`analysis.tables.common.table_date`), '—' if missing."""
    return s.map(lambda d: table_date(d, loc.lang))


def _missing(value: object) -> bool:
    return not isinstance(value, str) or not value


def gloss(loc: Catalog, text: object, original: object) -> str:
    """The ``meetings-gloss`` of an English rendering and the article's Kazakh original
    ('role (роль)' in English, 'роль' in Kazakh); "—" where either is missing."""
    if _missing(text) or _missing(original):
        return "—"
    return loc("meetings-gloss", text=str(text), original=str(original))


def glosses(loc: Catalog, text: pd.Series, original: pd.Series) -> pd.Series:
    """:func:`gloss` of two columns, row by row."""
    return pd.Series(
        [gloss(loc, t, o) for t, o in zip(text, original, strict=True)], index=text.index
    )


def ranges(loc: Catalog, text: object) -> object:
    """Every 'a-b' range of numbers in ``text`` written with the language's dash
    (``meetings-range``: '624-625', '624–625'); a missing value is returned as it is."""
    if not isinstance(text, str):
        return text
    return re.sub(r"(\d+)-(\d+)", lambda m: loc("meetings-range", first=m[1], last=m[2]), text)


# ----------------------------------------------------------------------------- Table 3


def meetings_table(
    meetings_log: pd.DataFrame,
    meeting_domains: pd.DataFrame,
    topic_domains: pd.DataFrame | None = None,
    lang: str = "en",
) -> GT:
    """Table 3 rebuilt: one row per person met, with the date, the person (Kazakh and Latin
    names), the role and the topics (each in English with the article's Kazakh beside it)
    and the policy domains coded from the topics.

    Parameters
    ----------
    meetings_log:
        Processed ``meetings_log`` (one row per person met; needs meeting_date,
        before_decree, name_kk, name_latin, role_en, role_as_printed, topic_en, topic_kk).
    meeting_domains:
        Processed ``meeting_domains`` (meeting_id, person_order, domain_id, label_en, in
        stored order).
    topic_domains:
        Processed ``topic_domains`` (domain_id, label_en, label_kk): the domain labels of
        the edition's data field; without it the labels of ``meeting_domains`` are used
        (``label_en`` only there).
    lang:
        The edition: its catalog words the person, roles and topics (``meetings-gloss``:
        English with the article's Kazakh in brackets, or the Kazakh alone).

    Meetings before the decree of 14 June 2022 are set in grey and marked ◊.
    """
    loc = catalog(lang)
    label = f"label_{data_field(lang)}"
    if topic_domains is not None:
        labels = meeting_domains["domain_id"].map(topic_domains.set_index("domain_id")[label])
    elif label in meeting_domains.columns:
        labels = meeting_domains[label]
    else:
        raise ValueError(f"meetings_table(lang={lang!r}) needs topic_domains for the labels")
    domains = (
        meeting_domains.assign(label=labels)
        .groupby(["meeting_id", "person_order"], sort=False)["label"]
        .agg("; ".join)
    )
    log = meetings_log.merge(
        domains.rename("Domains").reset_index(), on=["meeting_id", "person_order"], how="left"
    )
    date = _shown(log["meeting_date"], loc) + log["before_decree"].map({True: " ◊", False: ""})
    roles = glosses(loc, log["role_en"], log["role_as_printed"])
    person = [
        loc("meetings-table3-person", name_kk=n_kk, name_latin=n_latin, role=role)
        for n_kk, n_latin, role in zip(log["name_kk"], log["name_latin"], roles, strict=True)
    ]
    df = pd.DataFrame(
        {
            loc("meetings-table3-date"): date,
            loc("meetings-table3-person-header"): person,
            loc("meetings-table3-topics"): glosses(loc, log["topic_en"], log["topic_kk"]),
            loc("meetings-table3-domains"): log["Domains"],
        }
    )
    gt = base_table(df, source=loc("meetings-table3-source"))
    return grey_rows(gt, log["before_decree"])


# ----------------------------------------------------------------------------- sessions


def _short_date(loc: Catalog, day: pd.Timestamp) -> str:
    return loc(
        "meetings-sessions-date",
        day=str(day.day),
        month=loc.month(day.month),
        month_abbr=loc.month(day.month, width="abbreviated"),
        year=str(day.year),
    )


def _day_range(first: pd.Series, last: pd.Series, lang: str = "en") -> pd.Series:
    """'16–17 Jun 2023' from two dates (the first may be missing: '16 Jun 2022'), in the
    edition's words (``meetings-sessions-date`` / ``-days`` / ``-span``; Kazakh '2023 жылғы
    16–17 маусым')."""
    loc = catalog(lang)

    def one(a: object, b: pd.Timestamp) -> str:
        if pd.isna(a):
            return _short_date(loc, b)
        if a.month == b.month and a.year == b.year:
            return loc(
                "meetings-sessions-days",
                start_day=str(a.day),
                day=str(b.day),
                month=loc.month(b.month),
                month_abbr=loc.month(b.month, width="abbreviated"),
                year=str(b.year),
            )
        return loc("meetings-sessions-span", start=_short_date(loc, a), end=_short_date(loc, b))

    return pd.Series([one(a, b) for a, b in zip(first, last, strict=True)], index=last.index)


def place_name(loc: Catalog, place: str) -> str:
    """A session's place (``sessions.place`` without its bracket) in the edition's words
    (``meetings-place-<place>``)."""
    return keyed(loc, "meetings-place-", place, text=place)


def sessions_table(sessions: pd.DataFrame, lang: str = "en") -> GT:
    """Sessions I-V from public sources, narrowed to fit the book's column: dates, place,
    theme (English and Kazakh; Kazakh alone in the Kazakh edition), and the speakers and
    proposals as the sources word them (processed ``sessions``; outcomes, sources and
    confidence are in the table's CSV). Raises ``KeyError`` for a
    place or a count with no message (``meetings-place-…``, ``meetings-source-count-…``)."""
    loc = catalog(lang)

    def local(text: str) -> str:
        return keyed(loc, "meetings-source-count-", text, text=text)

    def counts(r: pd.Series) -> str:
        parts = []
        if isinstance(r["sections"], int | float) and pd.notna(r["sections"]):
            parts.append(loc("meetings-sessions-sections", n=str(int(r["sections"]))))
        if isinstance(r["members_spoke_in_sections"], str):
            parts.append(
                loc("meetings-sessions-spoke", count=local(r["members_spoke_in_sections"]))
            )
        if isinstance(r["proposals"], str):
            parts.append(local(r["proposals"]))
        return "; ".join(parts) or "—"

    place = sessions["place"].str.replace(r" \(.*\)$", "", regex=True)
    df = pd.DataFrame(
        {
            loc("meetings-sessions-session"): sessions["session"],
            loc("meetings-sessions-days-header"): _day_range(
                sessions["sections_date"], sessions["plenary_date"], lang
            ),
            loc("meetings-sessions-place"): place.map(lambda p: place_name(loc, p)),
            loc("meetings-sessions-theme"): glosses(
                loc, sessions["theme_en"], sessions["theme_kk"]
            ),
            loc("meetings-sessions-counts"): sessions.apply(counts, axis=1),
        }
    )
    return base_table(df, source=loc("meetings-sessions-source"))


# ----------------------------------------------------------------------------- intervals


def _interval_name(label: str, loc: Catalog) -> str:
    """'I-II' -> 'Between sessions I-II'; 'before I' / 'after V' -> 'Before session I' /
    'After session V' (in the catalog's words; Kazakh writes the range with an en dash)."""
    if label.startswith("before "):
        return loc("meetings-intervals-before", session=label.split()[-1])
    if label.startswith("after "):
        return loc("meetings-intervals-after", session=label.split()[-1])
    first, second = label.split("-")
    return loc("meetings-intervals-between", first=first, second=second)


def intervals_table(
    session_intervals: pd.DataFrame,
    meetings_by_year: pd.DataFrame,
    meetings_log: pd.DataFrame | None = None,
    lang: str = "en",
) -> GT:
    """Meetings of Table 3 between consecutive plenary days, with the yearly counts below.

    Parameters
    ----------
    session_intervals:
        Processed ``session_intervals``.
    meetings_by_year:
        Processed ``meetings_by_year``.
    meetings_log:
        Processed ``meetings_log`` (``meeting_id``, ``meeting_date``): each interval's
        meetings are shown by their dates, not by the data's meeting ids; without it the
        column is left out.
    lang:
        The edition: words from its catalog (``meetings-intervals-…``), rates with the
        language's decimal mark.
    """
    loc = catalog(lang)
    iv = session_intervals

    def with_ci(rate: str, low: str, high: str) -> pd.Series:
        return iv.apply(
            lambda r: (
                "—"
                if pd.isna(r[rate])
                else loc(
                    "value-with-ci",
                    value=loc.decimal(r[rate], 1),
                    low=loc.decimal(r[low], 1),
                    high=loc.decimal(r[high], 1),
                )
            ),
            axis=1,
        )

    def dates(start: pd.Series, end: pd.Series) -> list[str]:
        # An open range reads "until …" / "after …", not a dash on its own.
        return [
            loc("meetings-intervals-until", end=b)
            if a == "—"
            else loc("meetings-intervals-from", start=a)
            if b == "—"
            else loc("meetings-intervals-dates", start=a, end=b)
            for a, b in zip(start, end, strict=True)
        ]

    day_of = (
        {}
        if meetings_log is None
        else meetings_log.drop_duplicates("meeting_id").set_index("meeting_id")["meeting_date"]
    )

    def meeting_days(ids_text: object) -> str:
        if not isinstance(ids_text, str) or not ids_text:
            return "—"
        return ", ".join(table_date(day_of[i], loc.lang) for i in ids_text.split(";"))

    period, dates_h, days = (
        loc("meetings-intervals-period"),
        loc("meetings-intervals-dates-header"),
        loc("meetings-intervals-days"),
    )
    meetings, people = loc("meetings-intervals-meetings"), loc("meetings-intervals-people")
    rate_h, rate_last_h = loc("meetings-intervals-rate"), loc("meetings-intervals-rate-last")
    ids = loc("meetings-intervals-ids")
    rate = with_ci("meetings_per_year", "rate_low", "rate_high")
    rate_last = with_ci("rate_to_last", "rate_to_last_low", "rate_to_last_high")
    a = pd.DataFrame(
        {
            period: iv["interval_label"].map(lambda lab: _interval_name(lab, loc)),
            dates_h: dates(_shown(iv["start_date"], loc), _shown(iv["end_date"], loc)),
            days: iv["days"].astype("string").fillna("—"),
            meetings: iv["meetings"].astype(str) + iv["table3_covers"].map({True: "", False: " †"}),
            people: iv["person_meetings"].astype(str),
            rate_h: rate,
            rate_last_h: rate_last,
            ids: iv["meeting_ids"].map(meeting_days) if meetings_log is not None else "—",
        }
    )
    y = meetings_by_year
    b = pd.DataFrame(
        {
            period: y["year"].map(lambda v: loc("meetings-intervals-year", year=str(v))),
            dates_h: dates(
                _shown(y["year"].astype(str) + "-01-01", loc),
                _shown(y["year"].astype(str) + "-12-31", loc),
            ),
            days: "—",
            meetings: y["meetings"].astype(str),
            people: y["person_meetings"].astype(str),
            rate_h: "—",
            rate_last_h: "—",
            ids: y["meetings_before_decree"].map(
                lambda n: loc("meetings-intervals-before-decree", n=str(n)) if n else "—"
            ),
        }
    )
    df = pd.concat([a, b], ignore_index=True)
    if meetings_log is None:
        df = df.drop(columns=ids)
    return base_table(df, source=loc("meetings-intervals-source"))


# ----------------------------------------------------------------------------- codebook


def topic_codebook_table(topic_domains: pd.DataFrame, lang: str = "en") -> GT:
    """The topic codebook: each domain with its Kazakh label, definition, rules and counts
    (processed ``topic_domains``). The catalog words each cell: in English the domain with
    its Kazakh label, the codebook's definition; in Kazakh the Kazakh label and the
    definition translated (``meetings-definition-<domain>``); in both the domain's coding
    rule in plain words (``meetings-rule-<domain>``). The regular expressions themselves are
    in the Reproducing appendix (its list of raw files), not in the chapter.
    Raises ``KeyError`` for a domain with no definition or rule message."""
    loc = catalog(lang)
    t = topic_domains
    df = pd.DataFrame(
        {
            loc("meetings-codebook-domain"): glosses(loc, t["label_en"], t["label_kk"]),
            loc("meetings-codebook-definition"): [
                keyed(loc, "meetings-definition-", d, text=text)
                for d, text in zip(t["domain_id"], t["definition"], strict=True)
            ],
            loc("meetings-codebook-rules"): [
                keyed(loc, "meetings-rule-", d) for d in t["domain_id"]
            ],
            loc("meetings-codebook-meetings"): t["meetings"],
            loc("meetings-codebook-people"): t["person_meetings"],
        }
    )
    return base_table(df, source=loc("meetings-codebook-source"))


# ----------------------------------------------------------------------------- repeat visits


def check_word(loc: Catalog, check: str) -> str:
    """A repeat visitor's check against the prose (``repeat_visitors.check``) in the
    edition's words (``meetings-check-<check>``)."""
    return keyed(loc, "meetings-check-", check)


def repeat_visitors_table(repeat_visitors: pd.DataFrame, lang: str = "en") -> GT:
    """People received more than once: Table 3 against the prose of lines 622-627
    (processed ``repeat_visitors``), the names, checks and line ranges in the edition's
    words."""
    loc = catalog(lang)
    r = repeat_visitors
    and_ = f" {loc('list-and')} "

    def text_says(row: pd.Series) -> str:
        if isinstance(row["years_in_text"], str):
            years = and_.join(row["years_in_text"].split(";"))
            return loc("meetings-repeat-received-in", years=years)
        if pd.notna(row["times_in_text"]):
            return loc("meetings-repeat-received-times", times=str(int(row["times_in_text"])))
        return "—"

    cols = {
        loc("meetings-repeat-person-header"): [
            loc("meetings-repeat-person", name_kk=kk, name_latin=latin)
            for kk, latin in zip(r["name_kk"], r["name_latin"], strict=True)
        ],
        loc("meetings-repeat-meetings"): r["meetings"],
        loc("meetings-repeat-dates"): r["meeting_dates"]
        .str.replace(";", ", ")
        .map(lambda t: dates_in_text(t, loc.lang)),
        loc("meetings-repeat-text-says"): r.apply(text_says, axis=1),
        loc("meetings-repeat-check"): r["check"].map(lambda c: check_word(loc, c)),
        loc("meetings-repeat-left-out"): r["years_left_out"].fillna("—").str.replace(";", ", "),
        loc("meetings-repeat-lines"): r["text_locator"].fillna("—").map(lambda t: ranges(loc, t)),
    }
    return base_table(pd.DataFrame(cols), source=loc("meetings-repeat-source"))


# ----------------------------------------------------------------------------- comparison


def body_comparison_table(body_comparison: pd.DataFrame, lang: str = "en") -> GT:
    """Context, not a like-for-like comparison: sessions and members met one to one, per year
    and as a share of the seats, for the National Council of Public Trust and the Kurultai
    (processed ``body_comparison``; the caveats are in the table's CSV and the note).
    The bodies' names come from the data field of the edition (``body_en`` / ``body_kk``),
    the periods and schedules from ``meetings-body-period-<row_id>`` /
    ``meetings-schedule-<schedule>``; raises ``KeyError`` for a row
    or schedule with no message."""
    loc = catalog(lang)
    c = body_comparison

    def num(v: object) -> str:
        return "—" if pd.isna(v) else loc.decimal(v, 1)

    def share(pct: object, seats: object, row_id: str) -> str:
        text = "—" if pd.isna(pct) else loc.pct(pct, 0)
        if pd.isna(seats):
            return text
        # The Council's size is exact (decree No. 63); the Kurultai's seats ever filled are
        # an estimate.
        key = "meetings-body-share-exact" if row_id == "ncpt" else "meetings-body-share"
        return loc(key, share=text, seats=str(int(seats)))

    schedule = c["schedule_en"].str.replace(r" \(seed .*\)$", "", regex=True)
    seats = int(c.loc[c["row_id"] == "kurultai", "members"].iloc[0])
    body = c[f"body_{data_field(lang)}"]
    period = [
        keyed(loc, "meetings-period-", row_id, text=text)
        for row_id, text in zip(c["row_id"], c["period_en"], strict=True)
    ]
    df = pd.DataFrame(
        {
            loc("meetings-body-header"): [
                loc("meetings-body-period", body=b, period=p, years=num(y))
                for b, p, y in zip(body, period, c["years"], strict=True)
            ],
            loc("meetings-body-schedule"): schedule.map(
                lambda s: keyed(loc, "meetings-schedule-", s, text=s)
            ),
            loc("meetings-body-sessions"): c["sessions"].astype(str)
            + " ("
            + c["sessions_per_year"].map(num)
            + ")",
            loc("meetings-body-met"): c["people_met"].astype(str)
            + " ("
            + c["people_met_per_year"].map(num)
            + ")",
            loc("meetings-body-share-header"): [
                share(p, m, r)
                for p, m, r in zip(
                    c["people_met_pct_of_members"], c["members"], c["row_id"], strict=True
                )
            ],
        }
    )
    return base_table(df, source=loc("meetings-body-source", seats=str(seats)))


# ----------------------------------------------------------------------------- second coder


def coding_disagreements_table(
    coding_agreement: pd.DataFrame,
    topic_domains: pd.DataFrame,
    meetings_log: pd.DataFrame | None = None,
    lang: str = "en",
) -> GT:
    """The person-meetings where the rule coding and the independent second coder differ
    (primary domain or set of domains), with the second coder's note.

    Parameters
    ----------
    coding_agreement:
        Processed ``coding_agreement`` (one row per person-meeting).
    topic_domains:
        Processed ``topic_domains`` (domain_id, label_en, label_kk) for the domain names.
    meetings_log:
        Processed ``meetings_log`` (person_id and the names): needed when
        ``coding_agreement`` lacks the edition's name column (``name_kk``).
    lang:
        The edition. The coder wrote the notes in English; each differing entry's note is
        the message ``meetings-coder-note-<date>-<person_id>`` (the English one places the
        coder's text), and a differing entry with no message raises
        ``KeyError``.
    """
    loc = catalog(lang)
    labels = topic_domains.set_index("domain_id")[f"label_{data_field(lang)}"]
    a = coding_agreement[~(coding_agreement["primary_agree"] & coding_agreement["domains_agree"])]

    def names(ids: str, primary: str) -> str:
        # The primary domain first, marked; then the others in codebook order.
        rest = [labels[d] for d in ids.split(";") if d != primary]
        return "; ".join([loc("meetings-coding-primary", label=labels[primary]), *rest])

    dates = a["meeting_date"].dt.strftime("%Y-%m-%d")
    name = name_column(lang)
    if name in a.columns:
        person = a[name]
    elif meetings_log is None:
        raise ValueError(f"coding_disagreements_table(lang={lang!r}) needs meetings_log")
    else:
        person = a["person_id"].map(
            meetings_log.drop_duplicates("person_id").set_index("person_id")[name]
        )
    note = [
        keyed(loc, "meetings-coder-note-", f"{d}-{p}", text=n if isinstance(n, str) else "—")
        for d, p, n in zip(dates, a["person_id"], a["coder_note"], strict=True)
    ]
    df = pd.DataFrame(
        {
            loc("meetings-coding-date"): [table_date(d, loc.lang) for d in dates],
            loc("meetings-coding-person"): person,
            loc("meetings-coding-rules"): [
                names(d, p) for d, p in zip(a["domains_rules"], a["primary_rules"], strict=True)
            ],
            loc("meetings-coding-second"): [
                names(d, p) for d, p in zip(a["domains_second"], a["primary_second"], strict=True)
            ],
            loc("meetings-coding-note"): note,
        }
    )
    return base_table(df, source=loc("meetings-coding-source"))


# ----------------------------------------------------------------------------- epilogue

#: Phrases of the epilogue's ``sources`` that an edition words in its own language,
#: keyed by the tail of their message id (``meetings-epilogue-source-<key>``); the values
#: are the data's text to find, not words the build writes.
SOURCE_PHRASES = {
    "cec": "Central Election Commission figures as reported by",
    "commission": "(Constitutional reform commission starts work)",
    "tass": "TASS",
}


def referendum_text(loc: Catalog, epilogue: pd.DataFrame) -> str:
    """The referendum's counts and printed shares in the edition's words
    (``meetings-epilogue-referendum``), from :func:`analysis.meetings.referendum_figures`."""
    v = referendum_figures(epilogue).set_index("measure")
    args = {m: loc.count(v.loc[m, "count"]) for m in ("eligible", "turnout", "yes", "no")}
    args["invalid"] = loc.count(v.loc["invalid", "count"])
    for m in ("turnout", "yes", "no"):
        args[f"{m}_pct"] = loc.pct(v.loc[m, "share_pct_reported"], 2)
    return loc("meetings-epilogue-referendum", **args)


def epilogue_table(epilogue_2026: pd.DataFrame, lang: str = "en") -> GT:
    """What followed the fifth session in 2026, with figures and sources (processed
    ``epilogue_2026``). Events and figures are the messages ``meetings-epilogue-event-<date>``
    and ``meetings-epilogue-figure-<date>`` (the English ones place the data's text; the
    Kazakh referendum figures are computed from the data, :func:`referendum_text`);
    raises ``KeyError`` for a date with no message."""
    loc = catalog(lang)
    e = epilogue_2026
    dates = _date(e["date"])
    referendum = referendum_text(loc, e)
    sources = e["sources"].map(outlets)
    for key, phrase in SOURCE_PHRASES.items():
        sources = sources.str.replace(
            phrase, loc("meetings-epilogue-source-" + key, text=phrase), regex=False
        )
    df = pd.DataFrame(
        {
            loc("meetings-epilogue-date"): _shown(e["date"], loc),
            loc("meetings-epilogue-event"): [
                keyed(loc, "meetings-epilogue-event-", d, text=text)
                for d, text in zip(dates, e["event"], strict=True)
            ],
            loc("meetings-epilogue-figures"): [
                keyed(
                    loc,
                    "meetings-epilogue-figure-",
                    d,
                    text=text if isinstance(text, str) else "—",
                    referendum=referendum,
                )
                for d, text in zip(dates, e["figure"], strict=True)
            ],
            loc("meetings-epilogue-sources"): [
                loc(
                    "meetings-epilogue-sources-cell",
                    sources=dates_in_text(s, loc.lang),
                    confidence=keyed(loc, "meetings-confidence-", c),
                )
                for s, c in zip(sources, e["confidence"], strict=True)
            ],
        }
    )
    return base_table(df, source=loc("meetings-epilogue-note"))
