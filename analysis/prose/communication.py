"""Values of the Communication chapter (``book/communication.qmd``).

Every number, date and data-dependent verdict the chapter states is computed here from the
processed tables of :mod:`analysis.meetings` (and the claims ledger for the one verdict the
chapter shares with it), so that a sentence such as "the rates fall from one interval to
the next" is written only when the rates fall (and says whether by more than chance), and the
chapter never disagrees with the claims audit. Keys are used in the chapter as
``{{< var communication.KEY >}}``; the captions and alt texts of the chapter's figures and
tables are the catalogs' ``caption-<label>`` messages over the same values.

One function per part serves every edition (``ctx.lang``): the words are the messages of
``locales/<lang>/communication.ftl`` (``communication-…``), numbers and dates are CLDR's
through :func:`analysis.i18n.catalog` (English writes small counts in words, the
``communication-number`` message; Kazakh in digits), people are named by the edition's
data field (``name_latin`` / the article's Cyrillic ``name_kk``), domains by ``label_en`` /
``label_kk``. Where a Kazakh sentence needs a date with a case ending, a second key gives
it (``decree_date_attr`` '2022 жылғы 14 маусымдағы', ``last_meeting_loc`` '2025 жылғы 17
қаңтарда'); in English those keys hold the plain date.

Sources: the article's Table 3 and the prose after it (seed 000 lines 465-627), the topic
codebook and the two codings in data/raw/coding/, the sessions and the 2026 epilogue from
public sources (data/raw/public/), the figures on the National Council of Public Trust
from seed 002 (data/raw/context/).
"""

from __future__ import annotations

import itertools

import pandas as pd

from analysis.i18n import Catalog, catalog, data_field
from analysis.meetings import rate_homogeneity_p, referendum_figures
from analysis.prose import Context
from analysis.tables.meetings import check_word, keyed, name_column, place_name


def words(n: int, loc: Catalog) -> str:
    """A count as the edition writes it in running text (``communication-number``: English
    "two" from 0 to 10, digits above; Kazakh digits)."""
    return loc("communication-number", n=int(n), digits=loc.count(n))


def lower_first(label: str) -> str:
    """A domain label inside a sentence: 'Social policy and veterans' -> 'social policy and
    veterans' (a label that starts with a proper noun keeps it)."""
    return label[0].lower() + label[1:]


def _labels(ctx: Context, loc: Catalog) -> pd.Series:
    """The domains' labels of the edition's data field inside a sentence, by domain_id."""
    d = ctx.table("topic_domains").set_index("domain_id")
    return d[f"label_{data_field(loc.lang)}"].map(lower_first)


def _sessions(ctx: Context, loc: Catalog) -> dict[str, str]:
    s = ctx.table("sessions").sort_values("session_number")
    places = s["place"].str.replace(r" \(.*\)$", "", regex=True)
    facts = ctx.table("kurultai_facts").set_index("fact_id")
    decree = pd.Timestamp(facts.loc["decree_date", "value"])
    first = s["plenary_date"].iloc[0]
    gap = (first - decree).days
    return {
        "sessions_count": words(len(s), loc),
        "sessions_list": loc.join(
            [
                loc("communication-session-place", place=place_name(loc, p), date=loc.date(d))
                for p, d in zip(places, s["plenary_date"], strict=True)
            ]
        ),
        "decree_date": loc.date(decree),
        "decree_date_attr": loc.date(decree, "attributive"),
        "session_1_after_decree": loc("communication-days", n=gap, number=words(gap, loc)),
    }


