"""Charts of the survey findings: awareness by age, Tables 1 and 2, the nine changes.

Every setting a chart states (design effect, confidence level, base of Tables 1 and 2)
is read from the processed tables' default rows (``is_default``), which the pipeline
built from the parameters (:mod:`analysis.params`); nothing here assumes a value.
"""

from __future__ import annotations

import re

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
from analysis.i18n import Catalog, catalog
from analysis.survey import CHANGE_ROWS

AGE_ORDER = ["18-28", "29-60", "61+"]
#: Value statuses a chart of shares may draw (legend and tooltip words: the catalog's
#: ``survey-fig-status-<status>``).
STATUSES = ("reported", "inferred", "implied")
#: Vega-Lite's default limits (px) of legend and axis labels: a catalog limit equal to the
#: default is not written into the chart (``survey-fig-legend-label-limit``, ...).
LEGEND_LABEL_LIMIT = 160
AXIS_LABEL_LIMIT = 180


def _default(intervals: pd.DataFrame) -> pd.DataFrame:
    out = intervals[intervals["is_default"]]
    if out.empty:
        raise ValueError("no default rows (is_default) in the survey table")
    return out


def number(value: float, lang: str = "en") -> str:
    """A design effect or level as text: 1.5, 2, 1.75 (no trailing zeros; Kazakh: 1,5)."""
    return catalog(lang).number(value, max_decimals=2)


def setting(frame: pd.DataFrame) -> tuple[float, float]:
    """(design effect, confidence level) of the default rows of a survey table.

    Raises ``ValueError`` when there are no default rows or they disagree.
    """
    d = _default(frame)
    deffs, confs = set(d["design_effect"]), set(d["confidence_level"])
    if len(deffs) != 1 or len(confs) != 1:
        raise ValueError(f"default rows disagree: design effects {deffs}, levels {confs}")
    return float(deffs.pop()), float(confs.pop())


def level(confidence: float, lang: str = "en") -> str:
    """A confidence level as a percent label: 0.95 -> '95%' (0.975 -> '97,5%' in Kazakh)."""
    return number(100 * confidence, lang) + "%"


def _id(code: str) -> str:
    """A code as the tail of a message id: ``changed_positive`` → ``changed-positive``."""
    return code.replace("_", "-")


def _lines(text: str) -> list[str]:
    """A chart note (a catalog message) as its lines: a line break where the language's
    words need one (the Kazakh notes, whose words are longer, break where the English
    ones need not)."""
    return text.split("\n")


def _tip(field: str, title: str, **kwargs) -> str | alt.Tooltip:
    """A tooltip of ``field`` titled ``title``: the bare field (Vega-Lite then shows the
    field's name) when the catalog's title is the field's own name, as in English."""
    if title == field.split(":")[0]:
        return alt.Tooltip(field, **kwargs) if kwargs else field
    return alt.Tooltip(field, title=title, **kwargs)


def _label_limit(loc: Catalog, msg_id: str, default: int) -> dict[str, int]:
    """``{"labelLimit": px}`` when the catalog's limit for labels (``msg_id``: longer words
    need more room) differs from Vega-Lite's ``default``; else nothing."""
    digits = re.search(r"\d+", loc(msg_id))
    limit = int(digits.group()) if digits else default
    return {} if limit == default else {"labelLimit": limit}


def _status_words(loc: Catalog) -> dict[str, str]:
    """The words of each value status in a legend or tooltip (``survey-fig-status-*``)."""
    return {s: loc("survey-fig-status-" + s) for s in STATUSES}


