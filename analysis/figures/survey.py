"""Charts of the survey findings: awareness by age, Tables 1 and 2, the nine changes.

Every setting a chart states (design effect, confidence level, base of Tables 1 and 2)
is read from the processed tables' default rows (``is_default``), which the pipeline
built from the parameters (:mod:`analysis.params`); nothing here assumes a value.
"""

from __future__ import annotations

import json

import altair as alt
import pandas as pd

from analysis.figures import live
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


def _status_words(loc: Catalog) -> dict[str, str]:
    """The words of each value status in a legend or tooltip (``survey-fig-status-*``)."""
    return {s: loc("survey-fig-status-" + s) for s in STATUSES}


def _fill(template: str, **parts: str) -> str:
    """A Vega expression: the catalog's ``template`` (placeholders ``{name}``) with each
    placeholder replaced by the value of the expression ``parts[name]``."""
    expr = json.dumps(template, ensure_ascii=False)
    for name, part in parts.items():
        expr = f"replace({expr}, {json.dumps('{' + name + '}')}, {part})"
    return expr


def controls(deff: float, conf: float, lang: str = "en") -> list[alt.Parameter]:
    """The live chart's controls (issue 24): ``deff``, a slider over the design effects
    of :func:`analysis.survey.slider_design_effects` (1.0-2.5 by 0.1, widened to the
    build's ``deff``; steps of 0.01 when the build's value is off the 0.1 grid), and
    ``conf``, a choice of :func:`analysis.survey.slider_confidence_levels`; both start at
    the build's values, so the static chart is the build's. Labels: the catalog's
    ``chart-control-*``."""
    from analysis.survey import slider_confidence_levels, slider_design_effects

    loc = catalog(lang)
    grid = slider_design_effects(deff)
    on_grid = all(abs(round(d * 10) - d * 10) < 1e-9 for d in grid)
    levels = slider_confidence_levels(conf)
    return [
        alt.param(
            name="deff",
            value=deff,
            bind=alt.binding_range(
                min=grid[0],
                max=grid[-1],
                step=0.1 if on_grid else 0.01,
                name=loc("chart-control-deff") + " ",
            ),
        ),
        alt.param(
            name="conf",
            value=conf,
            bind=alt.binding_select(
                options=list(levels),
                labels=[level(c, lang) for c in levels],
                name=loc("chart-control-conf") + " ",
            ),
        ),
    ]


#: Vega expressions of the live charts: the level as a number of percent ("95", "97.5").
LEVEL_EXPR = "format(conf * 100, '.3~f')"
DEFF_EXPR = "format(deff, '.2~f')"