def same_date_split(log: pd.DataFrame) -> tuple[int, int, int]:
    """How Table 3's dates with two people read: ``(together, separate, alternative)``.

    ``log`` is the processed ``meetings_log`` (one row per person received; ``locator`` is
    the person's seed lines). A date counts as *together* when all its people share one
    locator (one sentence: "... мен ... қабылдады", 24 April 2024 and 17 January 2025), as
    *separate* when each person has a sentence of their own under the one date. The
    *alternative* meeting count treats each separate sentence as a meeting of its own."""
    multi = log.groupby("meeting_id").filter(lambda g: len(g) > 1)
    shared = multi.groupby("meeting_id")["locator"].agg(lambda s: (s == s.iloc[0]).all())
    together = int(shared.sum())
    separate = int((~shared).sum())
    alt = log["meeting_id"].nunique() + int((multi.groupby("meeting_id").size()[~shared] - 1).sum())
    return together, separate, alt


def separate_only_people(log: pd.DataFrame) -> int:
    """People received only on dates that list two people in separate sentences (each with
    a locator of their own under one date): those who would no longer count as met one to
    one if such a date were read as one joint meeting. ``log`` is ``meetings_log``."""
    multi = log.groupby("meeting_id").filter(lambda g: len(g) > 1)
    shared = multi.groupby("meeting_id")["locator"].agg(lambda s: (s == s.iloc[0]).all())
    separate = set(shared.index[~shared])
    dates_of = log.groupby("person_id")["meeting_id"].agg(set)
    return int(sum(1 for ids in dates_of if ids <= separate))


def _meetings(ctx: Context, loc: Catalog) -> dict[str, str]:
    log = ctx.table("meetings_log")
    name = name_column(loc.lang)
    meetings = log.drop_duplicates("meeting_id")
    pairs = log.groupby("meeting_id").size()
    together, separate, _ = same_date_split(log)
    early = meetings[meetings["before_decree"]].sort_values("meeting_date")
    new = log[log["is_newcomer"]].drop_duplicates("person_id").sort_values("meeting_date")
    new_years = sorted(new["meeting_date"].dt.year.unique())
    early_people = log[log["before_decree"]]
    later = set(log.loc[~log["before_decree"], "person_id"])
    facts = ctx.table("kurultai_facts").set_index("fact_id")["value"]
    n_early = words(len(early), loc)
    return {
        "meetings": loc.count(len(meetings)),
        "entries": loc.count(len(log)),
        "people": loc.count(log["person_id"].nunique()),
        "joint_meetings": words(int((pairs == 2).sum()), loc),
        "meetings_alt": loc.count(same_date_split(log)[2]),
        # "on two of them" / «екеуінде»; the other dates as a word in both editions («екі
        # күнде»).
        "together_of_them_loc": loc(
            "communication-of-them-locative", n=together, words=words(together, loc)
        ),
        "separate_dates_word": loc("arguments-number", n=separate, digits=loc.count(separate)),
        "separate_only_people": words(separate_only_people(log), loc),
        "newcomers_met": words(len(new), loc),
        "newcomers_total": loc.count(int(facts["rotation_newcomers"])),
        "newcomers_met_names": loc.join(list(new[name])),
        "newcomers_met_years": loc.join([str(y) for y in new_years]),
        "first_meeting": loc.date(meetings["meeting_date"].min()),
        "last_meeting": loc.date(meetings["meeting_date"].max()),
        "last_meeting_loc": loc.date(meetings["meeting_date"].max(), "locative"),
        "pre_decree_count": n_early,
        "pre_decree_count_cap": loc.cap(n_early),
        "pre_decree_count_of_them": loc("of-them", n=n_early),
        "pre_decree_list": loc.join(
            [
                loc(
                    "communication-person-date",
                    name=getattr(r, name),
                    date=loc.date(r.meeting_date),
                )
                for r in early_people.sort_values("meeting_date").itertuples()
            ]
        ),
        # How the people met before the decree count (analysis.records definitions): met
        # only before it (not among those met after the decree) or received again after it.
        "pre_decree_counts": loc(
            "communication-pre-decree-counts",
            only=loc.join(
                list(early_people.loc[~early_people["person_id"].isin(later), name].unique())
            ),
            n_only=int((~early_people["person_id"].drop_duplicates().isin(later)).sum()),
            again=loc.join(
                list(early_people.loc[early_people["person_id"].isin(later), name].unique())
            ),
            n_again=int(early_people["person_id"].drop_duplicates().isin(later).sum()),
        ),
    }


