"""Values of the Claims audit chapter (``book/claims.qmd``).

Every count and every data-dependent sentence of the chapter is computed here from the
processed claims ledger (:mod:`analysis.claims`) and the tables its checks read, so that the
chapter's summary ("N claims are reproduced ..."), the number of distinct problems and the
margin-of-error caveat on the age groups follow the data and the build's parameters. Keys
are used in the chapter as ``{{< var claims.KEY >}}``. The words come from the catalogs
(``locales/<lang>/claims.ftl``); the captions of the chapter's figure and table are
``caption-…`` messages of ``locales/<lang>/captions.ftl`` over the same values.

Sources: the article (seed 000; lines cited in the chapter), the claims ledger
(data/raw/article/claims.csv), the survey tables and Table 3's transcription.
"""

from __future__ import annotations

import pandas as pd

from analysis.claims import STATUSES, age_lead_margins, problems
from analysis.i18n import Catalog, catalog, data_field
from analysis.i18n.formats import numeric_ranges
from analysis.prose import Context

#: The column of a person's name in the reader's script, by data field (Latin in English).
NAME_FIELDS = {"en": "name_latin", "kk": "name_kk"}


def _id(code: str) -> str:
    """A data code as the tail of a message id: ``not_reproducible`` -> ``not-reproducible``."""
    return code.replace("_", "-").replace(" ", "-").lower()


def words(n: int, lang: str = "en") -> str:
    """A count from 0 to 10 in words ("two", Kazakh "екі"), larger counts in digits
    (``claims-number-words``)."""
    loc = catalog(lang)
    return loc("claims-number-words", n=int(n), digits=loc.count(n))


def join(items: list[str], lang: str = "en") -> str:
    """'a', 'a and b', 'a, b and c' (Kazakh 'a, b және c'); '' for no items."""
    return catalog(lang).join(list(items))


def id_ranges(ids: list[str]) -> list[str]:
    """Claim ids with runs of consecutive numbers joined by an en dash: ``["C01", "C02",
    "C03", "C06"]`` -> ``["C01–C03", "C06"]`` (a run of two stays two items). Ids keep
    their order of numbers; each is a letter and digits (``C01``)."""
    nums = sorted((int(i[1:]), i) for i in ids)
    out: list[str] = []
    run: list[str] = []
    for k, (n, code) in enumerate(nums):
        if run and n != nums[k - 1][0] + 1:
            out += [f"{run[0]}–{run[-1]}"] if len(run) > 2 else run
            run = []
        run.append(code)
    if run:
        out += [f"{run[0]}–{run[-1]}"] if len(run) > 2 else run
    return out


def join_parts(parts: list[str], loc: Catalog) -> str:
    """Parts of a sentence as the catalog lists them (``claims-parts-join``): 'a, b and c' in
    English, «a, b, c» in Kazakh; '' for no parts."""
    if len(parts) <= 1:
        return "".join(parts)
    return loc("claims-parts-join", head=", ".join(parts[:-1]), last=parts[-1])


def ablative(n: int, lang: str = "en") -> str:
    """``n`` in digits in the ablative case (``claims-number-ablative``): Kazakh ``100-ден``,
    ``40-тан``, ``3-тен``; the number as it is in a language without the case (English).

    The catalog chooses the ending by the last non-zero place of the number as read
    (1 бір-ден, 3 үш-тен, 10 он-нан, 100 жүз-ден, 1000 мың-нан)."""
    n = int(n)
    if n == 0:
        last = 0
    elif n % 1000 == 0:
        last = 1000
    elif n % 100 == 0:
        last = 100
    elif n % 10 == 0:
        last = n % 100
    else:
        last = n % 10
    loc = catalog(lang)
    return loc("claims-number-ablative", n=loc.count(n), last=last)