def awareness_by_age(
    awareness: pd.DataFrame, waves: pd.DataFrame, intervals: pd.DataFrame, lang: str = "en"
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
    lang:
        Language of every word drawn (the catalog's ``survey-fig-awareness-*`` messages);
        numbers in labels follow it (Kazakh: decimal comma).

    Raises
    ------
    ValueError
        If a share has no default interval.
    """
    loc = catalog(lang)
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

    def wave_name(y: int) -> str:
        return f"{y} (n = {loc.count(n[y])})"

    df = df.assign(
        wave=lambda d: d["wave_year"].map(wave_name),
        label=lambda d: d["share_pct"].map(loc.pct),
        n_est=lambda d: d["respondents"].round().astype(int),
    )
    # The status in the language's words; the data's own codes when they are its words.
    status = df["value_status"].map(_status_words(loc))
    status_field = "value_status"
    if not status.equals(df["value_status"]):
        df["status"] = status
        status_field = "status"
    wave_scale = alt.Scale(
        domain=[wave_name(y) for y in WAVE_COLOURS], range=list(WAVE_COLOURS.values())
    )
    y = alt.Y("age_group:N", title=loc("survey-fig-awareness-y"), sort=AGE_ORDER)
    y_offset = alt.YOffset("wave:N", scale=alt.Scale(domain=wave_scale.domain, paddingInner=0.4))
    x = alt.X(
        "share_pct:Q",
        title=loc("survey-fig-awareness-x"),
        scale=alt.Scale(domain=[20, 60]),
    )
    colour = alt.Color("wave:N", scale=wave_scale, title=loc("survey-fig-wave"))
    base = alt.Chart(df).encode(y=y, yOffset=y_offset)
    whiskers = base.mark_rule(strokeWidth=2.5).encode(
        x=alt.X("ci_low_pct:Q", scale=alt.Scale(domain=[20, 60])), x2="ci_high_pct:Q", color=colour
    )
    lv = level(conf, lang)
    dots = base.mark_circle(size=120, opacity=1, stroke="white", strokeWidth=1).encode(
        x=x,
        color=colour,
        tooltip=[
            _tip("wave", loc("survey-fig-awareness-tip-wave")),
            _tip("age_group", loc("survey-fig-awareness-tip-group")),
            alt.Tooltip("share_pct:Q", format=".1f", title=loc("survey-fig-awareness-tip-share")),
            alt.Tooltip("ci_low_pct:Q", format=".1f", title=loc("survey-fig-tip-low", level=lv)),
            alt.Tooltip("ci_high_pct:Q", format=".1f", title=loc("survey-fig-tip-high", level=lv)),
            alt.Tooltip("n_est:Q", title=loc("survey-fig-awareness-tip-n")),
            _tip(status_field, loc("survey-fig-awareness-tip-status")),
        ],
    )
    text = base.mark_text(align="left", dx=6, dy=0, fontSize=12, color="#222").encode(
        x="ci_high_pct:Q", text="label:N"
    )
    return (whiskers + dots + text).properties(
        width=WIDTH,
        height=230,
        title=source_note(
            _lines(loc("survey-fig-awareness-note", level=lv, deff=number(deff, lang)))
        ),
    )


#: Segments narrower than this (percent) get their label beside the bar, not inside it.
SMALL_SEGMENT_PCT = 8.0


def attitude_shares(
    attitudes: pd.DataFrame, intervals: pd.DataFrame, table_id: str, lang: str = "en"
) -> alt.Chart:
    """Stacked bars, one per wave, of Table 1 or Table 2, with implied cells told apart.

    Black whiskers on the two inner boundaries show their intervals: the first boundary is
    the first answer's share, the second is 100 minus the last answer's share, so each
    whisker is that share's Wilson interval at the default rows (the build's design effect
    and base of the table). Segments narrower than :data:`SMALL_SEGMENT_PCT` are labelled
    above the bar. The note names implied (dashed) segments only when the table has some.

    Parameters
    ----------
    attitudes:
        Processed ``attitude_shares`` (table_id, wave_year, category, category_order,
        share_pct in percent 0-100, value_status).
    intervals:
        Processed ``survey_intervals`` (default rows: ci_low_pct, ci_high_pct, moe_pp,
        design_effect, confidence_level, size_scenario).
    table_id:
        ``"table1"`` or ``"table2"``.
    lang:
        Language of every word drawn (the catalog's ``survey-fig-shares-*`` messages); the
        answers are ``survey-fig-answer-<category>`` (in Kazakh, Table 1's are the
        article's own wording), and numbers follow the language (Kazakh: decimal comma).

    Raises
    ------
    ValueError
        If ``table_id`` has no rows, or ``intervals`` no default rows.
    """
    loc = catalog(lang)
    df = attitudes[attitudes["table_id"] == table_id].copy()
    if df.empty:
        raise ValueError(f"no rows for table_id={table_id!r} in attitude_shares")
    df["category_label"] = df["category"].map(lambda c: loc("survey-fig-answer-" + _id(c)))
    deff, conf = setting(intervals)
    ci = _default(intervals)
    ci = ci[ci["indicator"] == table_id]
    base = loc("survey-fig-base-" + _id(ci["size_scenario"].iloc[0]))
    ci = ci[["wave_year", "category", "moe_pp", "ci_low_pct", "ci_high_pct"]]
    df = df.merge(ci, on=["wave_year", "category"], how="left")
    df["wave"] = df["wave_year"].astype(str)
    df["ci_text"] = [
        loc("survey-fig-ci-range", low=loc.decimal(lo), high=loc.decimal(hi))
        for lo, hi in zip(df["ci_low_pct"], df["ci_high_pct"], strict=True)
    ]
    df["status_label"] = df["value_status"].map(lambda s: loc("survey-fig-shares-status-" + s))
    df["label"] = df.apply(
        lambda r: loc.pct(r.share_pct) + ("*" if r.value_status == "implied" else ""),
        axis=1,
    )
    has_implied = bool((df["value_status"] == "implied").any())
    order = df.sort_values("category_order")["category"].unique().tolist()
    colours = {c: CATEGORY_COLOURS[c] for c in order}
    labels = df.drop_duplicates("category").set_index("category")["category_label"]
    ci_title = loc("survey-fig-shares-ci", level=level(conf, lang))
    wave_title = loc("survey-fig-wave")
    base_enc = alt.Chart(df).encode(
        y=alt.Y("wave:N", title=wave_title),
        x=alt.X(
            "share_pct:Q",
            stack="zero",
            title=loc("survey-fig-shares-x"),
            scale=alt.Scale(domain=[0, 100]),
        ),
        order=alt.Order("category_order:Q"),
    )
    status_words = pd.Series(_status_words(loc))
    status_legend = alt.Legend(orient="bottom")
    if not (status_words == status_words.index).all():
        status_legend = alt.Legend(orient="bottom", labelExpr=_label_expr(status_words))
    bars = base_enc.mark_bar(height=34, stroke="#222").encode(
        color=alt.Color(
            "category:N",
            scale=scale(colours),
            title=loc("survey-fig-shares-answer"),
            legend=alt.Legend(
                labelExpr=_label_expr(labels),
                orient="bottom",
                columns=2,
                # longer answers (Kazakh) need more than the default label limit
                **_label_limit(loc, "survey-fig-legend-label-limit", LEGEND_LABEL_LIMIT),
            ),
        ),
        opacity=alt.Opacity(
            "value_status:N",
            title=loc("survey-fig-shares-value"),
            scale=alt.Scale(
                domain=list(STATUS_OPACITY)[:3], range=list(STATUS_OPACITY.values())[:3]
            ),
            legend=status_legend if has_implied else None,
        ),
        strokeDash=alt.StrokeDash(
            "value_status:N",
            legend=None,
            scale=alt.Scale(
                domain=["reported", "inferred", "implied"], range=[[1, 0], [1, 0], [4, 3]]
            ),
        ),
        tooltip=[
            _tip("wave", loc("survey-fig-shares-tip-wave")),
            _tip("category_label", loc("survey-fig-shares-tip-answer")),
            _tip("share_pct:Q", loc("survey-fig-shares-tip-share"), format=".1f"),
            alt.Tooltip("ci_text:N", title=ci_title),
            _tip("status_label", loc("survey-fig-shares-tip-status")),
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
    edge_base = alt.Chart(edges).encode(y=alt.Y("wave:N", title=wave_title))
    whisker = edge_base.mark_rule(color="black", strokeWidth=2).encode(
        x=alt.X("lo:Q"),
        x2="hi:Q",
        tooltip=[
            alt.Tooltip("category_label:N", title=loc("survey-fig-shares-interval-of")),
            alt.Tooltip("ci_text:N", title=ci_title),
        ],
    )
    caps = edge_base.mark_tick(color="black", thickness=2, size=14).encode(x="lo:Q") + (
        edge_base.mark_tick(color="black", thickness=2, size=14).encode(x="hi:Q")
    )
    lines = _lines(loc("survey-fig-shares-source"))
    if has_implied:
        lines += _lines(loc("survey-fig-shares-implied"))
    lines += _lines(
        loc("survey-fig-shares-whiskers", level=level(conf, lang), deff=number(deff, lang))
    )
    lines += _lines(loc("survey-fig-shares-base", base=base))
    return (bars + text + small + whisker + caps).properties(
        width=WIDTH,
        height=130,
        title=source_note(lines),
    )


def _label_expr(labels: pd.Series) -> str:
    cases = " : ".join(f"datum.value === '{k}' ? '{v}'" for k, v in labels.items())
    return f"{cases} : datum.value"


def comparison_design_effect(changes: pd.DataFrame) -> float:
    """The design effect drawn as thin lines beside the default in :func:`changes`: the
    largest of the build's design effects, or the smallest when the default is the largest.
    """
    default, _ = setting(changes)
    grid = sorted(set(changes["design_effect"]))
    return grid[-1] if grid[-1] > default else grid[0]


def change_rows(lang: str = "en") -> dict[tuple, str]:
    """Rows of the change chart: each change of :data:`analysis.survey.CHANGE_ROWS`, in its
    order, with its short label (``survey-fig-change-<row>``)."""
    loc = catalog(lang)
    return {k: loc("survey-fig-change-" + row) for k, row in CHANGE_ROWS.items()}


def changes(changes: pd.DataFrame, lang: str = "en") -> alt.Chart:
    """Change 2023 -> 2024 of every share, in percentage points, with confidence intervals.

    Parameters
    ----------
    changes:
        Processed ``survey_changes``. Thick bars: the score interval of the default rows
        (the build's design effect, base of Tables 1 and 2 and age-group sizes); thin
        lines: the same rows at :func:`comparison_design_effect`. Filled dots: the interval
        excludes zero; a ring around the dot: the change also passes the adjusted test.
    lang:
        Language of every word drawn (the catalog's ``survey-fig-changes-*`` messages; rows
        :func:`change_rows`).

    Raises
    ------
    ValueError
        If a row of :data:`analysis.survey.CHANGE_ROWS` is missing from ``changes``.
    """
    loc = catalog(lang)
    rows = change_rows(lang)
    key = ["indicator", "group", "category"]
    deff, conf = setting(changes)
    other = comparison_design_effect(changes)
    default = _default(changes)
    scen = default[[*key, "size_scenario"]]
    alt_rows = changes[changes["design_effect"] == other].merge(scen, on=[*key, "size_scenario"])
    wide = default.merge(
        alt_rows[[*key, "ci_low_pp", "ci_high_pp"]], on=key, suffixes=("", "_2"), how="left"
    )
    wide["row"] = [rows.get(k) for k in wide[key].itertuples(index=False, name=None)]
    if wide["row"].isna().any() or len(wide) != len(rows):
        raise ValueError("survey_changes does not hold exactly the expected nine changes")
    adjustment = default["p_adjustment"].iloc[0]
    method = loc("survey-adjustment-" + _id(adjustment))
    wide["colour_key"] = wide["category"]
    wide["verdict"] = wide["exceeds_sampling_error"].map(
        lambda hit: loc("survey-fig-changes-verdict", exceeds="yes" if hit else "no")
    )
    wide["adjusted_verdict"] = wide["exceeds_after_adjustment"].map(
        lambda hit: loc("survey-fig-changes-adjusted", passes="yes" if hit else "no")
    )
    wide["label"] = [loc.pp(d) for d in wide["diff_pp"]]
    colours = {"aware": "#000000", **CATEGORY_COLOURS}
    # longer row labels (Kazakh) need more than the default label limit
    limit = _label_limit(loc, "survey-fig-row-label-limit", AXIS_LABEL_LIMIT)
    axis = {"axis": alt.Axis(**limit)} if limit else {}
    y = alt.Y("row:N", title=None, sort=list(rows.values()), **axis)
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
    lv = level(conf, lang)
    dots = base.mark_point(size=90, strokeWidth=2, opacity=1).encode(
        x=alt.X(
            "diff_pp:Q",
            scale=x_scale,
            title=loc("survey-fig-changes-x"),
        ),
        color=colour,
        fill=alt.condition(
            "datum.exceeds_sampling_error",
            alt.Color("colour_key:N", scale=scale(colours), legend=None),
            alt.value("white"),
        ),
        tooltip=[
            _tip("row", loc("survey-fig-changes-tip-row")),
            alt.Tooltip("diff_pp:Q", format="+.1f", title=loc("survey-fig-changes-tip-change")),
            alt.Tooltip("ci_low_pp:Q", format="+.1f", title=loc("survey-fig-tip-low", level=lv)),
            alt.Tooltip("ci_high_pp:Q", format="+.1f", title=loc("survey-fig-tip-high", level=lv)),
            alt.Tooltip("p_value:Q", format=".3f", title="p"),
            alt.Tooltip(
                "p_adjusted:Q",
                format=".3f",
                title=loc("survey-fig-changes-tip-p-adjusted", method=method),
            ),
            _tip("verdict", loc("survey-fig-changes-tip-verdict")),
            _tip("adjusted_verdict", loc("survey-fig-changes-tip-adjusted")),
        ],
    )
    text = base.mark_text(align="left", dx=8, dy=-9, fontSize=12, color="#222").encode(
        x="diff_pp:Q", text="label:N"
    )
    dots_note = loc("survey-fig-changes-dots", level=lv) + (
        loc("survey-fig-changes-no-ring")
        if adjustment == "none"
        else loc("survey-fig-changes-ring", method=method)
    )
    bars_note = loc("survey-fig-changes-bars", deff=number(deff, lang), other=number(other, lang))
    return (zero + thin + thick + ring + dots + text).properties(
        width=WIDTH - 120,
        height=300,
        title=source_note(
            _lines(dots_note) + _lines(bars_note) + _lines(loc("survey-fig-changes-source"))
        ),
    )


def date_text(day: pd.Timestamp, lang: str = "en", *, short: bool = False) -> str:
    """A date in words: '20 July 2023' ('20 Jul 2023' when ``short``, in a language whose
    catalog has a short date; Kazakh writes dates as the article does, '2023 жылғы 20
    шілде', short or not): the catalog's ``date`` and ``survey-date-short``."""
    loc = catalog(lang)
    day = pd.Timestamp(day)
    if not short:
        return loc.date(day)
    return loc(
        "survey-date-short",
        date=loc.date(day),
        day=f"{day:%d}",
        month=loc.month(day.month, width="abbreviated"),
        year=str(day.year),
    )
