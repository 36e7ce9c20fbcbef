"""Values of the argument ledger: the "What the article argues" sections, the conclusion
chapter and the Key findings of the Preface.

Every number is read from the processed tables (``argument_ledger``, ``survey_changes``,
``survey_intervals``, ``meetings_log``, ``session_intervals``, ``composition_coverage``,
``members_by_field``, ``body_comparison``, ``deliberative_criteria``, ``glossary``,
``expert_interviews``, ``repeat_visitors``), so the sentences follow the data and the
build's parameters (design effect, confidence level, table base). Keys are used as
``{{< var arguments.KEY >}}``; the words are the catalog's (``locales/<lang>/
arguments-prose.ftl``), the same keys in every language (numbers and dates formatted for
the language by :mod:`analysis.i18n`).

Keys: ``n_claims``, ``n_computed``, ``n_judgement``, ``n_<part>``, ``verdict_counts`` (a
sentence), ``verdict_<claim id>`` (e.g. ``verdict_a31``: the verdict in lower-case words),
``key_finding_1`` ... ``key_finding_7`` (one sentence each, with number, interval and verdict),
and the numbers of each section (survey shares and changes, meeting cadence, access, roster
coverage, benchmark counts).
"""

from __future__ import annotations

import functools

import pandas as pd

from analysis.arguments import (
    CHECK_INPUTS,
    PARTS,
    SCALED_CHECKS,
    Verdict,
    _trend,
    cadence,
    change_text,
    dash,
    failed_criteria,
    fixed_not_testable,
    glossary_for,
    known_text,
    meeting_dates,
    positive_high_outcome,
    repeat_from_decree,
    run_check,
    title_strict,
    verdict_label,
)
from analysis.i18n import Catalog, catalog, data_field
from analysis.prose import Context
from analysis.rulebook import verdict_of
from analysis.schemas.raw import VERDICTS
from analysis.tables.composition import reads_article

#: The table base (analysis.params) behind each size_scenario of Tables 1 and 2.
SCENARIO_BASE = {"aware": "aware", "reported": "whole_sample"}


def _joint_meetings(log: pd.DataFrame) -> int:
    """How many dated meetings of ``meetings_log`` (one row per person met, key
    ``meeting_id``) list more than one member (Table 3 lists two people on some dates)."""
    return int((log.groupby("meeting_id").size() > 1).sum())


def words(n: int, loc: Catalog) -> str:
    """0-10 in words ('no', 'one', … / 'жоқ', 'бір', …), larger numbers in digits."""
    return loc("arguments-number", n=int(n), digits=loc.count(n))


def _ci(row: pd.Series, loc: Catalog) -> str:
    """'31.1–41.0%' («[31,1%; 41,0%]»): a row's confidence interval."""
    return loc(
        "arguments-ci-range",
        low=loc.decimal(row["ci_low_pct"], 1),
        high=loc.decimal(row["ci_high_pct"], 1),
    )


def _verdict_sentence(ledger: pd.DataFrame, outcomes: pd.DataFrame, loc: Catalog) -> str:
    n = ledger["verdict"].value_counts().reindex(VERDICTS, fill_value=0)
    computed = int((ledger["basis"] == "computed").sum())
    fixed = len(fixed_not_testable(ledger, outcomes))
    return loc(
        "arguments-verdict-counts",
        claims=loc.count(len(ledger)),
        supported=loc.count(n["supported"]),
        n_supported=int(n["supported"]),
        partly=loc.count(n["partly_supported"]),
        not_supported=loc.count(n["not_supported"]),
        contradicted=loc.count(n["contradicted"]),
        n_contradicted=int(n["contradicted"]),
        not_testable=loc.count(n["not_testable"]),
        computed=loc.count(computed),
        fixed=loc.count(fixed),
        n_fixed=fixed,
        base=loc.count(int(ledger["depends_on_base"].sum())),
        n_base=int(ledger["depends_on_base"].sum()),
    )