def _cadence(ctx: Context, loc: Catalog) -> dict[str, str]:
    """Cadence words from ``meeting_cadence``, which counts from the decree (meetings with
    members); the alternative count reads same-date entries as separate meetings."""
    c = ctx.table("meeting_cadence").set_index("period")
    a = c.loc["all"]
    log = ctx.table("meetings_log")
    log = log[~log["before_decree"]]
    alt = same_date_split(log)[2]
    ratio = alt / log["meeting_id"].nunique()
    return {
        "meetings_decree": loc.count(int(a["meetings"])),
        "meetings_alt_decree": loc.count(alt),
        "first_decree_meeting": loc.date(a["start_date"]),
        "span_months": loc.number(a["months"], max_decimals=0),
        "per_month": loc.number(a["meetings_per_month"], max_decimals=1),
        "per_month_alt": loc.number(a["meetings_per_month"] * ratio, max_decimals=1),
        "meeting_days_pct": loc.pct(a["meeting_days_pct"], 0),
        "median_gap_days": loc.number(a["median_gap_days"], max_decimals=0),
        "longest_gap_days": loc.count(a["longest_gap_days"]),
        "longest_gap_from": loc.date(a["longest_gap_from"]),
        "longest_gap_to": loc.date(a["longest_gap_to"]),
    }


def _interval_args(label: str) -> dict[str, str]:
    """'III-IV' -> first and second session; 'before I' / 'after V' -> the session."""
    if "-" in label:
        first, second = label.split("-")
        return {"first": first, "second": second}
    return {"session": label.split()[-1]}


def _intervals(ctx: Context, loc: Catalog) -> dict[str, str]:
    iv = ctx.table("session_intervals").set_index("interval_label")
    y = ctx.table("meetings_by_year").set_index("year")
    closed = iv[iv["meetings_per_year"].notna()]
    rates = list(closed["meetings_per_year"])
    p_full = rate_homogeneity_p(list(closed["meetings"]), list(closed["days"]))
    p_last = rate_homogeneity_p(list(closed["meetings"]), list(closed["days_to_last"]))
    alpha = 1 - ctx.params.confidence_level
    if all(a > b for a, b in itertools.pairwise(rates)):
        direction = "fall"
    elif all(a < b for a, b in itertools.pairwise(rates)):
        direction = "rise"
    else:
        direction = "none"
    trend = "significant" if max(p_full, p_last) < alpha else "chance"
    out = {
        "intervals_trend": loc(
            "communication-intervals-trend-" + trend,
            direction=loc("communication-intervals-direction-" + direction),
            p_full=loc.p_value(p_full),
            p_last=loc.p_value(p_last),
        )
    }

    def ci(low: float, high: float) -> str:
        return loc("communication-ci", low=loc.decimal(low, 1), high=loc.decimal(high, 1))

    for label, r in closed.iterrows():
        key = label.lower().replace("-", "_")
        out[f"iv_{key}_meetings"] = words(int(r["meetings"]), loc)
        out[f"iv_{key}_rate"] = loc.number(r["meetings_per_year"], max_decimals=1)
        out[f"iv_{key}_ci"] = ci(r["rate_low"], r["rate_high"])
        out[f"iv_{key}_days"] = loc.count(r["days"])
        out[f"iv_{key}_days_to_last"] = loc.count(r["days_to_last"])
        out[f"iv_{key}_rate_to_last"] = loc.number(r["rate_to_last"], max_decimals=1)
        out[f"iv_{key}_ci_to_last"] = ci(r["rate_to_last_low"], r["rate_to_last_high"])
    uncovered = iv[~iv["table3_covers"]]
    out["uncovered_intervals"] = loc.join(
        [
            loc("communication-uncovered-between", **_interval_args(lab))
            for lab in uncovered.index
            if "-" in lab
        ]
        + [
            loc("communication-uncovered-after", **_interval_args(lab))
            for lab in uncovered.index
            if "after" in lab
        ]
    )
    for year, r in y.iterrows():
        out[f"year_{year}_meetings"] = words(int(r["meetings"]), loc)
        out[f"year_{year}_before_decree"] = words(int(r["meetings_before_decree"]), loc)
    return out


