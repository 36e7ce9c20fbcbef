"""Values of the Attitudes chapter (``book/attitudes.qmd``) and its Methods caveats.

Every number and every verdict the chapter states is computed here from the processed
survey tables (:mod:`analysis.survey`) under the build's parameters, so a sentence such as
"none of the three age groups changed by more than sampling error" is written only when
the data say so at the build's design effect. Keys are used in the chapter as
``{{< var attitudes.KEY >}}``. The words are the catalogs' ``attitudes-*`` messages
(``locales/<lang>/attitudes.ftl``); the captions and alt texts of the chapter's figures and
tables (formerly the module's ``CAPTIONS`` and ``CAPTIONS_KK``) are the ``caption-<label>``
messages of ``locales/<lang>/captions.ftl``, over the same values.

Public facts that are not in the article (the fielding institute, the referendum date)
carry their source addresses in :data:`SOURCES`.
"""

from __future__ import annotations

import pandas as pd

from analysis.i18n import Catalog, catalog
from analysis.prose import Context

#: Public sources the chapter and the Methods appendix cite (found with the project's
#: search of stored public pages, November 2026).
SOURCES = {
    # Referendum on building a nuclear power plant, held on 6 October 2024.
    "referendum_astana_times": (
        "https://astanatimes.com/2024/10/nuclear-power-plant-referendum-begins-in-kazakhstan/"
    ),
    "referendum_tass": "https://tass.com/society/1853433",
    # The Minister of Information and Social Development presenting the new chairman of the
    # board of the Kazakhstan Institute of Public Development "Rukhani Zhangyru" (2021).
    "institute_kazinform": (
        "https://www.kazinform.kz/ru/v-mior-rk-proshla-vstrecha-po-itogam-i-perspektivam-"
        "programmy-ruhani-zhangyru_a3774557"
    ),
}
#: Date of the nuclear power plant referendum (both sources in :data:`SOURCES`).
REFERENDUM_DATE = pd.Timestamp("2024-10-06")

KEY = ["indicator", "group", "category"]
#: The nine changes in the chapter's order, with the short key of each in value names
#: (``change_young``, ...). What each change is called in a sentence is the catalog's
#: ``attitudes-name-<key>`` (hyphens for underscores), with the attribute ``.of`` for the
#: form that owns a change ("the rise in X" / «X-тің өсуі»).
SHORT = {
    ("awareness", "18-28", "aware"): "young",
    ("awareness", "29-60", "aware"): "middle",
    ("awareness", "61+", "aware"): "old",
    ("table1", "all", "positive"): "t1_positive",
    ("table1", "all", "neutral"): "t1_neutral",
    ("table1", "all", "negative"): "t1_negative",
    ("table2", "all", "changed_positive"): "t2_better",
    ("table2", "all", "no_change"): "t2_same",
    ("table2", "all", "changed_negative"): "t2_worse",
}
#: The age groups of the awareness chart's alt text, by short key (``attitudes-alt-age-``).
AGE_SHORT = {"18-28": "young", "29-60": "middle", "61+": "old"}
#: The wave years the chapter compares.
YEARS = (2023, 2024)


def _id(code: str) -> str:
    """A code as the tail of a message id: ``t1_positive`` → ``t1-positive``."""
    return code.replace("_", "-")


def name(key: tuple, loc: Catalog, form: str | None = None) -> str:
    """What change ``key`` is called in a sentence (``form="of"``: the form that owns a
    change, «…үлесінің» in Kazakh; the same words in English)."""
    msg_id = "attitudes-name-" + _id(SHORT[key])
    return loc(msg_id) if form is None else loc.attr(msg_id, form)


def count_word(n: int, loc: Catalog) -> str:
    """'two' ('two of the nine'; Kazakh «екеуі», тоғыздың екеуі), for 0-9."""
    return loc("attitudes-count-of-nine", n=n)


def dash_range(low: float, high: float, loc: Catalog, unit: str = "%") -> str:
    """A confidence interval in prose, from the catalog's ``ci-range``: '27.3–37.1%' in
    English, «[27,3%; 37,1%]» in Kazakh (the glossary's «[a; b]»). ``unit``: '%' or ''."""
    return loc("ci-range", low=loc.decimal(low), high=loc.decimal(high), unit=unit)


def _adjustment_name(method: str, loc: Catalog) -> str:
    """The name of a p-value adjustment ('Holm', «Холм»)."""
    return loc("survey-adjustment-" + _id(method))


