"""Values of the argument ledger: the "What the article argues" sections, the conclusion
chapter and the Key findings of the Preface.

Every number is read from the processed tables (``argument_ledger``, ``survey_changes``,
``survey_intervals``, ``meetings_log``, ``session_intervals``, ``composition_coverage``,
``members_by_field``, ``body_comparison``, ``deliberative_criteria``, ``glossary``,
``expert_interviews``, ``repeat_visitors``), so the sentences follow the data and the
build's parameters (design effect, confidence level, table base). Keys are used as
``{{< var arguments.KEY >}}``; :data:`CAPTIONS` holds the captions of the registered tables
``tbl-argues-*``, ``tbl-verdicts``, ``tbl-deliberative-criteria`` and ``tbl-glossary``.

Keys: ``n_claims``, ``n_computed``, ``n_judgement``, ``n_<part>``, ``verdict_counts`` (a
sentence), ``verdict_<claim id>`` (e.g. ``verdict_a31``: the verdict in lower-case words),
``key_finding_1`` ... ``key_finding_7`` (one sentence each, with number, interval and verdict),
and the numbers of each section (survey shares and changes, meeting cadence, access, roster
coverage, benchmark counts).
"""

from __future__ import annotations

import pandas as pd

from analysis.arguments import (
    PART_LABELS,
    VERDICT_LABELS,
    cadence,
    change_text,
    meeting_dates,
    positive_high_rule,
)
from analysis.prose import Context
from analysis.prose.fmt import count, number, pct
from analysis.prose.params import BASE_WORDS
from analysis.schemas.raw import VERDICTS

#: The table base (analysis.params) behind each size_scenario of Tables 1 and 2.
SCENARIO_BASE = {"aware": "aware", "reported": "whole_sample"}
WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def words(n: int) -> str:
    """0-10 in words, larger numbers in digits."""
    return WORDS[n] if 0 <= n < len(WORDS) else count(n)


def day(ts: pd.Timestamp) -> str:
    """A date as '14 June 2022'."""
    return f"{ts.day} {ts:%B %Y}"


def _ci(row: pd.Series) -> str:
    return f"{row['ci_low_pct']:.1f}–{row['ci_high_pct']:.1f}%"


def _verdict_sentence(ledger: pd.DataFrame) -> str:
    n = ledger["verdict"].value_counts().reindex(VERDICTS, fill_value=0)
    computed = int((ledger["basis"] == "computed").sum())
    tested = [
        f"{count(n[v])} {VERDICT_LABELS[v].lower()}"
        for v in ("supported", "partly_supported", "not_supported")
    ]
    return (
        f"Of the {count(len(ledger))} claims of the article's argument in the ledger, "
        f"{tested[0].replace(' ', ' are ', 1)}, {tested[1]} and {tested[2]}; "
        f"{count(n['contradicted'])} "
        f"{'is' if n['contradicted'] == 1 else 'are'} contradicted by the article's own data, "
        f"and {count(n['not_testable'])} cannot be tested with these data. The verdicts of "
        f"{count(computed)} claims are recomputed from the data at every build."
    )


