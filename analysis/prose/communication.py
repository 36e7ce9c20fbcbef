"""Values of the Communication chapter (``book/communication.qmd``).

Every number, date and data-dependent verdict the chapter states is computed here from the
processed tables of :mod:`analysis.meetings` (and the claims ledger for the one verdict the
chapter shares with it), so that a sentence such as "the meetings thin out from one
interval between sessions to the next" is written only when the rates fall, and the
chapter never disagrees with the claims audit. Keys are used in the chapter as
``{{< var communication.KEY >}}``; :data:`CAPTIONS` holds the captions and alt texts of the
chapter's figures and tables as templates over the same values.

Sources: the article's Table 3 and the prose after it (seed 000 lines 465-627), the topic
codebook and the two codings in data/raw/coding/, the sessions and the 2026 epilogue from
public sources (data/raw/public/), the figures on the National Council of Public Trust
from seed 002 (data/raw/context/).
"""

from __future__ import annotations

import itertools

import pandas as pd

from analysis.meetings import referendum_figures
from analysis.prose import Context
from analysis.prose.fmt import count, number, pct

WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def words(n: int) -> str:
    """A count from 0 to 10 in words ("two"), larger counts in digits."""
    return WORDS[n] if 0 <= n < len(WORDS) else count(n)


def day(ts: pd.Timestamp) -> str:
    """A date as '16 June 2022'."""
    return f"{ts.day} {ts:%B %Y}"


def join(items: list[str], last: str = "and") -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def _lower_label(label: str) -> str:
    """A domain label inside a sentence: 'Social policy and veterans' -> 'social policy and
    veterans' (a label that starts with a proper noun keeps it)."""
    return label[0].lower() + label[1:]


def _sessions(ctx: Context) -> dict[str, str]:
    s = ctx.table("sessions").sort_values("session_number")
    places = s["place"].str.replace(r" \(.*\)$", "", regex=True)
    facts = ctx.table("kurultai_facts").set_index("fact_id")
    decree = pd.Timestamp(facts.loc["decree_date", "value"])
    first = s["plenary_date"].iloc[0]
    gap = (first - decree).days
    return {
        "sessions_count": words(len(s)),
        "sessions_list": join(
            [f"{p} on {day(d)}" for p, d in zip(places, s["plenary_date"], strict=True)]
        ),
        "decree_date": day(decree),
        "session_1_after_decree": f"{words(gap)} day{'s' if gap != 1 else ''}",
    }


def _meetings(ctx: Context) -> dict[str, str]:
    log = ctx.table("meetings_log")
    meetings = log.drop_duplicates("meeting_id")
    pairs = log.groupby("meeting_id").size()
    early = meetings[meetings["before_decree"]].sort_values("meeting_date")
    new = log[log["is_newcomer"]].drop_duplicates("person_id").sort_values("meeting_date")
    new_years = sorted(new["meeting_date"].dt.year.unique())
    early_people = log[log["before_decree"]]
    facts = ctx.table("kurultai_facts").set_index("fact_id")["value"]
    return {
        "meetings": count(len(meetings)),
        "entries": count(len(log)),
        "people": count(log["person_id"].nunique()),
        "joint_meetings": words(int((pairs == 2).sum())),
        "newcomers_met": words(len(new)),
        "newcomers_total": count(int(facts["rotation_newcomers"])),
        "newcomers_met_names": join(list(new["name_latin"])),
        "newcomers_met_years": join([str(y) for y in new_years]),
        "first_meeting": day(meetings["meeting_date"].min()),
        "last_meeting": day(meetings["meeting_date"].max()),
        "pre_decree_count": words(len(early)),
        "pre_decree_count_cap": words(len(early)).capitalize(),
        "pre_decree_list": join(
            [
                f"{r.name_latin} on {day(r.meeting_date)}"
                for r in early_people.sort_values("meeting_date").itertuples()
            ]
        ),
    }


def _cadence(ctx: Context) -> dict[str, str]:
    c = ctx.table("meeting_cadence").set_index("period")
    a = c.loc["all"]
    return {
        "span_months": number(a["months"], max_decimals=0),
        "per_month": number(a["meetings_per_month"], max_decimals=1),
        "meeting_days_pct": pct(a["meeting_days_pct"], 0),
        "median_gap_days": number(a["median_gap_days"], max_decimals=0),
        "longest_gap_days": count(a["longest_gap_days"]),
        "longest_gap_from": day(a["longest_gap_from"]),
        "longest_gap_to": day(a["longest_gap_to"]),
    }