def change_text(r: pd.Series, confidence: str, loc: Catalog) -> str:
    """'+7.7 pp (95% CI −1.0 to +16.5 pp, p = 0.084; adjusted p = 0.430)'."""
    return loc(
        "attitudes-change",
        diff=loc.signed(r["diff_pp"]),
        confidence=confidence,
        low=loc.signed(r["ci_low_pp"]),
        high=loc.signed(r["ci_high_pp"]),
        p=loc.p_value(r["p_value"]),
        adjustment="none" if r["p_adjustment"] == "none" else "adjusted",
        p_adjusted=loc.p_value(r["p_adjusted"]),
    )


def _direction(diff: float) -> str:
    return "rise" if diff > 0 else "fall" if diff < 0 else "change"


def movement(r: pd.Series, key: tuple, loc: Catalog) -> str:
    """'the rise in positive attitudes (+3.9 pp)'."""
    return loc(
        "attitudes-movement",
        direction=_direction(r["diff_pp"]),
        name=name(key, loc, "of"),
        diff=loc.signed(r["diff_pp"]),
    )


def split_verdict(rows: pd.DataFrame, loc: Catalog, column: str = "exceeds_sampling_error") -> str:
    """One sentence: which of ``rows`` (changes) exceed sampling error and which do not."""
    yes = [movement(r, k, loc) for k, r in rows.iterrows() if r[column]]
    no = [movement(r, k, loc) for k, r in rows.iterrows() if not r[column]]
    if yes and no:
        text = loc(
            "attitudes-split-both",
            yes=loc.join(yes),
            n_yes=len(yes),
            no=loc.join(no),
            n_no=len(no),
        )
    elif yes:
        text = loc("attitudes-split-larger", items=loc.join(yes), n=len(yes))
    else:
        text = loc("attitudes-split-within", items=loc.join(no), n=len(no))
    return loc.cap(text)