def _summary(ledger: pd.DataFrame, lang: str = "en") -> dict[str, str]:
    loc = catalog(lang)
    n = ledger["status"].value_counts().reindex(STATUSES, fill_value=0)
    probs = problems(ledger)
    n_bad, n_prob = int(n["inconsistent"]), len(probs)
    reproduced = ledger[ledger["status"] == "reproduced"]["check_kind"].value_counts()
    by_kind = {
        "recomputed": loc.count(int(reproduced.get("recomputed", 0))),
        "cross": loc.count(int(reproduced.get("cross_checked", 0))),
    }
    parts = [
        loc("claims-status-part-" + _id(s), n=int(n[s]), count=loc.count(n[s]), **by_kind)
        for s in STATUSES
        if n[s]
    ]
    if n_bad == 0:
        problem_sentence = loc("claims-problem-none")
    elif n_prob == n_bad:
        problem_sentence = (
            loc("claims-problem-each", problems=words(n_prob, lang))
            if n_bad > 1
            else loc("claims-problem-one")
        )
    else:
        groups = [
            loc(
                "claims-problem-group",
                ids=join(ids, lang),
                n=len(ids),
                index=i + 1,
                groups=len(probs),
            )
            for i, ids in enumerate(probs["claim_ids"])
        ]
        problem_sentence = loc(
            "claims-problem-groups",
            bad=words(n_bad, lang),
            problems=words(n_prob, lang),
            n=n_prob,
            list="; ".join(groups),
        )
    from_article = int(ledger["seed_file"].str.startswith("000").sum())
    from_context = len(ledger) - from_article
    return {
        "n_claims": loc.count(len(ledger)),
        "n_claims_split": loc(
            "claims-split", article=loc.count(from_article), context=loc.count(from_context)
        ),
        "n_reproduced": loc.count(n["reproduced"]),
        "n_read_back": loc.count(n["read_back"]),
        "n_recomputed": by_kind["recomputed"],
        "n_cross_checked": by_kind["cross"],
        "n_inconsistent": loc.count(n["inconsistent"]),
        "n_not_reproducible": loc.count(n["not_reproducible"]),
        "n_problems": loc.count(n_prob),
        "n_problems_words": words(n_prob, lang),
        "status_sentence": join_parts(parts, loc),
        "problem_sentence": problem_sentence,
    }


def _early_meetings(ctx: Context) -> dict[str, str]:
    lang = ctx.lang
    loc = catalog(lang)
    name = NAME_FIELDS[data_field(lang)]
    log = ctx.table("meetings_log").drop_duplicates("meeting_id")
    sessions = ctx.table("sessions").sort_values("session_number")
    facts = ctx.table("kurultai_facts").set_index("fact_id")["value"]
    decree = pd.Timestamp(facts["decree_date"])
    first = sessions["plenary_date"].iloc[0]
    early = log[log["before_decree"]].sort_values("meeting_date")
    before_first = log[log["meeting_date"] < first]
    same = set(early["meeting_id"]) == set(before_first["meeting_id"])
    place = sessions["place"].iloc[0].split(" (")[0]
    early_list = join(
        [
            loc("claims-early-item", name=getattr(r, name), date=loc.date(r.meeting_date))
            for r in early.itertuples()
        ],
        lang,
    )
    early_same = (
        loc("claims-early-same")
        if same
        else loc("claims-early-different", n=words(len(before_first), lang))
    )
    return {
        "decree_date": loc.date(decree),
        "decree_date_loc": loc.date(decree, "locative"),
        "session1_date": loc.date(first),
        "session1_place": loc("claims-place", place=place),
        "early_count": words(len(early), lang),
        "early_list": early_list,
        "before_first_count": words(len(before_first), lang),
        "early_same": early_same,
        "days_decree_to_session1": words((first - decree).days, lang),
    }