def _intervals(ctx: Context) -> dict[str, str]:
    iv = ctx.table("session_intervals").set_index("interval_label")
    y = ctx.table("meetings_by_year").set_index("year")
    closed = iv[iv["meetings_per_year"].notna()]
    rates = list(closed["meetings_per_year"])
    if all(a > b for a, b in itertools.pairwise(rates)):
        trend = "so the meetings thin out from one interval to the next"
    elif all(a < b for a, b in itertools.pairwise(rates)):
        trend = "so the meetings become more frequent from one interval to the next"
    else:
        trend = "with no steady trend from one interval to the next"
    out = {"intervals_trend": trend}
    for label, r in closed.iterrows():
        key = label.lower().replace("-", "_")
        out[f"iv_{key}_meetings"] = words(int(r["meetings"]))
        out[f"iv_{key}_rate"] = number(r["meetings_per_year"], max_decimals=1)
    uncovered = iv[~iv["table3_covers"]]
    out["uncovered_intervals"] = join(
        [f"between sessions {lab.replace('-', ' and ')}" for lab in uncovered.index if "-" in lab]
        + [f"after session {lab.split()[-1]}" for lab in uncovered.index if "after" in lab]
    )
    for year, r in y.iterrows():
        out[f"year_{year}_meetings"] = words(int(r["meetings"]))
        out[f"year_{year}_before_decree"] = words(int(r["meetings_before_decree"]))
    return out


def _repeat(ctx: Context) -> dict[str, str]:
    r = ctx.table("repeat_visitors").set_index("person_id")
    log = ctx.table("meetings_log")
    out = {"repeat_count": words(len(r))}
    for pid, row in r.iterrows():
        key = pid.replace("-", "_")
        dates = [pd.Timestamp(d) for d in row["meeting_dates"].split(";")]
        years = join(row["meeting_years"].split(";"))
        n = int(row["meetings"])
        if row["check"] == "not mentioned":
            said = "The prose does not mention him."
        elif row["check"] == "incomplete":
            left = [d for d in dates if str(d.year) in row["years_left_out"].split(";")]
            said = (
                f"The prose leaves out the meeting{'s' if len(left) > 1 else ''} of "
                f"{join([day(d) for d in left])}."
            )
        elif row["check"] == "matches":
            said = "This matches the prose" + (
                f" ({'twice' if row['times_in_text'] == 2 else f'{row.times_in_text} times'})."
                if pd.notna(row["times_in_text"])
                else "."
            )
        else:
            said = "The prose names a year or a number of meetings the table does not have."
        early = log[(log["person_id"] == pid) & log["before_decree"]]
        if len(early):
            said += (
                f" One of his meetings ({day(early['meeting_date'].iloc[0])}) is dated before "
                "the decree."
            )
        out[f"repeat_{key}"] = f"{words(n)} meetings, in {years}. {said}"
    checks = r["check"].value_counts()
    n_contra = int(checks.get("contradicts", 0))
    n_missing = int(checks.get("not mentioned", 0))
    incomplete = r[r["check"] == "incomplete"]
    parts = []
    if n_missing:
        parts.append(
            f"{words(n_missing)} of the {words(len(r))} people received more than once "
            "is not mentioned"
            if n_missing == 1
            else f"{words(n_missing)} of the {words(len(r))} are not mentioned"
        )
    for _pid, row in incomplete.iterrows():
        left = len(row["years_left_out"].split(";"))
        parts.append(
            f"{words(left)} of {row['name_latin']}'s {words(int(row['meetings']))} meetings "
            f"{'is' if left == 1 else 'are'} left out"
        )
    if n_contra:
        verdict = (
            f"For {words(n_contra)} of the people it names, the prose gives a year or a number "
            "of meetings the table does not have."
        )
    else:
        verdict = "Every year and count the prose gives is in the table."
    if parts:
        verdict += " But the prose is incomplete: " + "; ".join(parts) + "."
    out["repeat_verdict"] = verdict
    # The claims audit's verdict on the same statement, so that both chapters agree.
    ledger = ctx.table("claims_ledger").set_index("claim_id")
    status = ledger.loc["C19", "status"]
    words_status = {
        "inconsistent": "inconsistent with the table",
        "reproduced": "reproduced by the table",
        "not_reproducible": "not reproducible from the data",
    }[status]
    out["c19_status"] = words_status
    out["c19_reason"] = (
        "because the years it names are not the years the table lists, even though each of "
        "them is in the table"
        if status == "inconsistent"
        else "because the years it names are the years the table lists"
    )
    return out