def _said(row: pd.Series, dates: list[pd.Timestamp], loc: Catalog) -> str:
    """What the prose says of one repeat visitor, in a sentence."""
    if row["check"] == "not mentioned":
        return loc("communication-repeat-not-mentioned")
    if row["check"] == "matches, omits a meeting":
        left = [d for d in dates if str(d.year) in row["years_left_out"].split(";")]
        return loc(
            "communication-repeat-omits",
            n=len(left),
            dates=loc.join([loc.date(d, "attributive") for d in left]),
        )
    if row["check"] == "matches":
        if pd.notna(row["times_in_text"]):
            return loc("communication-repeat-matches-times", times=int(row["times_in_text"]))
        return loc("communication-repeat-matches")
    return loc("communication-repeat-contradicts")


def _repeat(ctx: Context, loc: Catalog) -> dict[str, str]:
    r = ctx.table("repeat_visitors").set_index("person_id")
    log = ctx.table("meetings_log")
    ledger = ctx.table("claims_ledger").set_index("claim_id")
    name = name_column(loc.lang)
    out = {"repeat_count": words(len(r), loc)}
    for pid, row in r.iterrows():
        key = pid.replace("-", "_")
        dates = [pd.Timestamp(d) for d in row["meeting_dates"].split(";")]
        said = _said(row, dates, loc)
        early = log[(log["person_id"] == pid) & log["before_decree"]]
        if len(early):
            said += " " + loc(
                "communication-repeat-before-decree",
                date=loc.date(early["meeting_date"].iloc[0]),
            )
        n = int(row["meetings"])
        out[f"repeat_{key}"] = loc(
            "communication-repeat-person",
            n=n,
            number=words(n, loc),
            years=loc.join(row["meeting_years"].split(";")),
            said=said,
        )
    checks = r["check"].value_counts()
    n_contra = int(checks.get("contradicts", 0))
    n_missing = int(checks.get("not mentioned", 0))
    incomplete = r[r["check"] == "matches, omits a meeting"]
    parts = []
    if n_missing:
        parts.append(
            loc(
                "communication-repeat-part-missing",
                missing=n_missing,
                missing_number=words(n_missing, loc),
                total_number=words(len(r), loc),
            )
        )
    for _pid, row in incomplete.iterrows():
        left = len(row["years_left_out"].split(";"))
        parts.append(
            loc(
                "communication-repeat-part-omitted",
                left=left,
                left_number=words(left, loc),
                name=row[name],
                meetings_number=words(int(row["meetings"]), loc),
            )
        )
    if n_contra:
        verdict = loc("communication-repeat-verdict-contradicts", number=words(n_contra, loc))
    else:
        verdict = loc("communication-repeat-verdict-agrees")
    if parts:
        verdict += " " + loc("communication-repeat-verdict-examples", parts="; ".join(parts))
    out["repeat_verdict"] = verdict
    # The claims audit's verdict on the same statement, so that both chapters agree.
    status = ledger.loc["C19", "status"]
    out["c19_status"] = keyed(loc, "communication-c19-status-", status)
    out["c19_reason"] = loc(
        "communication-c19-reason-inconsistent"
        if status == "inconsistent"
        else "communication-c19-reason-other"
    )
    return out