def _baymenov(ctx: Context) -> dict[str, str]:
    lang = ctx.lang
    loc = catalog(lang)
    log = ctx.table("meetings_log")
    out = {}
    for pid, key in (("baymenov-a", "baymenov"), ("kurishbaev-a", "kurishbaev")):
        rows = log[log["person_id"] == pid].drop_duplicates("meeting_id")
        out[f"{key}_count"] = words(len(rows), lang)
        out[f"{key}_dates"] = join([loc.date(d) for d in rows["meeting_date"]], lang)
    both = log[log["person_id"].isin(["baymenov-a", "kurishbaev-a"])]
    joint = both.groupby("meeting_id")["person_id"].nunique()
    joint_dates = both[both["meeting_id"].isin(joint[joint == 2].index)]["meeting_date"]
    days = joint_dates.drop_duplicates()
    out["joint_date"] = join([loc.date(d) for d in days], lang) or loc("claims-none")
    out["joint_date_loc"] = join([loc.date(d, "locative") for d in days], lang) or loc(
        "claims-none"
    )
    early = log[(log["person_id"] == "baymenov-a") & log["before_decree"]]
    out["baymenov_early"] = (
        loc("claims-baymenov-early", date=loc.date(early["meeting_date"].iloc[0]))
        if len(early)
        else loc("claims-baymenov-early-none")
    )
    return out


def _age_margins(ctx: Context) -> dict[str, str]:
    loc = catalog(ctx.lang)
    margins = age_lead_margins(ctx.table("awareness_by_age"), ctx.table("survey_intervals"))
    out = {}
    clauses = []
    for r in margins.itertuples():
        y = r.wave_year
        gap, moe = loc.number(r.gap_pp), loc.number(r.moe_gap_pp)
        out[f"lead_gap_{y}"] = loc("claims-gap-pp", gap=gap)
        out[f"lead_moe_{y}"] = loc("claims-moe-pp", moe=moe)
        out[f"lead_runner_{y}"] = numeric_ranges(r.runner_up)
        side = "within" if r.within_moe else "beyond"
        out[f"lead_within_{y}"] = loc("claims-lead-" + side)
        clauses.append(
            loc(
                "claims-lead-clause-" + side,
                year=str(y),
                runner=numeric_ranges(r.runner_up),
                gap=gap,
                moe=moe,
            )
        )
    within = margins[margins["within_moe"]]
    if within.empty:
        verdict = loc("claims-lead-verdict-beyond")
    elif len(within) == len(margins):
        verdict = loc("claims-lead-verdict-within")
    else:
        years = loc.join([str(y) for y in within["wave_year"]])
        verdict = loc("claims-lead-verdict-some", years=years)
    out["lead_clauses"] = loc.cap("; ".join(clauses)) + "."
    out["lead_verdict"] = verdict
    return out


def _shares(ctx: Context) -> dict[str, str]:
    loc = catalog(ctx.lang)
    aw = ctx.table("awareness_by_age").pivot(
        index="age_group", columns="wave_year", values="share_pct"
    )
    young = aw.loc["18-28"]
    a = ctx.table("attitude_shares")

    def share(table: str, year: int, category: str) -> float:
        row = a[(a["table_id"] == table) & (a["wave_year"] == year) & (a["category"] == category)]
        return float(row["share_pct"].iloc[0])

    return {
        "young_2023": loc.pct(young[2023], 1),
        "young_2024": loc.pct(young[2024], 1),
        "young_change_pp": loc.number(young[2024] - young[2023]),
        "young_relative_pct": loc.pct((young[2024] / young[2023] - 1) * 100, 1),
        "middle_2023": loc.pct(aw.loc["29-60", 2023], 1),
        "middle_2024": loc.pct(aw.loc["29-60", 2024], 1),
        "old_2023": loc.pct(aw.loc["61+", 2023], 1),
        "no_change_2023": loc.pct(share("table2", 2023, "no_change"), 1),
        "no_change_2024": loc.pct(share("table2", 2024, "no_change"), 1),
        "neutral_2023": loc.pct(share("table1", 2023, "neutral"), 1),
        "neutral_2024": loc.pct(share("table1", 2024, "neutral"), 1),
    }