def awareness_by_age(
    awareness: pd.DataFrame, waves: pd.DataFrame, intervals: pd.DataFrame, lang: str = "en"
) -> alt.LayerChart:
    """Dot-and-interval chart: share aware of the Kurultai per age group, 2023 and 2024.

    Parameters
    ----------
    awareness:
        Processed ``awareness_by_age`` (wave_year, age_group, share_pct in percent 0-100,
        value_status).
    waves:
        Processed ``survey_waves`` (wave_year, respondents): the waves drawn.
    intervals:
        Processed ``survey_intervals``; the default rows give the build's design effect,
        confidence level and each group's estimated respondents.
    lang:
        Language of every word drawn (the catalog's ``survey-fig-awareness-*`` messages);
        numbers follow it (Kazakh: decimal comma).

    The whiskers are Wilson intervals computed in the chart (Vega expressions) from each
    share, its group's estimated respondents and the controls (:func:`controls`: design
    effect, confidence level), with the formula of statsmodels' ``proportion_confint(...,
    method="wilson")`` that the pipeline uses (:func:`analysis.inference.share_interval`):
    at the build's setting they are the default rows of ``survey_intervals``. A dashed
    line marks 50% (a majority of the group). Every mark has a tooltip: wave, group,
    share, interval, estimated and effective respondents, value status.

    Raises
    ------
    ValueError
        If a share has no default interval.
    """
    loc = catalog(lang)
    deff, conf = setting(intervals)
    ci = _default(intervals)
    ci = ci[ci["indicator"] == "awareness"][["wave_year", "group", "respondents"]]
    df = awareness.merge(
        ci, left_on=["wave_year", "age_group"], right_on=["wave_year", "group"], how="left"
    )
    if df["respondents"].isna().any():
        raise ValueError("survey_intervals lacks a default interval for an awareness share")
    years = [int(y) for y in waves["wave_year"]]

    def wave_name(y: int) -> str:
        return loc("survey-fig-wave-label", year=str(y))

    df = df.assign(
        wave=lambda d: d["wave_year"].map(wave_name),
        label=lambda d: d["share_pct"].map(loc.pct),
        tip_n=lambda d: d["respondents"].map(loc.count),
        status=lambda d: d["value_status"].map(_status_words(loc)),
    )
    sizes = loc.join(
        [
            loc(
                "survey-fig-awareness-size",
                group=g,
                n2023=loc.count(
                    df[(df.age_group == g) & (df.wave_year == years[0])].respondents.iloc[0]
                ),
                n2024=loc.count(
                    df[(df.age_group == g) & (df.wave_year == years[-1])].respondents.iloc[0]
                ),
            )
            for g in AGE_ORDER
        ]
    )
    df = df[
        ["wave", "wave_year", "age_group", "share_pct", "respondents", "label", "tip_n", "status"]
    ]
    ci_text = _fill(
        loc("survey-fig-live-ci", low="{low}", high="{high}", level="{level}", deff="{deff}"),
        low="format(datum.ci_low_pct, '.1f')",
        high="format(datum.ci_high_pct, '.1f')",
        level=LEVEL_EXPR,
        deff=DEFF_EXPR,
    )
    wave_scale = alt.Scale(
        domain=[wave_name(y) for y in WAVE_COLOURS], range=list(WAVE_COLOURS.values())
    )
    x_scale = alt.Scale(domain=[15, 65])
    ticks = alt.Axis(tickCount=alt.ExprRef("narrow ? 5 : 10"))
    # The data's groups are "18-28"; the axis writes ranges with an en dash (18–28).
    y = alt.Y(
        "age_group:N",
        title=loc("survey-fig-awareness-y"),
        sort=AGE_ORDER,
        axis=alt.Axis(labelExpr="replace(datum.label, '-', '–')"),
    )
    y_offset = alt.YOffset("wave:N", scale=alt.Scale(domain=wave_scale.domain, paddingInner=0.4))
    colour = alt.Color(
        "wave:N",
        scale=wave_scale,
        title=loc("survey-fig-wave"),
        # On a phone one wave per line (the legend starts under the plot, not the labels).
        legend=alt.Legend(columns=alt.ExprRef("narrow ? 1 : 0")),
    )
    tooltip = [
        alt.Tooltip("wave:N", title=loc("survey-fig-wave")),
        alt.Tooltip("age_group:N", title=loc("survey-fig-awareness-tip-group")),
        alt.Tooltip("label:N", title=loc("survey-fig-awareness-tip-share")),
        alt.Tooltip("ci_text:N", title=loc("survey-fig-tip-interval")),
        alt.Tooltip("tip_n:N", title=loc("survey-fig-tip-n")),
        alt.Tooltip("neff_text:N", title=loc("survey-fig-tip-neff")),
        alt.Tooltip("status:N", title=loc("survey-fig-awareness-tip-status")),
    ]
    base = (
        alt.Chart(df)
        .transform_calculate(
            # Wilson score interval on the effective sample (as statsmodels computes it).
            z="quantileNormal(0.5 + conf / 2)",
            m="datum.respondents / deff",
            q="datum.share_pct / 100",
        )
        .transform_calculate(
            den="1 + datum.z * datum.z / datum.m",
            half=(
                "datum.z * sqrt(datum.q * (1 - datum.q) / datum.m"
                " + datum.z * datum.z / (4 * datum.m * datum.m))"
            ),
        )
        .transform_calculate(
            centre="(datum.q + datum.z * datum.z / (2 * datum.m)) / datum.den",
        )
        .transform_calculate(
            ci_low_pct="100 * (datum.centre - datum.half / datum.den)",
            ci_high_pct="100 * (datum.centre + datum.half / datum.den)",
        )
        .transform_calculate(
            ci_text=ci_text,
            neff_text="format(datum.m, ',.0f')",
        )
        .encode(y=y, yOffset=y_offset, tooltip=tooltip)
    )
    half = alt.Chart(
        pd.DataFrame({"x": [50.0], "text": [loc("survey-fig-awareness-half")]})
    ).encode(x=alt.X("x:Q", scale=x_scale))
    half_line = half.mark_rule(color="#444", strokeDash=[5, 4], strokeWidth=1.5)
    half_text = half.mark_text(align="left", dx=4, y=-8, fontSize=12, color="#222").encode(
        text="text:N"
    )
    whiskers = base.mark_rule(strokeWidth=2.5).encode(
        x=alt.X("ci_low_pct:Q", scale=x_scale), x2="ci_high_pct:Q", color=colour
    )
    lv = level(conf, lang)
    dots = base.mark_circle(size=120, opacity=1, stroke="white", strokeWidth=1).encode(
        x=alt.X(
            "share_pct:Q",
            title=live.axis_title(loc("survey-fig-awareness-x")),
            scale=x_scale,
            axis=ticks,
        ),
        color=colour,
    )
    text = base.mark_text(align="left", dx=6, dy=0, fontSize=12, color="#222").encode(
        x="ci_high_pct:Q", text="label:N"
    )
    note = _lines(loc("survey-fig-awareness-note", level=lv, deff=number(deff, lang)))
    note += _lines(loc("survey-fig-awareness-sizes", sizes=sizes))
    chart = alt.layer(half_line, half_text, whiskers, dots, text).add_params(
        live.narrow_param(), *controls(deff, conf, lang)
    )
    return chart.properties(width=WIDTH, height=230, title=source_note(note))


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
    ci = ci[
        [
            "wave_year",
            "category",
            "moe_pp",
            "ci_low_pct",
            "ci_high_pct",
            "respondents",
            "effective_respondents",
        ]
    ]
    df = df.merge(ci, on=["wave_year", "category"], how="left")
    df["wave"] = df["wave_year"].astype(str)
    df["ci_text"] = [
        loc("survey-fig-ci-range", low=loc.decimal(lo), high=loc.decimal(hi))
        for lo, hi in zip(df["ci_low_pct"], df["ci_high_pct"], strict=True)
    ]
    df["tip_share"] = df["share_pct"].map(loc.pct)
    df["tip_n"] = df["respondents"].map(loc.count)
    df["tip_neff"] = df["effective_respondents"].map(loc.count)
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
    tooltip = [
        alt.Tooltip("wave:N", title=loc("survey-fig-wave")),
        alt.Tooltip("category_label:N", title=loc("survey-fig-shares-answer")),
        alt.Tooltip("tip_share:N", title=loc("survey-fig-shares-tip-share")),
        alt.Tooltip("ci_text:N", title=ci_title),
        alt.Tooltip("tip_n:N", title=loc("survey-fig-tip-n")),
        alt.Tooltip("tip_neff:N", title=loc("survey-fig-tip-neff")),
        alt.Tooltip("status_label:N", title=loc("survey-fig-shares-value")),
    ]
    base_enc = alt.Chart(df).encode(
        tooltip=tooltip,
        y=alt.Y("wave:N", title=wave_title),
        x=alt.X(
            "share_pct:Q",
            stack="zero",
            title=live.axis_title(loc("survey-fig-shares-x")),
            scale=alt.Scale(domain=[0, 100]),
        ),
        order=alt.Order("category_order:Q"),
    )
    # Legends relabelled by a labelExpr are left out of the accessible tree: Vega would name
    # them to a screen reader by their codes ("changed_positive"), and ignores a legend's
    # description (vega-lite issue 9642); the figure's alt text gives every answer.
    status_words = pd.Series(_status_words(loc))
    status_legend = alt.Legend(orient="bottom")
    if not (status_words == status_words.index).all():
        status_legend = alt.Legend(orient="bottom", labelExpr=_label_expr(status_words), aria=False)
    bars = base_enc.mark_bar(height=34, stroke="#222").encode(
        color=alt.Color(
            "category:N",
            scale=scale(colours),
            title=loc("survey-fig-shares-answer"),
            legend=alt.Legend(
                labelExpr=_label_expr(labels),
                aria=False,
                orient="bottom",
                columns=alt.ExprRef("narrow ? 1 : 2"),
                # No label is cut short (0: no limit); on a phone one answer per line.
                labelLimit=0,
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
    )[["wave", "edge", "lo", "hi", "category_label", "ci_text", "tip_share", "tip_n", "tip_neff"]]
    edge_tooltip = [
        alt.Tooltip("category_label:N", title=loc("survey-fig-shares-interval-of")),
        alt.Tooltip("tip_share:N", title=loc("survey-fig-shares-tip-share")),
        alt.Tooltip("ci_text:N", title=ci_title),
        alt.Tooltip("tip_n:N", title=loc("survey-fig-tip-n")),
        alt.Tooltip("tip_neff:N", title=loc("survey-fig-tip-neff")),
    ]
    edge_base = alt.Chart(edges).encode(y=alt.Y("wave:N", title=wave_title), tooltip=edge_tooltip)
    whisker = edge_base.mark_rule(color="black", strokeWidth=2).encode(
        x=alt.X("lo:Q"),
        x2="hi:Q",
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
    return (
        (bars + text + small + whisker + caps)
        .add_params(live.narrow_param())
        .properties(
            width=WIDTH,
            height=130,
            title=source_note(lines),
        )
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


#: Characters per line of a change chart's row label on a narrow screen.
NARROW_ROW_CHARS = 18


def changes(changes: pd.DataFrame, lang: str = "en") -> alt.LayerChart:
    """Change 2023 -> 2024 of every share, in percentage points, with confidence intervals.

    Parameters
    ----------
    changes:
        Processed ``survey_changes``. Thick bars: the score interval of the default family
        (the build's base of Tables 1 and 2 and age-group sizes) at the design effect and
        confidence level of the controls (:func:`controls`; they start at the build's),
        from the grid :func:`analysis.survey.change_grid` computes with the pipeline's own
        method; thin lines: the default rows at :func:`comparison_design_effect`. A filled
        dot: the change is beyond sampling error by the p-value the build's
        ``multiple_comparison`` names (adjusted for the nine tests, or raw when it is
        ``none``); the note says which.
    lang:
        Language of every word drawn (the catalog's ``survey-fig-changes-*`` messages; rows
        :func:`change_rows`).

    Raises
    ------
    ValueError
        If a row of :data:`analysis.survey.CHANGE_ROWS` is missing from ``changes``.
    """
    from analysis.survey import change_grid, slider_confidence_levels, slider_design_effects

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
    grid = change_grid(changes, slider_design_effects(deff), slider_confidence_levels(conf))
    info = wide[[*key, "row"]].assign(colour_key=wide["category"])
    info["label"] = [loc.pp(d) for d in wide["diff_pp"]]
    info["tip_n"] = [
        loc("survey-fig-changes-n", n2023=loc.count(a), n2024=loc.count(b))
        for a, b in zip(wide["respondents_2023"], wide["respondents_2024"], strict=True)
    ]
    grid = grid.merge(info, on=key)[
        [
            *key,
            "row",
            "colour_key",
            "label",
            "tip_n",
            "design_effect",
            "confidence_level",
            "diff_pp",
            "ci_low_pp",
            "ci_high_pp",
            "p_value",
            "p_adjusted",
            "beyond",
            "respondents_2023",
            "respondents_2024",
        ]
    ]
    signed = "format({}, '+.1f')"
    ci_text = _fill(
        loc("survey-fig-live-ci-pp", low="{low}", high="{high}", level="{level}", deff="{deff}"),
        low=signed.format("datum.ci_low_pp"),
        high=signed.format("datum.ci_high_pp"),
        level=LEVEL_EXPR,
        deff=DEFF_EXPR,
    )
    no_ci = json.dumps(loc("survey-fig-live-no-ci"), ensure_ascii=False)
    beyond = json.dumps(loc("survey-fig-changes-verdict", exceeds="yes"), ensure_ascii=False)
    within = json.dumps(loc("survey-fig-changes-verdict", exceeds="no"), ensure_ascii=False)
    neff = _fill(
        loc("survey-fig-changes-n", n2023="{a}", n2024="{b}"),
        a="format(datum.respondents_2023 / datum.design_effect, ',.0f')",
        b="format(datum.respondents_2024 / datum.design_effect, ',.0f')",
    )
    colours = {"aware": "#000000", **CATEGORY_COLOURS}
    row_words = {r: r for r in rows.values()}
    # No row label is cut short (labelLimit 0); on a phone long ones break into lines.
    axis = alt.Axis(labelExpr=live.label_expr(row_words, NARROW_ROW_CHARS), labelLimit=0)
    y = alt.Y("row:N", title=None, sort=list(rows.values()), axis=axis)
    x_scale = alt.Scale(domain=[-25, 25])
    colour = alt.Color("colour_key:N", scale=scale(colours), legend=None)
    tooltip = [
        alt.Tooltip("row:N", title=loc("survey-fig-changes-tip-row")),
        alt.Tooltip("label:N", title=loc("survey-fig-changes-tip-change")),
        alt.Tooltip("ci_text:N", title=loc("survey-fig-tip-interval")),
        alt.Tooltip("p_value:Q", format=".3f", title=loc("survey-fig-changes-tip-p")),
        alt.Tooltip(
            "p_adjusted:Q",
            format=".3f",
            title=loc("survey-fig-changes-tip-p-adjusted", method=method),
        ),
        alt.Tooltip("verdict:N", title=loc("survey-fig-changes-tip-verdict")),
        alt.Tooltip("tip_n:N", title=loc("survey-fig-changes-tip-n")),
        alt.Tooltip("neff_text:N", title=loc("survey-fig-tip-neff")),
    ]
    base = (
        alt.Chart(grid)
        # The grid's design effect nearest the slider's, at the chosen level.
        .transform_calculate(gap="abs(datum.design_effect - deff)")
        .transform_joinaggregate(nearest="min(gap)")
        .transform_filter(
            "datum.gap <= datum.nearest + 1e-9 && abs(datum.confidence_level - conf) < 1e-9"
        )
        .transform_calculate(
            ci_text=f"isValid(datum.ci_low_pp) ? {ci_text} : {no_ci}",
            verdict=f"datum.beyond ? {beyond} : {within}",
            neff_text=neff,
        )
        .encode(y=y, tooltip=tooltip)
    )
    zero = alt.Chart(pd.DataFrame({"x": [0]})).mark_rule(color="#666").encode(x="x:Q")
    thin = (
        alt.Chart(wide.assign(colour_key=wide["category"]))
        .mark_rule(strokeWidth=1)
        .encode(y=y, x=alt.X("ci_low_pp_2:Q", scale=x_scale), x2="ci_high_pp_2:Q", color=colour)
    )
    thick = base.mark_rule(strokeWidth=5, opacity=0.55).encode(
        x=alt.X("ci_low_pp:Q", scale=x_scale), x2="ci_high_pp:Q", color=colour
    )
    dots = base.mark_point(size=90, strokeWidth=2, opacity=1).encode(
        x=alt.X(
            "diff_pp:Q",
            scale=x_scale,
            title=live.axis_title(loc("survey-fig-changes-x")),
            axis=alt.Axis(tickCount=alt.ExprRef("narrow ? 5 : 10")),
        ),
        color=colour,
        fill=alt.condition(
            "datum.beyond",
            alt.Color("colour_key:N", scale=scale(colours), legend=None),
            alt.value("white"),
        ),
    )
    text = base.mark_text(align="left", dx=8, dy=-9, fontSize=12, color="#222").encode(
        x="diff_pp:Q", text="label:N"
    )
    lv = level(conf, lang)
    alpha = number(round(1 - conf, 4), lang)
    mark_note = (
        loc("survey-fig-changes-mark-raw", level=lv, alpha=alpha)
        if adjustment == "none"
        else loc("survey-fig-changes-mark-adjusted", level=lv, method=method, alpha=alpha)
    )
    bars_note = loc("survey-fig-changes-bars", deff=number(deff, lang), other=number(other, lang))
    chart = alt.layer(zero, thin, thick, dots, text).add_params(
        live.narrow_param(), *controls(deff, conf, lang)
    )
    return chart.properties(
        width=WIDTH - 120,
        height=300,
        title=source_note(
            _lines(mark_note) + _lines(bars_note) + _lines(loc("survey-fig-changes-source"))
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
