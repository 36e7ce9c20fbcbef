"""Charts of the communication role: meetings against sessions, topics, repeat visits.

Every chart takes ``lang`` and draws the words of that edition's catalog
(``locales/<lang>/meetings.ftl``, ``meetings-fig-…``); names and domain labels come from
the edition's data field (:func:`analysis.i18n.data_field`).
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from analysis.figures.common import EVENT_COLOURS, MIN_FONT_SIZE, source_note
from analysis.figures.live import axis_title, narrow_param, split_label_expr
from analysis.i18n import LANGUAGES, catalog, data_field
from analysis.meetings import DECREE_DATE
from analysis.tables.meetings import ARTICLE_FIELD, check_word, name_column

#: Font size of the charts' text marks (names, counts, session labels), px: the book's
#: smallest readable size, so that no text is drawn under 11 px in the 678 px column.
MARK_FONT = MIN_FONT_SIZE
#: Characters per line of a bar or row label on a phone (the live chart's ``narrow``).
NARROW_CHARS = 20
#: How the prose after Table 3 (lines 622-627) treats a meeting of a repeat visitor: the
#: status ids (words: ``meetings-fig-status-<id>``) and their colours.
TEXT_STATUS_COLOURS = {
    "named": "#0072B2",
    "counted": "#56B4E9",
    "left-out": "#D55E00",
}
#: The languages of the data's columns that carry no suffix (the codebook's ``definition``
#: and ``rules`` are English): a chart keeps only the columns of its edition's data field
#: and of the article's language.
UNSUFFIXED_FIELDS = {"definition": "en", "rules": "en"}


def _column_field(column: str) -> str | None:
    """The data field (language) of a column: ``label_kk`` -> ``kk``; ``None`` for a
    language-neutral one (``meetings``)."""
    if column in UNSUFFIXED_FIELDS:
        return UNSUFFIXED_FIELDS[column]
    tail = column.rsplit("_", 1)[-1]
    return tail if column != tail and tail in LANGUAGES else None


def _table3_note(loc, *lines: str) -> alt.TitleParams:
    """The note under a chart of Table 3: the article's table as its source
    (``meetings-fig-table3-note``), then a line per further message id in ``lines``."""
    return source_note([loc("meetings-fig-table3-note"), *(loc(line) for line in lines)])


def meetings_timeline(
    meetings_log: pd.DataFrame, sessions: pd.DataFrame, lang: str = "en"
) -> alt.LayerChart:
    """Timeline of the President's one-to-one meetings (Table 3) against sessions I-V.

    Parameters
    ----------
    meetings_log:
        Processed ``meetings_log`` (meeting_id, meeting_date, person_order, before_decree
        and the names: name_latin, name_kk).
    sessions:
        Processed ``sessions`` (session, plenary_date).
    lang:
        The edition: every word drawn comes from its catalog (``meetings-fig-…``); the dots
        are labelled with the names of its data field (Latin, or the article's Cyrillic).

    One dot per dated meeting (one row each, in date order, labelled with the people met);
    vertical rules for the plenary day of each session and for the decree of 14 June 2022.
    Meetings before the decree are drawn hollow and labelled on their left, so that no label
    crosses the decree's rule. The whole SVG stays within the book's 678 px column, with
    every text at 12 px or more.
    """
    loc, name = catalog(lang), name_column(lang)
    # The legend names the rules' kinds in the chart's language, drawn from a column of
    # words (not codes relabelled by a labelExpr: Vega names a legend to a screen reader by
    # its domain).
    kinds = {
        "session": loc("meetings-fig-legend-session"),
        "decree": loc("meetings-fig-legend-decree"),
    }
    people = (
        meetings_log.sort_values(["meeting_date", "person_order"])
        .groupby(["meeting_id", "meeting_date", "before_decree"], as_index=False)[name]
        .agg(", ".join)
    )
    people["row"] = range(len(people))
    people["date_text"] = people["meeting_date"].map(loc.date)
    events = pd.concat(
        [
            sessions.assign(
                label=lambda d: d["session"].map(lambda x: loc("meetings-fig-session", session=x)),
                kind="session",
                date=lambda d: d["plenary_date"],
            )[["date", "label", "kind"]],
            pd.DataFrame(
                {"date": [DECREE_DATE], "label": [loc("meetings-fig-decree")], "kind": ["decree"]}
            ),
        ],
        ignore_index=True,
    )
    events["date_text"] = events["date"].map(loc.date)
    events["kind_text"] = events["kind"].map(kinds)
    event_tip = [
        alt.Tooltip("label:N", title=loc("meetings-fig-tip-event")),
        alt.Tooltip("date_text:N", title=loc("meetings-fig-tip-date")),
    ]
    x = alt.X(
        "meeting_date:T",
        title=loc("meetings-fig-date"),
        axis=alt.Axis(format="%Y", tickCount="year"),
        scale=alt.Scale(domain=["2021-12-01", "2026-02-15"]),
    )
    rules = (
        alt.Chart(events)
        .mark_rule(strokeWidth=1.5)
        .encode(
            x=alt.X("date:T"),
            color=alt.Color(
                "kind_text:N",
                title=None,
                scale=alt.Scale(
                    domain=[kinds["session"], kinds["decree"]],
                    range=[EVENT_COLOURS["session"], EVENT_COLOURS["decree"]],
                ),
            ),
            strokeDash=alt.condition(
                "datum.kind === 'decree'", alt.value([4, 3]), alt.value([1, 0])
            ),
            tooltip=event_tip,
        )
    )
    # Session labels above the plot; the decree (two days before session I) inside it, in
    # the empty bottom-left corner.
    session_text = (
        alt.Chart(events)
        .mark_text(angle=270, align="left", dx=4, dy=-4, fontSize=MARK_FONT)
        .transform_filter("datum.kind !== 'decree'")
        .encode(x="date:T", y=alt.value(-2), text="label:N", tooltip=event_tip)
    )
    decree_text = (
        alt.Chart(events)
        .mark_text(align="left", dx=8, fontSize=MARK_FONT, fontStyle="italic")
        .transform_filter("datum.kind === 'decree'")
        .encode(x="date:T", y=alt.value(18 * len(people) - 9), text="label:N", tooltip=event_tip)
    )
    base = alt.Chart(people).encode(
        x=x,
        y=alt.Y("row:O", axis=None),
        tooltip=[
            alt.Tooltip("date_text:N", title=loc("meetings-fig-tip-date")),
            alt.Tooltip(f"{name}:N", title=loc("meetings-fig-tip-people")),
        ],
    )
    dots = base.mark_point(size=80, color=EVENT_COLOURS["meeting"], opacity=1).encode(
        fill=alt.condition("datum.before_decree", alt.value("white"), alt.value("#E69F00")),
        strokeWidth=alt.value(2),
    )
    after = base.transform_filter("!datum.before_decree").mark_text(
        align="left", dx=7, fontSize=MARK_FONT, color="#222"
    )
    before = base.transform_filter("datum.before_decree").mark_text(
        align="right", dx=-7, fontSize=MARK_FONT, color="#222"
    )
    # Labels cross the session lines: each is drawn twice, first as a white outline (a
    # halo) that clears the line behind its letters, then in ink.
    halo = {"stroke": "white", "strokeWidth": 4, "strokeJoin": "round"}
    return (
        alt.layer(
            rules,
            session_text,
            # On a phone the decree's label would meet the last meeting's: the rule, its legend
            # entry and its tooltip name it there.
            decree_text.mark_text(
                align="left",
                dx=8,
                fontSize=MARK_FONT,
                fontStyle="italic",
                opacity=alt.ExprRef("narrow ? 0 : 1"),
                **halo,
            ),
            decree_text.mark_text(
                align="left",
                dx=8,
                fontSize=MARK_FONT,
                fontStyle="italic",
                opacity=alt.ExprRef("narrow ? 0 : 1"),
            ),
            dots,
            after.mark_text(align="left", dx=7, fontSize=MARK_FONT, **halo).encode(
                text=f"{name}:N"
            ),
            after.encode(text=f"{name}:N"),
            before.encode(text=f"{name}:N"),
        )
        .add_params(narrow_param())
        .properties(
            width=480,
            height=18 * len(people),
            title=_table3_note(loc, "meetings-fig-sessions-note", "meetings-fig-hollow-note"),
        )
    )


def meetings_by_domain(topic_domains: pd.DataFrame, lang: str = "en") -> alt.LayerChart:
    """Horizontal bars: dated meetings per policy domain (topic coding of Table 3).

    Parameters
    ----------
    topic_domains:
        Processed ``topic_domains`` (label_en, label_kk, meetings, person_meetings).
    lang:
        The edition: each bar is labelled as its catalog's ``meetings-fig-domain-label``
        says (English: the English label with the Kazakh under it; Kazakh: the Kazakh label
        alone), every other word from the catalog. The chart's data keep the columns of the
        edition's data field and of the article's language (Kazakh): the Kazakh chart
        carries no English column.

    A meeting can fall in several domains, so the bars add up to more than the 20 meetings.
    Bars are sorted by count; each is labelled with its count. The whole SVG stays within
    the book's 678 px column, with every text at 12 px or more.
    """
    loc = catalog(lang)
    own, original = f"label_{data_field(lang)}", f"label_{ARTICLE_FIELD}"
    fields = {data_field(lang), ARTICLE_FIELD}
    other = [c for c in topic_domains.columns if _column_field(c) not in fields | {None}]
    df = topic_domains.drop(columns=other)
    df = df.assign(
        label=[
            loc("meetings-fig-domain-label", label=a, original=b)
            for a, b in zip(df[own], df[original], strict=True)
        ]
    )
    df = df.assign(
        tip_meetings=df["meetings"].map(loc.count),
        tip_person_meetings=df["person_meetings"].map(loc.count),
    )
    tip = [
        alt.Tooltip(f"{own}:N", title=loc("meetings-fig-tip-domain")),
        *(
            [alt.Tooltip(f"{original}:N", title=loc("meetings-fig-tip-original"))]
            if original != own
            else []
        ),
        alt.Tooltip("tip_meetings:N", title=loc("meetings-fig-tip-meetings")),
        alt.Tooltip("tip_person_meetings:N", title=loc("meetings-fig-tip-person-meetings")),
    ]
    base = alt.Chart(df).encode(
        y=alt.Y(
            "label:N",
            sort="-x",
            title=None,
            # English on the first line, the Kazakh label under it.
            # No label is cut short (0: no limit); on a phone long ones break into lines.
            axis=alt.Axis(
                labelLimit=0, labelExpr=split_label_expr(df["label"].tolist(), NARROW_CHARS)
            ),
        ),
        x=alt.X(
            "meetings:Q",
            title=axis_title(loc("meetings-fig-domain-title")),
            axis=alt.Axis(tickMinStep=1, format="d"),
        ),
        tooltip=tip,
    )
    bars = base.mark_bar(color=EVENT_COLOURS["meeting"])
    text = base.mark_text(align="left", dx=4, fontSize=MARK_FONT, color="#222").encode(
        text="meetings:Q"
    )
    return (
        alt.layer(bars, text)
        .add_params(narrow_param())
        .properties(
            width=300,
            height=36 * len(df),
            title=_table3_note(loc, "meetings-fig-domain-note-1", "meetings-fig-domain-note-2"),
        )
    )


def repeat_visits(
    repeat_visitors: pd.DataFrame, sessions: pd.DataFrame, lang: str = "en"
) -> alt.LayerChart:
    """Dot plot: each meeting of the people received more than once, coloured by how the
    article's prose (lines 622-627) treats it.

    Parameters
    ----------
    repeat_visitors:
        Processed ``repeat_visitors`` (name_latin, meeting_dates, years_in_text,
        times_in_text, check).
    sessions:
        Processed ``sessions`` (session, plenary_date), drawn as light rules.
    lang:
        The edition: names of its data field (Latin or the article's Cyrillic); checks
        (``meetings-check-…``), statuses (``meetings-fig-status-…``) and notes from its
        catalog. A person's label may break into two lines where the catalog's
        ``meetings-fig-repeat-person`` puts a ``|`` (Kazakh: the check under the name).

    A meeting is "year named in the text" when the prose names its year, "counted in the
    text, year not given" when the prose gives only a number of times (Kurishbaev), and
    "left out of the text" otherwise. The whole SVG stays within the book's 678 px column,
    with every text at 12 px or more.
    """
    loc, name = catalog(lang), name_column(lang)
    status_words = {k: loc("meetings-fig-status-" + k) for k in TEXT_STATUS_COLOURS}
    rows = []
    for r in repeat_visitors.itertuples():
        named = r.years_in_text.split(";") if isinstance(r.years_in_text, str) else []
        person = loc(
            "meetings-fig-repeat-person", name=getattr(r, name), check=check_word(loc, r.check)
        )
        for d in r.meeting_dates.split(";"):
            if d[:4] in named:
                status = "named"
            elif pd.notna(r.times_in_text):
                status = "counted"
            else:
                status = "left-out"
            rows.append((person, pd.Timestamp(d), status_words[status]))
    df = pd.DataFrame(rows, columns=["person", "meeting_date", "status"])
    df["date_text"] = df["meeting_date"].map(loc.date)
    df["person_text"] = df["person"].str.replace("|", " ", regex=False)
    shown = sessions[sessions["plenary_date"] <= "2025-07-01"].assign(
        date_text=lambda d: d["plenary_date"].map(loc.date),
        label=lambda d: d["session"].map(lambda x: loc("meetings-fig-session", session=x)),
    )
    session_tip = [
        alt.Tooltip("label:N", title=loc("meetings-fig-tip-event")),
        alt.Tooltip("date_text:N", title=loc("meetings-fig-tip-date")),
    ]
    order = list(dict.fromkeys(df["person"]))
    # A label with a '|' is drawn on two lines (the axis splits it there).
    x = alt.X(
        "meeting_date:T",
        title=loc("meetings-fig-date"),
        axis=alt.Axis(format="%Y", tickCount="year"),
        scale=alt.Scale(domain=["2022-01-01", "2025-07-01"]),
    )
    rules = (
        alt.Chart(shown)
        .mark_rule(color=EVENT_COLOURS["session"], opacity=0.5)
        .encode(x=alt.X("plenary_date:T"), tooltip=session_tip)
    )
    rule_text = (
        alt.Chart(shown)
        .mark_text(align="left", dx=3, dy=-6, fontSize=MARK_FONT, color=EVENT_COLOURS["session"])
        .encode(x="plenary_date:T", y=alt.value(0), text="session:N", tooltip=session_tip)
    )
    dots = (
        alt.Chart(df)
        .mark_circle(size=140, opacity=1)
        .encode(
            x=x,
            y=alt.Y(
                "person:N",
                sort=order,
                title=None,
                axis=alt.Axis(labelLimit=0, labelExpr=split_label_expr(order, NARROW_CHARS - 8)),
            ),
            color=alt.Color(
                "status:N",
                title=loc("meetings-fig-status-title"),
                scale=alt.Scale(
                    domain=[status_words[k] for k in TEXT_STATUS_COLOURS],
                    range=list(TEXT_STATUS_COLOURS.values()),
                ),
                legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=0),
            ),
            tooltip=[
                alt.Tooltip("date_text:N", title=loc("meetings-fig-tip-date")),
                alt.Tooltip("person_text:N", title=loc("meetings-fig-tip-person")),
                alt.Tooltip("status:N", title=loc("meetings-fig-status-title")),
            ],
        )
    )
    return (
        alt.layer(rules, rule_text, dots)
        .add_params(narrow_param())
        .properties(
            width=400,
            height=64 * len(order),
            title=_table3_note(loc, "meetings-fig-prose-note", "meetings-fig-rules-note"),
        )
    )
