"""Tables of the survey findings.

Every setting a table states (design effect, confidence level, base of Tables 1 and 2,
p-value adjustment) is read from the default rows (``is_default``) of the processed
tables, which the pipeline built from the parameters (:mod:`analysis.params`).
"""

from __future__ import annotations

from statistics import NormalDist

import pandas as pd
from great_tables import GT

from analysis.figures.survey import level, number, setting
from analysis.inference import P_ADJUSTMENT_NAMES
from analysis.survey import CHANGE_ROWS, SIZE_SCENARIOS, WHOLE_SAMPLE
from analysis.tables.common import STATUS_MARK, STATUS_NOTE, base_table, grey_rows

#: Short names of the size scenarios in table headers and notes.
SCENARIO_NAMES = {
    "reported": "whole sample",
    "aware": "aware respondents",
    "wpp2024": "age groups from UN WPP 2024",
    "wpp2024_minus20": "age-group n −20%",
    "wpp2024_plus20": "age-group n +20%",
    "equal_thirds": "age-group n/3 each",
}
assert set(SCENARIO_NAMES) == set(SIZE_SCENARIOS)


def method_note(frame: pd.DataFrame) -> str:
    """The note on intervals and tests of a table built from ``frame``'s default rows."""
    deff, conf = setting(frame)
    note = (
        f"{level(conf)} intervals: Wilson score intervals for shares, Miettinen-Nurminen "
        "score intervals and score tests for changes (statsmodels), design effect "
        f"{number(deff)} (quota sample; see the Methods appendix). pp = percentage points."
    )
    if "p_adjustment" in frame:
        method = frame.loc[frame["is_default"], "p_adjustment"].iloc[0]
        if method != "none":
            note += (
                f" p adj.: {P_ADJUSTMENT_NAMES[method]}-adjusted p over the nine changes "
                "tested together."
            )
    return note


def _fmt_ci(low: float, high: float, unit: str = "") -> str:
    return f"{low:.1f} to {high:.1f}{unit}"


def _fmt_p(p: float) -> str:
    return "< 0.001" if p < 0.001 else f"{p:.3f}"