def _base_words(table_base: str, loc: Catalog) -> str:
    """The table base (analysis.params ``table_base``) in words."""
    return loc("arguments-base-" + table_base.replace("_", "-"))


def values(ctx: Context) -> dict[str, str]:
    """The values; see the module docstring. The same keys in every language."""
    loc = catalog(ctx.lang)
    p = ctx.params
    conf = loc.number(p.confidence_pct, max_decimals=1) + "%"
    ci_words = loc("arguments-ci", confidence=loc.number(p.confidence_pct, max_decimals=1))
    v: dict[str, str] = {}

    # --- the ledger --------------------------------------------------------------------
    ledger = ctx.table("argument_ledger")
    v["n_claims"] = loc.count(len(ledger))
    v["n_computed"] = loc.count(int((ledger["basis"] == "computed").sum()))
    v["n_judgement"] = loc.count(int((ledger["basis"] == "judgement").sum()))
    for part in PARTS:
        v[f"n_{part}"] = loc.count(int((ledger["part"] == part).sum()))
    for verdict in VERDICTS:
        v[f"count_{verdict}"] = loc.count(int((ledger["verdict"] == verdict).sum()))
    v["verdict_counts"] = _verdict_sentence(ledger, ctx.table("verdict_outcomes"), loc)
    for r in ledger.itertuples():
        v[f"verdict_{r.claim_id.lower()}"] = verdict_label(r.verdict, loc).lower()

    @functools.cache
    def check(name: str) -> Verdict:
        """The computed check ``name`` of the ledger, run again on the processed tables
        (for how its verdict holds across the analytic settings, and its words in the
        edition's language)."""
        rows = ledger[ledger["check"] == name]
        if rows.empty:
            raise KeyError(f"argument_ledger has no claim with check {name!r}")
        return run_check(name, {}, {t: ctx.table(t) for t in CHECK_INPUTS}, rows["scale"].iloc[0])

    def by_check(name: str) -> str:
        """The verdict of the first claim with check ``name``, and how robust it is."""
        rows = ledger[ledger["check"] == name]
        if rows.empty:
            raise KeyError(f"argument_ledger has no claim with check {name!r}")
        label = verdict_label(rows["verdict"].iloc[0], loc).lower()
        held = check(name).held
        if held is None:
            return label
        same, n = held
        if same == n:
            return loc("arguments-by-check-same", verdict=label, n=loc.count(n))
        return loc("arguments-by-check-holds", verdict=label, held=loc.count(same), n=loc.count(n))

    # "About half the people" (A49): the verdict on all adults and how it holds.
    v["half_settings"] = by_check("no_change_half")

    # --- survey ------------------------------------------------------------------------
    changes = ctx.table("survey_changes")
    ch = changes[changes["is_default"]].set_index(["indicator", "group", "category"])
    iv_all = ctx.table("survey_intervals")
    iv = iv_all[iv_all["is_default"]].set_index(["indicator", "group", "category", "wave_year"])

    def change(ind: str, group: str, cat: str) -> str:
        return change_text(ch.loc[(ind, group, cat)], loc, ci_words)

    def error_words(exceeds: bool) -> str:
        return loc("arguments-error-larger") if exceeds else loc("arguments-error-within")

    def error(ind: str, group: str, cat: str) -> str:
        return error_words(bool(ch.loc[(ind, group, cat), "exceeds_sampling_error"]))

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
            v[f"{key}_{year}"] = loc.pct(row["share_pct"])
            v[f"{key}_{year}_ci"] = _ci(row, loc)
        v[f"{key}_change"] = change(ind, "all", cat)
        v[f"{key}_error"] = error(ind, "all", cat)
    pos = ch.loc[("table1", "all", "positive")]
    alt = changes[
        (changes["indicator"] == "table1")
        & (changes["category"] == "positive")
        & (changes["design_effect"] == pos["design_effect"])
        & (changes["size_scenario"] != pos["size_scenario"])
    ]
    tables = {t: ctx.table(t) for t in CHECK_INPUTS}
    outcomes = tables["verdict_outcomes"]
    pos_scale = ledger.loc[ledger["check"] == "positive_high", "scale"].iloc[0]
    if len(alt):
        other = alt.iloc[0]
        base = SCENARIO_BASE.get(other["size_scenario"])
        other_verdict = verdict_of(
            outcomes,
            "level",
            positive_high_outcome(tables, base, float(other["design_effect"]), pos_scale),
        )
        v["positive_other_base"] = loc(
            "arguments-positive-other-base",
            base=_base_words(base, loc) if base else loc("arguments-base-other"),
            change=change_text(other, loc, ci_words),
            error=error_words(bool(other["exceeds_sampling_error"])),
            verdict=verdict_label(other_verdict, loc).lower(),
        )
    else:
        v["positive_other_base"] = loc("arguments-positive-no-other-base")
    # The scales: shares of all adults (survey_scales, the build's base).
    scales = ctx.table("survey_scales")
    sc = scales[scales["is_default"]].set_index(["indicator", "category", "wave_year"])
    for key, (ind, cat) in {
        "positive": ("table1", "positive"),
        "nochange": ("table2", "no_change"),
        "better": ("table2", "changed_positive"),
    }.items():
        for year in (2023, 2024):
            row = sc.loc[(ind, cat, year)]
            v[f"{key}_adults_{year}"] = loc.pct(row["share_of_adults_pct"])
            v[f"{key}_adults_{year}_ci"] = loc(
                "arguments-ci-range",
                low=loc.decimal(row["ci_low_adults_pct"], 1),
                high=loc.decimal(row["ci_high_adults_pct"], 1),
            )
    overall = ctx.table("awareness_overall")
    aw = overall[overall["is_default"]].set_index("wave_year")
    for year in (2023, 2024):
        v[f"aware_adults_{year}"] = loc.pct(aw.loc[year, "share_pct"])
        v[f"aware_adults_{year}_ci"] = _ci(aw.loc[year], loc)
    better = ch.loc[("table2", "all", "changed_positive")]
    v["better_fall_pp"] = loc.number(-better["diff_pp"], max_decimals=1)
    v["better_relative_fall"] = loc.pct(-100 * better["diff_pp"] / better["share_2023_pct"], 0)
    v["table_base"] = _base_words(p.table_base, loc)
    v["confidence"] = conf
    v["design_effect"] = loc.number(p.design_effect, max_decimals=2)

    aware = ctx.table("awareness_by_age")
    latest_year = int(aware["wave_year"].max())
    latest = aware[aware["wave_year"] == latest_year].sort_values("share_pct")
    top = latest.iloc[-1]
    top_iv = iv.loc[("awareness", top["age_group"], "aware", latest_year)]
    v["aware_year"] = str(latest_year)
    below = int((latest["share_pct"] < 50).sum())
    v["aware_below"] = (
        loc("arguments-aware-below-all")
        if below == len(latest)
        else loc(
            "arguments-aware-below-some",
            below=words(below, loc),
            groups=words(len(latest), loc),
        )
    )
    # The caveat that goes with aware_below: an interval that reaches a majority.
    v["aware_caveat"] = (
        loc(
            "arguments-aware-caveat-open",
            group=dash(top["age_group"], loc),
            high=loc.decimal(top_iv["ci_high_pct"], 1),
        )
        if top_iv["ci_high_pct"] >= 50
        else loc("arguments-aware-caveat-closed")
    )
    v["aware_top_group"] = dash(top["age_group"], loc)
    v["aware_top"] = loc.pct(top["share_pct"])
    v["aware_top_ci"] = _ci(top_iv, loc)
    v["aware_low_group"] = dash(latest.iloc[0]["age_group"], loc)
    v["aware_low"] = loc.pct(latest.iloc[0]["share_pct"])
    v["young_change"] = change("awareness", "18-28", "aware")
    v["young_error"] = error("awareness", "18-28", "aware")
    v["middle_change"] = change("awareness", "29-60", "aware")
    v["old_change"] = change("awareness", "61+", "aware")
    v["old_error"] = error("awareness", "61+", "aware")
    middle_iv = iv.loc[("awareness", "29-60", "aware", latest_year)]
    v["middle_latest"] = loc.pct(middle_iv["share_pct"])
    v["middle_latest_ci"] = _ci(middle_iv, loc)

    # --- meetings ----------------------------------------------------------------------
    log = ctx.table("meetings_log")
    c = cadence(meeting_dates({"meetings_log": log}))
    joint = _joint_meetings(log)
    v["meetings_n"] = loc.count(c["meetings"])
    early_rows = int(log["before_decree"].sum())
    # How far public records confirm Table 3 (table3_completeness), in words for Section 4.6.
    t3 = ctx.table("table3_completeness").set_index("metric_id")["value"]
    v["table3_rows"] = loc.count(int(t3["person_rows"]))
    v["table3_confirmed"] = loc.count(int(t3["confirmed"]))
    v["table3_differs"] = loc.count(int(t3["date_differs"]))
    v["table3_after"] = loc.count(int(t3["extra_after"]))
    v["meetings_joint"] = loc("arguments-meetings-joint", n=joint, digits=loc.count(joint))
    v["meetings_months"] = loc.number(c["months"], max_decimals=0)
    v["meetings_per_month"] = loc.number(c["per_month"], max_decimals=1)
    v["meetings_median_gap"] = loc.number(c["median_gap_days"], max_decimals=0)
    v["meetings_longest_gap"] = loc.count(c["longest_gap_days"])
    for key in ("gap_from", "gap_to", "first", "last"):
        v[f"meetings_{key}"] = loc.date(c[key])
    s = ctx.table("session_intervals")
    covered = s[s["table3_covers"] & s["meetings_per_year"].notna()].sort_values("interval_order")
    v["meetings_rates"] = ", ".join(
        loc(
            "arguments-meetings-rate",
            rate=loc.decimal(r.meetings_per_year, 1),
            sessions=dash(r.interval_label, loc),
        )
        for r in covered.itertuples()
    )
    v["meetings_rate_first"] = loc.decimal(covered["meetings_per_year"].iloc[0], 1)
    v["meetings_rate_last"] = loc.decimal(covered["meetings_per_year"].iloc[-1], 1)
    v["meetings_rate_cut"] = loc.decimal(covered["rate_to_last"].iloc[-1], 1)
    trend = _trend({t: ctx.table(t) for t in CHECK_INPUTS})
    v["meetings_rate_chance"] = (
        loc("arguments-meetings-rate-beyond-chance")
        if trend.beyond
        else loc("arguments-meetings-rate-within-chance")
    )
    # A41: people received as members, counted from the decree (E7), as the check does.
    per = repeat_from_decree({"meetings_log": log})
    v["repeat_n"] = words(int((per["meetings"] > 1).sum()), loc)
    v["repeat_n_cap"] = v["repeat_n"].capitalize()
    v["people_n"] = loc.count(int((per["meetings"] > 0).sum()))

    # --- composition -------------------------------------------------------------------
    cov = ctx.table("composition_coverage").set_index("metric_id")["value"]
    seats = float(cov["ever_appointed"])
    # People met one to one after the decree: joint receptions left out (table3_completeness).
    completeness = ctx.table("table3_completeness").set_index("metric_id")["value"]
    after = int(completeness["people_one_to_one_after_decree"])
    v["seats"] = loc.count(seats)
    v["direct_people"] = loc.count(after)
    v["direct_share"] = loc.pct(100 * after / seats, 0)
    v["known_members"] = loc.count(cov["known_members"])
    v["known_pct"] = loc.pct(cov["coverage_pct"])
    v["known_exact"] = known_text({"composition_coverage": ctx.table("composition_coverage")}, loc)
    f = ctx.table("members_by_field")
    fields = f[f["bar_kind"] == "field"]
    v["fields_present"] = words(int((fields["persons"] > 0).sum()), loc)
    v["fields_total"] = words(len(fields), loc)
    v["field_known"] = loc.count(cov["known_field_coded"])
    e = ctx.table("expert_interviews").iloc[0]
    v["experts"] = loc.count(e["experts"])
    v["expert_fields"] = words(int(e["fields"]), loc)

    # --- predecessor -------------------------------------------------------------------
    b = ctx.table("body_comparison").set_index("row_id")
    for body in ("ncpt", "kurultai"):
        v[f"{body}_sessions_rate"] = loc.decimal(b.loc[body, "sessions_per_year"], 1)
        v[f"{body}_people_rate"] = loc.decimal(b.loc[body, "people_met_per_year"], 1)

    # --- benchmarks and glossary -------------------------------------------------------
    crit = ctx.table("deliberative_criteria")
    status = crit["kurultai_status"].value_counts()
    v["criteria_n"] = words(len(crit), loc)
    meets = int(status.get("meets", 0))
    v["criteria_meets"] = loc("arguments-criteria-meets-count", n=meets, word=words(meets, loc))
    v["criteria_partly"] = words(int(status.get("partly", 0)), loc)
    v["criteria_not"] = words(int(status.get("does_not_meet", 0)), loc)
    v["criteria_failed"] = ", ".join(failed_criteria(crit, loc)) or loc("arguments-none")
    title = ledger[ledger["check"] == "deliberative_benchmarks"].iloc[0]
    v["title_verdict"] = verdict_label(title["verdict"], loc).lower()
    # The title is judged once, on the article's own (deliberative) definition; its verdict
    # depends on how a criterion met in part is coded: counted as not met, it is this one.
    v["title_strict"] = verdict_label(title_strict(tables), loc).lower()
    robust = check("deliberative_benchmarks").robustness(loc).rstrip(".")
    v["title_robustness"] = robust[:1].lower() + robust[1:]
    v["glossary_n"] = loc.count(len(glossary_for(ctx.table("glossary"), ctx.lang)))

    # --- key findings ------------------------------------------------------------------
    # How the verdict on "attitudes stay high" falls across the analytic settings.
    settings = scales[["table_base", "design_effect"]].drop_duplicates()
    pos_verdicts = [
        verdict_of(outcomes, "level", positive_high_outcome(tables, b, d, pos_scale))
        for b, d in settings.itertuples(index=False, name=None)
    ]
    pos_default = ledger.loc[ledger["check"] == "positive_high", "verdict"].iloc[0]
    pos_same = sum(x == pos_default for x in pos_verdicts)
    pos_other = sorted({x for x in pos_verdicts if x != pos_default})
    # The settings where the verdict differs: when they are exactly those of one other table
    # base, the sentence names that base.
    bases = [b for b, _d in settings.itertuples(index=False, name=None)]
    differ = {b for b, x in zip(bases, pos_verdicts, strict=True) if x != pos_default}
    same_base = {b for b, x in zip(bases, pos_verdicts, strict=True) if x == pos_default}
    other_base = next(iter(differ)) if len(differ) == 1 and not differ & same_base else ""
    v["positive_settings"] = loc(
        "arguments-positive-settings",
        verdict=verdict_label(pos_default, loc).lower(),
        base=v["table_base"],
        other_base=_base_words(other_base, loc) if other_base else "",
        by_base="yes" if other_base else "no",
        split="yes" if pos_other else "no",
        same=words(pos_same, loc),
        n=words(len(pos_verdicts), loc),
        rest=words(len(pos_verdicts) - pos_same, loc),
        others=functools.reduce(
            lambda a, b: loc("arguments-either", first=a, second=b),
            [verdict_label(x, loc).lower() for x in pos_other] or [""],
        ),
    )
    rules = ctx.table("verdict_rules")
    lang = data_field(ctx.lang)
    v["verdict_rules"] = loc("arguments-verdict-rules", n=words(len(rules), loc))
    v["rules_n"] = words(len(rules), loc)
    # The rules each part of the argument uses, in rulebook order (for the chapters' "What
    # the article argues" sections: rules_framing, rules_composition, ...).
    names = rules.set_index("rule_id")[f"name_{lang}"]
    for part in PARTS:
        used = [
            r for r in rules["rule_id"] if ((ledger["part"] == part) & (ledger["rule"] == r)).any()
        ]
        quoted = [loc("arguments-rule-quoted", name=names[r]) for r in used]
        v[f"rules_{part}"] = loc("arguments-rules-used", rules=loc.join(quoted))
    t3 = ctx.table("table3_completeness").set_index("metric_id")["value"]
    v["records_moved"] = _records_moved(ctx, loc)
    v["one_to_one_after_decree"] = loc.count(int(t3["people_one_to_one_after_decree"]))
    v["received_after_decree"] = loc.count(int(t3["people_after_decree"]))
    ncpt = ctx.table("body_comparison").set_index("row_id").loc["ncpt"]
    v["ncpt_members"] = loc.count(int(ncpt["members"]))
    v["ncpt_met_pct"] = loc.pct(ncpt["people_met_pct_of_members"], 0)
    kurultai = ctx.table("body_comparison").set_index("row_id").loc["kurultai"]
    v["ncpt_size_note"] = loc(
        "arguments-ncpt-size-note",
        members=v["ncpt_members"],
        met=loc.count(int(ncpt["people_met"])),
        met_pct=v["ncpt_met_pct"],
        k_met=loc.count(int(kurultai["people_met"])),
        k_pct=loc.pct(kurultai["people_met_pct_of_members"], 0),
        filled=loc.decimal(float(kurultai["members"]), 0),
        k_pct_founding=loc.pct(100 * float(kurultai["people_met"]) / cov["initial_members"], 0),
        k_members=loc.count(int(cov["initial_members"])),
    )
    v["a43_rule"] = loc("arguments-a43-rule")
    v["public_voice"] = loc("arguments-public-voice")
    v["title_literature"] = loc("arguments-title-literature")
    v["preface_rules"] = loc("arguments-preface-rules")
    v["daily_both"] = loc("arguments-daily-both")
    v["daily_short"] = loc("arguments-daily-short")

    # --- caveats the survey verdicts carry (sources: caveat_sources, sessions) ------------
    from analysis.meetings import DECREE_DATE

    waves = ctx.table("survey_waves").set_index("wave_year")
    plenary = ctx.table("sessions").set_index("session")["plenary_date"]

    def months(ts: pd.Timestamp) -> str:
        return loc.decimal((ts - DECREE_DATE).days / (365.25 / 12), 0)

    v["caveat_window"] = loc(
        "arguments-caveat-window",
        decree=loc.date(DECREE_DATE),
        m2023=months(waves.loc[2023, "fieldwork_midpoint"]),
        m2024=months(waves.loc[2024, "fieldwork_midpoint"]),
    )
    gap = (waves.loc[2023, "fieldwork_start"] - plenary["II"]).days
    first, last = waves.loc[2023, "fieldwork_start"], waves.loc[2023, "fieldwork_end"]
    # One month: '20–31 July 2023' («2023 жылғы 20–31 шілде»), the year written once.
    same_month = (first.year, first.month) == (last.year, last.month)
    v["caveat_wave1"] = loc(
        "arguments-caveat-wave1",
        span=loc.date(first, end=last)
        if same_month
        else loc("attitudes-date-span", start=loc.date(first), end=loc.date(last)),
        days=loc.count(gap),
        weeks=loc.decimal(gap / 7, 0),
        session=loc.date(plenary["II"]),
        days2=loc.count((waves.loc[2024, "fieldwork_start"] - plenary["III"]).days),
    )
    v["caveat_sdb"] = loc("arguments-caveat-sdb")
    v["caveat_institute"] = loc("arguments-caveat-institute")
    # The Table 1-2 claims by the scale that decides them (arguments.csv ``scale``).
    scaled = ledger[ledger["check"].isin(SCALED_CHECKS)]
    v["caveat_scale"] = loc(
        "arguments-caveat-scale",
        aware=v["aware_adults_2024"],
        adults=loc.join(list(scaled.loc[scaled["scale"] == "adults", "claim_id"])),
        printed=loc.join(list(scaled.loc[scaled["scale"] == "respondents", "claim_id"])),
    )
    v["caveat_adult_method"] = loc("arguments-caveat-adult-method")
    v["window_clause"] = loc(
        "arguments-window-clause",
        m2023=months(waves.loc[2023, "fieldwork_midpoint"]),
        m2024=months(waves.loc[2024, "fieldwork_midpoint"]),
    )
    v["key_finding_lead"] = loc(
        "arguments-key-finding-lead",
        aware=v["aware_adults_2024"],
        aware_ci=v["aware_adults_2024_ci"],
        positive=v["positive_adults_2024"],
        positive_ci=v["positive_adults_2024_ci"],
        printed=v["positive_2024"],
        confidence=conf,
        base=p.table_base,
    )
    v["key_finding_1"] = loc(
        "arguments-key-finding-1",
        better_2023=v["better_2023"],
        better_2024=v["better_2024"],
        better_change=v["better_change"],
        worse_2024=v["worse_2024"],
        better_adults=v["better_adults_2024"],
        verdict=by_check("better_remained_high"),
        window=v["window_clause"],
    )
    v["key_finding_2"] = loc(
        "arguments-key-finding-2",
        worse_2023=v["worse_2023"],
        worse_2024=v["worse_2024"],
        worse_change=v["worse_change"],
        verdict=by_check("expectations_exceeded"),
    )
    v["key_finding_3"] = loc(
        "arguments-key-finding-3",
        positive_2023=v["positive_2023"],
        positive_2024=v["positive_2024"],
        confidence=conf,
        positive_2024_ci=v["positive_2024_ci"],
        positive_settings=v["positive_settings"],
        positive_adults_2023=v["positive_adults_2023"],
        positive_adults_2024=v["positive_adults_2024"],
        positive_adults_2024_ci=v["positive_adults_2024_ci"],
    )
    v["key_finding_4"] = loc(
        "arguments-key-finding-4",
        aware_year=v["aware_year"],
        aware_below=v["aware_below"],
        aware_top_group=v["aware_top_group"],
        aware_top=v["aware_top"],
        confidence=conf,
        aware_top_ci=v["aware_top_ci"],
        aware_caveat=v["aware_caveat"],
        young_change=v["young_change"],
        young_error=v["young_error"],
        verdict=by_check("youth_awareness"),
    )
    v["key_finding_5"] = loc(
        "arguments-key-finding-5",
        verdict=by_check("daily_dialogue"),
        joint=words(joint, loc),
        meetings_n=v["meetings_n"],
        meetings_months=v["meetings_months"],
        meetings_per_month=v["meetings_per_month"],
        meetings_longest_gap=v["meetings_longest_gap"],
        meetings_rate_first=v["meetings_rate_first"],
        meetings_rate_last=v["meetings_rate_last"],
        meetings_rate_cut=v["meetings_rate_cut"],
        meetings_rate_chance=v["meetings_rate_chance"],
        # Entries and receptions from the decree (Table 3's pre-decree rows are not
        # meetings with members).
        entries=loc.count(int(completeness["person_rows"]) - early_rows),
        audiences=loc.count(
            int(completeness["person_rows"] - completeness["joint_receptions"]) - early_rows
        ),
        together=int(completeness["joint_receptions"]),
        together_words=words(int(completeness["joint_receptions"]), loc),
    )
    # How a date with two members counts (conclusion): one meeting per date, but a joint
    # reception is one reception and two sentences are two (table3_completeness).
    v["meetings_date_note"] = loc(
        "arguments-meetings-date-note",
        two=loc.count(joint),
        joint=loc.count(int(completeness["joint_receptions"])),
        audiences=loc.count(
            int(completeness["person_rows"] - completeness["joint_receptions"]) - early_rows
        ),
    )
    v["key_finding_6"] = loc(
        "arguments-key-finding-6",
        direct_people=v["one_to_one_after_decree"],
        received=v["received_after_decree"],
        direct_share=loc.pct(100 * int(t3["people_one_to_one_after_decree"]) / seats, 0),
        seats=v["seats"],
        verdict=by_check("direct_access"),
    )
    v["key_finding_7"] = loc(
        "arguments-key-finding-7",
        criteria_n=v["criteria_n"],
        criteria_meets=v["criteria_meets"],
        criteria_partly=v["criteria_partly"],
        criteria_not=v["criteria_not"],
        criteria_failed=v["criteria_failed"],
        title_verdict=v["title_verdict"],
        title_strict=v["title_strict"],
    )
    return v


