"""Values of the Attitudes chapter (``book/attitudes.qmd``) and its Methods caveats.

Every number and every verdict the chapter states is computed here from the processed
survey tables (:mod:`analysis.survey`) under the build's parameters, so a sentence such as
"none of the three age groups changed by more than sampling error" is written only when
the data say so at the build's design effect. Keys are used in the chapter as
``{{< var attitudes.KEY >}}``; :data:`CAPTIONS` holds the captions and alt texts of the
chapter's figures and tables as templates over the same values.

Public facts that are not in the article (the fielding institute, the referendum date)
carry their source addresses in :data:`SOURCES`.
"""

from __future__ import annotations

import pandas as pd

from analysis.inference import P_ADJUSTMENT_NAMES
from analysis.prose import Context
from analysis.prose.fmt import cap, count, date_kk, join, number, p_value, pct
from analysis.prose.fmt import signed as fmt_signed
from analysis.tables.survey import ANSWER_SHORT_KK

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
#: What each of the nine changes is called in a sentence (noun phrases without direction).
NAMES = {
    ("awareness", "18-28", "aware"): "awareness among 18–28-year-olds",
    ("awareness", "29-60", "aware"): "awareness among 29–60-year-olds",
    ("awareness", "61+", "aware"): "awareness among those aged 61 and over",
    ("table1", "all", "positive"): "positive attitudes",
    ("table1", "all", "neutral"): "neutral attitudes",
    ("table1", "all", "negative"): "negative attitudes",
    ("table2", "all", "changed_positive"): "the share whose attitude changed for the better",
    ("table2", "all", "no_change"): "the share whose attitude did not change",
    ("table2", "all", "changed_negative"): "the share whose attitude changed for the worse",
}
#: Short keys of the nine changes in value names.
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
WORDS = ["none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
#: How each size scenario is named in a sentence about a different setting.
SETTING_WORDS = {
    "reported": "with the whole sample as the base of Tables 1 and 2",
    "aware": "with the aware respondents as the base of Tables 1 and 2",
    "wpp2024_minus20": "with 20% fewer respondents in each age group",
    "wpp2024_plus20": "with 20% more respondents in each age group",
    "equal_thirds": "with the age groups as equal thirds of the sample",
    "wpp2024": "with the age groups sized from the UN population figures",
}
BASE_SHORT = {"aware": "aware respondents", "reported": "whole sample"}


def dash_range(low: float, high: float, unit: str = "%") -> str:
    """'27.3–37.1%'."""
    return f"{low:.1f}–{high:.1f}{unit}"


def signed(value: float) -> str:
    """'+7.7' or '−5.5' (true minus sign; :func:`analysis.prose.fmt.signed`)."""
    return fmt_signed(value)


def change_text(r: pd.Series, confidence: str) -> str:
    """'+7.7 pp (95% CI −1.0 to +16.5 pp, p = 0.084; adjusted p = 0.430)'."""
    adjusted = ""
    if r["p_adjustment"] != "none":
        adjusted = "; adjusted " + p_value(r["p_adjusted"])
    return (
        f"{signed(r['diff_pp'])} pp ({confidence} CI {signed(r['ci_low_pp'])} to "
        f"{signed(r['ci_high_pp'])} pp, {p_value(r['p_value'])}{adjusted})"
    )


def movement(r: pd.Series, name: str) -> str:
    """'the rise in positive attitudes (+3.9 pp)'."""
    word = "rise" if r["diff_pp"] > 0 else "fall" if r["diff_pp"] < 0 else "change"
    return f"the {word} in {name} ({signed(r['diff_pp'])} pp)"


def split_verdict(rows: pd.DataFrame, column: str = "exceeds_sampling_error") -> str:
    """One sentence: which of ``rows`` (changes) exceed sampling error and which do not."""
    yes = [movement(r, NAMES[k]) for k, r in rows.iterrows() if r[column]]
    no = [movement(r, NAMES[k]) for k, r in rows.iterrows() if not r[column]]
    if yes and no:
        return (
            f"{cap(join(yes))} {'is' if len(yes) == 1 else 'are'} larger than sampling error; "
            f"{join(no)} {'is' if len(no) == 1 else 'are'} not."
        )
    if yes:
        verb = "is larger" if len(yes) == 1 else "are all larger"
        return f"{cap(join(yes))} {verb} than sampling error."
    verb = "is" if len(no) == 1 else "are all"
    return f"{cap(join(no))} {verb} within sampling error."


def _indexed(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out.index = pd.Index(list(out[KEY].itertuples(index=False, name=None)))
    return out


def _ordered(frame: pd.DataFrame) -> pd.DataFrame:
    return _indexed(frame).loc[[k for k in NAMES if k in set(_indexed(frame).index)]]


def _flips(changes: pd.DataFrame, default: pd.DataFrame, deff: float) -> dict[tuple, list[str]]:
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
                    f"at a design effect of {number(r['design_effect'], max_decimals=2)}"
                )
        other = rows[
            (rows["design_effect"] == deff) & (rows["size_scenario"] != d["size_scenario"])
        ]
        for _, r in other.iterrows():
            if r["exceeds_sampling_error"] != d["exceeds_sampling_error"]:
                settings.append(SETTING_WORDS[r["size_scenario"]])
        out[k] = settings
    return out


def _sensitivity_sentence(changes: pd.DataFrame, default: pd.DataFrame, deff: float) -> str:
    flips = _flips(changes, default, deff)
    moved = [k for k, s in flips.items() if s]
    steady = [k for k, s in flips.items() if not s]
    parts = []
    for k in moved:
        d = default.loc[k]
        becomes = (
            "would drop to within sampling error"
            if d["exceeds_sampling_error"]
            else ("would count as larger than sampling error")
        )
        # Each setting alone is enough to change the verdict: "either ... or ...".
        settings = flips[k]
        where = join(settings) if len(settings) == 1 else "either " + join(settings, "or")
        parts.append(f"{movement(d, NAMES[k])} {becomes} {where}")
    text = ""
    if parts:
        text = cap("; ".join(parts)) + ". "
    if steady and moved:
        text += (
            f"The verdicts on {join([NAMES[k] for k in steady])} hold under every setting shown."
        )
    elif steady:
        text += "Every verdict holds under every setting shown."
    else:
        text += "No verdict holds under every setting shown."
    return text


def values(ctx: Context) -> dict[str, str]:
    """The chapter's values; see the module docstring. Reads the processed tables
    ``survey_waves``, ``awareness_by_age``, ``attitude_shares``, ``age_group_sizes``,
    ``awareness_overall``, ``survey_intervals``, ``survey_changes``,
    ``attitude_distribution_tests``, ``year_order_readings`` and ``table2_closure``."""
    if ctx.lang == "kk":
        return _values_kk(ctx)
    params = ctx.params
    conf = number(params.confidence_pct, max_decimals=1) + "%"
    deff = params.design_effect
    v: dict[str, str] = {}

    waves = ctx.table("survey_waves").set_index("wave_year")
    for y in (2023, 2024):
        v[f"n_{y}"] = count(waves.loc[y, "respondents"])
        v[f"start_{y}"] = f"{waves.loc[y, 'fieldwork_start']:%-d %B %Y}"
        v[f"end_{y}"] = f"{waves.loc[y, 'fieldwork_end']:%-d %B %Y}"
        start, end = (pd.Timestamp(waves.loc[y, c]) for c in ("fieldwork_start", "fieldwork_end"))
        v[f"fieldwork_{y}"] = (
            f"{start.day}–{end:%-d %B %Y}"
            if (start.year, start.month) == (end.year, end.month)
            else f"{start:%-d %B %Y} – {end:%-d %B %Y}"
        )
    start_2024 = pd.Timestamp(waves.loc[2024, "fieldwork_start"])
    gap = (start_2024 - REFERENDUM_DATE).days
    v["referendum_date"] = f"{REFERENDUM_DATE:%-d %B %Y}"
    v["referendum_gap"] = (
        "the day after" if gap == 1 else f"{gap} days after" if gap > 1 else f"{-gap} days before"
    )
    v["referendum_source_1"] = SOURCES["referendum_astana_times"]
    v["referendum_source_2"] = SOURCES["referendum_tass"]
    v["institute_source"] = SOURCES["institute_kazinform"]

    # --- awareness by age -------------------------------------------------------------
    sizes = ctx.table("age_group_sizes").set_index(["wave_year", "age_group"])
    aware = ctx.table("awareness_by_age").set_index(["wave_year", "age_group"])
    iv_all = ctx.table("survey_intervals")
    iv = iv_all[iv_all["is_default"]].set_index([*KEY, "wave_year"])
    for y in (2023, 2024):
        v[f"young_n_{y}"] = "about " + count(sizes.loc[(y, "18-28"), "respondents_est"])
        for g, short in (("18-28", "young"), ("29-60", "middle"), ("61+", "old")):
            v[f"{short}_{y}"] = pct(aware.loc[(y, g), "share_pct"])
            r = iv.loc[("awareness", g, "aware", y)]
            v[f"{short}_ci_{y}"] = dash_range(r["ci_low_pct"], r["ci_high_pct"])

    ch_all = ctx.table("survey_changes")
    default = _ordered(ch_all[ch_all["is_default"]])
    for k, short in SHORT.items():
        v[f"change_{short}"] = change_text(default.loc[k], conf)
    young = default.loc[("awareness", "18-28", "aware")]
    v["young_diff"] = number(young["diff_pp"])
    v["young_relative"] = f"{young['relative_change_pct']:.0f}%"
    aw = default[default["indicator"] == "awareness"]
    if not aw["exceeds_sampling_error"].any():
        v["awareness_verdict"] = (
            "None of the three age groups changed by more than sampling error at this "
            "design effect."
        )
    else:
        v["awareness_verdict"] = (
            "At this design effect, " + split_verdict(aw)[0].lower() + (split_verdict(aw)[1:])
        )
    rising = aw[aw["diff_pp"] > 0]
    v["awareness_rises"] = (
        f"{cap(join([NAMES[k] for k in rising.index]))} rose"
        if len(rising)
        else "No age group's awareness rose"
    )

    # --- overall awareness and the base of Tables 1 and 2 -------------------------------
    overall = ctx.table("awareness_overall")
    od = overall[overall["is_default"]].set_index("wave_year")
    for y in (2023, 2024):
        v[f"overall_{y}"] = pct(od.loc[y, "share_pct"])
        v[f"overall_ci_{y}"] = dash_range(od.loc[y, "ci_low_pct"], od.loc[y, "ci_high_pct"])
        v[f"aware_n_{y}"] = "about " + count(od.loc[y, "aware_respondents_est"])
    not_aware = 100 - float(od["share_pct"].max())
    v["not_aware_min"] = f"{not_aware:.0f}%"
    base = params.table_base
    other = "whole_sample" if base == "aware" else "aware"
    scen = {"aware": "aware", "whole_sample": "reported"}
    v["base_chosen"] = BASE_SHORT[scen[base]]
    v["base_other"] = BASE_SHORT[scen[other]]
    v["base_chosen_long"] = (
        "the respondents who had heard of the Kurultai"
        if base == "aware"
        else "all respondents of the wave"
    )
    v["base_other_long"] = (
        "the respondents who had heard of the Kurultai"
        if other == "aware"
        else "all respondents of the wave"
    )
    v["base_is_likelier"] = (
        "This book therefore reads the aware respondents as the base"
        if base == "aware"
        else "This build nevertheless reads the whole sample as the base (a parameter "
        "choice against the likelier reading)"
    )

    # --- Table 1 and the year order ----------------------------------------------------
    att = ctx.table("attitude_shares").set_index(["table_id", "wave_year", "category"])
    for (t, y, c), share in att["share_pct"].items():
        v[f"{t}_{c}_{y}"] = pct(share)
    yo = ctx.table("year_order_readings").set_index(["reading", "wave_year"])
    chosen = yo[yo["chosen"]].index.get_level_values("reading")[0]
    rejected = "B" if chosen == "A" else "A"
    for name, reading in (("chosen", chosen), ("rejected", rejected)):
        sums = [f"{yo.loc[(reading, y), 'total_pct']:.1f}" for y in (2023, 2024)]
        v[f"yo_{name}_sums"] = join(sums)
        v[f"yo_{name}_change"] = number(abs(yo.loc[(reading, 2023), "positive_change_pp"]))
        v[f"yo_{name}_2023"] = pct(yo.loc[(reading, 2023), "positive_pct"])
        v[f"yo_{name}_2024"] = pct(yo.loc[(reading, 2024), "positive_pct"])
    v["yo_chosen_direction"] = (
        "fell" if yo.loc[(chosen, 2023), "positive_change_pp"] < 0 else "rose"
    )
    v["yo_rejected_direction"] = (
        "fallen" if yo.loc[(rejected, 2023), "positive_change_pp"] < 0 else "risen"
    )

    other_rows = ch_all[
        (ch_all["design_effect"] == deff)
        & (ch_all["group"] == "all")
        & (ch_all["size_scenario"] == scen[other])
    ]
    other_rows = _ordered(other_rows)
    for k, short in SHORT.items():
        if k in other_rows.index:
            v[f"change_{short}_other"] = change_text(other_rows.loc[k], conf)
    for t in ("table1", "table2"):
        rows_t = default[default["indicator"] == t]
        v[f"{t}_verdict"] = split_verdict(rows_t)
        v[f"{t}_verdict_other"] = split_verdict(other_rows[other_rows["indicator"] == t])
        v[f"{t}_verdict_adjusted"] = split_verdict(rows_t, "exceeds_after_adjustment")

    tests = ctx.table("attitude_distribution_tests")
    tests = tests[tests["design_effect"] == deff].set_index(["table_id", "size_scenario"])
    for t in ("table1", "table2"):
        for name, s in (("", scen[base]), ("_other", scen[other])):
            r = tests.loc[(t, s)]
            chi = f"χ²({r['dof']}) = {r['chi2']:.1f}, {p_value(r['p_value'])}"
            v[f"{t}_chi{name}"] = chi
            v[f"{t}_chi_verdict{name}"] = (
                "the two waves' distributions differ by more than sampling error"
                if r["exceeds_sampling_error"]
                else "the two waves' distributions do not differ by more than sampling error"
            )

    # --- Table 2 ------------------------------------------------------------------------
    closure = ctx.table("table2_closure").set_index("wave_year")
    for y in (2023, 2024):
        v[f"t2_implied_{y}"] = pct(closure.loc[y, "implied_pct"])
    v["t2_better_fall"] = number(-default.loc[("table2", "all", "changed_positive"), "diff_pp"])
    v["t2_worse_rise"] = number(default.loc[("table2", "all", "changed_negative"), "diff_pp"])

    # --- the nine changes together -----------------------------------------------------
    n_yes = int(default["exceeds_sampling_error"].sum())
    n_adj = int(default["exceeds_after_adjustment"].sum())
    yes = [movement(r, NAMES[k]) for k, r in default.iterrows() if r["exceeds_sampling_error"]]
    no = [NAMES[k] for k, r in default.iterrows() if not r["exceeds_sampling_error"]]
    v["n_exceed"] = WORDS[n_yes]
    v["summary_verdict"] = (
        f"{cap(WORDS[n_yes])} of the nine changes "
        + ("is" if n_yes == 1 else "are")
        + " larger than sampling error"
        + (f": {join(yes)}" if yes else "")
        + ". "
        + (
            f"The other {WORDS[9 - n_yes]} ({join(no)}) are not."
            if 0 < n_yes < 8
            else f"The other one ({no[0]}) is not."
            if n_yes == 8
            else ""
        )
    ).strip()
    method = params.multiple_comparison
    v["adjust_name"] = P_ADJUSTMENT_NAMES[method]
    if method == "none":
        v["adjusted_verdict"] = (
            "This build does not adjust the p-values for the number of tests, so the "
            "verdicts above are the only ones."
        )
    else:
        survive = [NAMES[k] for k, r in default.iterrows() if r["exceeds_after_adjustment"]]
        lost = [
            NAMES[k]
            for k, r in default.iterrows()
            if r["exceeds_sampling_error"] and not r["exceeds_after_adjustment"]
        ]
        text = (
            f"After {P_ADJUSTMENT_NAMES[method]}'s adjustment for nine tests, "
            f"{WORDS[n_adj]} of the nine "
            + ("remains" if n_adj == 1 else "remain")
            + " larger than sampling error"
            + (f": {join(survive)}." if survive else ".")
        )
        if lost:
            text += f" The change in {join(lost)} does not survive the adjustment."
        elif n_yes:
            text += " Every change that passes the single test also passes the adjusted one."
        v["adjusted_verdict"] = text
    other_yes = int(
        _ordered(pd.concat([default[default["indicator"] == "awareness"], other_rows]))[
            "exceeds_sampling_error"
        ].sum()
    )
    v["n_exceed_other"] = WORDS[other_yes]
    v["sensitivity_verdict"] = _sensitivity_sentence(ch_all, default, deff)
    grid = sorted(set(ch_all["design_effect"]))
    v["deff_grid"] = join([number(d, max_decimals=2) for d in grid])
    v["deff_max"] = number(grid[-1], max_decimals=2)
    from analysis.figures.survey import comparison_design_effect

    v["deff_compare"] = number(comparison_design_effect(ch_all), max_decimals=2)

    # --- alt texts ---------------------------------------------------------------------
    parts = []
    for short, words in (("young", "18 to 28"), ("middle", "29 to 60"), ("old", "61 and over")):
        parts.append(
            f"{words}: {v[f'{short}_2023']} ({v[f'{short}_ci_2023']}) in 2023, "
            f"{v[f'{short}_2024']} ({v[f'{short}_ci_2024']}) in 2024"
        )
    v["alt_awareness"] = (
        "Dot-and-interval chart of the share aware of the Kurultai in three age groups, one "
        f"dot per wave with its {conf} interval. " + "; ".join(parts) + "."
    )
    for t, cats in (
        ("table1", ("positive", "neutral", "negative")),
        ("table2", ("changed_positive", "no_change", "changed_negative")),
    ):
        words = []
        for y in (2023, 2024):
            cells = []
            for c in cats:
                status = att.loc[(t, y, c), "value_status"]
                r = iv.loc[(t, "all", c, y)]
                mark = " (implied)" if status == "implied" else ""
                ci = ""
                if c != cats[1]:
                    ci = f", {conf} interval {dash_range(r['ci_low_pct'], r['ci_high_pct'], '')}"
                label = (
                    c.replace("changed_positive", "changed for the better")
                    .replace("changed_negative", "changed for the worse")
                    .replace("no_change", "no change")
                )
                cells.append(f"{label} {pct(r['share_pct'])}{mark}{ci}")
            words.append(f"{y}: " + ", ".join(cells))
        v[f"alt_{t}"] = "Stacked horizontal bars for 2023 and 2024. " + ". ".join(words) + "."
    rows = []
    for k, r in default.iterrows():
        rows.append(
            f"{NAMES[k]} {signed(r['diff_pp'])} ({signed(r['ci_low_pp'])} to "
            f"{signed(r['ci_high_pp'])})"
        )
    v["alt_changes"] = (
        f"Forest plot of nine changes in percentage points, with {conf} intervals at design "
        f"effect {number(deff, max_decimals=2)}: "
        + "; ".join(rows)
        + f". {cap(v['summary_verdict'])}"
    )
    return v


# --- the Kazakh edition ----------------------------------------------------------------
#: :data:`NAMES` in Kazakh: (nominative, genitive) of each change's noun phrase.
NAMES_KK = {
    ("awareness", "18-28", "aware"): (
        "18–28 жастағылардың хабардарлығы",
        "18–28 жастағылардың хабардарлығының",
    ),
    ("awareness", "29-60", "aware"): (
        "29–60 жастағылардың хабардарлығы",
        "29–60 жастағылардың хабардарлығының",
    ),
    ("awareness", "61+", "aware"): (
        "61 және одан жоғары жастағылардың хабардарлығы",
        "61 және одан жоғары жастағылардың хабардарлығының",
    ),
    ("table1", "all", "positive"): ("оң көзқарастар үлесі", "оң көзқарастар үлесінің"),
    ("table1", "all", "neutral"): ("бейтарап көзқарастар үлесі", "бейтарап көзқарастар үлесінің"),
    ("table1", "all", "negative"): ("теріс көзқарастар үлесі", "теріс көзқарастар үлесінің"),
    ("table2", "all", "changed_positive"): (
        "көзқарасы жақсы жаққа өзгергендер үлесі",
        "көзқарасы жақсы жаққа өзгергендер үлесінің",
    ),
    ("table2", "all", "no_change"): (
        "көзқарасы өзгермегендер үлесі",
        "көзқарасы өзгермегендер үлесінің",
    ),
    ("table2", "all", "changed_negative"): (
        "көзқарасы теріс жаққа өзгергендер үлесі",
        "көзқарасы теріс жаққа өзгергендер үлесінің",
    ),
}
assert set(NAMES_KK) == set(NAMES)
#: "Two of the nine": Kazakh collective numerals with the possessive ending (тоғыздың екеуі).
WORDS_KK = [
    "ешқайсысы",
    "біреуі",
    "екеуі",
    "үшеуі",
    "төртеуі",
    "бесеуі",
    "алтауы",
    "жетеуі",
    "сегізі",
    "бәрі",
]
#: Cardinal numerals in Kazakh ("the other seven": қалған жеті).
CARDINALS_KK = ["нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"]
#: :data:`SETTING_WORDS` in Kazakh (a conditional clause).
SETTING_WORDS_KK = {
    "reported": "1-кесте мен 2-кестенің негізі бүкіл іріктеме болса",
    "aware": "1-кесте мен 2-кестенің негізі хабардар респонденттер болса",
    "wpp2024_minus20": "әр жас тобында респонденттер 20% аз болса",
    "wpp2024_plus20": "әр жас тобында респонденттер 20% көп болса",
    "equal_thirds": "жас топтары іріктеменің тең үштен бірі болса",
    "wpp2024": "жас топтарының көлемі БҰҰ халық деректерінен алынса",
}
#: :data:`BASE_SHORT` in Kazakh.
BASE_SHORT_KK = {"aware": "хабардар респонденттер", "reported": "бүкіл іріктеме"}


def join_kk(items: list[str], conjunction: str = "және") -> str:
    """'a', 'a және b', 'a, b және c' (or another ``conjunction``, e.g. "немесе")."""
    return join(items, conjunction)


def signed_kk(value: float) -> str:
    """'+7,7' or '−5,5' (decimal comma, true minus sign)."""
    return fmt_signed(value, lang="kk")


def dash_range_kk(low: float, high: float, unit: str = "%") -> str:
    """'27,3–37,1%'."""
    return dash_range(low, high, unit).replace(".", ",")


def change_text_kk(r: pd.Series, confidence: str) -> str:
    """'+7,7 п.т. (95% СИ: −1,0…+16,5 п.т., p = 0,084; түзетілген p = 0,430)'."""
    adjusted = ""
    if r["p_adjustment"] != "none":
        adjusted = "; түзетілген " + p_value(r["p_adjusted"], lang="kk")
    return (
        f"{signed_kk(r['diff_pp'])} п.т. ({confidence} СИ: {signed_kk(r['ci_low_pp'])}…"
        f"{signed_kk(r['ci_high_pp'])} п.т., {p_value(r['p_value'], lang='kk')}{adjusted})"
    )


def movement_kk(r: pd.Series, key: tuple) -> str:
    """'оң көзқарастар үлесінің өсуі (+3,9 п.т.)'."""
    word = "өсуі" if r["diff_pp"] > 0 else "төмендеуі" if r["diff_pp"] < 0 else "өзгерісі"
    return f"{NAMES_KK[key][1]} {word} ({signed_kk(r['diff_pp'])} п.т.)"


def split_verdict_kk(rows: pd.DataFrame, column: str = "exceeds_sampling_error") -> str:
    """:func:`split_verdict` in Kazakh."""
    yes = [movement_kk(r, k) for k, r in rows.iterrows() if r[column]]
    no = [movement_kk(r, k) for k, r in rows.iterrows() if not r[column]]
    if yes and no:
        return (
            f"{cap(join_kk(yes))} іріктеу қателігінен үлкен; {join_kk(no)} — іріктеу қателігі "
            "шегінде."
        )
    if yes:
        return (
            f"{cap(join_kk(yes))} — "
            + ("бәрі де " if len(yes) > 1 else "")
            + ("іріктеу қателігінен үлкен.")
        )
    return (
        f"{cap(join_kk(no))} — "
        + ("бәрі де " if len(no) > 1 else "")
        + ("іріктеу қателігі шегінде.")
    )


def _sensitivity_sentence_kk(changes: pd.DataFrame, default: pd.DataFrame, deff: float) -> str:
    """:func:`_sensitivity_sentence` in Kazakh (same settings, same verdicts)."""
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
                    "дизайн эффектісі "
                    + number(r["design_effect"], max_decimals=2, lang="kk")
                    + " болса"
                )
        other = rows[
            (rows["design_effect"] == deff) & (rows["size_scenario"] != d["size_scenario"])
        ]
        for _, r in other.iterrows():
            if r["exceeds_sampling_error"] != d["exceeds_sampling_error"]:
                settings.append(SETTING_WORDS_KK[r["size_scenario"]])
        out[k] = settings
    moved = [k for k, s in out.items() if s]
    steady = [k for k, s in out.items() if not s]
    parts = []
    for k in moved:
        d = default.loc[k]
        becomes = (
            "іріктеу қателігі шегіне түсер еді"
            if d["exceeds_sampling_error"]
            else "іріктеу қателігінен үлкен деп саналар еді"
        )
        # each setting on its own changes the verdict: "or", not "and"
        parts.append(f"{movement_kk(d, k)}, {join_kk(out[k], 'немесе')}, {becomes}")
    text = ""
    if parts:
        text = cap("; ".join(parts)) + ". "
    if steady and moved:
        text += (
            f"{cap(join_kk([NAMES_KK[k][0] for k in steady]))} туралы бағалар көрсетілген "
            "барлық жағдайда сақталады."
        )
    elif steady:
        text += "Әр баға көрсетілген барлық жағдайда сақталады."
    else:
        text += "Көрсетілген барлық жағдайда сақталатын баға жоқ."
    return text


