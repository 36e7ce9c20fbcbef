"""Charts of the composition chapter: the partial rebuild of the article's Figure 1."""

from __future__ import annotations

import altair as alt
import pandas as pd

from analysis.figures.common import CATEGORY_COLOURS, WIDTH, source_note

#: Bar kind -> (legend label, colour). Fields in the book's blue; the two gaps in greys, so
#: that the reader sees at once how much of the membership the bars cover.
KIND_STYLE = {
    "field": ("Known member, field coded", "#0072B2"),
    "field_unknown": ("Known member, field unknown", CATEGORY_COLOURS["neutral"]),
    "not_identified": ("Seat not identified", "#CFCFCF"),
}


def members_by_field(members_by_field: pd.DataFrame) -> alt.LayerChart:
    """Horizontal bars: known members per field, then 'field unknown' and 'not identified'.

    Parameters
    ----------
    members_by_field:
        Processed ``members_by_field`` (bar_order, label_en, bar_kind, persons,
        share_of_ever_appointed_pct); one row per bar, persons summing to 149.

    Counts are persons; the tooltip adds the share of the about 149 seats ever filled.
    """
    df = members_by_field.sort_values("bar_order").assign(
        kind_label=lambda d: d["bar_kind"].map({k: v[0] for k, v in KIND_STYLE.items()}),
    )
    order = df["label_en"].tolist()
    y = alt.Y("label_en:N", sort=order, title=None, axis=alt.Axis(labelLimit=260))
    bars = (
        alt.Chart(df)
        .mark_bar()
        .encode(
            x=alt.X("persons:Q", title="Persons (of about 149 seats ever filled)"),
            y=y,
            color=alt.Color(
                "kind_label:N",
                title=None,
                scale=alt.Scale(
                    domain=[v[0] for v in KIND_STYLE.values()],
                    range=[v[1] for v in KIND_STYLE.values()],
                ),
            ),
            tooltip=[
                alt.Tooltip("label_en:N", title="Bar"),
                alt.Tooltip("label_kk:N", title="Kazakh"),
                alt.Tooltip("persons:Q", title="Persons"),
                alt.Tooltip("share_of_ever_appointed_pct:Q", title="Share of 149 (%)"),
            ],
        )
    )
    labels = bars.mark_text(align="left", dx=4, fontSize=11, color="#222").encode(
        text="persons:Q", color=alt.value("#222")
    )
    return alt.layer(bars, labels).properties(
        width=WIDTH - 120,
        height=22 * len(df),
        title=source_note(
            [
                "Known members: article newcomer list (lines 188-194) and Table 3 (lines 465-611);",
                "public roster data/raw/public/roster_candidates.csv. Fields: our coding, "
                "data/raw/article/member_fields.csv.",
                "149 = 117 initial members + 32 newcomers (article lines 182, 188-194).",
            ]
        ),
    )
