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
from analysis.prose import fmt
from analysis.survey import CHANGE_ROWS

AGE_ORDER = ["18-28", "29-60", "61+"]
#: Names of the p-value adjustments in Kazakh (the English ones are
#: :data:`analysis.inference.P_ADJUSTMENT_NAMES`).
P_ADJUSTMENT_NAMES_KK = {
    "holm": "Холм",
    "bonferroni": "Бонферрони",
    "fdr_bh": "Бенджамини–Хохберг",
    "none": "жоқ",
}
#: Answer categories of Tables 1 and 2 in Kazakh (the English labels are the processed
#: column ``category_label``; ``category_kk`` holds the article's own, longer wording).
CATEGORY_KK = {
    "positive": "Оң (оңға жақынды қоса)",
    "neutral": "Бейтарап",
    "negative": "Теріс (теріске жақынды қоса)",
    "changed_positive": "Жақсы жаққа өзгерген",
    "no_change": "Өзгермеген",
    "changed_negative": "Теріс жаққа өзгерген",
}
#: Value status of a share in Kazakh (legend and tooltip words): inferred = «шамалап
#: анықталған», implied = «басылған сандардан шығатын», as the preface defines them.
STATUS_KK = {
    "reported": "жарияланған",
    "inferred": "жарияланған, жылы шамалап анықталған",
    "implied": "жарияланбаған, басылған сандардан шығатын",
}


def _default(intervals: pd.DataFrame) -> pd.DataFrame:
    out = intervals[intervals["is_default"]]
    if out.empty:
        raise ValueError("no default rows (is_default) in the survey table")
    return out


def number(value: float, lang: str = "en") -> str:
    """A design effect or level as text: 1.5, 2, 1.75 (no trailing zeros; Kazakh: 1,5)."""
    return fmt.number(value, max_decimals=2, lang=lang)


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


def _lines(lines: list[str]) -> list[str]:
    """Note lines with every ``\\n`` inside a line split into lines of their own (the
    Kazakh notes, whose words are longer, break where the English ones need not)."""
    return [part for line in lines for part in line.split("\n")]


def _tip(field: str, lang: str, title_kk: str) -> str | alt.Tooltip:
    """A tooltip of ``field``: the bare field in English (its name is the title), a titled
    tooltip in Kazakh."""
    return field if lang == "en" else alt.Tooltip(field, title=title_kk)