def _domains(ctx: Context) -> dict[str, str]:
    d = ctx.table("topic_domains")
    coded = ctx.table("meeting_domains")
    n_meetings = ctx.table("meetings_log")["meeting_id"].nunique()
    per = coded.groupby(["meeting_id", "person_order"]).size()
    top = d.sort_values(["meetings", "domain_order"], ascending=[False, True])
    first, rest = top.iloc[0], top.iloc[1:]
    groups = []
    for n, g in rest.groupby("meetings", sort=False):
        labels = join([f"*{_lower_label(x)}*" for x in g["label_en"]])
        each = " each" if len(g) > 1 else ""
        groups.append(f"{labels} in {words(int(n))}{each}")
    return {
        "domains_count": words(len(d)) if len(d) <= 10 else count(len(d)),
        "rules_count": count(d["rules"].str.count(r"R\d\d").sum()),
        "domains_per_entry": number(per.mean(), max_decimals=1),
        "top_domain": _lower_label(first["label_en"]),
        "top_domain_meetings": words(int(first["meetings"])),
        "domain_counts_rest": "; ".join(groups),
        "domain_meetings_total": count(d["meetings"].sum()),
        "meetings_total_words": count(n_meetings),
    }


def _agreement(ctx: Context) -> dict[str, str]:
    a = ctx.table("coding_agreement")
    rel = ctx.table("coding_reliability").set_index("measure")
    labels = ctx.table("topic_domains").set_index("domain_id")["label_en"].map(_lower_label)
    p = rel.loc["primary_domain"]
    level = number(100 * p["confidence_level"], max_decimals=1) + "%"
    off = a[~a["primary_agree"]]
    diffs = join(
        [
            f"{r.name_latin} on {day(r.meeting_date)} (rules: {labels[r.primary_rules]}; second "
            f"coder: {labels[r.primary_second]})"
            for r in off.itertuples()
        ]
    )
    only_rules = a["only_rules"].dropna().str.split(";").explode().value_counts()
    only_second = a["only_second"].dropna().str.split(";").explode().value_counts()

    def listing(vc: pd.Series) -> str:
        return join(
            [
                f"{labels[d]} ({words(int(n))} {'entry' if n == 1 else 'entries'})"
                for d, n in vc.items()
            ]
        )

    if len(only_second) == 0 and len(only_rules):
        extra = (
            "In every such entry the rules add a domain the second coder left out, never the "
            f"reverse: {listing(only_rules)}."
        )
    elif len(only_rules) == 0 and len(only_second):
        extra = (
            "In every such entry the second coder adds a domain the rules missed: "
            f"{listing(only_second)}."
        )
    elif len(only_rules) or len(only_second):
        extra = (
            f"The rules alone coded {listing(only_rules)}; the second coder alone coded "
            f"{listing(only_second)}."
        )
    else:
        extra = "The two codings give every entry the same domains."
    if len(off) == 0:
        primary_sentence = "The two never differ on the primary domain."
    elif len(off) == 1:
        primary_sentence = f"The one difference is {diffs}."
    else:
        primary_sentence = f"They differ for {words(len(off))} entries: {diffs}."
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
    if set(second_top.index) == rules_top:
        ranking = "The second coder's counts give the same leading domain."
    else:
        ranking = (
            "Which domain leads therefore depends on the coder: the lead in "
            "the chart rests on keyword matches the second coder did not accept."
        )
    per_domain = rel[rel["domain_id"].notna()].dropna(subset=["kappa"])
    low = per_domain.sort_values("kappa").iloc[0]
    n_set_off = int((~a["domains_agree"]).sum())
    return {
        "kappa_primary": f"{p['kappa']:.2f}",
        "kappa_low": f"{p['kappa_low']:.2f}",
        "kappa_high": f"{p['kappa_high']:.2f}",
        "kappa_confidence": level,
        "primary_agree": count(p["agree"]),
        "agreement_n": count(p["n"]),
        "primary_agree_pct": pct(p["observed_pct"], 0),
        "primary_expected_pct": pct(p["expected_pct"], 0),
        "primary_disagreements": diffs or "none",
        "primary_sentence": primary_sentence,
        "top_domain_second": words(int(second_counts[top_rules_id])),
        "second_top": join([f"*{labels[d]}*" for d in second_top.index])
        + f" ({words(int(second_top.iloc[0]))} meetings{' each' if len(second_top) > 1 else ''})",
        "ranking_verdict": ranking,
        "sets_agree": count(int(a["domains_agree"].sum())),
        "sets_disagree": words(n_set_off),
        "sets_extra": extra,
        "lowest_domain": labels[low["domain_id"]],
        "lowest_domain_kappa": f"{low['kappa']:.2f}",
        "disagreement_rows": words(int((~(a["primary_agree"] & a["domains_agree"])).sum())),
    }


