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
from analysis.survey import CHANGE_ROWS

AGE_ORDER = ["18-28", "29-60", "61+"]


def _default(intervals: pd.DataFrame) -> pd.DataFrame:
    return intervals[intervals["is_default"]]


def awareness_by_age(
    awareness: pd.DataFrame, waves: pd.DataFrame, intervals: pd.DataFrame
) -> alt.Chart:
    """Dot-and-interval chart: share aware of the Kurultai per age group, 2023 and 2024.

    Parameters
    ----------
    awareness:
        Processed ``awareness_by_age`` (wave_year, age_group, share_pct in percent 0-100,
        value_status).
    waves:
        Processed ``survey_waves`` (wave_year, respondents) for the n in the legend.
    intervals:
        Processed ``survey_intervals``; the default rows (design effect 1.5, estimated
        age-group n from UN WPP 2024) give the 95% Wilson intervals drawn as whiskers.

    Raises
    ------
    ValueError
        If a share has no default interval.
    """
    n = dict(zip(waves["wave_year"], waves["respondents"], strict=True))
    ci = _default(intervals)
    ci = ci[ci["indicator"] == "awareness"][
        ["wave_year", "group", "respondents", "moe_pp", "ci_low_pct", "ci_high_pct"]
    ]
    df = awareness.merge(
        ci, left_on=["wave_year", "age_group"], right_on=["wave_year", "group"], how="left"
    )
    if df["ci_low_pct"].isna().any():
        raise ValueError("survey_intervals lacks a default interval for an awareness share")
    df = df.assign(
        wave=lambda d: d["wave_year"].map(lambda y: f"{y} (n = {n[y]:,})"),
        label=lambda d: d["share_pct"].map(lambda v: f"{v:.1f}%"),
        n_est=lambda d: d["respondents"].round().astype(int),
    )
    wave_scale = alt.Scale(
        domain=[f"{y} (n = {n[y]:,})" for y in WAVE_COLOURS], range=list(WAVE_COLOURS.values())
    )
    y = alt.Y("age_group:N", title="Age group (years)", sort=AGE_ORDER)
    y_offset = alt.YOffset("wave:N", scale=alt.Scale(domain=wave_scale.domain, paddingInner=0.4))
    x = alt.X(
        "share_pct:Q",
        title="Aware of the Kurultai (% of respondents in the age group)",
        scale=alt.Scale(domain=[20, 60]),
    )
    colour = alt.Color("wave:N", scale=wave_scale, title="Survey wave")
    base = alt.Chart(df).encode(y=y, yOffset=y_offset)
    whiskers = base.mark_rule(strokeWidth=2.5).encode(
        x=alt.X("ci_low_pct:Q", scale=alt.Scale(domain=[20, 60])), x2="ci_high_pct:Q", color=colour
    )
    dots = base.mark_circle(size=120, opacity=1, stroke="white", strokeWidth=1).encode(
        x=x,
        color=colour,
        tooltip=[
            "wave",
            "age_group",
            alt.Tooltip("share_pct:Q", format=".1f", title="share (%)"),
            alt.Tooltip("ci_low_pct:Q", format=".1f", title="95% CI low"),
            alt.Tooltip("ci_high_pct:Q", format=".1f", title="95% CI high"),
            alt.Tooltip("n_est:Q", title="respondents (estimate)"),
            "value_status",
        ],
    )
    text = base.mark_text(align="left", dx=6, dy=0, fontSize=11, color="#222").encode(
        x="ci_high_pct:Q", text="label:N"
    )
    return (whiskers + dots + text).properties(
        width=WIDTH,
        height=230,
        title=source_note(
            [
                "Dots: shares printed in the article (seed lines 318-341); whiskers: 95% Wilson "
                "intervals, design effect 1.5,",
                "on ESTIMATED age-group sizes (UN WPP 2024). 29-60 is one printed figure for the "
                "groups 29-45 and 46-60 (inferred).",
                "Data: data/processed/awareness_by_age.csv, survey_intervals.csv.",
            ]
        ),
    )