def _records_moved(ctx: Context, loc: Catalog) -> str:
    """The rows of Table 3 that public records date differently (``meeting_records``, match
    ``date_differs``): each with the article's date and the record's, then whether, on the
    records' dates, the meetings stay in the same interval between sessions
    (``session_intervals``: the day after one plenary to the next plenary day) and how the
    median and longest gaps between dated meetings (days) change. Names: the edition's
    name field (``name_latin``, or the article's ``name_kk``). Dates and gaps count the
    meetings with members, from the decree (Table 3's pre-decree rows are left out)."""
    recs = ctx.table("meeting_records")
    moved = recs[recs["match"] == "date_differs"].sort_values(["date_in_table3", "record_id"])
    names = ctx.table("persons").set_index("person_id")[
        "name_kk" if reads_article(loc.lang) else "name_latin"
    ]
    rows = [
        loc(
            "arguments-records-moved-row",
            name=names[r.person_id],
            printed=loc.date(r.date_in_table3),
            record=loc.date(r.date_in_record),
        )
        for r in moved.itertuples()
    ]
    log = ctx.table("meetings_log").drop_duplicates("meeting_id")
    log = log[~log["before_decree"]]
    new_dates = pd.to_datetime(
        log["meeting_id"].map(moved.set_index("meeting_id")["date_in_record"]).astype(object)
    )
    on_record = new_dates.fillna(pd.to_datetime(log["meeting_date"]))
    s = ctx.table("session_intervals")
    s = s[s["table3_covers"]]

    def interval(d: pd.Timestamp) -> str | None:
        hit = s[(s["start_date"] < d) & (d <= s["end_date"])]
        return hit["interval_label"].iloc[0] if len(hit) else None

    by_id = dict(zip(log["meeting_id"], log["meeting_date"], strict=True))
    same = all(
        interval(pd.Timestamp(by_id[m])) == interval(pd.Timestamp(d))
        for m, d in zip(moved["meeting_id"], moved["date_in_record"], strict=True)
    )
    before = cadence(log["meeting_date"].sort_values().reset_index(drop=True))
    dates = pd.Series(sorted(on_record.unique()))
    after = cadence(dates)
    return loc(
        "arguments-records-moved",
        n=loc.count(len(moved)),
        rows=loc.join(rows),
        same="yes" if same else "no",
        dates=loc.count(after["meetings"]),
        dates_t3=loc.count(before["meetings"]),
        median=loc.number(after["median_gap_days"], max_decimals=0),
        median_t3=loc.number(before["median_gap_days"], max_decimals=0),
        longest=loc.count(after["longest_gap_days"]),
        longest_t3=loc.count(before["longest_gap_days"]),
    )