def _domains(ctx: Context, loc: Catalog) -> dict[str, str]:
    d = ctx.table("topic_domains")
    label = f"label_{data_field(loc.lang)}"
    coded = ctx.table("meeting_domains")
    n_meetings = ctx.table("meetings_log")["meeting_id"].nunique()
    per = coded.groupby(["meeting_id", "person_order"]).size()
    top = d.sort_values(["meetings", "domain_order"], ascending=[False, True])
    first, rest = top.iloc[0], top.iloc[1:]
    groups = []
    for n, g in rest.groupby("meetings", sort=False):
        groups.append(
            loc(
                "communication-domain-group",
                labels=loc.join([f"*{lower_first(x)}*" for x in g[label]]),
                domains=len(g),
                number=words(int(n), loc),
            )
        )
    return {
        "domains_count": words(len(d), loc),
        "rules_count": loc.count(d["rules"].str.count(r"R\d\d").sum()),
        "domains_per_entry": loc.number(per.mean(), max_decimals=1),
        "top_domain": lower_first(first[label]),
        "top_domain_meetings": words(int(first["meetings"]), loc),
        "domain_counts_rest": "; ".join(groups),
        "domain_meetings_total": loc.count(d["meetings"].sum()),
        "meetings_total_words": loc.count(n_meetings),
    }


def _agreement(ctx: Context, loc: Catalog) -> dict[str, str]:
    a = ctx.table("coding_agreement")
    rel = ctx.table("coding_reliability").set_index("measure")
    labels = _labels(ctx, loc)
    names = (
        ctx.table("meetings_log")
        .drop_duplicates("person_id")
        .set_index("person_id")[name_column(loc.lang)]
    )
    p = rel.loc["primary_domain"]
    off = a[~a["primary_agree"]]
    diffs = loc.join(
        [
            loc(
                "communication-disagreement",
                name=names[r.person_id],
                date=loc.date(r.meeting_date),
                rules=labels[r.primary_rules],
                second=labels[r.primary_second],
            )
            for r in off.itertuples()
        ]
    )
    only_rules = a["only_rules"].dropna().str.split(";").explode().value_counts()
    only_second = a["only_second"].dropna().str.split(";").explode().value_counts()

    def listing(vc: pd.Series) -> str:
        return loc.join(
            [
                loc(
                    "communication-domain-entries",
                    label=labels[d],
                    n=int(n),
                    number=words(int(n), loc),
                )
                for d, n in vc.items()
            ]
        )

    if len(only_second) == 0 and len(only_rules):
        extra = loc("communication-sets-rules-add", listing=listing(only_rules))
    elif len(only_rules) == 0 and len(only_second):
        extra = loc("communication-sets-second-adds", listing=listing(only_second))
    elif len(only_rules) or len(only_second):
        extra = loc(
            "communication-sets-both-add",
            rules=listing(only_rules),
            second=listing(only_second),
        )
    else:
        extra = loc("communication-sets-same")
    primary_sentence = loc(
        "communication-primary-sentence", n=len(off), number=words(len(off), loc), diffs=diffs
    )
    # Dated meetings per domain under each coding (a joint meeting counts once).
    rule_counts = ctx.table("topic_domains").set_index("domain_id")["meetings"]
    second_counts = (
        a.assign(d=a["domains_second"].str.split(";"))
        .explode("d")
        .groupby("d")["meeting_id"]
        .nunique()
        .reindex(rule_counts.index, fill_value=0)
    )
    rules_top = set(rule_counts[rule_counts == rule_counts.max()].index)
    second_top = second_counts[second_counts == second_counts.max()]
    top_rules_id = (
        ctx.table("topic_domains")
        .sort_values(["meetings", "domain_order"], ascending=[False, True])["domain_id"]
        .iloc[0]
    )
    ranking = loc(
        "communication-ranking-same"
        if set(second_top.index) == rules_top
        else "communication-ranking-differs"
    )
    per_domain = rel[rel["domain_id"].notna()].dropna(subset=["kappa"])
    low = per_domain.sort_values("kappa").iloc[0]
    return {
        "kappa_primary": loc.decimal(p["kappa"], 2),
        "kappa_low": loc.decimal(p["kappa_low"], 2),
        "kappa_high": loc.decimal(p["kappa_high"], 2),
        "kappa_confidence": loc.number(100 * p["confidence_level"], max_decimals=1) + "%",
        "primary_agree": loc.count(p["agree"]),
        "agreement_n": loc.count(p["n"]),
        "primary_agree_pct": loc.pct(p["observed_pct"], 0),
        "primary_expected_pct": loc.pct(p["expected_pct"], 0),
        "primary_disagreements": diffs or loc("communication-none"),
        "primary_sentence": primary_sentence,
        "top_domain_second": words(int(second_counts[top_rules_id]), loc),
        "second_top": loc(
            "communication-second-top",
            labels=loc.join([f"*{labels[d]}*" for d in second_top.index]),
            domains=len(second_top),
            number=words(int(second_top.iloc[0]), loc),
        ),
        "ranking_verdict": ranking,
        "sets_agree": loc.count(int(a["domains_agree"].sum())),
        "sets_disagree": words(int((~a["domains_agree"]).sum()), loc),
        "sets_extra": extra,
        "lowest_domain": labels[low["domain_id"]],
        "lowest_domain_kappa": loc.decimal(low["kappa"], 2),
        "disagreement_rows": words(int((~(a["primary_agree"] & a["domains_agree"])).sum()), loc),
    }


