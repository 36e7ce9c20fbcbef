"""Charts of the communication role: meetings against sessions."""

from __future__ import annotations

import altair as alt
import pandas as pd

from analysis.figures.common import EVENT_COLOURS, WIDTH, source_note
from analysis.meetings import DECREE_DATE


def meetings_timeline(meetings_log: pd.DataFrame, sessions: pd.DataFrame) -> alt.LayerChart:
    """Timeline of the President's one-to-one meetings (Table 3) against sessions I-V.

    Parameters
    ----------
    meetings_log:
        Processed ``meetings_log`` (meeting_id, meeting_date, name_latin, person_order).
    sessions:
        Processed ``sessions`` (session, plenary_date).

    One dot per dated meeting, labelled with the people met; vertical rules for the plenary
    day of each session and for the decree of 14 June 2022.
    """
    people = (
        meetings_log.sort_values(["meeting_date", "person_order"])
        .groupby(["meeting_id", "meeting_date"], as_index=False)["name_latin"]
        .agg(", ".join)
    )
    people["year"] = people["meeting_date"].dt.year.astype(str)
    # One row per meeting, in date order, so that no two labels overlap.
    people["row"] = range(len(people))
    events = pd.concat(
        [
            sessions.assign(
                label=lambda d: "Session " + d["session"],
                kind="session",
                date=lambda d: d["plenary_date"],
            )[["date", "label", "kind"]],
            pd.DataFrame(
                {"date": [DECREE_DATE], "label": ["Decree 14 Jun 2022"], "kind": ["decree"]}
            ),
        ],
        ignore_index=True,
    )
    x = alt.X(
        "meeting_date:T",
        title="Date",
        axis=alt.Axis(format="%Y", tickCount="year"),
        scale=alt.Scale(domain=["2022-03-01", "2026-03-01"]),
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
    # Session labels above the plot; the decree (two days before session I) below it.
    text = alt.Chart(events).mark_text(angle=270, align="left", dx=4, dy=-4, fontSize=10)
    rule_text = alt.layer(
        text.transform_filter("datum.kind !== 'decree'").encode(
            x="date:T", y=alt.value(-2), text="label:N"
        ),
        text.transform_filter("datum.kind === 'decree'").encode(
            x="date:T", y=alt.value(16 * len(people) + 70), text="label:N"
        ),
    )
    dots = (
        alt.Chart(people)
        .mark_circle(size=80, color=EVENT_COLOURS["meeting"], opacity=1)
        .encode(
            x=x,
            y=alt.Y("row:O", axis=None),
            tooltip=[alt.Tooltip("meeting_date:T", format="%d %b %Y"), "name_latin"],
        )
    )
    labels = dots.mark_text(align="left", dx=6, fontSize=9, color="#222").encode(
        text="name_latin:N"
    )
    return alt.layer(rules, rule_text, dots, labels).properties(
        width=WIDTH + 120,
        height=16 * len(people),
        title=source_note(
            "Meetings: article Table 3, seed lines 465-611 (data/raw/article/"
            "meetings.csv); sessions: public sources (data/raw/public/"
            "sessions.csv)."
        ),
    )
