"""Values of the argument ledger: the "What the article argues" sections, the conclusion
chapter and the Key findings of the Preface.

Every number is read from the processed tables (``argument_ledger``, ``survey_changes``,
``survey_intervals``, ``meetings_log``, ``session_intervals``, ``composition_coverage``,
``members_by_field``, ``body_comparison``, ``deliberative_criteria``, ``glossary``,
``expert_interviews``, ``repeat_visitors``), so the sentences follow the data and the
build's parameters (design effect, confidence level, table base). Keys are used as
``{{< var arguments.KEY >}}``; :data:`CAPTIONS` holds the captions of the registered tables
``tbl-argues-*``, ``tbl-verdicts``, ``tbl-deliberative-criteria`` and ``tbl-glossary``, and
:data:`CAPTIONS_KK` the Kazakh ones. With ``ctx.lang == "kk"`` the values are Kazakh (same
keys; numbers with the decimal comma, ``п.т.``, dates as ``14 маусым 2022 ж.``).

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
    POSITIVE_HIGH_THRESHOLD,
    VERDICT_LABELS,
    VERDICT_LABELS_KK,
    cadence,
    change_text,
    change_text_kk,
    day_kk,
    meeting_dates,
    positive_high_rule,
)
from analysis.prose import Context
from analysis.prose.fmt import count, decimal, number, pct
from analysis.prose.params import BASE_WORDS, BASE_WORDS_BY_LANG
from analysis.schemas.raw import VERDICTS

#: The table base (analysis.params) behind each size_scenario of Tables 1 and 2.
SCENARIO_BASE = {"aware": "aware", "reported": "whole_sample"}
WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def _joint_meetings(log: pd.DataFrame) -> int:
    """How many dated meetings of ``meetings_log`` (one row per person met, key
    ``meeting_id``) list more than one member (Table 3 lists two people on some dates)."""
    return int((log.groupby("meeting_id").size() > 1).sum())


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
    """The values; see the module docstring. Kazakh (``ctx.lang == "kk"``): the same keys,
    from :func:`_values_kk`."""
    if ctx.lang == "kk":
        return _values_kk(ctx)
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
        other_verdict = positive_high_rule(other, {"survey_intervals": iv_all})
        base = BASE_WORDS.get(SCENARIO_BASE.get(other["size_scenario"], ""), "another base")
        v["positive_other_base"] = (
            f"With {base} as the base, the change is {change_text(other, ci_words)}, "
            f"{'larger than' if other['exceeds_sampling_error'] else 'within'} sampling error, "
            f"and the verdict would be {VERDICT_LABELS[other_verdict].lower()}"
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
        "by the estimates, fewer than half of every age group"
        if below == len(latest)
        else f"by the estimates, fewer than half in {words(below)} of "
        f"{words(len(latest))} age groups"
    )
    # The caveat that goes with aware_below: an interval that reaches a majority.
    v["aware_caveat"] = (
        f"the interval for those aged {top['age_group']} reaches "
        f"{top_iv['ci_high_pct']:.1f}%, so a majority there cannot be ruled out"
        if top_iv["ci_high_pct"] >= 50
        else "every interval stays below half"
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
    v["meetings_joint"] = words(_joint_meetings(built["meetings_log"]))
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
    trend_verdict = ledger.loc[ledger["check"] == "meeting_trend", "verdict"].iloc[0]
    v["meetings_rate_chance"] = (
        "differences larger than chance would give"
        if trend_verdict == "partly_supported"
        else "differences within what chance would give"
    )
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
    # How the verdict on "attitudes stay high" falls across the analytic settings.
    pos_rows = changes[(changes["indicator"] == "table1") & (changes["category"] == "positive")]
    pos_verdicts = [
        positive_high_rule(r, {"survey_intervals": iv_all}) for _, r in pos_rows.iterrows()
    ]
    pos_default = ledger.loc[ledger["check"] == "positive_high", "verdict"].iloc[0]
    pos_same = sum(x == pos_default for x in pos_verdicts)
    pos_other = sorted({x for x in pos_verdicts if x != pos_default})
    v["positive_settings"] = (
        f"{VERDICT_LABELS[pos_default].lower()} with {v['table_base']} as the base"
        + (
            f", a verdict that holds in only {words(pos_same)} of the {words(len(pos_verdicts))} "
            f"analytic settings computed; in the other {words(len(pos_verdicts) - pos_same)}, "
            "where the fall exceeds sampling error, it is "
            + " or ".join(VERDICT_LABELS[x].lower() for x in pos_other)
            if pos_other
            else f", in all {words(len(pos_verdicts))} analytic settings computed"
        )
    )
    v["verdict_rules"] = (
        "Claims about a change between the waves are judged by one rule: supported if the "
        "share moved in the claimed direction by more than sampling error, partly supported "
        "if it moved that way within sampling error, not supported if it moved the other way "
        "(or not at all) within sampling error, and contradicted if it moved the other way "
        "by more than sampling error; a claim that a share held steady is supported if the "
        "change is within sampling error. Claims about a level (a share is, or remains, "
        "high) are judged against a threshold stated with each claim (a majority, "
        f"{POSITIVE_HIGH_THRESHOLD:.0f}%, for positive attitudes; the share that changed for "
        "the worse, for the share that changed for the better): supported if the latest "
        "confidence interval lies above the threshold and the share did not fall by more "
        "than sampling error, partly supported if it lies above the threshold but the share "
        "fell by more than sampling error, not supported if the interval includes the "
        "threshold, and contradicted if it lies below it."
    )
    v["key_finding_1"] = (
        f"The share whose view of the Kurultai changed for the better fell from "
        f"{v['better_2023']} in 2023 to an implied {v['better_2024']} in 2024, "
        f"{v['better_change']}, losing {v['better_relative_fall']} of its level, yet the "
        'authors call it "considerably high". Judged as a claim about its level, against '
        f"the {v['worse_2024']} whose view changed for the worse, it is "
        f"{by_check('better_remained_high')}: the level holds, but the share did not "
        "remain where it was."
    )
    v["key_finding_2"] = (
        f"The share whose view changed for the worse rose from an implied {v['worse_2023']} "
        f"to {v['worse_2024']}, {v['worse_change']}, against the conclusion that the Kurultai "
        f"exceeded civil society's expectations (verdict: {by_check('expectations_exceeded')})."
    )
    v["key_finding_3"] = (
        f"Positive attitudes were {v['positive_2023']} in 2023 and {v['positive_2024']} "
        f"({conf} CI {v['positive_2024_ci']}) in 2024, a change of {v['positive_change']}, "
        f'{v["positive_error"]}; that attitudes "stay high" is {v["positive_settings"]}.'
    )
    v["key_finding_4"] = (
        f"In {v['aware_year']}, {v['aware_below']} had heard of the Kurultai "
        f"(highest: {v['aware_top_group']}, {v['aware_top']}, {conf} CI {v['aware_top_ci']}; "
        f"{v['aware_caveat']}); the rise among 18–28-year-olds, {v['young_change']}, is "
        f"{v['young_error']} (growing popularity among the young: "
        f"{by_check('youth_awareness')})."
    )
    v["key_finding_5"] = (
        "The article says a continuous dialogue between the authorities and civil society "
        "goes on every day (lines 618–619) but documents no channel for it, so the claim is "
        f"{by_check('daily_dialogue')}. The one strand this book can count, the President's "
        f"meetings with members in Table 3 (one member each, except on {v['meetings_joint']} "
        f"dates that list two), had {v['meetings_n']} meetings in "
        f"{v['meetings_months']} months ({v['meetings_per_month']} a month, longest gap "
        f"{v['meetings_longest_gap']} days); between sessions the rate went from "
        f"{v['meetings_rate_first']} to {v['meetings_rate_last']} a year, "
        f"{v['meetings_rate_chance']}."
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


# --- Kazakh --------------------------------------------------------------------------------

#: 0-10 in Kazakh words (larger numbers in digits).
WORDS_KK = ["жоқ", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "он"]


def words_kk(n: int) -> str:
    """0-10 in Kazakh words ("жоқ" for none), larger numbers in digits."""
    return WORDS_KK[n] if 0 <= n < len(WORDS_KK) else count(n, lang="kk")


def _ci_kk(row: pd.Series) -> str:
    return (
        f"{decimal(row['ci_low_pct'], 1, lang='kk')}–{decimal(row['ci_high_pct'], 1, lang='kk')}%"
    )


def _error_kk(exceeds: bool) -> str:
    return "іріктеу қателігінен үлкен" if exceeds else "іріктеу қателігі шегінде"


def _verdict_sentence_kk(ledger: pd.DataFrame) -> str:
    n = ledger["verdict"].value_counts().reindex(VERDICTS, fill_value=0)
    computed = int((ledger["basis"] == "computed").sum())

    def c(x: int) -> str:
        return count(x, lang="kk")

    return (
        f"Кітаптың тұжырымдар тізілімінде мақала дәйектемесінің {c(len(ledger))} тұжырымы бар: "
        f"{c(n['supported'])} тұжырым расталады, {c(n['partly_supported'])} тұжырым ішінара "
        f"расталады, {c(n['not_supported'])} тұжырым расталмайды; "
        f"{c(n['contradicted'])} тұжырым мақаланың өз деректеріне қайшы, ал "
        f"{c(n['not_testable'])} тұжырымды бұл деректермен тексеруге болмайды. "
        f"{c(computed)} тұжырымның бағасы кітап әр құрастырылған сайын деректерден қайта "
        "есептеледі."
    )


def _values_kk(ctx: Context) -> dict[str, str]:
    """The Kazakh values: the same keys as :func:`values` (English), Kazakh words, numbers
    formatted with ``lang="kk"`` (decimal comma, ``п.т.``)."""
    kk = "kk"
    p = ctx.params
    conf = number(p.confidence_pct, max_decimals=1, lang=kk) + "%"
    ci_words = f"{conf} СИ"
    v: dict[str, str] = {}

    ledger = ctx.table("argument_ledger")
    v["n_claims"] = count(len(ledger), lang=kk)
    v["n_computed"] = count(int((ledger["basis"] == "computed").sum()), lang=kk)
    v["n_judgement"] = count(int((ledger["basis"] == "judgement").sum()), lang=kk)
    for part in PART_LABELS:
        v[f"n_{part}"] = count(int((ledger["part"] == part).sum()), lang=kk)
    for verdict in VERDICTS:
        v[f"count_{verdict}"] = count(int((ledger["verdict"] == verdict).sum()), lang=kk)
    v["verdict_counts"] = _verdict_sentence_kk(ledger)
    for r in ledger.itertuples():
        v[f"verdict_{r.claim_id.lower()}"] = VERDICT_LABELS_KK[r.verdict].lower()

    def by_check(check: str) -> str:
        """The Kazakh verdict of the first claim with ``check``, and how robust it is."""
        rows = ledger[ledger["check"] == check]
        if rows.empty:
            raise KeyError(f"argument_ledger has no claim with check {check!r}")
        label = VERDICT_LABELS_KK[rows["verdict"].iloc[0]].lower()
        robust = str(rows["robustness_kk"].iloc[0]).split(";")[0].rstrip(".")
        if robust.startswith(("Баға ", "Есептелген барлық")):
            return f"{label}; {robust[:1].lower()}{robust[1:]}"
        return label

    # --- survey ------------------------------------------------------------------------
    changes = ctx.table("survey_changes")
    ch = changes[changes["is_default"]].set_index(["indicator", "group", "category"])
    iv_all = ctx.table("survey_intervals")
    iv = iv_all[iv_all["is_default"]].set_index(["indicator", "group", "category", "wave_year"])

    def change(ind: str, group: str, cat: str) -> str:
        return change_text_kk(ch.loc[(ind, group, cat)], ci_words)

    def error_words(ind: str, group: str, cat: str) -> str:
        return _error_kk(bool(ch.loc[(ind, group, cat), "exceeds_sampling_error"]))

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
            v[f"{key}_{year}"] = pct(row["share_pct"], lang=kk)
            v[f"{key}_{year}_ci"] = _ci_kk(row)
        v[f"{key}_change"] = change(ind, "all", cat)
        v[f"{key}_error"] = error_words(ind, "all", cat)
    pos = ch.loc[("table1", "all", "positive")]
    alt = changes[
        (changes["indicator"] == "table1")
        & (changes["category"] == "positive")
        & (changes["design_effect"] == pos["design_effect"])
        & (changes["size_scenario"] != pos["size_scenario"])
    ]
    base_words = BASE_WORDS_BY_LANG[kk]
    if len(alt):
        other = alt.iloc[0]
        other_verdict = positive_high_rule(other, {"survey_intervals": iv_all})
        base = base_words.get(SCENARIO_BASE.get(other["size_scenario"], ""), "басқа негіз")
        v["positive_other_base"] = (
            f"Негіз ретінде {base} алынса, өзгеріс {change_text_kk(other, ci_words)} болады, "
            f"{_error_kk(bool(other['exceeds_sampling_error']))}, ал баға "
            f"«{VERDICT_LABELS_KK[other_verdict].lower()}» болар еді"
        )
    else:
        v["positive_other_base"] = "Басқа негіз есептелмеген"
    better = ch.loc[("table2", "all", "changed_positive")]
    v["better_fall_pp"] = number(-better["diff_pp"], max_decimals=1, lang=kk)
    v["better_relative_fall"] = pct(-100 * better["diff_pp"] / better["share_2023_pct"], 0, lang=kk)
    v["table_base"] = base_words[p.table_base]
    v["confidence"] = conf
    v["design_effect"] = number(p.design_effect, max_decimals=2, lang=kk)

    aware = ctx.table("awareness_by_age")
    latest_year = int(aware["wave_year"].max())
    latest = aware[aware["wave_year"] == latest_year].sort_values("share_pct")
    top = latest.iloc[-1]
    top_iv = iv.loc[("awareness", top["age_group"], "aware", latest_year)]
    v["aware_year"] = str(latest_year)
    below = int((latest["share_pct"] < 50).sum())
    v["aware_below"] = (
        "бағалау бойынша әр жас тобында жартысынан азы"
        if below == len(latest)
        else f"бағалау бойынша {words_kk(len(latest))} жас тобының {words_kk(below)} тобында "
        "жартысынан азы"
    )
    v["aware_caveat"] = (
        f"{top['age_group'].replace('-', '–')} жас тобының интервалы "
        f"{decimal(top_iv['ci_high_pct'], 1, lang=kk)}% деңгейіне жетеді, сондықтан онда "
        "көпшіліктің хабардар болуын жоққа шығаруға болмайды"
        if top_iv["ci_high_pct"] >= 50
        else "барлық интервал жартыдан төмен"
    )
    v["aware_top_group"] = top["age_group"].replace("-", "–")
    v["aware_top"] = pct(top["share_pct"], lang=kk)
    v["aware_top_ci"] = _ci_kk(top_iv)
    v["aware_low_group"] = latest.iloc[0]["age_group"].replace("-", "–")
    v["aware_low"] = pct(latest.iloc[0]["share_pct"], lang=kk)
    v["young_change"] = change("awareness", "18-28", "aware")
    v["young_error"] = error_words("awareness", "18-28", "aware")
    v["middle_change"] = change("awareness", "29-60", "aware")

    # --- meetings ----------------------------------------------------------------------
    log = ctx.table("meetings_log")
    c = cadence(meeting_dates({"meetings_log": log}))
    v["meetings_n"] = count(c["meetings"], lang=kk)
    v["meetings_joint"] = count(_joint_meetings(log), lang=kk)
    v["meetings_months"] = number(c["months"], max_decimals=0, lang=kk)
    v["meetings_per_month"] = number(c["per_month"], max_decimals=1, lang=kk)
    v["meetings_median_gap"] = number(c["median_gap_days"], max_decimals=0, lang=kk)
    v["meetings_longest_gap"] = count(c["longest_gap_days"], lang=kk)
    for key in ("gap_from", "gap_to", "first", "last"):
        v[f"meetings_{key}"] = day_kk(c[key])
    s = ctx.table("session_intervals")
    covered = s[s["table3_covers"] & s["meetings_per_year"].notna()].sort_values("interval_order")
    v["meetings_rates"] = ", ".join(
        f"{decimal(r.meetings_per_year, 1, lang=kk)} "
        f"({r.interval_label.replace('-', '–')} отырыстары аралығында)"
        for r in covered.itertuples()
    )
    v["meetings_rate_first"] = decimal(covered["meetings_per_year"].iloc[0], 1, lang=kk)
    v["meetings_rate_last"] = decimal(covered["meetings_per_year"].iloc[-1], 1, lang=kk)
    trend_verdict = ledger.loc[ledger["check"] == "meeting_trend", "verdict"].iloc[0]
    v["meetings_rate_chance"] = (
        "айырмашылықтар кездейсоқтық бере алатыннан үлкен"
        if trend_verdict == "partly_supported"
        else "айырмашылықтар кездейсоқтық шегінде"
    )
    rep = ctx.table("repeat_visitors")
    v["repeat_n"] = words_kk(len(rep))
    v["repeat_n_cap"] = v["repeat_n"].capitalize()
    v["people_n"] = count(log["person_id"].nunique(), lang=kk)

    # --- composition -------------------------------------------------------------------
    cov = ctx.table("composition_coverage").set_index("metric_id")["value"]
    seats = float(cov["ever_appointed"])
    after = log.loc[~log["before_decree"], "person_id"].nunique()
    v["seats"] = count(seats, lang=kk)
    v["direct_people"] = count(after, lang=kk)
    v["direct_share"] = pct(100 * after / seats, 0, lang=kk)
    v["known_members"] = count(cov["known_members"], lang=kk)
    v["known_pct"] = pct(cov["coverage_pct"], lang=kk)
    f = ctx.table("members_by_field")
    fields = f[f["bar_kind"] == "field"]
    v["fields_present"] = words_kk(int((fields["persons"] > 0).sum()))
    v["fields_total"] = words_kk(len(fields))
    v["field_known"] = count(cov["known_field_coded"], lang=kk)
    e = ctx.table("expert_interviews").iloc[0]
    v["experts"] = count(e["experts"], lang=kk)
    v["expert_fields"] = words_kk(int(e["fields"]))

    # --- predecessor -------------------------------------------------------------------
    b = ctx.table("body_comparison").set_index("row_id")
    for body in ("ncpt", "kurultai"):
        v[f"{body}_sessions_rate"] = decimal(b.loc[body, "sessions_per_year"], 1, lang=kk)
        v[f"{body}_people_rate"] = decimal(b.loc[body, "people_met_per_year"], 1, lang=kk)

    # --- benchmarks and glossary -------------------------------------------------------
    crit = ctx.table("deliberative_criteria")
    status = crit["kurultai_status"].value_counts()
    v["criteria_n"] = words_kk(len(crit))
    v["criteria_meets"] = words_kk(int(status.get("meets", 0)))
    v["criteria_partly"] = words_kk(int(status.get("partly", 0)))
    v["criteria_not"] = words_kk(int(status.get("does_not_meet", 0)))
    failed = crit.loc[crit["kurultai_status"] == "does_not_meet", "criterion_kk"]
    v["criteria_failed"] = ", ".join(t[:1].lower() + t[1:] for t in failed) or "жоқ"
    title = ledger[ledger["check"] == "deliberative_benchmarks"].iloc[0]
    v["title_verdict"] = VERDICT_LABELS_KK[title["verdict"]].lower()
    v["title_robustness"] = str(title["robustness_kk"]).rstrip(".")
    v["glossary_n"] = count(len(ctx.table("glossary")), lang=kk)

    # --- key findings ------------------------------------------------------------------
    pos_rows = changes[(changes["indicator"] == "table1") & (changes["category"] == "positive")]
    pos_verdicts = [
        positive_high_rule(r, {"survey_intervals": iv_all}) for _, r in pos_rows.iterrows()
    ]
    pos_default = ledger.loc[ledger["check"] == "positive_high", "verdict"].iloc[0]
    pos_same = sum(x == pos_default for x in pos_verdicts)
    pos_other = sorted({x for x in pos_verdicts if x != pos_default})
    v["positive_settings"] = (
        f"{v['table_base']} негіз ретінде алынғанда {VERDICT_LABELS_KK[pos_default].lower()}"
        + (
            f"; бұл баға есептелген {words_kk(len(pos_verdicts))} баптаудың тек "
            f"{words_kk(pos_same)} баптауында сақталады, қалған "
            f"{words_kk(len(pos_verdicts) - pos_same)} баптауда төмендеу іріктеу қателігінен "
            "үлкен, сондықтан тұжырым "
            + " не ".join(VERDICT_LABELS_KK[x].lower() for x in pos_other)
            if pos_other
            else f"; бұл баға есептелген барлық {words_kk(len(pos_verdicts))} баптауда сақталады"
        )
    )
    v["verdict_rules"] = (
        "Толқындар арасындағы өзгеріс туралы тұжырымдар бір ережемен бағаланады: үлес "
        "тұжырымда айтылған бағытта іріктеу қателігінен көп өзгерсе – расталады, сол бағытта "
        "іріктеу қателігі шегінде өзгерсе – ішінара расталады, кері бағытта (не мүлде "
        "өзгермей) іріктеу қателігі шегінде өзгерсе – расталмайды, кері бағытта іріктеу "
        "қателігінен көп өзгерсе – мақаланың өз деректеріне қайшы; үлес өзгермеді деген "
        "тұжырым өзгеріс іріктеу қателігі шегінде болса расталады. Деңгей туралы тұжырымдар "
        "(үлес жоғары, не жоғары деңгейде сақталып отыр) әр тұжырыммен бірге айтылатын "
        "шекпен салыстырылады (оң көзқарас үшін – көпшілік, "
        f"{number(POSITIVE_HIGH_THRESHOLD, max_decimals=0, lang=kk)}%; көзқарасы жақсы жаққа "
        "өзгергендер үлесі үшін – теріс жаққа өзгергендер үлесі): соңғы сенімділік интервалы "
        "шектен жоғары жатса және үлес іріктеу қателігінен көп төмендемесе – расталады, "
        "интервал шектен жоғары, бірақ үлес іріктеу қателігінен көп төмендесе – ішінара "
        "расталады, интервал шекті қамтыса – расталмайды, интервал шектен төмен жатса – "
        "мақаланың өз деректеріне қайшы."
    )
    v["key_finding_1"] = (
        f"Құрылтайға көзқарасы жақсы жаққа өзгергендер үлесі 2023 жылғы {v['better_2023']} "
        f"деңгейінен 2024 жылы (басылған ұяшықтардан шығарылған) {v['better_2024']} деңгейіне "
        f"дейін төмендеп, {v['better_change']}, бұрынғы деңгейінің {v['better_relative_fall']}-ын "
        "жоғалтты, ал авторлар оны «айтарлықтай жоғары» дейді. Бұл үлестің деңгейі туралы "
        f"тұжырым ретінде, көзқарасы теріс жаққа өзгергендердің {v['worse_2024']} үлесімен "
        f"салыстырғанда, {by_check('better_remained_high')}: деңгейі шектен жоғары, бірақ "
        "үлес бұрынғы деңгейінде сақталмады."
    )
    v["key_finding_2"] = (
        "Көзқарасы теріс жаққа өзгергендер үлесі (басылған сандардан шығарылған) "
        f"{v['worse_2023']} деңгейінен "
        f"{v['worse_2024']} деңгейіне дейін өсті, {v['worse_change']}; бұл Құрылтай азаматтық "
        "қоғамның күткен нәтижесінен асып түсті деген қорытындыға қарсы дерек "
        f"(баға: {by_check('expectations_exceeded')})."
    )
    v["key_finding_3"] = (
        f"Оң көзқарас 2023 жылы {v['positive_2023']}, 2024 жылы {v['positive_2024']} "
        f"({conf} СИ {v['positive_2024_ci']}) болды, өзгеріс {v['positive_change']}, "
        f"{v['positive_error']}; көзқарас «жоғары деңгейде» деген тұжырым "
        f"{v['positive_settings']}."
    )
    v["key_finding_4"] = (
        f"{v['aware_year']} жылы {v['aware_below']} Құрылтай туралы естіген (ең жоғары үлес "
        f"{v['aware_top_group']} жас тобында: {v['aware_top']}, {conf} СИ {v['aware_top_ci']}; "
        f"{v['aware_caveat']}); 18–28 жастағылар арасындағы өсу, {v['young_change']}, "
        f"{v['young_error']} (жастар арасында танымалдығы артып келеді деген тұжырым: "
        f"{by_check('youth_awareness')})."
    )
    v["key_finding_5"] = (
        "Мақала билік пен азаматтық қоғам арасындағы үздіксіз диалог күн сайын жалғасып "
        "келеді дейді (618–619-жолдар), бірақ бұл диалогтың қай арна арқылы жүретінін "
        f"ешбір дерекпен көрсетпейді, сондықтан бұл тұжырымды {by_check('daily_dialogue')}. "
        "Осы кітап санай алатын жалғыз арна – Президенттің Құрылтай мүшелерімен 3-кестеде "
        "келтірілген кездесулері (әр күнге бір мүше аталады, тек "
        f"{words_kk(_joint_meetings(log))} күнге – екі мүше): "
        f"{v['meetings_months']} айда {v['meetings_n']} кездесу өткен (айына "
        f"{v['meetings_per_month']}, ең ұзақ аралық {v['meetings_longest_gap']} күн). "
        "Отырыстар аралығындағы кездесулер жиілігі жылына "
        f"{v['meetings_rate_first']} кездесуден {v['meetings_rate_last']} кездесуге дейін "
        f"өзгерді; {v['meetings_rate_chance']}."
    )
    v["key_finding_6"] = (
        "Сарапшылар Құрылтайдың негізгі қызметі деп санайтын Президентке тікелей "
        f"қолжетімділік жарлықтан кейін {v['direct_people']} адамға жеке кездесу түрінде "
        f"бұйырды, бұл осы уақытқа дейін толтырылған шамамен {v['seats']} орынның "
        f"{v['direct_share']}-ы (баға: {by_check('direct_access')})."
    )
    v["key_finding_7"] = (
        f"Ирландиядағыдай азаматтар ассамблеясының {v['criteria_n']} өлшемінің ішінде "
        f"Құрылтай толық сай келетіні – {v['criteria_meets']}, ішінара сай келетіні – "
        f"{v['criteria_partly']}, сай келмейтіні – {v['criteria_not']} "
        f"({v['criteria_failed']}): оның кеңесуші демократия институты екені туралы "
        f"тақырыптағы тұжырым {v['title_verdict']}."
    )
    return v