def _comparison(ctx: Context, loc: Catalog) -> dict[str, str]:
    c = ctx.table("body_comparison").set_index("row_id")
    ctxf = ctx.table("context_figures").set_index("figure_id")
    f = ctxf["value"]
    acts_q = ctxf.loc["ncpt_legal_acts", "qualifier"]
    n, k, span = c.loc["ncpt"], c.loc["kurultai"], c.loc["kurultai_table_span"]

    def num(v: float, decimals: int = 1) -> str:
        return loc.number(v, max_decimals=decimals)

    return {
        "ncpt_sessions": words(int(n["sessions"]), loc),
        "ncpt_members_met": loc.count(n["people_met"]),
        "ncpt_seats": loc.count(n["members"]),
        "ncpt_years": num(n["years"]),
        "ncpt_laws": loc.count(f["ncpt_laws"]),
        "ncpt_legal_acts": keyed(
            loc, "communication-qualifier-", acts_q, value=loc.count(f["ncpt_legal_acts"])
        ),
        "ncpt_decrees": words(int(f["ncpt_decrees"]), loc),
        "ncpt_resolutions": loc.count(f["ncpt_government_resolutions"]),
        "ncpt_sessions_per_year": num(n["sessions_per_year"]),
        "ncpt_met_per_year": num(n["people_met_per_year"]),
        "k_sessions": words(int(k["sessions"]), loc),
        "k_years": num(k["years"]),  # as table 4.7 prints it
        "k_sessions_per_year": num(k["sessions_per_year"]),
        "k_met": loc.count(k["people_met"]),
        "k_met_per_year": num(k["people_met_per_year"]),
        "k_seats": loc.count(k["members"]),
        "k_window_end": loc.date(k["period_end"]),
        "k_met_pct": loc.pct(k["people_met_pct_of_members"], 0),
        "span_meetings_per_year": num(span["meetings_per_year"]),
        "span_people": loc.count(span["people_met"]),
        "span_years": num(span["years"], 2),
        "span_people_per_year": num(span["people_met_per_year"]),
    }