def _year_order(ctx: Context) -> dict[str, str]:
    loc = catalog(ctx.lang)
    r = ctx.table("year_order_readings").sort_values(["reading", "wave_year"])

    def totals(g: pd.DataFrame) -> str:
        return loc.join([loc.pct(t, 1) for t in g["total_pct"]])

    def order(g: pd.DataFrame) -> str:
        pairs = zip(g["positive_pct"], g["wave_year"], strict=True)
        return loc.join(
            [loc("claims-year-order-item", share=loc.number(p), year=str(y)) for p, y in pairs]
        )

    chosen = r[r["chosen"]]
    other = r[~r["chosen"]]
    if chosen.empty:
        return {"year_order": loc("claims-year-order-none")}
    return {
        "year_order": loc(
            "claims-year-order",
            chosen=loc.cap(order(chosen)),
            chosen_totals=totals(chosen),
            other=order(other),
            other_totals=totals(other),
        )
    }


#: The second source text's figures the chapter names (``claims-ncpt-<figure>`` words).
NCPT_FIGURES = (
    "ncpt_years_active",
    "ncpt_sessions",
    "ncpt_members_met",
    "ncpt_laws",
    "ncpt_legal_acts",
    "ncpt_decrees",
    "ncpt_government_resolutions",
)


def _context_figures(ledger: pd.DataFrame, ctx: Context) -> dict[str, str]:
    lang = ctx.lang
    loc = catalog(lang)
    figs = ctx.table("context_figures").set_index("figure_id")["value"]
    rows = ledger[~ledger["seed_file"].str.startswith("000")]
    # The figure a claim checks: named in a lookup (figure_id=...) or by the cross-check of
    # the Council's years (fn:ncpt_years_active).
    ids = rows["check_spec"].str.extract(r"figure_id=(\w+)|fn:(ncpt_years_active)").bfill(axis=1)[0]
    parts = [
        loc(
            "claims-ncpt-" + _id(f.removeprefix("ncpt_")),
            w=words(int(figs[f]), lang),
            n=loc.count(figs[f]),
            a=ablative(int(figs[f]), lang),
        )
        for f in ids
        if f in NCPT_FIGURES
    ]
    checked = rows[rows["status"] == "reproduced"]
    read_back = rows[rows["status"] == "read_back"]
    if len(checked) != 1 or ids[checked.index[0]] != "ncpt_years_active":
        raise KeyError("the chapter expects one context claim cross-checked: ncpt_years_active")
    return {
        "context_ids": join(rows["claim_id"].tolist(), lang),
        "context_list": join(parts, lang),
        "context_read_only_ids": join(id_ranges(read_back["claim_id"].tolist()), lang),
        "context_checked_id": str(checked["claim_id"].iloc[0]),
        "ncpt_years_found": loc.number(float(checked["data_value"].iloc[0])),
    }


def _nomad(ledger: pd.DataFrame, ctx: Context) -> dict[str, str]:
    loc = catalog(ctx.lang)
    log = ctx.table("meetings_log")
    row = log[log["person_id"] == "salzhanov-i"].iloc[0]
    claim = ledger.set_index("claim_id").loc["C51"]
    return {
        "nomad_meeting_date": loc.date(row["meeting_date"]),
        "nomad_meeting_date_loc": loc.date(row["meeting_date"], "locative"),
        "nomad_person": row[NAME_FIELDS[data_field(ctx.lang)]],
        "nomad_year": str(claim["value_printed"]),
    }


def _next_session(ctx: Context, last: pd.Timestamp) -> dict[str, str]:
    """The first session after the article's last dated event (``last``), which the article
    does not mention: its number, its plenary date (locative) and the years from the decree
    to it (the latest endpoint of C12 and C47's "about/almost N years")."""
    loc = catalog(ctx.lang)
    s = ctx.table("sessions").sort_values("plenary_date")
    nxt = s[s["plenary_date"] > last].iloc[0]
    decree = pd.Timestamp(
        ctx.table("kurultai_facts").set_index("fact_id").loc["decree_date", "value"]
    )
    return {
        "next_session": str(nxt["session"]),
        "next_session_date_loc": loc.date(nxt["plenary_date"], "locative"),
        "years_to_next": loc.number(
            round((nxt["plenary_date"] - decree).days / 365.25, 2), max_decimals=2
        ),
    }


