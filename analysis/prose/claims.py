"""Values of the Claims audit chapter (``book/claims.qmd``).

Every count and every data-dependent sentence of the chapter is computed here from the
processed claims ledger (:mod:`analysis.claims`) and the tables its checks read, so that the
chapter's summary ("N claims are reproduced ..."), the number of distinct problems and the
margin-of-error caveat on the age groups follow the data and the build's parameters. Keys
are used in the chapter as ``{{< var claims.KEY >}}``; :data:`CAPTIONS` holds the caption
and alt text of the chapter's figure and table as templates over the same values.

Sources: the article (seed 000; lines cited in the chapter), the claims ledger
(data/raw/article/claims.csv), the survey tables and Table 3's transcription.
"""

from __future__ import annotations

import pandas as pd

from analysis.claims import STATUSES, age_lead_margins, problems
from analysis.prose import Context, fmt
from analysis.prose.fmt import cap, count, day, number, pct

WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
WORDS_KK = ["нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "он"]
ORDINALS_KK = ["бірінші", "екінші", "үшінші", "төртінші", "бесінші", "алтыншы", "жетінші"]
#: Places of the sessions (processed ``sessions.place``, first word) in Kazakh.
PLACES_KK = {
    "Ulytau": "Ұлытау",
    "Turkistan": "Түркістан",
    "Atyrau": "Атырау",
    "Burabay": "Бурабай",
    "Kyzylorda": "Қызылорда",
}
#: Topic order of the chart (analysis.figures.claims.TOPIC_ORDER) and the words for a verdict.
VERDICT_WORDS = {
    "reproduced": "reproduced",
    "inconsistent": "inconsistent",
    "not_reproducible": "cannot be checked",
}
#: A verdict in Kazakh: as a predicate ("қайталанды") and as the subject of a count
#: ("қайталанғаны – 45").
VERDICT_WORDS_KK = {
    "reproduced": "қайталанды",
    "inconsistent": "сәйкес келмейді",
    "not_reproducible": "тексеру мүмкін емес",
}
VERDICT_NOUNS_KK = {
    "reproduced": "қайталанғаны",
    "inconsistent": "сәйкес келмейтіні",
    "not_reproducible": "тексеру мүмкін еместері",
}
#: Topic of a claim (ledger ``topic``) in Kazakh, as the chart labels it.
TOPICS_KK = {
    "methods": "Әдістер",
    "composition": "Құрамы",
    "communication": "Коммуникация",
    "attitudes": "Көзқарас",
    "world practices": "Әлем тәжірибесі",
    "context": "Контекст",
}


def words(n: int, lang: str = "en") -> str:
    """A count from 0 to 10 in words ("two", Kazakh "екі"), larger counts in digits."""
    table = WORDS if lang == "en" else WORDS_KK
    return table[n] if 0 <= n < len(table) else count(n, lang=lang)


def join(items: list[str], lang: str = "en") -> str:
    """'a', 'a and b', 'a, b and c' (Kazakh 'a, b және c'); '' for no items."""
    return fmt.join(items, fmt.AND[lang])


#: Ablative suffix ("-ден", "-нан", ...) of a number written in digits, by the Kazakh word
#: its last non-zero part is read as (1 бір-ден, 3 үш-тен, 10 он-нан, 100 жүз-ден, ...).
_ABLATIVE_UNITS = {
    1: "ден",
    2: "ден",
    3: "тен",
    4: "тен",
    5: "тен",
    6: "дан",
    7: "ден",
    8: "ден",
    9: "дан",
}
_ABLATIVE_TENS = {
    1: "нан",
    2: "дан",
    3: "дан",
    4: "тан",
    5: "ден",
    6: "тан",
    7: "тен",
    8: "нен",
    9: "нан",
}


def ablative_kk(n: int) -> str:
    """``n`` in digits with its Kazakh ablative suffix: ``100-ден``, ``40-тан``, ``3-тен``."""
    n = int(n)
    if n == 0:
        return "0-ден"
    if n % 1000 == 0:
        return f"{count(n, lang='kk')}-нан"
    if n % 100 == 0:
        return f"{count(n, lang='kk')}-ден"
    if n % 10 == 0:
        return f"{count(n, lang='kk')}-{_ABLATIVE_TENS[(n % 100) // 10]}"
    return f"{count(n, lang='kk')}-{_ABLATIVE_UNITS[n % 10]}"


def _summary(ledger: pd.DataFrame, lang: str = "en") -> dict[str, str]:
    n = ledger["status"].value_counts().reindex(STATUSES, fill_value=0)
    probs = problems(ledger)
    n_bad, n_prob = int(n["inconsistent"]), len(probs)
    if lang == "en":
        parts = [
            f"{count(n[s])} {'is' if n[s] == 1 else 'are'} {VERDICT_WORDS[s]}"
            if s != "not_reproducible"
            else f"{count(n[s])} {VERDICT_WORDS[s]}"
            for s in STATUSES
            if n[s]
        ]
        if n_bad == 0:
            problem_sentence = "No claim is contradicted by the data."
        elif n_prob == n_bad:
            problem_sentence = (
                f"Each inconsistent claim is a problem of its own, {words(n_prob)} in all."
                if n_bad > 1
                else "The inconsistent claim is the one problem the audit finds."
            )
        else:
            groups = [
                f"{join(ids)} {'are' if len(ids) > 1 else 'is'} {'one' if i == 0 else 'another'}"
                for i, ids in enumerate(probs["claim_ids"])
            ]
            problem_sentence = (
                f"The {words(n_bad)} inconsistent claims come down to {words(n_prob)} distinct "
                f"problem{'s' if n_prob != 1 else ''}, because claims that fail for the same "
                f"reason count once ({'; '.join(groups)})."
            )
        status_sentence = join(parts)
    else:
        status_sentence = ", ".join(
            f"{VERDICT_NOUNS_KK[s]} – {count(n[s], lang=lang)}" for s in STATUSES if n[s]
        )
        if n_bad == 0:
            problem_sentence = "Деректерге қайшы келетін тұжырым жоқ."
        elif n_prob == n_bad:
            problem_sentence = (
                f"Сәйкес келмейтін әр тұжырым – жеке мәселе, барлығы {words(n_prob, lang)}."
                if n_bad > 1
                else "Сәйкес келмейтін жалғыз тұжырым – тексеру тапқан жалғыз мәселе."
            )
        else:
            groups = [
                f"{join(ids, lang)} – {ORDINALS_KK[i] if len(probs) > 1 else 'бір'} мәселе"
                for i, ids in enumerate(probs["claim_ids"])
            ]
            problem_sentence = (
                f"Сәйкес келмейтін {words(n_bad, lang)} тұжырым {words(n_prob, lang)} жеке "
                "мәселеге саяды, өйткені бір себеппен орындалмайтын тұжырымдар бір рет "
                f"саналады ({'; '.join(groups)})."
            )
    from_article = int(ledger["seed_file"].str.startswith("000").sum())
    from_context = len(ledger) - from_article
    split = (
        f"{count(from_article)} from the article, {count(from_context)} from the context "
        "source (seed 002)"
        if lang == "en"
        else f"{count(from_article, lang=lang)} тұжырым мақаладан, "
        f"{count(from_context, lang=lang)} тұжырым контекст үшін алынған 002 мәтіннен"
    )
    return {
        "n_claims": count(len(ledger), lang=lang),
        "n_claims_split": split,
        "n_reproduced": count(n["reproduced"], lang=lang),
        "n_inconsistent": count(n["inconsistent"], lang=lang),
        "n_not_reproducible": count(n["not_reproducible"], lang=lang),
        "n_problems": count(n_prob, lang=lang),
        "n_problems_words": words(n_prob, lang),
        "status_sentence": status_sentence,
        "problem_sentence": problem_sentence,
    }


def _early_meetings(ctx: Context) -> dict[str, str]:
    lang = ctx.lang
    log = ctx.table("meetings_log").drop_duplicates("meeting_id")
    sessions = ctx.table("sessions").sort_values("session_number")
    facts = ctx.table("kurultai_facts").set_index("fact_id")["value"]
    decree = pd.Timestamp(facts["decree_date"])
    first = sessions["plenary_date"].iloc[0]
    early = log[log["before_decree"]].sort_values("meeting_date")
    before_first = log[log["meeting_date"] < first]
    same = set(early["meeting_id"]) == set(before_first["meeting_id"])
    place = sessions["place"].iloc[0].split(" (")[0]
    if lang == "en":
        early_list = join([f"{r.name_latin} on {day(r.meeting_date)}" for r in early.itertuples()])
        early_same = (
            "the same meetings"
            if same
            else f"{words(len(before_first))} meetings, not the same as those before the decree"
        )
    else:
        place = PLACES_KK[place]
        early_list = join(
            [f"{r.name_kk} ({day(r.meeting_date, lang)})" for r in early.itertuples()], lang
        )
        early_same = (
            "дәл сол кездесулер"
            if same
            else f"{words(len(before_first), lang)} кездесу (Жарлыққа дейінгілермен бірдей емес)"
        )
    return {
        "decree_date": day(decree, lang),
        "decree_date_loc": day(decree, lang, "locative"),
        "session1_date": day(first, lang),
        "session1_place": place,
        "early_count": words(len(early), lang),
        "early_list": early_list,
        "before_first_count": words(len(before_first), lang),
        "early_same": early_same,
        "days_decree_to_session1": words((first - decree).days, lang),
    }


def _baymenov(ctx: Context) -> dict[str, str]:
    lang = ctx.lang
    log = ctx.table("meetings_log")
    out = {}
    for pid, key in (("baymenov-a", "baymenov"), ("kurishbaev-a", "kurishbaev")):
        rows = log[log["person_id"] == pid].drop_duplicates("meeting_id")
        out[f"{key}_count"] = words(len(rows), lang)
        out[f"{key}_dates"] = join([day(d, lang) for d in rows["meeting_date"]], lang)
    both = log[log["person_id"].isin(["baymenov-a", "kurishbaev-a"])]
    joint = both.groupby("meeting_id")["person_id"].nunique()
    joint_dates = both[both["meeting_id"].isin(joint[joint == 2].index)]["meeting_date"]
    out["joint_date"] = join([day(d, lang) for d in joint_dates.drop_duplicates()], lang) or (
        "none" if lang == "en" else "жоқ"
    )
    out["joint_date_loc"] = join(
        [day(d, lang, "locative") for d in joint_dates.drop_duplicates()], lang
    ) or ("none" if lang == "en" else "жоқ")
    early = log[(log["person_id"] == "baymenov-a") & log["before_decree"]]
    if lang == "en":
        out["baymenov_early"] = (
            f"His meeting of {day(early['meeting_date'].iloc[0])} is also one of those from "
            "before the decree"
            if len(early)
            else "None of his meetings is dated before the decree"
        )
    else:
        out["baymenov_early"] = (
            f"Оның {day(early['meeting_date'].iloc[0], lang, 'attributive')} кездесуі де "
            "Жарлыққа дейінгі "
            "кездесулердің бірі"
            if len(early)
            else "Оның бірде-бір кездесуі Жарлыққа дейін болмаған"
        )
    return out


def _age_margins(ctx: Context) -> dict[str, str]:
    lang = ctx.lang
    margins = age_lead_margins(ctx.table("awareness_by_age"), ctx.table("survey_intervals"))
    unit = "pp" if lang == "en" else "п.т."
    out = {}
    clauses = []
    for r in margins.itertuples():
        y = r.wave_year
        gap, moe = number(r.gap_pp, lang=lang), number(r.moe_gap_pp, lang=lang)
        out[f"lead_gap_{y}"] = f"{gap} {unit}"
        out[f"lead_moe_{y}"] = f"±{moe} {unit}"
        out[f"lead_runner_{y}"] = r.runner_up
        if lang == "en":
            out[f"lead_within_{y}"] = "within" if r.within_moe else "larger than"
            clauses.append(
                f"in {y} the lead over the {r.runner_up} group ({gap} pp) is "
                + (
                    f"within its margin of error (±{moe} pp)"
                    if r.within_moe
                    else f"larger than its margin of error (±{moe} pp)"
                )
            )
        else:
            out[f"lead_within_{y}"] = "шегінде" if r.within_moe else "шегінен үлкен"
            clauses.append(
                f"{y} жылы {r.runner_up} жас тобынан алшақтық ({gap} п.т.) "
                + (
                    f"өз қателік шегінің (±{moe} п.т.) ішінде"
                    if r.within_moe
                    else f"өз қателік шегінен (±{moe} п.т.) үлкен"
                )
            )
    within = margins[margins["within_moe"]]
    if lang == "en":
        if within.empty:
            verdict = (
                "In both waves the lead is larger than its margin of error, so the claim holds."
            )
        elif len(within) == len(margins):
            verdict = (
                "In neither wave can the data tell the middle groups apart from the next group, "
                "so the claim holds for the printed shares but not beyond sampling error."
            )
        else:
            years = join([str(y) for y in within["wave_year"]])
            verdict = (
                f"So in {years} the data cannot tell the middle groups apart from the next "
                "group: the claim holds for the printed shares, not beyond sampling error."
            )
        out["lead_clauses"] = cap("; ".join(clauses)) + "."
    else:
        if within.empty:
            verdict = "Екі толқында да алшақтық қателік шегінен үлкен, сондықтан тұжырым расталады."
        elif len(within) == len(margins):
            verdict = (
                "Екі толқында да деректер орта жас топтарын келесі топтан ажырата алмайды: "
                "тұжырым басылған үлестер үшін дұрыс, бірақ бұл айырма іріктеу қателігінен "
                "аспайды."
            )
        else:
            years = join([str(y) for y in within["wave_year"]], lang)
            verdict = (
                f"Демек, {years} жылы деректер орта жас топтарын келесі топтан ажырата "
                "алмайды: тұжырым басылған үлестер үшін дұрыс, бірақ бұл айырма іріктеу "
                "қателігінен аспайды."
            )
        out["lead_clauses"] = cap("; ".join(clauses)) + "."
    out["lead_verdict"] = verdict
    return out


def _shares(ctx: Context) -> dict[str, str]:
    lang = ctx.lang
    aw = ctx.table("awareness_by_age").pivot(
        index="age_group", columns="wave_year", values="share_pct"
    )
    young = aw.loc["18-28"]
    a = ctx.table("attitude_shares")

    def share(table: str, year: int, category: str) -> float:
        row = a[(a["table_id"] == table) & (a["wave_year"] == year) & (a["category"] == category)]
        return float(row["share_pct"].iloc[0])

    return {
        "young_2023": pct(young[2023], 1, lang=lang),
        "young_2024": pct(young[2024], 1, lang=lang),
        "young_change_pp": number(young[2024] - young[2023], lang=lang),
        "young_relative_pct": pct((young[2024] / young[2023] - 1) * 100, 1, lang=lang),
        "middle_2023": pct(aw.loc["29-60", 2023], 1, lang=lang),
        "middle_2024": pct(aw.loc["29-60", 2024], 1, lang=lang),
        "old_2023": pct(aw.loc["61+", 2023], 1, lang=lang),
        "no_change_2023": pct(share("table2", 2023, "no_change"), 1, lang=lang),
        "no_change_2024": pct(share("table2", 2024, "no_change"), 1, lang=lang),
        "neutral_2023": pct(share("table1", 2023, "neutral"), 1, lang=lang),
        "neutral_2024": pct(share("table1", 2024, "neutral"), 1, lang=lang),
    }


def _year_order(ctx: Context) -> dict[str, str]:
    lang = ctx.lang
    r = ctx.table("year_order_readings").sort_values(["reading", "wave_year"])

    def totals(g: pd.DataFrame) -> str:
        return join([pct(t, 1, lang=lang) for t in g["total_pct"]], lang)

    def order(g: pd.DataFrame) -> str:
        pairs = zip(g["positive_pct"], g["wave_year"], strict=True)
        if lang == "en":
            return join([f"{number(p)}% in {y}" for p, y in pairs])
        return join([f"{y} жылы {number(p, lang=lang)}%" for p, y in pairs], lang)

    chosen = r[r["chosen"]]
    other = r[~r["chosen"]]
    if lang == "en":
        if chosen.empty:
            return {"year_order": "Neither order lets both waves of Table 1 add up to 100."}
        return {
            "year_order": (
                f"{cap(order(chosen))} gives totals of {totals(chosen)}; the other order "
                f"({order(other)}) gives {totals(other)}"
            )
        }
    if chosen.empty:
        return {"year_order": "Қай ретпен оқысақ та, 1-кестенің екі толқыны 100-ге жетпейді."}
    return {
        "year_order": (
            f"{order(chosen)} деп оқысақ, жиындар {totals(chosen)} болады; керісінше оқысақ "
            f"({order(other)}), жиындар {totals(other)} болады"
        )
    }


#: How the chapter words each figure of the second source text: figure_id -> template.
NCPT_WORDS = {
    "ncpt_years_active": "almost {w} years of work",
    "ncpt_sessions": "{w} sessions with the President",
    "ncpt_members_met": "{n} members met one to one",
    "ncpt_laws": "{n} laws",
    "ncpt_legal_acts": "more than {n} legal acts",
    "ncpt_decrees": "{w} presidential decrees",
    "ncpt_government_resolutions": "{n} government resolutions",
}
#: The same in Kazakh ({a}: the number with its ablative suffix, "100-ден").
NCPT_WORDS_KK = {
    "ncpt_years_active": "{w} жылға жуық жұмыс",
    "ncpt_sessions": "Президентпен {w} отырыс",
    "ncpt_members_met": "{n} мүшемен жеке кездесу",
    "ncpt_laws": "{n} заң",
    "ncpt_legal_acts": "{a} астам нормативтік құқықтық акт",
    "ncpt_decrees": "Президенттің {w} Жарлығы",
    "ncpt_government_resolutions": "Үкіметтің {n} қаулысы",
}


def _context_figures(ledger: pd.DataFrame, ctx: Context) -> dict[str, str]:
    lang = ctx.lang
    figs = ctx.table("context_figures").set_index("figure_id")["value"]
    rows = ledger[~ledger["seed_file"].str.startswith("000")]
    ids = rows["check_spec"].str.extract(r"figure_id=(\w+)")[0]
    templates = NCPT_WORDS if lang == "en" else NCPT_WORDS_KK
    parts = [
        templates[f].format(
            w=words(int(figs[f]), lang),
            n=count(figs[f], lang=lang),
            a=ablative_kk(int(figs[f])),
        )
        for f in ids
        if f in templates
    ]
    return {
        "context_ids": join(rows["claim_id"].tolist(), lang),
        "context_list": join(parts, lang),
    }


def _nomad(ledger: pd.DataFrame, ctx: Context) -> dict[str, str]:
    log = ctx.table("meetings_log")
    row = log[log["person_id"] == "salzhanov-i"].iloc[0]
    claim = ledger.set_index("claim_id").loc["C51"]
    return {
        "nomad_meeting_date": day(row["meeting_date"], ctx.lang),
        "nomad_meeting_date_loc": day(row["meeting_date"], ctx.lang, "locative"),
        "nomad_person": row["name_latin"] if ctx.lang == "en" else row["name_kk"],
        "nomad_year": str(claim["value_printed"]),
    }


def _ledger_facts(ledger: pd.DataFrame, ctx: Context) -> dict[str, str]:
    lang = ctx.lang
    by = ledger.set_index("claim_id")
    log = ctx.table("meetings_log")
    last = log["meeting_date"].max()
    unchecked = by[by["status"] == "not_reproducible"].index.tolist()
    printed, tol = float(by.loc["C12", "value_printed"]), float(by.loc["C12", "tolerance"])
    low, high = number(printed - tol, lang=lang), number(printed + tol, lang=lang)
    return {
        "c19_printed": join(str(by.loc["C19", "value_printed"]).split(";"), lang),
        "c20_printed": join(str(by.loc["C20", "value_printed"]).split(";"), lang),
        "years_active": number(float(by.loc["C12", "data_value"]), lang=lang)
        if lang != "en"
        else by.loc["C12", "data_value"],
        "years_printed": number(printed, lang=lang),
        "years_range": f"{low} to {high}" if lang == "en" else f"{low}–{high}",
        "last_event": day(last, lang),
        "last_event_loc": day(last, lang, "locative"),
        **_year_order(ctx),
        "n_recommendations": words(int(float(by.loc["C53", "data_value"])), lang),
        "unchecked_ids": join(unchecked, lang),
        "n_unchecked_words": words(len(unchecked), lang),
    }


def _alt(ledger: pd.DataFrame, lang: str = "en") -> str:
    from analysis.figures.claims import TOPIC_ORDER

    parts = []
    for topic in TOPIC_ORDER:
        rows = ledger[ledger["topic"] == topic]
        if rows.empty:
            continue
        n = rows["status"].value_counts()
        if lang != "en":
            name = TOPICS_KK[topic]
            if len(n) == 1 and n.index[0] == "not_reproducible":
                parts.append(f"{name}: {len(rows)} тұжырым, бірін де тексеру мүмкін емес.")
            elif len(n) == 1:
                parts.append(
                    f"{name}: {len(rows)} тұжырым, барлығы {VERDICT_WORDS_KK[n.index[0]]}."
                )
            else:
                detail = ", ".join(f"{VERDICT_NOUNS_KK[s]} – {n[s]}" for s in STATUSES if s in n)
                parts.append(f"{name}: {len(rows)} тұжырым ({detail}).")
        elif len(n) == 1 and n.index[0] == "not_reproducible":
            parts.append(f"{cap(topic)}: {len(rows)}, none of which can be checked.")
        elif len(n) == 1:
            parts.append(f"{cap(topic)}: {len(rows)}, all {VERDICT_WORDS[n.index[0]]}.")
        else:
            detail = join([f"{n[s]} {VERDICT_WORDS[s]}" for s in STATUSES if s in n])
            parts.append(f"{cap(topic)}: {len(rows)}, of which {detail}.")
    return " ".join(parts)


def values(ctx: Context) -> dict[str, str]:
    """The chapter's values (all text): counts of claims per verdict and of distinct
    problems, the meetings behind the problems, the shares and margins (percent, pp; the
    margins at the build's design effect and confidence level) behind the caveats.

    The same keys in every language; with ``ctx.lang == "kk"`` the words are Kazakh and
    numbers are in the Kazakh format (:mod:`analysis.prose.fmt`; decimal comma, dates as
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
