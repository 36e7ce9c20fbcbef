"""Charts of the survey findings: awareness by age, Tables 1 and 2."""

from __future__ import annotations

import altair as alt
import pandas as pd

from analysis.figures.common import (
    CATEGORY_COLOURS,
    STATUS_OPACITY,
    WAVE_COLOURS,
    WIDTH,
    scale,
    source_note,
)


def awareness_by_age(awareness: pd.DataFrame, waves: pd.DataFrame) -> alt.Chart:
    """Dumbbell chart: share aware of the Kurultai per age group, 2023 and 2024.

    Parameters
    ----------
    awareness:
        Processed ``awareness_by_age`` (wave_year, age_group, share_pct in percent 0-100,
        value_status).
    waves:
        Processed ``survey_waves`` (wave_year, respondents) for the n in the legend.
    """
    n = dict(zip(waves["wave_year"], waves["respondents"], strict=True))
    df = awareness.assign(
        wave=lambda d: d["wave_year"].map(lambda y: f"{y} (n = {n[y]:,})"),
        label=lambda d: d["share_pct"].map(lambda v: f"{v:.1f}%"),
    )
    wave_scale = alt.Scale(
        domain=[f"{y} (n = {n[y]:,})" for y in WAVE_COLOURS], range=list(WAVE_COLOURS.values())
    )
    y = alt.Y("age_group:N", title="Age group (years)", sort=list(df["age_group"].unique()))
    x = alt.X(
        "share_pct:Q",
        title="Aware of the Kurultai (% of respondents)",
        scale=alt.Scale(domain=[0, 60]),
    )
    rule = (
        alt.Chart(df)
        .mark_rule(color="#999", strokeWidth=2)
        .encode(y=y, x="min(share_pct):Q", x2="max(share_pct):Q")
    )
    dots = (
        alt.Chart(df)
        .mark_circle(size=140, opacity=1)
        .encode(
            y=y,
            x=x,
            color=alt.Color("wave:N", scale=wave_scale, title="Survey wave"),
            tooltip=["wave", "age_group", alt.Tooltip("share_pct:Q", format=".1f"), "value_status"],
        )
    )
    text = dots.mark_text(dy=-12, fontSize=11).encode(text="label:N", color=alt.value("#222"))
    return (rule + dots + text).properties(
        width=WIDTH,
        height=180,
        title=source_note(
            "Source: article, seed lines 318-341 (data/raw/article/"
            "awareness_by_age.csv). Shares in percent; 29-60 is one printed "
            "figure for two groups."
        ),
    )


def attitude_shares(attitudes: pd.DataFrame, table_id: str) -> alt.Chart:
    """Stacked bars, one per wave, of Table 1 or Table 2, with implied cells told apart.

    Parameters
    ----------
    attitudes:
        Processed ``attitude_shares`` (table_id, wave_year, category, category_label,
        category_order, share_pct in percent 0-100, value_status).
    table_id:
        ``"table1"`` or ``"table2"``.

    Raises
    ------
    ValueError
        If ``table_id`` has no rows.
    """
    df = attitudes[attitudes["table_id"] == table_id].copy()
    if df.empty:
        raise ValueError(f"no rows for table_id={table_id!r} in attitude_shares")
    df["wave"] = df["wave_year"].astype(str)
    df["status_label"] = df["value_status"].map(
        {
            "reported": "printed",
            "inferred": "printed, year inferred",
            "implied": "not printed: implied (100 minus the rest)",
        }
    )
    df["label"] = df.apply(
        lambda r: f"{r.share_pct:.1f}%" + ("*" if r.value_status == "implied" else ""), axis=1
    )
    order = df.sort_values("category_order")["category"].unique().tolist()
    colours = {c: CATEGORY_COLOURS[c] for c in order}
    labels = df.drop_duplicates("category").set_index("category")["category_label"]
    base = alt.Chart(df).encode(
        y=alt.Y("wave:N", title="Survey wave"),
        x=alt.X(
            "share_pct:Q",
            stack="zero",
            title="Share of respondents (%)",
            scale=alt.Scale(domain=[0, 100]),
        ),
        order=alt.Order("category_order:Q"),
    )
    bars = base.mark_bar(height=34, stroke="#222").encode(
        color=alt.Color(
            "category:N",
            scale=scale(colours),
            title="Answer",
            legend=alt.Legend(labelExpr=_label_expr(labels)),
        ),
        opacity=alt.Opacity(
            "value_status:N",
            title="Value",
            scale=alt.Scale(
                domain=list(STATUS_OPACITY)[:3], range=list(STATUS_OPACITY.values())[:3]
            ),
        ),
        strokeDash=alt.StrokeDash(
            "value_status:N",
            legend=None,
            scale=alt.Scale(
                domain=["reported", "inferred", "implied"], range=[[1, 0], [1, 0], [4, 3]]
            ),
        ),
        tooltip=[
            "wave",
            "category_label",
            alt.Tooltip("share_pct:Q", format=".1f"),
            "status_label",
        ],
    )
    text = (
        base.mark_text(align="center", color="white", fontWeight="bold")
        .encode(x=alt.X("mid:Q"), text="label:N")
        .transform_stack(
            stack="share_pct",
            groupby=["wave"],
            as_=["lo", "hi"],
            sort=[alt.SortField("category_order")],
        )
        .transform_calculate(mid="(datum.lo + datum.hi) / 2")
        .transform_filter("datum.share_pct >= 5")
    )
    return (bars + text).properties(
        width=WIDTH,
        height=110,
        title=source_note(
            "Source: article, seed lines 347-396 (data/raw/article/"
            "attitude_shares.csv). * implied: not printed, 100 minus the printed "
            "shares."
        ),
    )


def _label_expr(labels: pd.Series) -> str:
    cases = " : ".join(f"datum.value === '{k}' ? '{v}'" for k, v in labels.items())
    return f"{cases} : datum.value"