def values(ctx: Context) -> dict[str, str]:
    """The values; see the module docstring."""
    p = ctx.params
    conf = number(p.confidence_pct, max_decimals=1) + "%"
    ci_words = f"{conf} CI"
    v: dict[str, str] = {}

    # --- the ledger --------------------------------------------------------------------
    ledger = ctx.table("argument_ledger")
    v["n_claims"] = count(len(ledger))
    v["n_computed"] = count(int((ledger["basis"] == "computed").sum()))
    v["n_judgement"] = count(int((ledger["basis"] == "judgement").sum()))
    for part in PART_LABELS:
        v[f"n_{part}"] = count(int((ledger["part"] == part).sum()))
    for verdict in VERDICTS:
        v[f"count_{verdict}"] = count(int((ledger["verdict"] == verdict).sum()))
    v["verdict_counts"] = _verdict_sentence(ledger)
    for r in ledger.itertuples():
        v[f"verdict_{r.claim_id.lower()}"] = r.verdict_label.lower()

    def by_check(check: str) -> str:
        """The verdict of the first claim with ``check``, and how robust it is."""
        rows = ledger[ledger["check"] == check]
        if rows.empty:
            raise KeyError(f"argument_ledger has no claim with check {check!r}")
        label = rows["verdict_label"].iloc[0].lower()
        robust = str(rows["robustness"].iloc[0]).split(";")[0].rstrip(".")
        if robust.startswith("Holds in"):  # "Holds in 2 of 6 settings"
            return f"{label}; it h{robust[1:]}".replace("settings", "analytic settings")
        if robust.startswith("Same verdict"):  # "Same verdict under all 6 settings computed"
            return f"{label} under all {robust.split()[4]} analytic settings computed"
        return label

    # --- survey ------------------------------------------------------------------------
    changes = ctx.table("survey_changes")
    ch = changes[changes["is_default"]].set_index(["indicator", "group", "category"])
    iv_all = ctx.table("survey_intervals")
    iv = iv_all[iv_all["is_default"]].set_index(["indicator", "group", "category", "wave_year"])

    def change(ind: str, group: str, cat: str) -> str:
        return change_text(ch.loc[(ind, group, cat)], ci_words)

    def error_words(ind: str, group: str, cat: str) -> str:
        return (
            "larger than sampling error"
            if bool(ch.loc[(ind, group, cat), "exceeds_sampling_error"])
            else "within sampling error"
        )

    for key, (ind, cat) in {
        "positive": ("table1", "positive"),
        "neutral": ("table1", "neutral"),
        "negative": ("table1", "negative"),
        "better": ("table2", "changed_positive"),
        "nochange": ("table2", "no_change"),
        "worse": ("table2", "changed_negative"),
    }.items():
        for year in (2023, 2024):
            row = iv.loc[(ind, "all", cat, year)]
            v[f"{key}_{year}"] = pct(row["share_pct"])
            v[f"{key}_{year}_ci"] = _ci(row)
        v[f"{key}_change"] = change(ind, "all", cat)
        v[f"{key}_error"] = error_words(ind, "all", cat)
    pos = ch.loc[("table1", "all", "positive")]
    alt = changes[
        (changes["indicator"] == "table1")
        & (changes["category"] == "positive")
        & (changes["design_effect"] == pos["design_effect"])
        & (changes["size_scenario"] != pos["size_scenario"])
    ]
    if len(alt):
        other = alt.iloc[0]
        base = BASE_WORDS.get(SCENARIO_BASE.get(other["size_scenario"], ""), "another base")
        v["positive_other_base"] = (
            f"With {base} as the base, the change is {change_text(other, ci_words)}, "
            f"{'larger than' if other['exceeds_sampling_error'] else 'within'} sampling error, "
            f"and the verdict would be {VERDICT_LABELS[positive_high_rule(other)].lower()}"
        )
    else:
        v["positive_other_base"] = "No other base is computed"
    better = ch.loc[("table2", "all", "changed_positive")]
    v["better_fall_pp"] = number(-better["diff_pp"], max_decimals=1)
    v["better_relative_fall"] = pct(-100 * better["diff_pp"] / better["share_2023_pct"], 0)
    v["table_base"] = ctx.values.get("params", {}).get("table_base", p.table_base)
    v["confidence"] = conf
    v["design_effect"] = number(p.design_effect, max_decimals=2)

    aware = ctx.table("awareness_by_age")
    latest_year = int(aware["wave_year"].max())
    latest = aware[aware["wave_year"] == latest_year].sort_values("share_pct")
    top = latest.iloc[-1]
    top_iv = iv.loc[("awareness", top["age_group"], "aware", latest_year)]
    v["aware_year"] = str(latest_year)
    below = int((latest["share_pct"] < 50).sum())
    v["aware_below"] = (
        "fewer than half of every age group"
        if below == len(latest)
        else f"fewer than half in {words(below)} of {words(len(latest))} age groups"
    )
    v["aware_top_group"] = top["age_group"]
    v["aware_top"] = pct(top["share_pct"])
    v["aware_top_ci"] = _ci(top_iv)
    v["aware_low_group"] = latest.iloc[0]["age_group"]
    v["aware_low"] = pct(latest.iloc[0]["share_pct"])
    v["young_change"] = change("awareness", "18-28", "aware")
    v["young_error"] = error_words("awareness", "18-28", "aware")
    v["middle_change"] = change("awareness", "29-60", "aware")

    # --- meetings ----------------------------------------------------------------------
    built = {"meetings_log": ctx.table("meetings_log")}
    c = cadence(meeting_dates(built))
    v["meetings_n"] = count(c["meetings"])
    v["meetings_months"] = number(c["months"], max_decimals=0)
    v["meetings_per_month"] = number(c["per_month"], max_decimals=1)
    v["meetings_median_gap"] = number(c["median_gap_days"], max_decimals=0)
    v["meetings_longest_gap"] = count(c["longest_gap_days"])
    v["meetings_gap_from"] = day(c["gap_from"])
    v["meetings_gap_to"] = day(c["gap_to"])
    v["meetings_first"] = day(c["first"])
    v["meetings_last"] = day(c["last"])
    s = ctx.table("session_intervals")
    covered = s[s["table3_covers"] & s["meetings_per_year"].notna()].sort_values("interval_order")
    v["meetings_rates"] = ", ".join(
        f"{r.meetings_per_year:.1f} (sessions {r.interval_label})" for r in covered.itertuples()
    )
    v["meetings_rate_first"] = f"{covered['meetings_per_year'].iloc[0]:.1f}"
    v["meetings_rate_last"] = f"{covered['meetings_per_year'].iloc[-1]:.1f}"
    rep = ctx.table("repeat_visitors")
    log = built["meetings_log"]
    v["repeat_n"] = words(len(rep))
    v["repeat_n_cap"] = v["repeat_n"].capitalize()
    v["people_n"] = count(log["person_id"].nunique())

    # --- composition -------------------------------------------------------------------
    cov = ctx.table("composition_coverage").set_index("metric_id")["value"]
    seats = float(cov["ever_appointed"])
    after = log.loc[~log["before_decree"], "person_id"].nunique()
    v["seats"] = count(seats)
    v["direct_people"] = count(after)
    v["direct_share"] = pct(100 * after / seats, 0)
    v["known_members"] = count(cov["known_members"])
    v["known_pct"] = pct(cov["coverage_pct"])
    f = ctx.table("members_by_field")
    fields = f[f["bar_kind"] == "field"]
    v["fields_present"] = words(int((fields["persons"] > 0).sum()))
    v["fields_total"] = words(len(fields))
    v["field_known"] = count(cov["known_field_coded"])
    e = ctx.table("expert_interviews").iloc[0]
    v["experts"] = count(e["experts"])
    v["expert_fields"] = words(int(e["fields"]))

    # --- predecessor -------------------------------------------------------------------
    b = ctx.table("body_comparison").set_index("row_id")
    for body in ("ncpt", "kurultai"):
        v[f"{body}_sessions_rate"] = f"{b.loc[body, 'sessions_per_year']:.1f}"
        v[f"{body}_people_rate"] = f"{b.loc[body, 'people_met_per_year']:.1f}"

    # --- benchmarks and glossary -------------------------------------------------------
    crit = ctx.table("deliberative_criteria")
    status = crit["kurultai_status"].value_counts()
    v["criteria_n"] = words(len(crit))
    meets = int(status.get("meets", 0))
    v["criteria_meets"] = "none" if meets == 0 else words(meets)
    v["criteria_partly"] = words(int(status.get("partly", 0)))
    v["criteria_not"] = words(int(status.get("does_not_meet", 0)))
    v["criteria_failed"] = (
        ", ".join(crit.loc[crit["kurultai_status"] == "does_not_meet", "criterion_en"].str.lower())
        or "none"
    )
    title = ledger[ledger["check"] == "deliberative_benchmarks"].iloc[0]
    v["title_verdict"] = title["verdict_label"].lower()
    robust = str(title["robustness"]).rstrip(".")
    v["title_robustness"] = robust[:1].lower() + robust[1:]
    v["glossary_n"] = count(len(ctx.table("glossary")))

    # --- key findings ------------------------------------------------------------------
    v["key_finding_1"] = (
        f"The share whose view of the Kurultai changed for the better fell from "
        f"{v['better_2023']} in 2023 to an implied {v['better_2024']} in 2024, "
        f'{v["better_change"]}; the article says this share "remained considerably high" '
        f"(verdict: {by_check('better_remained_high')})."
    )
    v["key_finding_2"] = (
        f"The share whose view changed for the worse rose from an implied {v['worse_2023']} "
        f"to {v['worse_2024']}, {v['worse_change']}, against the conclusion that the Kurultai "
        f"exceeded civil society's expectations (verdict: {by_check('expectations_exceeded')})."
    )
    v["key_finding_3"] = (
        f"Positive attitudes were {v['positive_2023']} in 2023 and {v['positive_2024']} "
        f"({conf} CI {v['positive_2024_ci']}) in 2024, a change of {v['positive_change']}, "
        f'{v["positive_error"]} (that attitudes "stay high": '
        f"{by_check('positive_high')})."
    )
    v["key_finding_4"] = (
        f"In {v['aware_year']}, {v['aware_below']} had heard of the Kurultai "
        f"(highest: {v['aware_top_group']}, {v['aware_top']}, {conf} CI {v['aware_top_ci']}); "
        f"the rise among 18–28-year-olds, {v['young_change']}, is {v['young_error']} "
        f"(growing popularity among the young: {by_check('youth_awareness')})."
    )
    v["key_finding_5"] = (
        f"The article's evidence for a \"daily\" dialogue, the President's one-to-one "
        f"meetings with members, counts {v['meetings_n']} meetings in {v['meetings_months']} "
        f"months ({v['meetings_per_month']} a month, longest gap {v['meetings_longest_gap']} "
        f"days), thinning from {v['meetings_rate_first']} to {v['meetings_rate_last']} a year "
        f"between sessions (verdict: {by_check('daily_dialogue')})."
    )
    v["key_finding_6"] = (
        f"Direct access to the President, the experts' core function for the Kurultai, "
        f"reached {v['direct_people']} people one to one after the decree, about "
        f"{v['direct_share']} of the roughly {v['seats']} seats ever filled "
        f"(verdict: {by_check('direct_access')})."
    )
    v["key_finding_7"] = (
        f"Against {v['criteria_n']} benchmarks of a citizens' assembly such as Ireland's, the "
        f"Kurultai fully meets {v['criteria_meets']}, meets {v['criteria_partly']} in part and "
        f"fails on {v['criteria_failed']}: the title's claim that it is an institution of "
        f"deliberative democracy is {v['title_verdict']}."
    )
    return v