def _referendum(ctx: Context, loc: Catalog) -> dict[str, str]:
    v = referendum_figures(ctx.table("epilogue_2026")).set_index("measure")
    cast = int(v.loc[["yes", "no", "invalid"], "count"].sum())
    short = int(v.loc["turnout", "count"]) - cast
    agree = [
        m
        for m in ("turnout", "yes", "no")
        if v.loc[m, "share_pct_recomputed"] == v.loc[m, "share_pct_reported"]
    ]
    differ = [m for m in ("turnout", "yes", "no") if m not in agree]
    if differ:
        m = differ[0]
        gap = v.loc[m, "share_pct_recomputed"] - v.loc[m, "share_pct_reported"]
        check = loc(
            "communication-referendum-differs",
            agree=loc.join([loc("communication-measure-" + x) for x in agree]),
            measure=loc("communication-measure-" + m),
            share=loc.pct(v.loc[m, "share_pct_recomputed"], 2),
            gap=loc.decimal(abs(gap), 2),
            direction="above" if gap > 0 else "below",
        )
    else:
        check = loc("communication-referendum-agrees")

    def c(m: str) -> str:
        return loc.count(v.loc[m, "count"])

    def s(m: str) -> str:
        return loc.pct(v.loc[m, "share_pct_reported"], 2)

    return {
        "ref_turnout": c("turnout"),
        "ref_eligible": c("eligible"),
        "ref_turnout_pct": s("turnout"),
        "ref_yes": c("yes"),
        "ref_yes_pct": s("yes"),
        "ref_no": c("no"),
        "ref_no_pct": s("no"),
        "ref_invalid": c("invalid"),
        "ref_cast": loc.count(cast),
        "ref_short": loc.count(short),
        "ref_check": check,
    }


def _alt_texts(v: dict[str, str], ctx: Context, loc: Catalog) -> dict[str, str]:
    iv = ctx.table("session_intervals")
    covered = iv[iv["table3_covers"]]
    parts = [
        loc(
            "communication-alt-before"
            if r.interval_label.startswith("before")
            else "communication-alt-between",
            number=words(int(r.meetings), loc),
            **_interval_args(r.interval_label),
        )
        for r in covered.itertuples()
    ]
    label = f"label_{data_field(loc.lang)}"
    d = ctx.table("topic_domains").sort_values(
        ["meetings", "domain_order"], ascending=[False, True]
    )
    bars = "; ".join(
        loc(
            "communication-alt-bar",
            label=lower_first(getattr(r, label)),
            count=loc.count(r.meetings),
        )
        for r in d.itertuples()
    )
    name = name_column(loc.lang)
    rows = [
        loc(
            "communication-alt-repeat-row",
            name=getattr(x, name),
            dots=loc.count(x.meetings),
            years=x.meeting_years.replace(";", ", "),
            check=check_word(loc, x.check),
        )
        for x in ctx.table("repeat_visitors").itertuples()
    ]
    values = {
        key: v[key]
        for key in (
            "meetings",
            "first_meeting",
            "last_meeting",
            "pre_decree_count",
            "decree_date_attr",
            "domains_count",
            "domain_meetings_total",
        )
    }
    return {
        "alt_timeline": loc("communication-alt-timeline", parts=loc.join(parts), **values),
        "alt_domains": loc("communication-alt-domains", bars=bars, **values),
        "alt_repeat": loc("communication-alt-repeat", rows="; ".join(rows)),
    }


def values(ctx: Context) -> dict[str, str]:
    """The chapter's values; see the module docstring. Reads the processed tables
    ``sessions``, ``meetings_log``, ``meeting_cadence``, ``session_intervals``,
    ``meetings_by_year``, ``repeat_visitors``, ``claims_ledger``, ``topic_domains``,
    ``meeting_domains``, ``coding_agreement``, ``coding_reliability``, ``body_comparison``,
    ``context_figures``, ``kurultai_facts`` and ``epilogue_2026``."""
    loc = catalog(ctx.lang)
    v: dict[str, str] = {}
    for part in (
        _sessions,
        _meetings,
        _cadence,
        _intervals,
        _repeat,
        _domains,
        _agreement,
        _comparison,
        _referendum,
    ):
        v.update(part(ctx, loc))
    v.update(_alt_texts(v, ctx, loc))
    return v