#: Words of :func:`awareness_by_age`, per language.
AWARENESS_WORDS = {
    "en": {
        "y": "Age group (years)",
        "x": "Aware of the Kurultai (% of respondents in the age group)",
        "colour": "Survey wave",
        "tip_share": "share (%)",
        "tip_low": "{level} CI low",
        "tip_high": "{level} CI high",
        "tip_n": "respondents (estimate)",
        "note": [
            "Dots: shares printed in the article (seed lines 318-341); whiskers: "
            "{level} Wilson intervals, design effect {deff},",
            "on ESTIMATED age-group sizes (UN WPP 2024). 29-60 is one printed figure for the "
            "groups 29-45 and 46-60 (inferred).",
            "Data: data/processed/awareness_by_age.csv, survey_intervals.csv.",
        ],
    },
    "kk": {
        "y": "Жас тобы (жас)",
        "x": "Құрылтай туралы хабардар (жас тобы респонденттерінің %)",
        "colour": "Сауалнама толқыны",
        "wave": "толқын",
        "group": "жас тобы",
        "status": "мәннің күйі",
        "tip_share": "үлес (%)",
        "tip_low": "{level} СИ төменгі шегі",
        "tip_high": "{level} СИ жоғарғы шегі",
        "tip_n": "респонденттер (бағалау)",
        "note": [
            "Нүктелер: мақалада жарияланған үлестер (318–341-жолдар);",
            "сызықтар: {level} Уилсон интервалдары (СИ), дизайн эффектісі {deff},",
            "жас топтарының көлемі БАҒАЛАНҒАН (БҰҰ, WPP 2024).",
            "29-60: мақала 29-45 және 46-60 топтарына бір сан береді (шамалап анықталған).",
            "Деректер: data/processed/awareness_by_age.csv, survey_intervals.csv.",
        ],
    },
}


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
        Language of every word drawn (``"en"`` or ``"kk"``; :data:`AWARENESS_WORDS`);
        numbers in labels follow it (Kazakh: decimal comma).

    Raises
    ------
    ValueError
        If a share has no default interval.
    """
    w = AWARENESS_WORDS[lang]
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
        return f"{y} (n = {fmt.count(n[y], lang=lang)})"

    df = df.assign(
        wave=lambda d: d["wave_year"].map(wave_name),
        label=lambda d: d["share_pct"].map(lambda v: fmt.pct(v, lang=lang)),
        n_est=lambda d: d["respondents"].round().astype(int),
    )
    if lang != "en":
        df["status"] = df["value_status"].map(STATUS_KK)
    wave_scale = alt.Scale(
        domain=[wave_name(y) for y in WAVE_COLOURS], range=list(WAVE_COLOURS.values())
    )
    y = alt.Y("age_group:N", title=w["y"], sort=AGE_ORDER)
    y_offset = alt.YOffset("wave:N", scale=alt.Scale(domain=wave_scale.domain, paddingInner=0.4))
    x = alt.X(
        "share_pct:Q",
        title=w["x"],
        scale=alt.Scale(domain=[20, 60]),
    )
    colour = alt.Color("wave:N", scale=wave_scale, title=w["colour"])
    base = alt.Chart(df).encode(y=y, yOffset=y_offset)
    whiskers = base.mark_rule(strokeWidth=2.5).encode(
        x=alt.X("ci_low_pct:Q", scale=alt.Scale(domain=[20, 60])), x2="ci_high_pct:Q", color=colour
    )
    lv = level(conf, lang)
    dots = base.mark_circle(size=120, opacity=1, stroke="white", strokeWidth=1).encode(
        x=x,
        color=colour,
        tooltip=[
            _tip("wave", lang, w.get("wave", "")),
            _tip("age_group", lang, w.get("group", "")),
            alt.Tooltip("share_pct:Q", format=".1f", title=w["tip_share"]),
            alt.Tooltip("ci_low_pct:Q", format=".1f", title=w["tip_low"].format(level=lv)),
            alt.Tooltip("ci_high_pct:Q", format=".1f", title=w["tip_high"].format(level=lv)),
            alt.Tooltip("n_est:Q", title=w["tip_n"]),
            "value_status" if lang == "en" else alt.Tooltip("status", title=w["status"]),
        ],
    )
    text = base.mark_text(align="left", dx=6, dy=0, fontSize=12, color="#222").encode(
        x="ci_high_pct:Q", text="label:N"
    )
    return (whiskers + dots + text).properties(
        width=WIDTH,
        height=230,
        title=source_note(
            _lines([line.format(level=lv, deff=number(deff, lang)) for line in w["note"]])
        ),
    )


#: Segments narrower than this (percent) get their label beside the bar, not inside it.
SMALL_SEGMENT_PCT = 8.0
#: Words of the base of Tables 1 and 2 in a chart note, by size scenario.
BASE_NOTE = {
    "reported": "the whole sample as base (n printed)",
    "aware": "the ESTIMATED respondents aware of the Kurultai as base",
}
#: :data:`BASE_NOTE` in Kazakh.
BASE_NOTE_KK = {
    "reported": "негізі: бүкіл іріктеме (n жарияланған)",
    "aware": "негізі: Құрылтай туралы хабардар респонденттердің БАҒАЛАНҒАН саны",
}
#: Words of :func:`attitude_shares`, per language.
SHARES_WORDS = {
    "en": {
        "status": {
            "reported": "printed",
            "inferred": "printed, year inferred",
            "implied": "not printed: implied (100 minus the rest)",
        },
        "ci": "{level} CI (%)",
        "wave": "Survey wave",
        "x": "Share of respondents (%)",
        "answer": "Answer",
        "value": "Value",
        "interval_of": "interval of",
        "source": "Source: article, seed lines 347-396 (data/processed/attitude_shares.csv).",
        "implied": "* implied (lighter, dashed): not printed, 100 minus the printed shares.",
        "whiskers": "Black whiskers: {level} Wilson intervals of the first and last answers' "
        "shares, design effect {deff},",
        "base": "with {base} (survey_intervals.csv).",
    },
    "kk": {
        "status": {
            "reported": "жарияланған",
            "inferred": "жарияланған, жылы шамалап анықталған",
            "implied": "жарияланбаған: басылған сандардан шығатын (100 минус қалғандары)",
        },
        "ci": "{level} СИ (%)",
        "wave": "Сауалнама толқыны",
        "x": "Респонденттер үлесі (%)",
        "answer": "Жауап",
        "value": "Мән",
        "interval_of": "интервал",
        "share": "үлес (%)",
        "status_title": "мәннің күйі",
        "source": "Дереккөз: мақала, 347–396-жолдар (data/processed/attitude_shares.csv).",
        "implied": "* басылған сандардан шығатын (ашығырақ, үзік жиекті): мақалада жоқ,\n"
        "100 минус жарияланған үлестер.",
        "whiskers": "Қара сызықтар: бірінші және соңғы жауап үлестерінің {level}\n"
        "Уилсон интервалдары (СИ), дизайн эффектісі {deff},",
        "base": "{base}\n(survey_intervals.csv).",
    },
}


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
        Processed ``attitude_shares`` (table_id, wave_year, category, category_label,
        category_order, share_pct in percent 0-100, value_status).
    intervals:
        Processed ``survey_intervals`` (default rows: ci_low_pct, ci_high_pct, moe_pp,
        design_effect, confidence_level, size_scenario).
    table_id:
        ``"table1"`` or ``"table2"``.
    lang:
        Language of every word drawn (``"en"`` or ``"kk"``; :data:`SHARES_WORDS`); in
        Kazakh the answers are the article's wording (``category_kk``) for Table 1 and
        :data:`CATEGORY_KK` for Table 2, and numbers take a decimal comma.

    Raises
    ------
    ValueError
        If ``table_id`` has no rows, or ``intervals`` no default rows.
    """
    w = SHARES_WORDS[lang]
    df = attitudes[attitudes["table_id"] == table_id].copy()
    if df.empty:
        raise ValueError(f"no rows for table_id={table_id!r} in attitude_shares")
    if lang != "en":
        # Table 1's answers as the article words them (seed lines 347-361; they fit the
        # legend); Table 2's article wordings differ in form, so it takes CATEGORY_KK.
        df["category_label"] = (
            df["category_kk"] if table_id == "table1" else df["category"].map(CATEGORY_KK)
        )
    deff, conf = setting(intervals)
    ci = _default(intervals)
    ci = ci[ci["indicator"] == table_id]
    base = (BASE_NOTE if lang == "en" else BASE_NOTE_KK)[ci["size_scenario"].iloc[0]]
    ci = ci[["wave_year", "category", "moe_pp", "ci_low_pct", "ci_high_pct"]]
    df = df.merge(ci, on=["wave_year", "category"], how="left")
    df["wave"] = df["wave_year"].astype(str)
    dash = "-" if lang == "en" else "–"
    df["ci_text"] = [
        fmt.decimal(lo, lang=lang) + dash + fmt.decimal(hi, lang=lang)
        for lo, hi in zip(df["ci_low_pct"], df["ci_high_pct"], strict=True)
    ]
    df["status_label"] = df["value_status"].map(w["status"])
    df["label"] = df.apply(
        lambda r: fmt.pct(r.share_pct, lang=lang) + ("*" if r.value_status == "implied" else ""),
        axis=1,
    )
    has_implied = bool((df["value_status"] == "implied").any())
    order = df.sort_values("category_order")["category"].unique().tolist()
    colours = {c: CATEGORY_COLOURS[c] for c in order}
    labels = df.drop_duplicates("category").set_index("category")["category_label"]
    ci_title = w["ci"].format(level=level(conf, lang))
    base_enc = alt.Chart(df).encode(
        y=alt.Y("wave:N", title=w["wave"]),
        x=alt.X(
            "share_pct:Q",
            stack="zero",
            title=w["x"],
            scale=alt.Scale(domain=[0, 100]),
        ),
        order=alt.Order("category_order:Q"),
    )
    status_legend = alt.Legend(orient="bottom")
    if lang != "en":
        status_legend = alt.Legend(orient="bottom", labelExpr=_label_expr(pd.Series(STATUS_KK)))
    bars = base_enc.mark_bar(height=34, stroke="#222").encode(
        color=alt.Color(
            "category:N",
            scale=scale(colours),
            title=w["answer"],
            legend=alt.Legend(
                labelExpr=_label_expr(labels),
                orient="bottom",
                columns=2,
                # Kazakh answers are longer than the default label limit (160 px)
                **({} if lang == "en" else {"labelLimit": 260}),
            ),
        ),
        opacity=alt.Opacity(
            "value_status:N",
            title=w["value"],
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
            _tip("wave", lang, w.get("wave", "")),
            _tip("category_label", lang, w["answer"]),
            alt.Tooltip("share_pct:Q", format=".1f")
            if lang == "en"
            else alt.Tooltip("share_pct:Q", format=".1f", title=w["share"]),
            alt.Tooltip("ci_text:N", title=ci_title),
            _tip("status_label", lang, w.get("status_title", "")),
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
    edge_base = alt.Chart(edges).encode(y=alt.Y("wave:N", title=w["wave"]))
    whisker = edge_base.mark_rule(color="black", strokeWidth=2).encode(
        x=alt.X("lo:Q"),
        x2="hi:Q",
        tooltip=[
            alt.Tooltip("category_label:N", title=w["interval_of"]),
            alt.Tooltip("ci_text:N", title=ci_title),
        ],
    )
    caps = edge_base.mark_tick(color="black", thickness=2, size=14).encode(x="lo:Q") + (
        edge_base.mark_tick(color="black", thickness=2, size=14).encode(x="hi:Q")
    )
    first_lines = [w["source"]]
    if has_implied:
        first_lines.append(w["implied"])
    return (bars + text + small + whisker + caps).properties(
        width=WIDTH,
        height=130,
        title=source_note(
            _lines(
                [
                    *first_lines,
                    w["whiskers"].format(level=level(conf, lang), deff=number(deff, lang)),
                    w["base"].format(base=base),
                ]
            )
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
#: :data:`analysis.survey.CHANGE_ROWS` in Kazakh (the tables' row labels).
CHANGE_ROWS_KK = {
    ("awareness", "18-28", "aware"): "Хабардарлық, 18-28",
    ("awareness", "29-60", "aware"): "Хабардарлық, 29-60 †",
    ("awareness", "61+", "aware"): "Хабардарлық, 61+",
    ("table1", "all", "positive"): "1-кесте, оң †",
    ("table1", "all", "neutral"): "1-кесте, бейтарап",
    ("table1", "all", "negative"): "1-кесте, теріс †",
    ("table2", "all", "changed_positive"): "2-кесте, жақсы жаққа өзгерген *",
    ("table2", "all", "no_change"): "2-кесте, өзгермеген",
    ("table2", "all", "changed_negative"): "2-кесте, теріс жаққа өзгерген *",
}
assert set(CHANGE_ROWS_KK) == set(CHANGE_ROWS)
#: Rows of the change chart in Kazakh (shortened :data:`CHANGE_ROWS_KK`).
_CHANGE_ROWS_KK = {
    k: v.replace("Хабардарлық,", "Хабардар").replace("1-кесте,", "1-к.").replace("2-кесте,", "2-к.")
    for k, v in CHANGE_ROWS_KK.items()
}
#: Words of :func:`changes`, per language.
CHANGES_WORDS = {
    "en": {
        "verdict": {True: "larger than sampling error", False: "within sampling error"},
        "adjusted": {True: "passes after adjustment", False: "does not pass after adjustment"},
        "x": "Change 2023 to 2024 (percentage points)",
        "tip_change": "change (pp)",
        "tip_low": "{level} CI low",
        "tip_high": "{level} CI high",
        "tip_p_adj": "p ({method})",
        "dots": "Filled dot: {level} interval excludes zero; hollow: within sampling error",
        "ring": "; ring: also after {method}'s adjustment for nine tests.",
        "bars": "Thick bar: score interval, design effect {deff}; thin line: design effect "
        "{other}. Age-group n and the aware base are ESTIMATES.",
        "source": "† year or group inferred; * rests on an implied cell. "
        "Source: article, seed lines 318-396; data/processed/survey_changes.csv.",
    },
    "kk": {
        "verdict": {True: "іріктеу қателігінен үлкен", False: "іріктеу қателігі шегінде"},
        "adjusted": {True: "түзетуден кейін де өтеді", False: "түзетуден кейін өтпейді"},
        "x": "2023-2024 жылдардағы өзгеріс (пайыздық тармақ)",
        "row": "өзгеріс",
        "verdict_title": "баға",
        "adjusted_title": "түзетуден кейінгі баға",
        "tip_change": "өзгеріс (п.т.)",
        "tip_low": "{level} СИ төменгі шегі",
        "tip_high": "{level} СИ жоғарғы шегі",
        "tip_p_adj": "p ({method} түзетуі)",
        "dots": "Боялған нүкте: {level} СИ нөлді қамтымайды;\nқуыс нүкте: іріктеу қателігі шегінде",
        "ring": ";\nшеңбер: {method} түзетуінен (тоғыз тест) кейін де нөлді қамтымайды.",
        "bars": "Жуан сызық: Миеттинен–Нурминен интервалы, дизайн эффектісі {deff};\n"
        "жіңішке сызық: дизайн "
        "эффектісі {other}.\nЖас топтарының n-і мен хабардарлар негізі БАҒАЛАНҒАН.",
        "source": "† жылы немесе тобы шамалап анықталған; * басылған сандардан шығатын\n"
        "ұяшыққа сүйенеді.\nДереккөз: мақала, 318–396-жолдар; data/processed/survey_changes.csv.",
    },
}


def comparison_design_effect(changes: pd.DataFrame) -> float:
    """The design effect drawn as thin lines beside the default in :func:`changes`: the
    largest of the build's design effects, or the smallest when the default is the largest.
    """
    default, _ = setting(changes)
    grid = sorted(set(changes["design_effect"]))
    return grid[-1] if grid[-1] > default else grid[0]


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
        Language of every word drawn (``"en"`` or ``"kk"``; :data:`CHANGES_WORDS`, rows
        :data:`_CHANGE_ROWS` or :data:`_CHANGE_ROWS_KK`).

    Raises
    ------
    ValueError
        If a row of :data:`_CHANGE_ROWS` is missing from ``changes``.
    """
    w = CHANGES_WORDS[lang]
    rows = _CHANGE_ROWS if lang == "en" else _CHANGE_ROWS_KK
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
    method = P_ADJUSTMENT_NAMES[adjustment] if lang == "en" else P_ADJUSTMENT_NAMES_KK[adjustment]
    wide["colour_key"] = wide["category"]
    wide["verdict"] = wide["exceeds_sampling_error"].map(w["verdict"])
    wide["adjusted_verdict"] = wide["exceeds_after_adjustment"].map(w["adjusted"])
    wide["label"] = [
        fmt.pp(d, lang=lang) if lang == "en" else fmt.pp(d, lang=lang).replace("-", "−")
        for d in wide["diff_pp"]
    ]
    colours = {"aware": "#000000", **CATEGORY_COLOURS}
    # Kazakh row labels are longer than the default label limit (180 px).
    axis = None if lang == "en" else alt.Axis(labelLimit=260)
    y = alt.Y("row:N", title=None, sort=list(rows.values()), **({"axis": axis} if axis else {}))
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
            title=w["x"],
        ),
        color=colour,
        fill=alt.condition(
            "datum.exceeds_sampling_error",
            alt.Color("colour_key:N", scale=scale(colours), legend=None),
            alt.value("white"),
        ),
        tooltip=[
            _tip("row", lang, w.get("row", "")),
            alt.Tooltip("diff_pp:Q", format="+.1f", title=w["tip_change"]),
            alt.Tooltip("ci_low_pp:Q", format="+.1f", title=w["tip_low"].format(level=lv)),
            alt.Tooltip("ci_high_pp:Q", format="+.1f", title=w["tip_high"].format(level=lv)),
            alt.Tooltip("p_value:Q", format=".3f", title="p"),
            alt.Tooltip("p_adjusted:Q", format=".3f", title=w["tip_p_adj"].format(method=method)),
            _tip("verdict", lang, w.get("verdict_title", "")),
            _tip("adjusted_verdict", lang, w.get("adjusted_title", "")),
        ],
    )
    text = base.mark_text(align="left", dx=8, dy=-9, fontSize=12, color="#222").encode(
        x="diff_pp:Q", text="label:N"
    )
    return (zero + thin + thick + ring + dots + text).properties(
        width=WIDTH - 120,
        height=300,
        title=source_note(
            _lines(
                [
                    w["dots"].format(level=lv)
                    + ("." if adjustment == "none" else w["ring"].format(method=method)),
                    w["bars"].format(deff=number(deff, lang), other=number(other, lang)),
                    w["source"],
                ]
            )
        ),
    )


def date_text(day: pd.Timestamp, lang: str = "en", *, short: bool = False) -> str:
    """A date in words: '20 July 2023' ('20 Jul 2023' when ``short``); in Kazakh, as the
    article writes dates, '2023 жылғы 20 шілде' (:func:`analysis.prose.fmt.date_kk`)."""
    day = pd.Timestamp(day)
    if lang == "en":
        return f"{day:%d %b %Y}" if short else f"{day:%-d %B %Y}"
    from analysis.prose.fmt import date_kk

    return date_kk(day)