CAPTIONS = {
    "tbl-argues-context": (
        "How the article frames the Kurultai: {arguments.n_framing} claims of its introduction "
        "and framing, with the book's verdict on each.",
        "",
    ),
    "tbl-argues-composition": (
        "What the article and its experts argue about the composition: "
        "{arguments.n_composition} claims, with the book's verdict on each.",
        "",
    ),
    "tbl-argues-attitudes": (
        "What the article reads into its survey, and the Kurultai as an object of public "
        "discourse: {arguments.n_attitudes} claims, with the book's verdict on each "
        "({params.confidence} intervals, design effect {params.design_effect}).",
        "",
    ),
    "tbl-argues-communication": (
        "What the article argues about the Kurultai's communication role: "
        "{arguments.n_communication} claims, with the book's verdict on each.",
        "",
    ),
    "tbl-argues-conclusion": (
        "The conclusion's claims and the title's claim, with the book's verdict on each.",
        "",
    ),
    "tbl-verdicts": (
        "The argument ledger in numbers: {arguments.n_claims} claims by part of the argument "
        "and verdict.",
        "",
    ),
    "tbl-deliberative-criteria": (
        "Benchmarks of deliberative democracy ({arguments.criteria_n}): what a citizens' "
        "assembly such as Ireland's does, what the National Kurultai does, and whether it "
        "meets each.",
        "",
    ),
    "tbl-glossary": (
        "Kazakh terms used in this book ({arguments.glossary_n}), with Latin forms, English "
        "renderings and where the article prints them.",
        "",
    ),
}