def _default(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[frame["is_default"]]


def _change_text(ch: pd.Series) -> str:
    return f"{ch['diff_pp']:+.1f} ({ch['ci_low_pp']:+.1f} to {ch['ci_high_pp']:+.1f})"


def _relative(ch: pd.Series) -> str:
    rel = ch["relative_change_pct"]
    return "n/a (implied cell)" if pd.isna(rel) else f"{rel:+.0f}%"


def _base_of(frame: pd.DataFrame) -> str:
    """Scenario of the default whole-sample rows (the chosen base of Tables 1 and 2)."""
    d = _default(frame)
    d = d[d["group"] == WHOLE_SAMPLE] if "group" in d else d
    return str(d["size_scenario"].iloc[0])


def distribution_text(tests: pd.DataFrame, table_id: str, scenario: str | None = None) -> str:
    """'χ²(2) = 4.07, p = 0.130' for a table's distribution test (default row, or the row
    of ``scenario`` at the default design effect)."""
    deff, _ = setting(tests)
    t = tests[(tests["table_id"] == table_id) & (tests["design_effect"] == deff)]
    t = t[t["is_default"]] if scenario is None else t[t["size_scenario"] == scenario]
    r = t.iloc[0]
    p = _fmt_p(r["p_value"])
    return f"χ²({r['dof']}) = {r['chi2']:.2f}, p {p if p.startswith('<') else '= ' + p}"


def attitude_table(
    attitudes: pd.DataFrame,
    intervals: pd.DataFrame,
    changes: pd.DataFrame,
    tests: pd.DataFrame,
    table_id: str,
) -> GT:
    """Table 1 or Table 2 with intervals and the 2023 -> 2024 change: one row per answer.

    Parameters
    ----------
    attitudes:
        Processed ``attitude_shares`` (share_pct in percent 0-100, value_status).
    intervals, changes:
        Processed ``survey_intervals`` and ``survey_changes`` (default rows: the build's
        design effect and base of the table).
    tests:
        Processed ``attitude_distribution_tests``: the note gives the table's single test
        of 2023 against 2024 over all three answers.
    table_id:
        ``"table1"`` or ``"table2"``.

    Cells carry a mark for their status († inferred, * implied); shares and intervals in
    percent, the change in percentage points (pp) with its interval, the raw and the
    adjusted p-value of the score test, and the relative change (percent of the 2023
    share; not given when a cell is implied).

    Raises
    ------
    ValueError
        If ``table_id`` has no rows.
    """
    df = attitudes[attitudes["table_id"] == table_id]
    if df.empty:
        raise ValueError(f"no rows for table_id={table_id!r} in attitude_shares")
    _, conf = setting(intervals)
    ci = _default(intervals).set_index(["indicator", "wave_year", "category"])
    ch = _default(changes).set_index(["indicator", "category"])
    rows = []
    for cat in df.sort_values("category_order")["category"].unique():
        r = {}
        for year in (2023, 2024):
            cell = df[(df["category"] == cat) & (df["wave_year"] == year)].iloc[0]
            iv = ci.loc[(table_id, year, cat)]
            r["Answer"] = cell["category_label"]
            r["Answer (Kazakh, as printed)"] = cell["category_kk"]
            r[f"{year}"] = f"{cell['share_pct']:.1f}%{STATUS_MARK[cell['value_status']]}"
            r[f"{year}, {level(conf)} CI"] = _fmt_ci(iv["ci_low_pct"], iv["ci_high_pct"])
        c = ch.loc[(table_id, cat)]
        r[f"Change, pp ({level(conf)} CI)"] = _change_text(c)
        r["p"] = _fmt_p(c["p_value"])
        r["p adj."] = _fmt_p(c["p_adjusted"])
        r["Relative change"] = _relative(c)
        rows.append(r)
    wide = pd.DataFrame(rows)
    title = df["table_title"].iloc[0]
    base = _base_of(intervals[intervals["indicator"] == table_id])
    n = _default(intervals[intervals["indicator"] == table_id]).drop_duplicates("wave_year")
    n = dict(zip(n["wave_year"], n["respondents"], strict=True))
    implied = (df["value_status"] == "implied").any()
    return base_table(
        wide,
        title=title,
        source=(
            "Source: article, seed lines 347-396 (data/processed/attitude_shares.csv, "
            "survey_intervals.csv, survey_changes.csv, attitude_distribution_tests.csv). "
            f"Base: {SCENARIO_NAMES[base]}, {n[2023]:,.0f} (2023) and {n[2024]:,.0f} (2024) "
            "respondents" + (" (ESTIMATES)" if base == "aware" else "") + ". "
            "All three answers tested at once, 2023 against 2024 (chi-square on effective "
            f"counts): {distribution_text(tests, table_id)}"
            + (", resting on the implied cells" if implied else "")
            + ". "
            + STATUS_NOTE
            + " "
            + method_note(changes)
        ),
    )


def awareness_table(awareness: pd.DataFrame, intervals: pd.DataFrame, changes: pd.DataFrame) -> GT:
    """Awareness by age group with ESTIMATED respondents, intervals and the change.

    Parameters
    ----------
    awareness:
        Processed ``awareness_by_age`` (share_pct in percent, value_status).
    intervals, changes:
        Processed ``survey_intervals`` / ``survey_changes`` (default rows: the build's
        design effect and age-group sizes, see ``age_group_sizes``).
    """
    _, conf = setting(intervals)
    ci = _default(intervals)
    ci = ci[ci["indicator"] == "awareness"].set_index(["wave_year", "group"])
    ch = _default(changes)
    ch = ch[ch["indicator"] == "awareness"].set_index("group")
    rows = []
    for group in awareness["age_group"].unique():
        r = {"Age group (years)": group}
        for year in (2023, 2024):
            cell = awareness[
                (awareness["age_group"] == group) & (awareness["wave_year"] == year)
            ].iloc[0]
            iv = ci.loc[(year, group)]
            r[f"{year}: n (estimate)"] = f"≈{iv['respondents']:,.0f}"
            r[f"{year}: share"] = f"{cell['share_pct']:.1f}%{STATUS_MARK[cell['value_status']]}"
            r[f"{year}: {level(conf)} CI"] = _fmt_ci(iv["ci_low_pct"], iv["ci_high_pct"])
        c = ch.loc[group]
        r[f"Change, pp ({level(conf)} CI)"] = _change_text(c)
        r["p"] = _fmt_p(c["p_value"])
        r["p adj."] = _fmt_p(c["p_adjusted"])
        r["Relative change"] = _relative(c)
        rows.append(r)
    return base_table(
        pd.DataFrame(rows),
        source=(
            "Source: article, seed lines 318-341 (data/processed/awareness_by_age.csv). "
            "n (estimate): respondents per age group are NOT published; estimated from UN "
            "WPP 2024 (data/processed/age_group_sizes.csv). † the article prints one figure "
            "for 29-45 and 46-60, read as the combined 29-60 group. " + method_note(changes)
        ),
    )


def awareness_overall_table(overall: pd.DataFrame) -> GT:
    """ESTIMATED share of each wave aware of the Kurultai, with its interval, and the
    aware respondents it implies (the base of Tables 1 and 2 when they count the aware).

    ``overall`` is the processed ``awareness_overall``; rows: its default age-size method
    at every design effect of the build (percent; respondents).
    """
    deff, conf = setting(overall)
    method = _default(overall)["age_size_method"].iloc[0]
    d = overall[overall["age_size_method"] == method]
    rows = []
    for year, wave in d.groupby("wave_year"):
        r = {
            "Wave": str(year),
            "Respondents": f"{wave['respondents'].iloc[0]:,}",
            "Aware (estimate)": f"{wave['share_pct'].iloc[0]:.1f}%",
        }
        for row in wave.sort_values("design_effect").itertuples():
            mark = " (build)" if row.design_effect == deff else ""
            r[f"{level(conf)} CI, deff {number(row.design_effect)}{mark}"] = _fmt_ci(
                row.ci_low_pct, row.ci_high_pct
            )
        r["Aware respondents (estimate)"] = f"≈{wave['aware_respondents_est'].iloc[0]:,.0f}"
        rows.append(r)
    return base_table(
        pd.DataFrame(rows),
        source=(
            "ESTIMATES. The article prints awareness by age group only (seed lines 318-341); "
            "the overall share is their mean weighted by the estimated age-group sizes ("
            + SCENARIO_NAMES.get(method, method)
            + "), its interval a stratified normal interval. Aware respondents = n × share. "
            "Data: data/processed/awareness_overall.csv."
        ),
    )


def base_readings_table(changes: pd.DataFrame, tests: pd.DataFrame) -> GT:
    """Every change of Tables 1 and 2 under both bases: the whole sample and the aware.

    ``changes`` is the processed ``survey_changes``, ``tests`` the processed
    ``attitude_distribution_tests``; both at the build's design effect. Per base: the
    interval of the change (pp), raw and adjusted p, and the verdict; last two rows: the
    single test of each table over all three answers. The chosen base (parameter
    ``table_base``) is marked in the column headers.
    """
    deff, conf = setting(changes)
    chosen = _base_of(changes)
    key = ["indicator", "group", "category"]
    at = changes[(changes["design_effect"] == deff) & (changes["group"] == WHOLE_SAMPLE)]
    rows = []
    for k, label in CHANGE_ROWS.items():
        if k[1] != WHOLE_SAMPLE:
            continue
        sub = at[(at[key] == pd.Series(k, index=key)).all(axis=1)].set_index("size_scenario")
        r = {"Change 2023 → 2024": label, "pp": f"{sub['diff_pp'].iloc[0]:+.1f}"}
        for scen in ("aware", "reported"):
            c = sub.loc[scen]
            head = SCENARIO_NAMES[scen] + (" (chosen)" if scen == chosen else "")
            verdict = "yes" if c["exceeds_sampling_error"] else "no"
            verdict_adj = "yes" if c["exceeds_after_adjustment"] else "no"
            r[f"{head}: {level(conf)} CI"] = _fmt_ci(c["ci_low_pp"], c["ci_high_pp"])
            r[f"{head}: p / p adj."] = f"{_fmt_p(c['p_value'])} / {_fmt_p(c['p_adjusted'])}"
            r[f"{head}: exceeds (raw / adj.)"] = f"{verdict} / {verdict_adj}"
        rows.append(r)
    t = tests[tests["design_effect"] == deff].set_index(["table_id", "size_scenario"])
    for table_id, name in (("table1", "Table 1"), ("table2", "Table 2 *")):
        r = {"Change 2023 → 2024": f"{name}, all three answers", "pp": "—"}
        for scen in ("aware", "reported"):
            c = t.loc[(table_id, scen)]
            head = SCENARIO_NAMES[scen] + (" (chosen)" if scen == chosen else "")
            r[f"{head}: {level(conf)} CI"] = f"χ²({c['dof']}) = {c['chi2']:.2f}"
            r[f"{head}: p / p adj."] = f"{_fmt_p(c['p_value'])} / —"
            r[f"{head}: exceeds (raw / adj.)"] = (
                "yes" if c["exceeds_sampling_error"] else "no"
            ) + " / —"
        rows.append(r)
    n = at[at["design_effect"] == deff].drop_duplicates("size_scenario")
    n = n.set_index("size_scenario")
    return base_table(
        pd.DataFrame(rows),
        source=(
            "Tables 1 and 2 print no base. Aware respondents: ESTIMATED, n times the "
            f"estimated share aware ({n.loc['aware', 'respondents_2023']:,.0f} in 2023, "
            f"{n.loc['aware', 'respondents_2024']:,.0f} in 2024); whole sample: 2,400 and "
            "1,200. Exceeds: the interval excludes zero (raw) / the adjusted p is below "
            f"{number(1 - conf)} (adj.). Last rows: one chi-square test of the three answers "
            "(effective counts), not adjusted. † year inferred; * rests on an implied cell. "
            + method_note(changes)
            + " Data: data/processed/survey_changes.csv, attitude_distribution_tests.csv."
        ),
    )


def age_group_sizes_table(sizes: pd.DataFrame) -> GT:
    """The ESTIMATED respondents per age group and wave, with the population behind them.

    ``sizes`` is the processed ``age_group_sizes`` (population in thousands, share in
    percent of the population aged 18 and over, respondents as estimates).
    """
    df = sizes.assign(
        Wave=lambda d: (
            d["wave_year"].astype(str)
            + " (midpoint "
            + d["fieldwork_midpoint"].dt.strftime("%d %b %Y")
            + ")"
        ),
        Group=lambda d: d["age_group"],
        Population=lambda d: d["population_thousands"].map("{:,.0f}".format),
        Share=lambda d: d["population_share_pct"].map("{:.1f}%".format),
        n=lambda d: [
            f"≈{v:,.0f} of {t:,}"
            for v, t in zip(d["respondents_est"], d["respondents_wave"], strict=True)
        ],
    )[["Wave", "Group", "Population", "Share", "n"]]
    df.columns = [
        "Wave (fieldwork midpoint)",
        "Age group (years)",
        "Population (thousands, estimate)",
        "Share of population 18+",
        "Respondents (estimate)",
    ]
    return base_table(
        df,
        source=(
            "ESTIMATES, not published figures. UN World Population Prospects 2024 "
            "(data/raw/public/wpp2024_kazakhstan_age5.csv): five-year bands spread evenly "
            "over single years of age (so ages 18-19 are 2/5 of the 15-19 band), "
            "interpolated linearly between 1 July 2020 and 1 July 2025 to each wave's "
            "fieldwork midpoint; each wave's n split in proportion (the samples had age "
            "quotas). Data: data/processed/age_group_sizes.csv."
        ),
    )


def design_effect_table(intervals: pd.DataFrame) -> GT:
    """Margin of error (pp) of every share under each design effect of the build.

    ``intervals`` is the processed ``survey_intervals``; rows use the build's base of
    Tables 1 and 2 and age-group sizes (the scenarios of the default rows).
    """
    deff, conf = setting(intervals)
    aware_base = _base_of(intervals) == "aware"
    scen = _default(intervals)[["indicator", "group", "category", "wave_year", "size_scenario"]]
    df = intervals.merge(scen, on=list(scen.columns))
    grid = sorted(set(df["design_effect"]))
    wide = df.pivot_table(
        index=["indicator", "group", "category", "wave_year", "share_pct", "respondents"],
        columns="design_effect",
        values="moe_pp",
        sort=False,
    ).reset_index()
    labels = {
        "awareness": "Awareness",
        "table1": "Table 1",
        "table2": "Table 2",
    }
    out = pd.DataFrame(
        {
            "Finding": wide["indicator"].map(labels),
            "Group / answer": [
                f"age {g}" if i == "awareness" else c.replace("_", " ")
                for i, g, c in zip(wide["indicator"], wide["group"], wide["category"], strict=True)
            ],
            "Wave": wide["wave_year"].astype(str),
            "Share": wide["share_pct"].map("{:.1f}%".format),
            "n": [
                f"≈{n:,.0f}" if i == "awareness" or aware_base else f"{n:,.0f}"
                for i, n in zip(wide["indicator"], wide["respondents"], strict=True)
            ],
            **{f"± pp, deff {number(d)}": wide[d].map("{:.1f}".format) for d in grid},
        }
    )
    z = NormalDist().inv_cdf(0.5 + conf / 2)
    return base_table(
        out,
        source=(
            f"Margin of error ({level(conf)}) = {z:.2f} × sqrt(p(1 − p) / (n / deff)), in "
            "percentage points. ≈ n is an ESTIMATE (age groups from UN WPP 2024; aware "
            f"respondents). The build's design effect is {number(deff)}; base of Tables 1 "
            f"and 2: {SCENARIO_NAMES[_base_of(intervals)]}. "
            "Data: data/processed/survey_intervals.csv."
        ),
    )


def sensitivity_table(changes: pd.DataFrame) -> GT:
    """Which changes exceed sampling error under each design effect, base and age size.

    ``changes`` is the processed ``survey_changes``. Columns: each design effect of the
    build with the default scenarios; then, at the build's design effect, the verdict
    after the p-value adjustment, the other base of Tables 1 and 2, and the age-group n
    20% smaller, 20% larger, or n/3 per group. A cell reads "yes" when the interval of the
    change excludes zero, with the p-value of the score test.
    """
    key = ["indicator", "group", "category"]
    deff, conf = setting(changes)
    chosen = _base_of(changes)
    other_base = "reported" if chosen == "aware" else "aware"
    method = P_ADJUSTMENT_NAMES[_default(changes)["p_adjustment"].iloc[0]]
    grid = sorted(set(changes["design_effect"]))

    def cell(sub: pd.DataFrame, *, adjusted: bool = False) -> str:
        if sub.empty:
            return "n/a"
        r = sub.iloc[0]
        hit = r["exceeds_after_adjustment"] if adjusted else r["exceeds_sampling_error"]
        p = r["p_adjusted"] if adjusted else r["p_value"]
        return f"{'yes' if hit else 'no'} (p {_fmt_p(p)})"

    scen = _default(changes)[[*key, "size_scenario"]]
    rows = []
    for k, label in CHANGE_ROWS.items():
        sub = changes[(changes[key] == pd.Series(k, index=key)).all(axis=1)]
        central = sub.merge(scen, on=[*key, "size_scenario"])
        at_default = sub[sub["design_effect"] == deff]
        r = {"Change 2023 → 2024": label, "pp": f"{sub['diff_pp'].iloc[0]:+.1f}"}
        for d in grid:
            mark = " (build)" if d == deff else ""
            r[f"deff {number(d)}{mark}"] = cell(central[central["design_effect"] == d])
        r[f"{method} adj."] = cell(central[central["design_effect"] == deff], adjusted=True)
        r[SCENARIO_NAMES[other_base]] = cell(at_default[at_default["size_scenario"] == other_base])
        for s in ("wpp2024_minus20", "wpp2024_plus20", "equal_thirds"):
            r[SCENARIO_NAMES[s]] = cell(at_default[at_default["size_scenario"] == s])
        rows.append(r)
    return base_table(
        pd.DataFrame(rows),
        source=(
            f"yes: the {level(conf)} interval of the change excludes zero (score test p < "
            f"{number(1 - conf)}); no: it does not. Base of Tables 1 and 2: "
            f"{SCENARIO_NAMES[chosen]}. Columns after the design effects are at deff "
            f"{number(deff)}: {method}-adjusted p over nine changes, the other base, and the "
            "ESTIMATED age-group n changed (n/a: the row is not an age group, or not a table "
            "row). † year or group inferred; * rests on an implied cell. "
            "Data: data/processed/survey_changes.csv."
        ),
    )


def table2_closure_table(closure: pd.DataFrame) -> GT:
    """How Table 2's missing cells follow from the printed ones (shares in percent)."""
    df = closure.assign(
        Wave=lambda d: d["wave_year"].astype(str),
        Printed=lambda d: d["printed"],
        Sum=lambda d: d["printed_sum_pct"].map("{:.1f}".format),
        Missing=lambda d: d["missing_category"].str.replace("_", " "),
        Implied=lambda d: d["implied_pct"].map("{:.1f}".format),
        Range=lambda d: d["range_if_hard_to_say"],
        Lines=lambda d: d["locator"],
    )[["Wave", "Printed", "Sum", "Missing", "Implied", "Range", "Lines"]]
    df.columns = [
        "Wave",
        "Printed cells (%)",
        "Sum printed",
        "Missing cell",
        "Implied: 100 − sum (no 'hard to say')",
        "If some said 'hard to say'",
        "Seed lines",
    ]
    return base_table(
        df,
        source="Shares in percent. The data carry the implied value (value_status implied); "
        "it assumes the three answers cover every respondent. "
        "Data: data/processed/table2_closure.csv.",
    )


def year_order_table(readings: pd.DataFrame) -> GT:
    """The two readings of '70,6%/76,1%' and what each wave sums to (percent, pp)."""
    df = readings.assign(
        Reading=lambda d: d["reading"] + ": " + d["reading_label"],
        Wave=lambda d: d["wave_year"].astype(str),
        Positive=lambda d: d["positive_pct"].map("{:.1f}".format),
        Neutral=lambda d: d["neutral_pct"].map("{:.1f}".format),
        Negative=lambda d: d["negative_pct"].map("{:.1f}".format),
        Sum=lambda d: d["total_pct"].map("{:.1f}".format),
        Gap=lambda d: d["gap_pp"].map("{:+.1f} pp".format),
        Change=lambda d: d["positive_change_pp"].map("{:+.1f} pp".format),
        Verdict=lambda d: d["chosen"].map({True: "chosen (closes to 100)", False: "rejected"}),
    )[["Reading", "Wave", "Positive", "Neutral", "Negative", "Sum", "Gap", "Change", "Verdict"]]
    df = df.rename(columns={"Change": "Positive, 2023 → 2024"})
    gt = base_table(
        df,
        source="Shares in percent. Source: article, seed lines 347-365; "
        "data/processed/year_order_readings.csv.",
    )
    return grey_rows(gt, ~readings["chosen"])