def _indexed(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out.index = pd.Index(list(out[KEY].itertuples(index=False, name=None)))
    return out


def _ordered(frame: pd.DataFrame) -> pd.DataFrame:
    return _indexed(frame).loc[[k for k in SHORT if k in set(_indexed(frame).index)]]


def _flips(
    changes: pd.DataFrame, default: pd.DataFrame, deff: float, loc: Catalog
) -> dict[tuple, list[str]]:
    """For each change, the other settings under which its verdict differs from the
    default: other design effects (default scenarios), the other base, other age sizes."""
    out: dict[tuple, list[str]] = {}
    allrows = _indexed(changes)
    for k, d in default.iterrows():
        rows = allrows.loc[[k]]
        settings = []
        same = rows[rows["size_scenario"] == d["size_scenario"]]
        for _, r in same.sort_values("design_effect").iterrows():
            if (
                r["design_effect"] != deff
                and r["exceeds_sampling_error"] != d["exceeds_sampling_error"]
            ):
                settings.append(
                    loc(
                        "attitudes-setting-deff",
                        deff=loc.number(r["design_effect"], max_decimals=2),
                    )
                )
        other = rows[
            (rows["design_effect"] == deff) & (rows["size_scenario"] != d["size_scenario"])
        ]
        for _, r in other.iterrows():
            if r["exceeds_sampling_error"] != d["exceeds_sampling_error"]:
                settings.append(loc("attitudes-setting-" + _id(r["size_scenario"])))
        out[k] = settings
    return out


def _sensitivity_sentence(
    changes: pd.DataFrame, default: pd.DataFrame, deff: float, loc: Catalog
) -> str:
    flips = _flips(changes, default, deff, loc)
    moved = [k for k, s in flips.items() if s]
    steady = [k for k, s in flips.items() if not s]
    parts = []
    for k in moved:
        d = default.loc[k]
        # Each setting alone is enough to change the verdict: "either ... or ...".
        parts.append(
            loc(
                "attitudes-sensitivity-part",
                movement=movement(d, k, loc),
                exceeds="yes" if d["exceeds_sampling_error"] else "no",
                settings=loc.join(flips[k], "or"),
                n=len(flips[k]),
            )
        )
    text = ""
    if parts:
        text = loc.cap("; ".join(parts)) + ". "
    held = "some" if steady and moved else "all" if steady else "none"
    text += loc.cap(
        loc(
            "attitudes-sensitivity-held",
            held=held,
            names=loc.join([name(k, loc) for k in steady]),
        )
    )
    return text


def _date_span(start: pd.Timestamp, end: pd.Timestamp, loc: Catalog) -> str:
    """'20–31 July 2023' within a month, else '28 July 2023 – 2 August 2023'."""
    if (start.year, start.month) == (end.year, end.month):
        return loc.date(start, end=end)
    return loc("attitudes-date-span", start=loc.date(start), end=loc.date(end))


def values(ctx: Context) -> dict[str, str]:
    """The chapter's values; see the module docstring. Reads the processed tables
    ``survey_waves``, ``awareness_by_age``, ``attitude_shares``, ``age_group_sizes``,
    ``awareness_overall``, ``survey_intervals``, ``survey_changes``,
    ``attitude_distribution_tests``, ``year_order_readings`` and ``table2_closure``."""
    from analysis.figures.survey import comparison_design_effect

    loc = catalog(ctx.lang)
    params = ctx.params
    conf = loc.number(params.confidence_pct, max_decimals=1) + "%"
    deff = params.design_effect
    v: dict[str, str] = {}

    waves = ctx.table("survey_waves").set_index("wave_year")
    for y in YEARS:
        v[f"n_{y}"] = loc.count(waves.loc[y, "respondents"])
        start, end = (pd.Timestamp(waves.loc[y, c]) for c in ("fieldwork_start", "fieldwork_end"))
        # The article's Kazakh date style (seed lines 113-114): «2023 жылғы 20-31 шілде
        # аралығында»; start_<y> is the day the wave began on (locative: «…7 қазанда»).
        v[f"start_{y}"] = loc.date(start, "locative")
        v[f"end_{y}"] = loc.date(end)
        v[f"fieldwork_{y}"] = _date_span(start, end, loc)
    start_2024 = pd.Timestamp(waves.loc[2024, "fieldwork_start"])
    gap = (start_2024 - REFERENDUM_DATE).days
    # «…референдум 2024 жылғы 6 қазанда өткен»: the day it was held (locative).
    v["referendum_date"] = loc.date(REFERENDUM_DATE, "locative")
    v["referendum_gap"] = loc(
        "attitudes-referendum-gap", when="after" if gap >= 1 else "before", days=abs(gap)
    )
    v["referendum_source_1"] = SOURCES["referendum_astana_times"]
    v["referendum_source_2"] = SOURCES["referendum_tass"]
    v["institute_source"] = SOURCES["institute_kazinform"]

    # --- awareness by age -------------------------------------------------------------
    sizes = ctx.table("age_group_sizes").set_index(["wave_year", "age_group"])
    aware = ctx.table("awareness_by_age").set_index(["wave_year", "age_group"])
    iv_all = ctx.table("survey_intervals")
    iv = iv_all[iv_all["is_default"]].set_index([*KEY, "wave_year"])
    for y in YEARS:
        v[f"young_n_{y}"] = loc(
            "attitudes-about", n=loc.count(sizes.loc[(y, "18-28"), "respondents_est"])
        )
        for g, short in AGE_SHORT.items():
            v[f"{short}_{y}"] = loc.pct(aware.loc[(y, g), "share_pct"])
            r = iv.loc[("awareness", g, "aware", y)]
            v[f"{short}_ci_{y}"] = dash_range(r["ci_low_pct"], r["ci_high_pct"], loc)

    ch_all = ctx.table("survey_changes")
    default = _ordered(ch_all[ch_all["is_default"]])
    for k, short in SHORT.items():
        v[f"change_{short}"] = change_text(default.loc[k], conf, loc)
    young = default.loc[("awareness", "18-28", "aware")]
    v["young_diff"] = loc.number(young["diff_pp"])
    v["young_relative"] = loc.pct(young["relative_change_pct"], 0)
    aw = default[default["indicator"] == "awareness"]
    if not aw["exceeds_sampling_error"].any():
        v["awareness_verdict"] = loc("attitudes-awareness-verdict-none")
    else:
        verdict = split_verdict(aw, loc)
        v["awareness_verdict"] = loc(
            "attitudes-awareness-verdict", verdict=verdict[0].lower() + verdict[1:]
        )
    rising = aw[aw["diff_pp"] > 0]
    v["awareness_rises"] = loc.cap(
        loc(
            "attitudes-awareness-rises",
            n=len(rising),
            names=loc.join([name(k, loc) for k in rising.index]),
        )
    )

    # --- overall awareness and the base of Tables 1 and 2 -------------------------------
    overall = ctx.table("awareness_overall")
    od = overall[overall["is_default"]].set_index("wave_year")
    for y in YEARS:
        v[f"overall_{y}"] = loc.pct(od.loc[y, "share_pct"])
        v[f"overall_ci_{y}"] = dash_range(od.loc[y, "ci_low_pct"], od.loc[y, "ci_high_pct"], loc)
        v[f"aware_n_{y}"] = loc("attitudes-about", n=loc.count(od.loc[y, "aware_respondents_est"]))
    not_aware = 100 - float(od["share_pct"].max())
    v["not_aware_min"] = loc.pct(not_aware, 0)
    base = params.table_base
    other = "whole_sample" if base == "aware" else "aware"
    scen = {"aware": "aware", "whole_sample": "reported"}
    v["base_chosen"] = loc("survey-scenario-" + scen[base])
    v["base_other"] = loc("survey-scenario-" + scen[other])
    v["base_chosen_long"] = loc("attitudes-base-long-" + _id(base))
    v["base_other_long"] = loc("attitudes-base-long-" + _id(other))
    v["base_is_likelier"] = loc("attitudes-base-reading-" + _id(base))

    # --- Table 1 and the year order ----------------------------------------------------
    att = ctx.table("attitude_shares").set_index(["table_id", "wave_year", "category"])
    for (t, y, c), share in att["share_pct"].items():
        v[f"{t}_{c}_{y}"] = loc.pct(share)
    yo = ctx.table("year_order_readings").set_index(["reading", "wave_year"])
    chosen = yo[yo["chosen"]].index.get_level_values("reading")[0]
    rejected = "B" if chosen == "A" else "A"
    for role, reading in (("chosen", chosen), ("rejected", rejected)):
        v[f"yo_{role}_sums"] = loc.join(
            [loc.decimal(yo.loc[(reading, y), "total_pct"]) for y in YEARS]
        )
        v[f"yo_{role}_change"] = loc.number(abs(yo.loc[(reading, 2023), "positive_change_pp"]))
        v[f"yo_{role}_2023"] = loc.pct(yo.loc[(reading, 2023), "positive_pct"])
        v[f"yo_{role}_2024"] = loc.pct(yo.loc[(reading, 2024), "positive_pct"])
    for role, reading in (("chosen", chosen), ("rejected", rejected)):
        fell = yo.loc[(reading, 2023), "positive_change_pp"] < 0
        v[f"yo_{role}_direction"] = loc(
            "attitudes-yo-direction-" + role, direction="fall" if fell else "rise"
        )

    other_rows = ch_all[
        (ch_all["design_effect"] == deff)
        & (ch_all["group"] == "all")
        & (ch_all["size_scenario"] == scen[other])
    ]
    other_rows = _ordered(other_rows)
    for k, short in SHORT.items():
        if k in other_rows.index:
            v[f"change_{short}_other"] = change_text(other_rows.loc[k], conf, loc)
    for t in ("table1", "table2"):
        rows_t = default[default["indicator"] == t]
        v[f"{t}_verdict"] = split_verdict(rows_t, loc)
        v[f"{t}_verdict_other"] = split_verdict(other_rows[other_rows["indicator"] == t], loc)
        v[f"{t}_verdict_adjusted"] = split_verdict(rows_t, loc, "exceeds_after_adjustment")

    tests = ctx.table("attitude_distribution_tests")
    tests = tests[tests["design_effect"] == deff].set_index(["table_id", "size_scenario"])
    for t in ("table1", "table2"):
        for suffix, s in (("", scen[base]), ("_other", scen[other])):
            r = tests.loc[(t, s)]
            v[f"{t}_chi{suffix}"] = (
                f"χ²({r['dof']}) = {loc.decimal(r['chi2'])}, {loc.p_value(r['p_value'])}"
            )
            v[f"{t}_chi_verdict{suffix}"] = loc(
                "attitudes-chi-verdict", exceeds="yes" if r["exceeds_sampling_error"] else "no"
            )

    # --- Table 2 ------------------------------------------------------------------------
    closure = ctx.table("table2_closure").set_index("wave_year")
    for y in YEARS:
        v[f"t2_implied_{y}"] = loc.pct(closure.loc[y, "implied_pct"])
    v["t2_better_fall"] = loc.number(-default.loc[("table2", "all", "changed_positive"), "diff_pp"])
    v["t2_worse_rise"] = loc.number(default.loc[("table2", "all", "changed_negative"), "diff_pp"])

    # --- the nine changes together -----------------------------------------------------
    n_yes = int(default["exceeds_sampling_error"].sum())
    n_adj = int(default["exceeds_after_adjustment"].sum())
    yes = [movement(r, k, loc) for k, r in default.iterrows() if r["exceeds_sampling_error"]]
    no = [name(k, loc) for k, r in default.iterrows() if not r["exceeds_sampling_error"]]
    v["n_exceed"] = count_word(n_yes, loc)
    summary = loc.cap(
        loc("attitudes-summary", n=n_yes, count=count_word(n_yes, loc), yes=loc.join(yes))
    )
    if 0 < n_yes < len(SHORT):
        rest = loc(
            "attitudes-summary-rest",
            n=len(no),
            count=loc("attitudes-count-other", n=len(no)),
            names=loc.join(no),
        )
        summary += " " + rest
    v["summary_verdict"] = summary
    method = params.multiple_comparison
    method_name = _adjustment_name(method, loc)
    v["adjust_name"] = method_name
    if method == "none":
        v["adjusted_verdict"] = loc("attitudes-adjusted-none")
    else:
        survive = [name(k, loc) for k, r in default.iterrows() if r["exceeds_after_adjustment"]]
        lost = [
            name(k, loc, "of")
            for k, r in default.iterrows()
            if r["exceeds_sampling_error"] and not r["exceeds_after_adjustment"]
        ]
        text = loc(
            "attitudes-adjusted",
            method=method_name,
            n=n_adj,
            count=count_word(n_adj, loc),
            survive=loc.join(survive),
        )
        if lost:
            text += " " + loc.cap(loc("attitudes-adjusted-lost", names=loc.join(lost)))
        elif n_yes:
            text += " " + loc("attitudes-adjusted-all-pass")
        v["adjusted_verdict"] = text
    other_yes = int(
        _ordered(pd.concat([default[default["indicator"] == "awareness"], other_rows]))[
            "exceeds_sampling_error"
        ].sum()
    )
    v["n_exceed_other"] = count_word(other_yes, loc)
    v["sensitivity_verdict"] = _sensitivity_sentence(ch_all, default, deff, loc)
    grid = [loc.number(d, max_decimals=2) for d in sorted(set(ch_all["design_effect"]))]
    v["deff_grid"] = (
        loc(
            "attitudes-number-list",
            most=loc("attitudes-number-separator").join(grid[:-1]),
            last=grid[-1],
        )
        if len(grid) > 1
        else grid[0]
    )
    v["deff_max"] = grid[-1]
    v["deff_compare"] = loc.number(comparison_design_effect(ch_all), max_decimals=2)

    # --- alt texts ---------------------------------------------------------------------
    groups = [
        loc(
            "attitudes-alt-awareness-group",
            group=loc("attitudes-alt-age-" + short),
            year_1=str(YEARS[0]),
            share_1=v[f"{short}_{YEARS[0]}"],
            ci_1=v[f"{short}_ci_{YEARS[0]}"],
            year_2=str(YEARS[1]),
            share_2=v[f"{short}_{YEARS[1]}"],
            ci_2=v[f"{short}_ci_{YEARS[1]}"],
        )
        for short in AGE_SHORT.values()
    ]
    v["alt_awareness"] = loc("attitudes-alt-awareness", confidence=conf, groups="; ".join(groups))
    for t, cats in (
        ("table1", ("positive", "neutral", "negative")),
        ("table2", ("changed_positive", "no_change", "changed_negative")),
    ):
        years = []
        for y in YEARS:
            cells = []
            for c in cats:
                r = iv.loc[(t, "all", c, y)]
                cells.append(
                    loc(
                        "attitudes-alt-cell",
                        answer=loc("attitudes-alt-answer-" + _id(c)),
                        share=loc.pct(r["share_pct"]),
                        status=att.loc[(t, y, c), "value_status"],
                        edge="no" if c == cats[1] else "yes",
                        confidence=conf,
                        range=dash_range(r["ci_low_pct"], r["ci_high_pct"], loc, ""),
                    )
                )
            years.append(f"{y}: " + ", ".join(cells))
        v[f"alt_{t}"] = loc(
            "attitudes-alt-table",
            year_1=str(YEARS[0]),
            year_2=str(YEARS[1]),
            years=". ".join(years),
        )
    rows = [
        loc(
            "attitudes-alt-change-row",
            name=name(k, loc),
            diff=loc.signed(r["diff_pp"]),
            low=loc.signed(r["ci_low_pp"]),
            high=loc.signed(r["ci_high_pp"]),
        )
        for k, r in default.iterrows()
    ]
    v["alt_changes"] = loc(
        "attitudes-alt-changes",
        confidence=conf,
        deff=loc.number(deff, max_decimals=2),
        rows="; ".join(rows),
        summary=loc.cap(v["summary_verdict"]),
    )
    return v