def _values_kk(ctx: Context) -> dict[str, str]:
    """:func:`values` in Kazakh: the same keys, the same numbers (decimal comma, no-break
    space between thousands, :mod:`analysis.prose.fmt` with ``lang="kk"``), Kazakh words.
    Reads the same processed tables as :func:`values`."""
    from analysis.figures.survey import P_ADJUSTMENT_NAMES_KK

    kk = "kk"
    params = ctx.params
    conf = number(params.confidence_pct, max_decimals=1, lang=kk) + "%"
    deff = params.design_effect
    v: dict[str, str] = {}

    waves = ctx.table("survey_waves").set_index("wave_year")
    for y in (2023, 2024):
        v[f"n_{y}"] = count(waves.loc[y, "respondents"], lang=kk)
        start, end = (pd.Timestamp(waves.loc[y, c]) for c in ("fieldwork_start", "fieldwork_end"))
        # The article's date style (seed lines 113-114): «2023 жылғы 20-31 шілде аралығында».
        # start_<y> is the day the wave began on (locative: «2024 жылғы 7 қазанда»).
        v[f"start_{y}"] = date_kk(start, "locative")
        v[f"end_{y}"] = date_kk(end)
        v[f"fieldwork_{y}"] = (
            date_kk(start, end=end)
            if (start.year, start.month) == (end.year, end.month)
            else f"{date_kk(start)} – {date_kk(end)}"
        )
    start_2024 = pd.Timestamp(waves.loc[2024, "fieldwork_start"])
    gap = (start_2024 - REFERENDUM_DATE).days
    # «…референдум 2024 жылғы 6 қазанда өткен»: the day it was held (locative).
    v["referendum_date"] = date_kk(REFERENDUM_DATE, "locative")
    v["referendum_gap"] = (
        "бір күн өткен соң"
        if gap == 1
        else f"{gap} күн өткен соң"
        if gap > 1
        else f"{-gap} күн бұрын"
    )
    v["referendum_source_1"] = SOURCES["referendum_astana_times"]
    v["referendum_source_2"] = SOURCES["referendum_tass"]
    v["institute_source"] = SOURCES["institute_kazinform"]

    # --- awareness by age -------------------------------------------------------------
    sizes = ctx.table("age_group_sizes").set_index(["wave_year", "age_group"])
    aware = ctx.table("awareness_by_age").set_index(["wave_year", "age_group"])
    iv_all = ctx.table("survey_intervals")
    iv = iv_all[iv_all["is_default"]].set_index([*KEY, "wave_year"])
    for y in (2023, 2024):
        v[f"young_n_{y}"] = "шамамен " + count(sizes.loc[(y, "18-28"), "respondents_est"], lang=kk)
        for g, short in (("18-28", "young"), ("29-60", "middle"), ("61+", "old")):
            v[f"{short}_{y}"] = pct(aware.loc[(y, g), "share_pct"], lang=kk)
            r = iv.loc[("awareness", g, "aware", y)]
            v[f"{short}_ci_{y}"] = dash_range_kk(r["ci_low_pct"], r["ci_high_pct"])

    ch_all = ctx.table("survey_changes")
    default = _ordered(ch_all[ch_all["is_default"]])
    for k, short in SHORT.items():
        v[f"change_{short}"] = change_text_kk(default.loc[k], conf)
    young = default.loc[("awareness", "18-28", "aware")]
    v["young_diff"] = number(young["diff_pp"], lang=kk)
    v["young_relative"] = f"{young['relative_change_pct']:.0f}%"
    aw = default[default["indicator"] == "awareness"]
    if not aw["exceeds_sampling_error"].any():
        v["awareness_verdict"] = (
            "Бұл дизайн эффектісінде үш жас тобының ешқайсысындағы өзгеріс іріктеу "
            "қателігінен аспайды."
        )
    else:
        v["awareness_verdict"] = (
            "Бұл дизайн эффектісінде "
            + split_verdict_kk(aw)[0].lower()
            + (split_verdict_kk(aw)[1:])
        )
    rising = aw[aw["diff_pp"] > 0]
    v["awareness_rises"] = (
        f"{cap(join_kk([NAMES_KK[k][0] for k in rising.index]))} өсті"
        if len(rising)
        else "Ешбір жас тобында хабардарлық өскен жоқ"
    )

    # --- overall awareness and the base of Tables 1 and 2 -------------------------------
    overall = ctx.table("awareness_overall")
    od = overall[overall["is_default"]].set_index("wave_year")
    for y in (2023, 2024):
        v[f"overall_{y}"] = pct(od.loc[y, "share_pct"], lang=kk)
        v[f"overall_ci_{y}"] = dash_range_kk(od.loc[y, "ci_low_pct"], od.loc[y, "ci_high_pct"])
        v[f"aware_n_{y}"] = "шамамен " + count(od.loc[y, "aware_respondents_est"], lang=kk)
    not_aware = 100 - float(od["share_pct"].max())
    v["not_aware_min"] = f"{not_aware:.0f}%"
    base = params.table_base
    other = "whole_sample" if base == "aware" else "aware"
    scen = {"aware": "aware", "whole_sample": "reported"}
    v["base_chosen"] = BASE_SHORT_KK[scen[base]]
    v["base_other"] = BASE_SHORT_KK[scen[other]]
    long = {
        "aware": "Құрылтай туралы естіген респонденттер",
        "whole_sample": "толқынның барлық респонденттері",
    }
    v["base_chosen_long"] = long[base]
    v["base_other_long"] = long[other]
    v["base_is_likelier"] = (
        "Сондықтан бұл кітап хабардар респонденттерді негіз деп алады"
        if base == "aware"
        else "Дегенмен бұл құрастыру бүкіл іріктемені негіз деп алады (ықтималырақ оқылымға "
        "қарсы параметр таңдауы)"
    )

    # --- Table 1 and the year order ----------------------------------------------------
    att = ctx.table("attitude_shares").set_index(["table_id", "wave_year", "category"])
    for (t, y, c), share in att["share_pct"].items():
        v[f"{t}_{c}_{y}"] = pct(share, lang=kk)
    yo = ctx.table("year_order_readings").set_index(["reading", "wave_year"])
    chosen = yo[yo["chosen"]].index.get_level_values("reading")[0]
    rejected = "B" if chosen == "A" else "A"
    for name, reading in (("chosen", chosen), ("rejected", rejected)):
        sums = [f"{yo.loc[(reading, y), 'total_pct']:.1f}".replace(".", ",") for y in (2023, 2024)]
        v[f"yo_{name}_sums"] = join_kk(sums)
        v[f"yo_{name}_change"] = number(abs(yo.loc[(reading, 2023), "positive_change_pp"]), lang=kk)
        v[f"yo_{name}_2023"] = pct(yo.loc[(reading, 2023), "positive_pct"], lang=kk)
        v[f"yo_{name}_2024"] = pct(yo.loc[(reading, 2024), "positive_pct"], lang=kk)
    v["yo_chosen_direction"] = (
        "төмендеді" if yo.loc[(chosen, 2023), "positive_change_pp"] < 0 else "өсті"
    )
    v["yo_rejected_direction"] = (
        "төмендеген болар еді"
        if yo.loc[(rejected, 2023), "positive_change_pp"] < 0
        else "өскен болар еді"
    )

    other_rows = ch_all[
        (ch_all["design_effect"] == deff)
        & (ch_all["group"] == "all")
        & (ch_all["size_scenario"] == scen[other])
    ]
    other_rows = _ordered(other_rows)
    for k, short in SHORT.items():
        if k in other_rows.index:
            v[f"change_{short}_other"] = change_text_kk(other_rows.loc[k], conf)
    for t in ("table1", "table2"):
        rows_t = default[default["indicator"] == t]
        v[f"{t}_verdict"] = split_verdict_kk(rows_t)
        v[f"{t}_verdict_other"] = split_verdict_kk(other_rows[other_rows["indicator"] == t])
        v[f"{t}_verdict_adjusted"] = split_verdict_kk(rows_t, "exceeds_after_adjustment")

    tests = ctx.table("attitude_distribution_tests")
    tests = tests[tests["design_effect"] == deff].set_index(["table_id", "size_scenario"])
    for t in ("table1", "table2"):
        for name, s in (("", scen[base]), ("_other", scen[other])):
            r = tests.loc[(t, s)]
            chi2 = f"{r['chi2']:.1f}".replace(".", ",")
            v[f"{t}_chi{name}"] = f"χ²({r['dof']}) = {chi2}, {p_value(r['p_value'], lang=kk)}"
            v[f"{t}_chi_verdict{name}"] = (
                "екі толқынның үлестірімдері бір-бірінен іріктеу қателігінен артық ерекшеленеді"
                if r["exceeds_sampling_error"]
                else "екі толқынның үлестірімдері бір-бірінен іріктеу қателігінен артық "
                "ерекшеленбейді"
            )

    # --- Table 2 ------------------------------------------------------------------------
    closure = ctx.table("table2_closure").set_index("wave_year")
    for y in (2023, 2024):
        v[f"t2_implied_{y}"] = pct(closure.loc[y, "implied_pct"], lang=kk)
    v["t2_better_fall"] = number(
        -default.loc[("table2", "all", "changed_positive"), "diff_pp"], lang=kk
    )
    v["t2_worse_rise"] = number(
        default.loc[("table2", "all", "changed_negative"), "diff_pp"], lang=kk
    )

    # --- the nine changes together -----------------------------------------------------
    n_yes = int(default["exceeds_sampling_error"].sum())
    n_adj = int(default["exceeds_after_adjustment"].sum())
    yes = [movement_kk(r, k) for k, r in default.iterrows() if r["exceeds_sampling_error"]]
    no = [NAMES_KK[k][0] for k, r in default.iterrows() if not r["exceeds_sampling_error"]]
    v["n_exceed"] = WORDS_KK[n_yes]
    if n_yes == 0:
        summary = "Тоғыз өзгерістің ешқайсысы іріктеу қателігінен үлкен емес."
    else:
        summary = f"Тоғыз өзгерістің {WORDS_KK[n_yes]} іріктеу қателігінен үлкен: {join_kk(yes)}."
        if n_yes < 9:
            rest = "біреуі" if n_yes == 8 else f"{CARDINALS_KK[9 - n_yes]} өзгеріс"
            summary += f" Қалған {rest} ({join_kk(no)}) іріктеу қателігінен үлкен емес."
    v["summary_verdict"] = summary
    method = params.multiple_comparison
    method_kk = P_ADJUSTMENT_NAMES_KK[method]
    v["adjust_name"] = method_kk
    if method == "none":
        v["adjusted_verdict"] = (
            "Бұл құрастыру p мәндерін тест санына қарай түзетпейді, сондықтан жоғарыдағы "
            "бағалар жалғыз бағалар болып қалады."
        )
    else:
        survive = [NAMES_KK[k][0] for k, r in default.iterrows() if r["exceeds_after_adjustment"]]
        lost = [
            NAMES_KK[k][1]
            for k, r in default.iterrows()
            if r["exceeds_sampling_error"] and not r["exceeds_after_adjustment"]
        ]
        if n_adj == 0:
            text = (
                f"Тоғыз тестке {method_kk} түзетуін қолданғаннан кейін тоғыз өзгерістің "
                "ешқайсысы іріктеу қателігінен үлкен болып қалмайды."
            )
        else:
            text = (
                f"Тоғыз тестке {method_kk} түзетуін қолданғаннан кейін тоғыз өзгерістің "
                f"{WORDS_KK[n_adj]} іріктеу қателігінен үлкен болып қалады: {join_kk(survive)}."
            )
        if lost:
            text += f" {cap(join_kk(lost))} өзгерісі түзетуден өтпейді."
        elif n_yes:
            text += " Жеке тесттен өткен әр өзгеріс түзетілген тесттен де өтеді."
        v["adjusted_verdict"] = text
    other_yes = int(
        _ordered(pd.concat([default[default["indicator"] == "awareness"], other_rows]))[
            "exceeds_sampling_error"
        ].sum()
    )
    v["n_exceed_other"] = WORDS_KK[other_yes]
    v["sensitivity_verdict"] = _sensitivity_sentence_kk(ch_all, default, deff)
    grid = sorted(set(ch_all["design_effect"]))
    grid_words = [number(d, max_decimals=2, lang=kk) for d in grid]
    v["deff_grid"] = (
        "; ".join(grid_words[:-1]) + " және " + grid_words[-1]
        if len(grid_words) > 1
        else grid_words[0]
    )
    v["deff_max"] = number(grid[-1], max_decimals=2, lang=kk)
    from analysis.figures.survey import comparison_design_effect

    v["deff_compare"] = number(comparison_design_effect(ch_all), max_decimals=2, lang=kk)

    # --- alt texts ---------------------------------------------------------------------
    parts = []
    for short, words in (
        ("young", "18–28 жас"),
        ("middle", "29–60 жас"),
        ("old", "61 және одан жоғары жас"),
    ):
        parts.append(
            f"{words}: 2023 жылы {v[f'{short}_2023']} ({v[f'{short}_ci_2023']}), "
            f"2024 жылы {v[f'{short}_2024']} ({v[f'{short}_ci_2024']})"
        )
    v["alt_awareness"] = (
        "Үш жас тобындағы Құрылтай туралы хабардарлар үлесінің нүкте мен интервал "
        f"диаграммасы: әр толқынға бір нүкте және оның {conf} интервалы. " + "; ".join(parts) + "."
    )
    for t, cats in (
        ("table1", ("positive", "neutral", "negative")),
        ("table2", ("changed_positive", "no_change", "changed_negative")),
    ):
        words = []
        for y in (2023, 2024):
            cells = []
            for c in cats:
                status = att.loc[(t, y, c), "value_status"]
                r = iv.loc[(t, "all", c, y)]
                mark = " (басылған сандардан шығатын)" if status == "implied" else ""
                ci = ""
                if c != cats[1]:
                    ci = f", {conf} интервал {dash_range_kk(r['ci_low_pct'], r['ci_high_pct'], '')}"
                cells.append(f"{ANSWER_SHORT_KK[c]} {pct(r['share_pct'], lang=kk)}{mark}{ci}")
            words.append(f"{y}: " + ", ".join(cells))
        v[f"alt_{t}"] = (
            "2023 және 2024 жылдардың жинақталған көлденең бағандары. " + ". ".join(words) + "."
        )
    rows = []
    for k, r in default.iterrows():
        rows.append(
            f"{NAMES_KK[k][0]} {signed_kk(r['diff_pp'])} ({signed_kk(r['ci_low_pp'])}…"
            f"{signed_kk(r['ci_high_pp'])})"
        )
    v["alt_changes"] = (
        "Тоғыз өзгерістің пайыздық тармақпен берілген орман диаграммасы, дизайн эффектісі "
        f"{number(deff, max_decimals=2, lang=kk)} кезіндегі {conf} интервалдарымен: "
        + "; ".join(rows)
        + f". {cap(v['summary_verdict'])}"
    )
    return v