def _ledger_facts(ledger: pd.DataFrame, ctx: Context) -> dict[str, str]:
    lang = ctx.lang
    loc = catalog(lang)
    by = ledger.set_index("claim_id")
    log = ctx.table("meetings_log")
    last = log["meeting_date"].max()
    unchecked = by[by["status"] == "not_reproducible"].index.tolist()
    printed, tol = float(by.loc["C12", "value_printed"]), float(by.loc["C12", "tolerance"])
    low, high = loc.number(printed - tol), loc.number(printed + tol)
    return {
        "c19_printed": join(str(by.loc["C19", "value_printed"]).split(";"), lang),
        "c20_printed": join(str(by.loc["C20", "value_printed"]).split(";"), lang),
        "years_active": loc.number(float(by.loc["C12", "data_value"])),
        **_next_session(ctx, last),
        "years_printed": loc.number(printed),
        "years_range": loc("claims-range", low=low, high=high),
        "last_event": loc.date(last),
        "last_event_loc": loc.date(last, "locative"),
        **_year_order(ctx),
        "n_recommendations": words(int(float(by.loc["C53", "data_value"])), lang),
        "unchecked_ids": join(unchecked, lang),
        "n_unchecked_words": words(len(unchecked), lang),
        "read_only_ids": join(id_ranges(by.index[by["status"] == "read_back"].tolist()), lang),
        "independent_ids": join(
            id_ranges(
                by.index[
                    (by["status"] == "reproduced") & (by["check_kind"] == "cross_checked")
                ].tolist()
            ),
            lang,
        ),
    }


def _alt(ledger: pd.DataFrame, lang: str = "en") -> str:
    from analysis.figures.claims import TOPIC_ORDER

    loc = catalog(lang)
    parts = []
    for topic in TOPIC_ORDER:
        rows = ledger[ledger["topic"] == topic]
        if rows.empty:
            continue
        n = rows["status"].value_counts()
        name = loc.cap(loc("claims-topic-" + _id(topic)))
        total = loc.count(len(rows))
        if len(n) == 1 and n.index[0] == "not_reproducible":
            parts.append(loc("claims-alt-none", topic=name, n=total))
        elif len(n) == 1:
            verdict = loc("claims-verdict-" + _id(n.index[0]))
            parts.append(loc("claims-alt-all", topic=name, n=total, verdict=verdict))
        else:
            detail = join_parts(
                [
                    loc("claims-alt-part-" + _id(s), count=loc.count(n[s]))
                    for s in STATUSES
                    if s in n
                ],
                loc,
            )
            parts.append(loc("claims-alt-mixed", topic=name, n=total, detail=detail))
    return " ".join(parts)


def values(ctx: Context) -> dict[str, str]:
    """The chapter's values (all text): counts of claims per verdict and of distinct
    problems, the meetings behind the problems, the shares and margins (percent, pp; the
    margins at the build's design effect and confidence level) behind the caveats.

    The same keys in every language; in Kazakh (``ctx.lang`` ``kk``) the words are Kazakh
    and numbers are in the Kazakh format (:mod:`analysis.i18n`; decimal comma, dates as
    ``2022 жылғы 14 маусым``, with ``*_loc`` keys in the locative ``…14 маусымда`` where a
    Kazakh sentence needs it; names as printed in Cyrillic).

    Raises ``KeyError`` when the ledger lacks a claim the chapter discusses (C12, C30, C53).
    """
    ledger = ctx.table("claims_ledger")
    out = {
        **_summary(ledger, ctx.lang),
        **_early_meetings(ctx),
        **_baymenov(ctx),
        **_age_margins(ctx),
        **_shares(ctx),
        **_ledger_facts(ledger, ctx),
        **_context_figures(ledger, ctx),
        **_nomad(ledger, ctx),
        "alt_by_topic": _alt(ledger, ctx.lang),
    }
    return out
