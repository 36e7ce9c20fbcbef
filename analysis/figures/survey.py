"""Charts of the survey findings: awareness by age, Tables 1 and 2, the nine changes.

Every setting a chart states (design effect, confidence level, base of Tables 1 and 2)
is read from the processed tables' default rows (``is_default``), which the pipeline
built from the parameters (:mod:`analysis.params`); nothing here assumes a value.
"""

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
from analysis.inference import P_ADJUSTMENT_NAMES
from analysis.survey import CHANGE_ROWS

AGE_ORDER = ["18-28", "29-60", "61+"]


def _default(intervals: pd.DataFrame) -> pd.DataFrame:
    out = intervals[intervals["is_default"]]
    if out.empty:
        raise ValueError("no default rows (is_default) in the survey table")
    return out


def number(value: float) -> str:
    """A design effect or level as text: 1.5, 2, 1.75 (no trailing zeros)."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def setting(frame: pd.DataFrame) -> tuple[float, float]:
    """(design effect, confidence level) of the default rows of a survey table.

    Raises ``ValueError`` when there are no default rows or they disagree.
    """
    d = _default(frame)
    deffs, confs = set(d["design_effect"]), set(d["confidence_level"])
    if len(deffs) != 1 or len(confs) != 1:
        raise ValueError(f"default rows disagree: design effects {deffs}, levels {confs}")
    return float(deffs.pop()), float(confs.pop())


def level(confidence: float) -> str:
    """A confidence level as a percent label: 0.95 -> '95%'."""
    return number(100 * confidence) + "%"


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
        Processed ``survey_intervals``; the default rows (the build's design effect and
        age-group sizes) give the Wilson intervals drawn as whiskers.

    Raises
    ------
    ValueError
        If a share has no default interval.
    """
    n = dict(zip(waves["wave_year"], waves["respondents"], strict=True))
    deff, conf = setting(intervals)
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
            alt.Tooltip("ci_low_pct:Q", format=".1f", title=f"{level(conf)} CI low"),
            alt.Tooltip("ci_high_pct:Q", format=".1f", title=f"{level(conf)} CI high"),
            alt.Tooltip("n_est:Q", title="respondents (estimate)"),
            "value_status",
        ],
    )
    text = base.mark_text(align="left", dx=6, dy=0, fontSize=12, color="#222").encode(
        x="ci_high_pct:Q", text="label:N"
    )
    return (whiskers + dots + text).properties(
        width=WIDTH,
        height=230,
        title=source_note(
            [
                "Dots: shares printed in the article (seed lines 318-341); whiskers: "
                f"{level(conf)} Wilson intervals, design effect {number(deff)},",
                "on ESTIMATED age-group sizes (UN WPP 2024). 29-60 is one printed figure for the "
                "groups 29-45 and 46-60 (inferred).",
                "Data: data/processed/awareness_by_age.csv, survey_intervals.csv.",
            ]
        ),
    )


#: Segments narrower than this (percent) get their label beside the bar, not inside it.
SMALL_SEGMENT_PCT = 8.0
#: Words of the base of Tables 1 and 2 in a chart note, by size scenario.
BASE_NOTE = {
    "reported": "the whole sample as base (n printed)",
    "aware": "the ESTIMATED respondents aware of the Kurultai as base",
}


