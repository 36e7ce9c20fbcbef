"""Charts of the communication role: meetings against sessions, topics, repeat visits."""

from __future__ import annotations

import altair as alt
import pandas as pd

from analysis.figures.common import EVENT_COLOURS, MIN_FONT_SIZE, source_note
from analysis.meetings import DECREE_DATE

TABLE3_NOTE = "Meetings: article Table 3, seed lines 465-611 (data/raw/article/meetings.csv)."
#: Font size of the charts' text marks (names, counts, session labels), px: the book's
#: smallest readable size, so that no text is drawn under 11 px in the 678 px column.
MARK_FONT = MIN_FONT_SIZE
#: How the prose after Table 3 (lines 622-627) treats a meeting of a repeat visitor.
TEXT_STATUS_COLOURS = {
    "year named in the text": "#0072B2",
    "counted in the text, year not given": "#56B4E9",
    "left out of the text": "#D55E00",
}


def meetings_timeline(meetings_log: pd.DataFrame, sessions: pd.DataFrame) -> alt.LayerChart:
    """Timeline of the President's one-to-one meetings (Table 3) against sessions I-V.

    Parameters
    ----------
    meetings_log:
        Processed ``meetings_log`` (meeting_id, meeting_date, name_latin, person_order,
        before_decree).
    sessions:
        Processed ``sessions`` (session, plenary_date).

    One dot per dated meeting (one row each, in date order, labelled with the people met);
    vertical rules for the plenary day of each session and for the decree of 14 June 2022.
    Meetings before the decree are drawn hollow and labelled on their left, so that no label
    crosses the decree's rule. The whole SVG stays within the book's 678 px column, with
    every text at 12 px or more.
    """
    people = (
        meetings_log.sort_values(["meeting_date", "person_order"])
        .groupby(["meeting_id", "meeting_date", "before_decree"], as_index=False)["name_latin"]
        .agg(", ".join)
    )
    people["row"] = range(len(people))
    events = pd.concat(
        [
            sessions.assign(
                label=lambda d: "Session " + d["session"],
                kind="session",
                date=lambda d: d["plenary_date"],
            )[["date", "label", "kind"]],
            pd.DataFrame(
                {"date": [DECREE_DATE], "label": ["Decree of 14 June 2022"], "kind": ["decree"]}
            ),
        ],
        ignore_index=True,
    )
    x = alt.X(
        "meeting_date:T",
        title="Date of meeting",
        axis=alt.Axis(format="%Y", tickCount="year"),
        scale=alt.Scale(domain=["2021-12-01", "2026-02-15"]),
    )
    rules = (
        alt.Chart(events)
        .mark_rule(strokeWidth=1.5)
        .encode(
            x=alt.X("date:T"),
            color=alt.Color(
                "kind:N",
                title=None,
                scale=alt.Scale(
                    domain=["session", "decree"],
                    range=[EVENT_COLOURS["session"], EVENT_COLOURS["decree"]],
                ),
            ),
            strokeDash=alt.condition(
                "datum.kind === 'decree'", alt.value([4, 3]), alt.value([1, 0])
            ),
        )
    )
    # Session labels above the plot; the decree (two days before session I) inside it, in
    # the empty bottom-left corner.
    session_text = (
        alt.Chart(events)
        .mark_text(angle=270, align="left", dx=4, dy=-4, fontSize=MARK_FONT)
        .transform_filter("datum.kind !== 'decree'")
        .encode(x="date:T", y=alt.value(-2), text="label:N")
    )
    decree_text = (
        alt.Chart(events)
        .mark_text(align="left", dx=8, fontSize=MARK_FONT, fontStyle="italic")
        .transform_filter("datum.kind === 'decree'")
        .encode(x="date:T", y=alt.value(18 * len(people) - 9), text="label:N")
    )
    base = alt.Chart(people).encode(
        x=x,
        y=alt.Y("row:O", axis=None),
        tooltip=[alt.Tooltip("meeting_date:T", format="%d %b %Y"), "name_latin"],
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
    return alt.layer(
        rules,
        session_text,
        decree_text,
        dots,
        after.encode(text="name_latin:N"),
        before.encode(text="name_latin:N"),
    ).properties(
        width=480,
        height=18 * len(people),
        title=source_note(
            [
                TABLE3_NOTE,
                "Sessions: public sources (data/raw/public/sessions.csv).",
                "Hollow dots: meetings before the decree.",
            ]
        ),
    )


def meetings_by_domain(topic_domains: pd.DataFrame) -> alt.LayerChart:
    """Horizontal bars: dated meetings per policy domain (topic coding of Table 3).

    Parameters
    ----------
    topic_domains:
        Processed ``topic_domains`` (label_en, label_kk, meetings, person_meetings).

    A meeting can fall in several domains, so the bars add up to more than the 20 meetings.
    Bars are sorted by count; each is labelled with its count. The whole SVG stays within
    the book's 678 px column, with every text at 12 px or more.
    """
    df = topic_domains.assign(label=lambda d: d["label_en"] + "|" + d["label_kk"])
    base = alt.Chart(df).encode(
        y=alt.Y(
            "label:N",
            sort="-x",
            title=None,
            # English on the first line, the Kazakh label under it.
            axis=alt.Axis(labelLimit=400, labelExpr="split(datum.label, '|')"),
        ),
        x=alt.X(
            "meetings:Q",
            title="Dated meetings (one meeting may fall in several domains)",
            axis=alt.Axis(tickMinStep=1, format="d"),
        ),
        tooltip=["label_en", "label_kk", "meetings", "person_meetings"],
    )
    bars = base.mark_bar(color=EVENT_COLOURS["meeting"])
    text = base.mark_text(align="left", dx=4, fontSize=MARK_FONT, color="#222").encode(
        text="meetings:Q"
    )
    return alt.layer(bars, text).properties(
        width=300,
        height=36 * len(df),
        title=source_note(
            [
                TABLE3_NOTE,
                "Domains: the rules of data/raw/coding/topic_rules.csv,",
                "applied to our English paraphrase of each meeting's topics.",
            ]
        ),
    )


def repeat_visits(repeat_visitors: pd.DataFrame, sessions: pd.DataFrame) -> alt.LayerChart:
    """Dot plot: each meeting of the people received more than once, coloured by how the
    article's prose (lines 622-627) treats it.

    Parameters
    ----------
    repeat_visitors:
        Processed ``repeat_visitors`` (name_latin, meeting_dates, years_in_text,
        times_in_text, check).
    sessions:
        Processed ``sessions`` (session, plenary_date), drawn as light rules.

    A meeting is "year named in the text" when the prose names its year, "counted in the
    text, year not given" when the prose gives only a number of times (Kurishbaev), and
    "left out of the text" otherwise. The whole SVG stays within the book's 678 px column,
    with every text at 12 px or more.
    """
    rows = []
    for r in repeat_visitors.itertuples():
        named = r.years_in_text.split(";") if isinstance(r.years_in_text, str) else []
        person = f"{r.name_latin} ({r.check})"
        for d in r.meeting_dates.split(";"):
            if d[:4] in named:
                status = "year named in the text"
            elif pd.notna(r.times_in_text):
                status = "counted in the text, year not given"
            else:
                status = "left out of the text"
            rows.append((person, pd.Timestamp(d), status))
    df = pd.DataFrame(rows, columns=["person", "meeting_date", "status"])
    order = list(dict.fromkeys(df["person"]))
    x = alt.X(
        "meeting_date:T",
        title="Date of meeting",
        axis=alt.Axis(format="%Y", tickCount="year"),
        scale=alt.Scale(domain=["2022-01-01", "2025-07-01"]),
    )
    rules = (
        alt.Chart(sessions[sessions["plenary_date"] <= "2025-07-01"])
        .mark_rule(color=EVENT_COLOURS["session"], opacity=0.5)
        .encode(x=alt.X("plenary_date:T"))
    )
    rule_text = (
        alt.Chart(sessions[sessions["plenary_date"] <= "2025-07-01"])
        .mark_text(align="left", dx=3, dy=-6, fontSize=MARK_FONT, color=EVENT_COLOURS["session"])
        .encode(x="plenary_date:T", y=alt.value(0), text="session:N")
    )
    dots = (
        alt.Chart(df)
        .mark_circle(size=140, opacity=1)
        .encode(
            x=x,
            y=alt.Y("person:N", sort=order, title=None, axis=alt.Axis(labelLimit=220)),
            color=alt.Color(
                "status:N",
                title="In the article's prose",
                scale=alt.Scale(
                    domain=list(TEXT_STATUS_COLOURS), range=list(TEXT_STATUS_COLOURS.values())
                ),
                legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=400),
            ),
            tooltip=[alt.Tooltip("meeting_date:T", format="%d %b %Y"), "person", "status"],
        )
    )
    return alt.layer(rules, rule_text, dots).properties(
        width=400,
        height=45 * len(order),
        title=source_note(
            [
                TABLE3_NOTE,
                "Prose: seed lines 622-627 (data/raw/article/repeat_visit_claims.csv).",
                "Vertical lines: plenary days of sessions I-IV (public sources).",
            ]
        ),
    )