def attitude_shares(attitudes: pd.DataFrame, intervals: pd.DataFrame, table_id: str) -> alt.Chart:
    """Stacked bars, one per wave, of Table 1 or Table 2, with implied cells told apart.

    Black whiskers on the two inner boundaries show their 95% intervals: the first boundary
    is the first answer's share, the second is 100 minus the last answer's share, so each
    whisker is that share's Wilson interval (design effect 1.5, printed n).

    Parameters
    ----------
    attitudes:
        Processed ``attitude_shares`` (table_id, wave_year, category, category_label,
        category_order, share_pct in percent 0-100, value_status).
    intervals:
        Processed ``survey_intervals`` (default rows: ci_low_pct, ci_high_pct, moe_pp).
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
    ci = _default(intervals)
    ci = ci[ci["indicator"] == table_id][
        ["wave_year", "category", "moe_pp", "ci_low_pct", "ci_high_pct"]
    ]
    df = df.merge(ci, on=["wave_year", "category"], how="left")
    df["wave"] = df["wave_year"].astype(str)
    df["ci_text"] = [
        f"{lo:.1f}-{hi:.1f}" for lo, hi in zip(df["ci_low_pct"], df["ci_high_pct"], strict=True)
    ]
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
            alt.Tooltip("ci_text:N", title="95% CI (%)"),
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
        .transform_filter("datum.share_pct >= 8")
    )
    first, last = min(df["category_order"]), max(df["category_order"])
    edges = pd.concat(
        [
            df[df["category_order"] == first].assign(
                edge=lambda d: d["share_pct"],
                lo=lambda d: d["ci_low_pct"],
                hi=lambda d: d["ci_high_pct"],
            ),
            df[df["category_order"] == last].assign(
                edge=lambda d: 100 - d["share_pct"],
                lo=lambda d: 100 - d["ci_high_pct"],
                hi=lambda d: 100 - d["ci_low_pct"],
            ),
        ]
    )[["wave", "edge", "lo", "hi", "category_label", "ci_text"]]
    edge_base = alt.Chart(edges).encode(y=alt.Y("wave:N", title="Survey wave"))
    whisker = edge_base.mark_rule(color="black", strokeWidth=2).encode(
        x=alt.X("lo:Q"),
        x2="hi:Q",
        tooltip=[
            alt.Tooltip("category_label:N", title="interval of"),
            alt.Tooltip("ci_text:N", title="95% CI (%)"),
        ],
    )
    caps = edge_base.mark_tick(color="black", thickness=2, size=14).encode(x="lo:Q") + (
        edge_base.mark_tick(color="black", thickness=2, size=14).encode(x="hi:Q")
    )
    return (bars + text + whisker + caps).properties(
        width=WIDTH,
        height=120,
        title=source_note(
            [
                "Source: article, seed lines 347-396 (data/processed/attitude_shares.csv). "
                "* implied (lighter, dashed): not printed, 100 minus the printed shares.",
                "Black whiskers: 95% Wilson intervals of the first and last answers' shares, "
                "design effect 1.5 (survey_intervals.csv).",
            ]
        ),
    )


def _label_expr(labels: pd.Series) -> str:
    cases = " : ".join(f"datum.value === '{k}' ? '{v}'" for k, v in labels.items())
    return f"{cases} : datum.value"


#: Rows of the change chart: the labels of :data:`analysis.survey.CHANGE_ROWS`, shortened.
_CHANGE_ROWS = {
    k: v.replace("Awareness", "Aware").replace("Table 1,", "T1").replace("Table 2,", "T2")
    for k, v in CHANGE_ROWS.items()
}


def changes(changes: pd.DataFrame) -> alt.Chart:
    """Change 2023 -> 2024 of every share, in percentage points, with 95% intervals.

    Parameters
    ----------
    changes:
        Processed ``survey_changes``. Thick bars: the 95% score interval at the default
        (design effect 1.5; printed n, or estimated age-group n); thin lines: the same at
        design effect 2.0. Filled dots: the interval excludes zero.

    Raises
    ------
    ValueError
        If a row of :data:`_CHANGE_ROWS` is missing from ``changes``.
    """
    key = ["indicator", "group", "category"]
    central = changes[changes["size_scenario"].isin(["reported", "wpp2024"])]
    wide = central[central["design_effect"] == 1.5].merge(
        central[central["design_effect"] == 2.0][[*key, "ci_low_pp", "ci_high_pp"]],
        on=key,
        suffixes=("", "_2"),
    )
    wide["row"] = [_CHANGE_ROWS.get(k) for k in wide[key].itertuples(index=False, name=None)]
    if wide["row"].isna().any() or len(wide) != len(_CHANGE_ROWS):
        raise ValueError("survey_changes does not hold exactly the expected nine changes")
    wide["colour_key"] = wide["category"]
    wide["verdict"] = wide["exceeds_sampling_error"].map(
        {True: "larger than sampling error", False: "within sampling error"}
    )
    wide["label"] = [f"{d:+.1f} pp" for d in wide["diff_pp"]]
    colours = {"aware": "#000000", **CATEGORY_COLOURS}
    y = alt.Y("row:N", title=None, sort=list(_CHANGE_ROWS.values()))
    x_scale = alt.Scale(domain=[-20, 20])
    base = alt.Chart(wide).encode(y=y)
    colour = alt.Color("colour_key:N", scale=scale(colours), legend=None)
    zero = alt.Chart(pd.DataFrame({"x": [0]})).mark_rule(color="#666").encode(x="x:Q")
    thin = base.mark_rule(strokeWidth=1).encode(
        x=alt.X("ci_low_pp_2:Q", scale=x_scale), x2="ci_high_pp_2:Q", color=colour
    )
    thick = base.mark_rule(strokeWidth=5, opacity=0.55).encode(
        x=alt.X("ci_low_pp:Q", scale=x_scale), x2="ci_high_pp:Q", color=colour
    )
    dots = base.mark_point(size=90, strokeWidth=2, opacity=1).encode(
        x=alt.X(
            "diff_pp:Q",
            scale=x_scale,
            title="Change 2023 to 2024 (percentage points)",
        ),
        color=colour,
        fill=alt.condition(
            "datum.exceeds_sampling_error",
            alt.Color("colour_key:N", scale=scale(colours), legend=None),
            alt.value("white"),
        ),
        tooltip=[
            "row",
            alt.Tooltip("diff_pp:Q", format="+.1f", title="change (pp)"),
            alt.Tooltip("ci_low_pp:Q", format="+.1f", title="95% CI low"),
            alt.Tooltip("ci_high_pp:Q", format="+.1f", title="95% CI high"),
            alt.Tooltip("p_value:Q", format=".3f"),
            "verdict",
        ],
    )
    text = base.mark_text(align="left", dx=8, dy=-9, fontSize=10, color="#222").encode(
        x="diff_pp:Q", text="label:N"
    )
    return (zero + thin + thick + dots + text).properties(
        width=WIDTH - 120,
        height=300,
        title=source_note(
            [
                "Filled dot: 95% interval excludes zero; hollow: within sampling error. "
                "Thick bar: 95% score interval, design effect 1.5;",
                "thin line: design effect 2.0. Age-group n are ESTIMATES (UN WPP 2024). "
                "† year or group inferred; * rests on an implied cell.",
                "Source: article, seed lines 318-396; data/processed/survey_changes.csv.",
            ]
        ),
    )
