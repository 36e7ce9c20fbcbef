"""Tables of the survey findings."""

from __future__ import annotations

import pandas as pd
from great_tables import GT

from analysis.survey import CHANGE_ROWS
from analysis.tables.common import STATUS_MARK, STATUS_NOTE, base_table, grey_rows

DEFF_NOTE = (
    "95% intervals: Wilson score intervals for shares, Miettinen-Nurminen score intervals "
    "and score tests for changes (statsmodels), design effect 1.5 (quota sample; see the "
    "Methods appendix). pp = percentage points."
)


def _fmt_ci(low: float, high: float, unit: str = "") -> str:
    return f"{low:.1f} to {high:.1f}{unit}"


def _fmt_p(p: float) -> str:
    return "< 0.001" if p < 0.001 else f"{p:.3f}"


def _default(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[frame["is_default"]]


def _change_text(ch: pd.Series) -> str:
    return f"{ch['diff_pp']:+.1f} ({ch['ci_low_pp']:+.1f} to {ch['ci_high_pp']:+.1f})"


def attitude_table(
    attitudes: pd.DataFrame, intervals: pd.DataFrame, changes: pd.DataFrame, table_id: str
) -> GT:
    """Table 1 or Table 2 with 95% intervals and the 2023 -> 2024 change: one row per answer.

    Parameters
    ----------
    attitudes:
        Processed ``attitude_shares`` (share_pct in percent 0-100, value_status).
    intervals, changes:
        Processed ``survey_intervals`` and ``survey_changes`` (default rows: design effect
        1.5, printed n).
    table_id:
        ``"table1"`` or ``"table2"``.

    Cells carry a mark for their status († inferred, * implied); shares and intervals in
    percent, the change in percentage points (pp) with its 95% interval, the p-value of the
    score test and the relative change (percent of the 2023 share).

    Raises
    ------
    ValueError
        If ``table_id`` has no rows.
    """
    df = attitudes[attitudes["table_id"] == table_id]
    if df.empty:
        raise ValueError(f"no rows for table_id={table_id!r} in attitude_shares")
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
            r[f"{year}, 95% CI"] = _fmt_ci(iv["ci_low_pct"], iv["ci_high_pct"])
        c = ch.loc[(table_id, cat)]
        r["Change, pp (95% CI)"] = _change_text(c)
        r["p"] = _fmt_p(c["p_value"])
        r["Relative change"] = f"{c['relative_change_pct']:+.0f}%"
        rows.append(r)
    wide = pd.DataFrame(rows)
    title = df["table_title"].iloc[0]
    return base_table(
        wide,
        title=title,
        source=(
            "Source: article, seed lines 347-396 (data/processed/attitude_shares.csv, "
            "survey_intervals.csv, survey_changes.csv). Respondents: 2,400 (2023), "
            "1,200 (2024). " + STATUS_NOTE + " " + DEFF_NOTE
        ),
    )


def awareness_table(awareness: pd.DataFrame, intervals: pd.DataFrame, changes: pd.DataFrame) -> GT:
    """Awareness by age group with ESTIMATED respondents, 95% intervals and the change.

    Parameters
    ----------
    awareness:
        Processed ``awareness_by_age`` (share_pct in percent, value_status).
    intervals, changes:
        Processed ``survey_intervals`` / ``survey_changes`` (default rows: design effect 1.5,
        age-group n estimated from UN WPP 2024, see ``age_group_sizes``).
    """
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
            r[f"{year}: 95% CI"] = _fmt_ci(iv["ci_low_pct"], iv["ci_high_pct"])
        c = ch.loc[group]
        r["Change, pp (95% CI)"] = _change_text(c)
        r["p"] = _fmt_p(c["p_value"])
        r["Relative change"] = f"{c['relative_change_pct']:+.0f}%"
        rows.append(r)
    return base_table(
        pd.DataFrame(rows),
        source=(
            "Source: article, seed lines 318-341 (data/processed/awareness_by_age.csv). "
            "n (estimate): respondents per age group are NOT published; estimated from UN "
            "WPP 2024 (data/processed/age_group_sizes.csv). † the article prints one figure "
            "for 29-45 and 46-60, read as the combined 29-60 group. " + DEFF_NOTE
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
    """Margin of error (pp) of every share under design effects 1.0, 1.5 and 2.0.

    ``intervals`` is the processed ``survey_intervals``; rows use the printed n (whole
    sample) or the central age-group estimate.
    """
    df = intervals[intervals["size_scenario"].isin(["reported", "wpp2024"])]
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
                f"≈{n:,.0f}" if i == "awareness" else f"{n:,.0f}"
                for i, n in zip(wide["indicator"], wide["respondents"], strict=True)
            ],
            **{f"± pp, deff {d:.1f}": wide[d].map("{:.1f}".format) for d in (1.0, 1.5, 2.0)},
        }
    )
    return base_table(
        out,
        source=(
            "Margin of error = 1.96 × sqrt(p(1 − p) / (n / deff)), in percentage points. "
            "≈ n is an ESTIMATE (UN WPP 2024). The book's default is deff 1.5. "
            "Data: data/processed/survey_intervals.csv."
        ),
    )


def sensitivity_table(changes: pd.DataFrame) -> GT:
    """Which changes exceed sampling error under each design effect and age-size scenario.

    ``changes`` is the processed ``survey_changes``. Columns: design effect 1.0 / 1.5 / 2.0
    with the printed or central n; then, at design effect 1.5, age-group n 20% smaller, 20%
    larger, or n/3 per group. A cell reads "yes" when the 95% interval of the change
    excludes zero, with the p-value of the score test.
    """
    key = ["indicator", "group", "category"]

    def cell(sub: pd.DataFrame) -> str:
        if sub.empty:
            return "n/a (printed n)"
        r = sub.iloc[0]
        verdict = "yes" if r["exceeds_sampling_error"] else "no"
        return f"{verdict} (p {_fmt_p(r['p_value'])})"

    rows = []
    for k, label in CHANGE_ROWS.items():
        sub = changes[(changes[key] == pd.Series(k, index=key)).all(axis=1)]
        central = sub[sub["size_scenario"].isin(["reported", "wpp2024"])]
        at_default = sub[sub["design_effect"] == 1.5]
        first = sub.iloc[0]
        r = {"Change 2023 → 2024": label, "pp": f"{first['diff_pp']:+.1f}"}
        for d in (1.0, 1.5, 2.0):
            r[f"deff {d:.1f}"] = cell(central[central["design_effect"] == d])
        for scen, name in (
            ("wpp2024_minus20", "n −20%"),
            ("wpp2024_plus20", "n +20%"),
            ("equal_thirds", "n/3 each"),
        ):
            r[name] = cell(at_default[at_default["size_scenario"] == scen])
        rows.append(r)
    return base_table(
        pd.DataFrame(rows),
        source=(
            "yes: the 95% interval of the change excludes zero (score test p < 0.05); no: it "
            "does not. Last three columns at deff 1.5 with the ESTIMATED age-group n changed "
            "(whole-sample rows use the printed n, so they do not apply). † year or group "
            "inferred; * rests on an implied cell. Data: data/processed/survey_changes.csv."
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