def _comparison(ctx: Context) -> dict[str, str]:
    c = ctx.table("body_comparison").set_index("row_id")
    ctxf = ctx.table("context_figures").set_index("figure_id")
    f = ctxf["value"]
    acts_q = ctxf.loc["ncpt_legal_acts", "qualifier"]
    n, k, span = c.loc["ncpt"], c.loc["kurultai"], c.loc["kurultai_table_span"]
    return {
        "ncpt_sessions": words(int(n["sessions"])),
        "ncpt_members_met": count(n["people_met"]),
        "ncpt_years": number(n["years"], max_decimals=1),
        "ncpt_laws": count(f["ncpt_laws"]),
        "ncpt_legal_acts": ("" if acts_q == "exact" else f"{acts_q} ")
        + count(f["ncpt_legal_acts"]),
        "ncpt_decrees": words(int(f["ncpt_decrees"])),
        "ncpt_resolutions": count(f["ncpt_government_resolutions"]),
        "ncpt_sessions_per_year": number(n["sessions_per_year"], max_decimals=1),
        "ncpt_met_per_year": number(n["people_met_per_year"], max_decimals=1),
        "k_sessions": words(int(k["sessions"])),
        "k_years": number(k["years"], max_decimals=2),
        "k_sessions_per_year": number(k["sessions_per_year"], max_decimals=1),
        "k_met": count(k["people_met"]),
        "k_met_per_year": number(k["people_met_per_year"], max_decimals=1),
        "k_seats": count(k["members"]),
        "k_window_end": day(k["period_end"]),
        "k_met_pct": pct(k["people_met_pct_of_members"], 0),
        "span_meetings_per_year": number(span["meetings_per_year"], max_decimals=1),
        "k_schedule_note": (
            "more often than its annual rhythm requires"
            if k["sessions_per_year"] > 1
            else "no more often than its annual rhythm requires"
        ),
    }


def _referendum(ctx: Context) -> dict[str, str]:
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
        check = (
            f"Recomputed from the counts, {join(agree)} agree to two decimals; the {m} share "
            f"comes out at {v.loc[m, 'share_pct_recomputed']:.2f}%, "
            f"{abs(gap):.2f} percentage points {'above' if gap > 0 else 'below'} the printed "
            "figure, probably a truncation."
        )
    else:
        check = "Recomputed from the counts, every printed share agrees to two decimals."
    return {
        "ref_turnout": count(v.loc["turnout", "count"]),
        "ref_eligible": count(v.loc["eligible", "count"]),
        "ref_turnout_pct": pct(v.loc["turnout", "share_pct_reported"], 2),
        "ref_yes": count(v.loc["yes", "count"]),
        "ref_yes_pct": pct(v.loc["yes", "share_pct_reported"], 2),
        "ref_no": count(v.loc["no", "count"]),
        "ref_no_pct": pct(v.loc["no", "share_pct_reported"], 2),
        "ref_invalid": count(v.loc["invalid", "count"]),
        "ref_cast": count(cast),
        "ref_short": count(short),
        "ref_check": check,
    }


