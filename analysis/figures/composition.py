"""Charts of the composition chapter: the partial rebuild of the article's Figure 1."""

from __future__ import annotations

import altair as alt
import pandas as pd

from analysis.figures.common import CATEGORY_COLOURS

#: Bar kind -> (label, colour). Coded fields in the book's blue; the two gaps in greys.
KIND_STYLE = {
    "field": ("Known member, field stated", "#0072B2"),
    "field_unknown": ("Known member, field unknown", CATEGORY_COLOURS["neutral"]),
    "not_identified": ("Seat not identified", "#BDBDBD"),
}
#: Sizes in px at the chart's own width (about 640 px, shown at 1:1 in a 678 px column):
#: no text under 11 px.
PLOT_WIDTH = 400
LABEL_WIDTH = 230
FONT_SIZE = 12
NOTE_SIZE = 11
BAR_STEP = 22


def _axis_y(order: list[str]) -> alt.Y:
    return alt.Y(
        "label_en:N",
        sort=order,
        title=None,
        axis=alt.Axis(
            labelLimit=LABEL_WIDTH, labelFontSize=FONT_SIZE, minExtent=LABEL_WIDTH, ticks=False
        ),
    )


def _panel(df: pd.DataFrame, title: str, x_title: str, domain_max: float) -> alt.LayerChart:
    order = df["label_en"].tolist()
    bars = (
        alt.Chart(df, title=alt.TitleParams(title, fontSize=13, anchor="start"))
        .mark_bar()
        .encode(
            x=alt.X(
                "persons:Q",
                title=x_title,
                scale=alt.Scale(domain=[0, domain_max], nice=False),
                axis=alt.Axis(labelFontSize=FONT_SIZE, titleFontSize=FONT_SIZE, tickMinStep=1),
            ),
            y=_axis_y(order),
            color=alt.Color(
                "kind_label:N",
                legend=None,
                scale=alt.Scale(
                    domain=[v[0] for v in KIND_STYLE.values()],
                    range=[v[1] for v in KIND_STYLE.values()],
                ),
            ),
            tooltip=[
                alt.Tooltip("label_en:N", title="Bar"),
                alt.Tooltip("label_kk:N", title="Kazakh"),
                alt.Tooltip("persons:Q", title="Persons"),
                alt.Tooltip(
                    "share_of_ever_appointed_pct:Q", title="Share of seats ever filled (%)"
                ),
            ],
        )
    )
    labels = bars.mark_text(align="left", dx=4, fontSize=FONT_SIZE, color="#222").encode(
        text="persons:Q", color=alt.value("#222")
    )
    return alt.layer(bars, labels).properties(width=PLOT_WIDTH, height=BAR_STEP * len(df))


def members_by_field(members_by_field: pd.DataFrame) -> alt.VConcatChart:
    """Two panels: known members by coded field on their own scale; then, on a scale of the
    seats ever filled, how many seats have a stated field, an unknown one, or no name.

    Parameters
    ----------
    members_by_field:
        Processed ``members_by_field`` (bar_order, bar_id, label_en, label_kk, bar_kind,
        persons, share_of_ever_appointed_pct); one row per bar, persons summing to the
        seats ever filled (about 149).

    Raises ``ValueError`` for a ``bar_kind`` not in :data:`KIND_STYLE`.

    Counts are persons. The first panel's scale runs to its largest bar plus one, so
    that the coded fields are not slivers beside the large 'unknown' counts; the second
    panel's runs to the seats ever filled. Text is at least 11 px at the chart's width.
    """
    unknown = set(members_by_field["bar_kind"]) - set(KIND_STYLE)
    if unknown:
        raise ValueError(f"unknown bar_kind {sorted(map(str, unknown))}; known: {list(KIND_STYLE)}")
    df = members_by_field.sort_values("bar_order").assign(
        kind_label=lambda d: d["bar_kind"].map({k: v[0] for k, v in KIND_STYLE.items()}),
    )
    fields = df[df["bar_kind"] == "field"]
    total = int(df["persons"].sum())
    coded = int(fields["persons"].sum())
    gaps = pd.concat(
        [
            pd.DataFrame(
                [
                    {
                        "label_en": "Known, field stated",
                        "label_kk": "",
                        "bar_kind": "field",
                        "persons": coded,
                        "share_of_ever_appointed_pct": round(100 * coded / total, 1),
                    }
                ]
            ),
            df[df["bar_kind"] != "field"].assign(
                label_en=lambda d: d["bar_kind"].map(
                    {"field_unknown": "Known, field unknown", "not_identified": "Not identified"}
                )
            ),
        ],
        ignore_index=True,
    ).assign(kind_label=lambda d: d["bar_kind"].map({k: v[0] for k, v in KIND_STYLE.items()}))
    top = _panel(
        fields,
        f"Known members whose field a source states ({coded})",
        "Persons",
        int(fields["persons"].max()) + 1,
    )
    bottom = _panel(
        gaps,
        f"All seats ever filled (about {total})",
        f"Seats (of about {total})",
        total,
    )
    note = alt.TitleParams(
        [
            "Sources: the article's newcomer list (lines 188-194) and Table 3 (lines 465-611);",
            "news reports gathered in a partial roster. Fields: our coding.",
        ],
        orient="bottom",
        anchor="start",
        fontSize=NOTE_SIZE,
        fontWeight="normal",
        color="#444",
        offset=12,
    )
    return alt.vconcat(top, bottom, spacing=24, title=note)