def attitude_shares(attitudes: pd.DataFrame, intervals: pd.DataFrame, table_id: str) -> alt.Chart:
    """Stacked bars, one per wave, of Table 1 or Table 2, with implied cells told apart.

    Black whiskers on the two inner boundaries show their intervals: the first boundary is
    the first answer's share, the second is 100 minus the last answer's share, so each
    whisker is that share's Wilson interval at the default rows (the build's design effect
    and base of the table). Segments narrower than :data:`SMALL_SEGMENT_PCT` are labelled
    above the bar. The note names implied (dashed) segments only when the table has some.

    Parameters
    ----------
    attitudes:
        Processed ``attitude_shares`` (table_id, wave_year, category, category_label,
        category_order, share_pct in percent 0-100, value_status).
    intervals:
        Processed ``survey_intervals`` (default rows: ci_low_pct, ci_high_pct, moe_pp,
        design_effect, confidence_level, size_scenario).
    table_id:
        ``"table1"`` or ``"table2"``.

    Raises
    ------
    ValueError
        If ``table_id`` has no rows, or ``intervals`` no default rows.
    """
    df = attitudes[attitudes["table_id"] == table_id].copy()
    if df.empty:
        raise ValueError(f"no rows for table_id={table_id!r} in attitude_shares")
    deff, conf = setting(intervals)
    ci = _default(intervals)
    ci = ci[ci["indicator"] == table_id]
    base = BASE_NOTE[ci["size_scenario"].iloc[0]]
    ci = ci[["wave_year", "category", "moe_pp", "ci_low_pct", "ci_high_pct"]]
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
    has_implied = bool((df["value_status"] == "implied").any())
    order = df.sort_values("category_order")["category"].unique().tolist()
    colours = {c: CATEGORY_COLOURS[c] for c in order}
    labels = df.drop_duplicates("category").set_index("category")["category_label"]
    ci_title = f"{level(conf)} CI (%)"
    base_enc = alt.Chart(df).encode(
        y=alt.Y("wave:N", title="Survey wave"),
        x=alt.X(
            "share_pct:Q",
            stack="zero",
            title="Share of respondents (%)",
            scale=alt.Scale(domain=[0, 100]),
        ),
        order=alt.Order("category_order:Q"),
    )
    bars = base_enc.mark_bar(height=34, stroke="#222").encode(
        color=alt.Color(
            "category:N",
            scale=scale(colours),
            title="Answer",
            legend=alt.Legend(labelExpr=_label_expr(labels), orient="bottom", columns=2),
        ),
        opacity=alt.Opacity(
            "value_status:N",
            title="Value",
            scale=alt.Scale(
                domain=list(STATUS_OPACITY)[:3], range=list(STATUS_OPACITY.values())[:3]
            ),
            legend=alt.Legend(orient="bottom") if has_implied else None,
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
            alt.Tooltip("ci_text:N", title=ci_title),
            "status_label",
        ],
    )

    def stacked(chart: alt.Chart) -> alt.Chart:
        return chart.transform_stack(
            stack="share_pct",
            groupby=["wave"],
            as_=["lo", "hi"],
            sort=[alt.SortField("category_order")],
        ).transform_calculate(mid="(datum.lo + datum.hi) / 2")

    text = stacked(
        base_enc.mark_text(align="center", color="white", fontWeight="bold").encode(
            x=alt.X("mid:Q"), text="label:N"
        )
    ).transform_filter(f"datum.share_pct >= {SMALL_SEGMENT_PCT}")
    # Small segments: the label sits above the bar, right-aligned on the segment's end.
    small = stacked(
        base_enc.mark_text(align="right", dy=-24, color="#222", fontWeight="bold").encode(
            x=alt.X("hi:Q"), text="label:N"
        )
    ).transform_filter(f"datum.share_pct < {SMALL_SEGMENT_PCT}")
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
            alt.Tooltip("ci_text:N", title=ci_title),
        ],
    )
    caps = edge_base.mark_tick(color="black", thickness=2, size=14).encode(x="lo:Q") + (
        edge_base.mark_tick(color="black", thickness=2, size=14).encode(x="hi:Q")
    )
    first_lines = ["Source: article, seed lines 347-396 (data/processed/attitude_shares.csv)."]
    if has_implied:
        first_lines.append(
            "* implied (lighter, dashed): not printed, 100 minus the printed shares."
        )
    return (bars + text + small + whisker + caps).properties(
        width=WIDTH,
        height=130,
        title=source_note(
            [
                *first_lines,
                f"Black whiskers: {level(conf)} Wilson intervals of the first and last answers' "
                f"shares, design effect {number(deff)},",
                f"with {base} (survey_intervals.csv).",
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


def comparison_design_effect(changes: pd.DataFrame) -> float:
    """The design effect drawn as thin lines beside the default in :func:`changes`: the
    largest of the build's design effects, or the smallest when the default is the largest.
    """
    default, _ = setting(changes)
    grid = sorted(set(changes["design_effect"]))
    return grid[-1] if grid[-1] > default else grid[0]


def changes(changes: pd.DataFrame) -> alt.Chart:
    """Change 2023 -> 2024 of every share, in percentage points, with confidence intervals.

    Parameters
    ----------
    changes:
        Processed ``survey_changes``. Thick bars: the score interval of the default rows
        (the build's design effect, base of Tables 1 and 2 and age-group sizes); thin
        lines: the same rows at :func:`comparison_design_effect`. Filled dots: the interval
        excludes zero; a ring around the dot: the change also passes the adjusted test.

    Raises
    ------
    ValueError
        If a row of :data:`_CHANGE_ROWS` is missing from ``changes``.
    """
    key = ["indicator", "group", "category"]
    deff, conf = setting(changes)
    other = comparison_design_effect(changes)
    default = _default(changes)
    scen = default[[*key, "size_scenario"]]
    alt_rows = changes[changes["design_effect"] == other].merge(scen, on=[*key, "size_scenario"])
    wide = default.merge(
        alt_rows[[*key, "ci_low_pp", "ci_high_pp"]], on=key, suffixes=("", "_2"), how="left"
    )
    wide["row"] = [_CHANGE_ROWS.get(k) for k in wide[key].itertuples(index=False, name=None)]
    if wide["row"].isna().any() or len(wide) != len(_CHANGE_ROWS):
        raise ValueError("survey_changes does not hold exactly the expected nine changes")
    method = P_ADJUSTMENT_NAMES[default["p_adjustment"].iloc[0]]
    wide["colour_key"] = wide["category"]
    wide["verdict"] = wide["exceeds_sampling_error"].map(
        {True: "larger than sampling error", False: "within sampling error"}
    )
    wide["adjusted_verdict"] = wide["exceeds_after_adjustment"].map(
        {True: "passes after adjustment", False: "does not pass after adjustment"}
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
    ring = (
        base.mark_point(size=260, strokeWidth=1.5, opacity=1, filled=False)
        .encode(x=alt.X("diff_pp:Q", scale=x_scale), color=colour)
        .transform_filter("datum.exceeds_after_adjustment")
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
            alt.Tooltip("ci_low_pp:Q", format="+.1f", title=f"{level(conf)} CI low"),
            alt.Tooltip("ci_high_pp:Q", format="+.1f", title=f"{level(conf)} CI high"),
            alt.Tooltip("p_value:Q", format=".3f", title="p"),
            alt.Tooltip("p_adjusted:Q", format=".3f", title=f"p ({method})"),
            "verdict",
            "adjusted_verdict",
        ],
    )
    text = base.mark_text(align="left", dx=8, dy=-9, fontSize=12, color="#222").encode(
        x="diff_pp:Q", text="label:N"
    )
    return (zero + thin + thick + ring + dots + text).properties(
        width=WIDTH - 120,
        height=300,
        title=source_note(
            [
                f"Filled dot: {level(conf)} interval excludes zero; hollow: within sampling "
                "error"
                + (
                    "."
                    if method == "no"
                    else f"; ring: also after {method}'s adjustment for nine tests."
                ),
                f"Thick bar: score interval, design effect {number(deff)}; thin line: design "
                f"effect {number(other)}. Age-group n and the aware base are ESTIMATES.",
                "† year or group inferred; * rests on an implied cell. "
                "Source: article, seed lines 318-396; data/processed/survey_changes.csv.",
            ]
        ),
    )