def _alt_texts(v: dict[str, str], ctx: Context) -> dict[str, str]:
    iv = ctx.table("session_intervals")
    covered = iv[iv["table3_covers"]]
    parts = [
        f"{words(int(r.meetings))} {'before session I' if r.interval_label.startswith('before') else 'between sessions ' + r.interval_label.replace('-', ' and ')}"  # noqa: E501
        for r in covered.itertuples()
    ]
    d = ctx.table("topic_domains").sort_values(
        ["meetings", "domain_order"], ascending=[False, True]
    )
    bars = "; ".join(f"{_lower_label(r.label_en)} {r.meetings}" for r in d.itertuples())
    r = ctx.table("repeat_visitors")
    rows = []
    for x in r.itertuples():
        years = x.meeting_years.replace(";", ", ")
        rows.append(f"{x.name_latin}, {x.meetings} dots ({years}), {x.check}")
    return {
        "alt_timeline": (
            f"Timeline from 2022 to 2026 with one labelled dot per meeting. {v['meetings']} "
            f"meetings run from {v['first_meeting']} to {v['last_meeting']}: "
            f"{join(parts)} (the first {v['pre_decree_count']} drawn hollow, before the decree "
            f"of {v['decree_date']}), and none listed after {v['last_meeting']}. Vertical lines "
            "mark the decree and the plenary days of sessions I to V."
        ),
        "alt_domains": (
            f"Horizontal bar chart of {v['domains_count']} policy domains by the number of "
            f"dated meetings coded in each: {bars}. A meeting can fall in several domains, so "
            f"the bars add up to {v['domain_meetings_total']}, more than the "
            f"{v['meetings']} meetings."
        ),
        "alt_repeat": (
            "Dot plot with one row per person received more than once and vertical lines for "
            "sessions I to IV; each dot is a meeting, coloured by whether the article's prose "
            f"names its year, counts it without a year, or leaves it out: {'; '.join(rows)}."
        ),
    }


def values(ctx: Context) -> dict[str, str]:
    """The chapter's values; see the module docstring. Reads the processed tables
    ``sessions``, ``meetings_log``, ``meeting_cadence``, ``session_intervals``,
    ``meetings_by_year``, ``repeat_visitors``, ``claims_ledger``, ``topic_domains``,
    ``meeting_domains``, ``coding_agreement``, ``coding_reliability``, ``body_comparison``,
    ``context_figures``, ``kurultai_facts`` and ``epilogue_2026``."""
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
        v.update(part(ctx))
    v.update(_alt_texts(v, ctx))
    return v


CAPTIONS = {
    "tbl-sessions": (
        "Sessions I–V of the National Kurultai from public sources, not the article: days, "
        "place, theme, and the speakers and proposals as the sources word them.",
        "",
    ),
    "fig-meetings-timeline": (
        "The President's one-to-one meetings with Kurultai members (the article's Table 3) "
        "against the decree of {communication.decree_date} and the plenary days of sessions "
        "I–V.",
        "{communication.alt_timeline}",
    ),
    "tbl-session-intervals": (
        "Meetings of Table 3 between consecutive plenary days, and by calendar year.",
        "",
    ),
    "fig-repeat-visits": (
        "Meetings of the {communication.repeat_count} people received more than once, by how "
        "the article's prose (lines 622–627) reports them.",
        "{communication.alt_repeat}",
    ),
    "tbl-repeat-visitors": (
        "People received more than once: what Table 3 lists and what the article's prose says.",
        "",
    ),
    "fig-meetings-by-domain": (
        "Dated meetings of Table 3 by policy domain (topic coding; a meeting may fall in "
        "several domains).",
        "{communication.alt_domains}",
    ),
    "tbl-topic-codebook": (
        "Topic codebook: the policy domains, their definitions and coding rules, and how many "
        "meetings each covers.",
        "",
    ),
    "tbl-coding-disagreements": (
        "The {communication.disagreement_rows} entries of Table 3 where the topic rules and "
        "the independent second coder differ, with each side's primary domain first.",
        "",
    ),
    "tbl-meetings": (
        "The President's meetings with Kurultai members, 2022–2025 (the article's Table 3, one "
        "row per person received): roles and topics in English with the article's Kazakh, "
        "and the policy domains coded from the topics.",
        "",
    ),
    "tbl-body-comparison": (
        "Context, not a like-for-like comparison: sessions and members met one to one by the "
        "President, the National Council of Public Trust (seed 002) and the National "
        "Kurultai (Table 3 and public session dates).",
        "",
    ),
    "tbl-epilogue": (
        "What followed the fifth session: the People's Council proposal, the referendum of 15 "
        "March 2026 and the unicameral parliament named Kurultai (public sources).",
        "",
    ),
}
