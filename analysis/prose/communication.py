"""Values of the Communication chapter (``book/communication.qmd``).

Every number, date and data-dependent verdict the chapter states is computed here from the
processed tables of :mod:`analysis.meetings` (and the claims ledger for the one verdict the
chapter shares with it), so that a sentence such as "the rates fall from one interval to
the next" is written only when the rates fall (and says whether by more than chance), and the
chapter never disagrees with the claims audit. Keys are used in the chapter as
``{{< var communication.KEY >}}``; :data:`CAPTIONS` holds the captions and alt texts of the
chapter's figures and tables as templates over the same values.

In Kazakh (``ctx.lang == "kk"``) the same keys hold Kazakh text: numbers in digits with the
Kazakh formats of :mod:`analysis.prose.fmt`, dates in the article's style '2022 жылғы 25
сәуір', people by the article's Cyrillic names (``name_kk``), domains by the codebook's
``label_kk``; the captions are in :data:`CAPTIONS_KK`. Where a Kazakh sentence needs a date
with a case ending, a second key gives it (``decree_date_attr`` '2022 жылғы 14 маусымдағы',
``last_meeting_loc`` '2025 жылғы 17 қаңтарда'); in English those keys hold the plain date.

Sources: the article's Table 3 and the prose after it (seed 000 lines 465-627), the topic
codebook and the two codings in data/raw/coding/, the sessions and the 2026 epilogue from
public sources (data/raw/public/), the figures on the National Council of Public Trust
from seed 002 (data/raw/context/).
"""

from __future__ import annotations

import itertools

import pandas as pd

from analysis.meetings import rate_homogeneity_p, referendum_figures
from analysis.prose import Context
from analysis.prose.fmt import count, decimal, join, number, p_value, pct
from analysis.tables.meetings import CHECK_KK, PLACES_KK, day_kk

WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def words(n: int) -> str:
    """A count from 0 to 10 in words ("two"), larger counts in digits."""
    return WORDS[n] if 0 <= n < len(WORDS) else count(n)


def day(ts: pd.Timestamp) -> str:
    """A date as '16 June 2022'."""
    return f"{ts.day} {ts:%B %Y}"


def join_kk(items: list[str]) -> str:
    """'а', 'а және ә', 'а, ә және б'."""
    return join(items, "және")


def lower_first(label: str) -> str:
    """A label inside a sentence, first letter lower-cased (Kazakh labels have no proper
    noun first)."""
    return label[0].lower() + label[1:]


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
    if ctx.lang == "kk":
        return {
            "sessions_count": count(len(s), lang="kk"),
            "sessions_list": join_kk(
                [
                    f"{PLACES_KK[p]} ({day_kk(d)})"
                    for p, d in zip(places, s["plenary_date"], strict=True)
                ]
            ),
            "decree_date": day_kk(decree),
            "decree_date_attr": day_kk(decree, "attributive"),
            "session_1_after_decree": f"{count(gap, lang='kk')} күн",
        }
    return {
        "sessions_count": words(len(s)),
        "sessions_list": join(
            [f"{p} on {day(d)}" for p, d in zip(places, s["plenary_date"], strict=True)]
        ),
        "decree_date": day(decree),
        "decree_date_attr": day(decree),
        "session_1_after_decree": f"{words(gap)} day{'s' if gap != 1 else ''}",
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


def _meetings(ctx: Context) -> dict[str, str]:
    log = ctx.table("meetings_log")
    meetings = log.drop_duplicates("meeting_id")
    pairs = log.groupby("meeting_id").size()
    together, separate, alt = same_date_split(log)
    early = meetings[meetings["before_decree"]].sort_values("meeting_date")
    new = log[log["is_newcomer"]].drop_duplicates("person_id").sort_values("meeting_date")
    new_years = sorted(new["meeting_date"].dt.year.unique())
    early_people = log[log["before_decree"]]
    facts = ctx.table("kurultai_facts").set_index("fact_id")["value"]
    if ctx.lang == "kk":
        n_early = count(len(early), lang="kk")
        return {
            "meetings": count(len(meetings), lang="kk"),
            "entries": count(len(log), lang="kk"),
            "people": count(log["person_id"].nunique(), lang="kk"),
            "joint_meetings": count(int((pairs == 2).sum()), lang="kk"),
            "together_dates": count(together, lang="kk"),
            "separate_dates": count(separate, lang="kk"),
            "meetings_alt": count(alt, lang="kk"),
            "newcomers_met": count(len(new), lang="kk"),
            "newcomers_total": count(int(facts["rotation_newcomers"]), lang="kk"),
            "newcomers_met_names": join_kk(list(new["name_kk"])),
            "newcomers_met_years": join_kk([str(y) for y in new_years]),
            "first_meeting": day_kk(meetings["meeting_date"].min()),
            "last_meeting": day_kk(meetings["meeting_date"].max()),
            "last_meeting_loc": day_kk(meetings["meeting_date"].max(), "locative"),
            "pre_decree_count": n_early,
            "pre_decree_count_cap": n_early,
            "pre_decree_list": join_kk(
                [
                    f"{r.name_kk} ({day_kk(r.meeting_date)})"
                    for r in early_people.sort_values("meeting_date").itertuples()
                ]
            ),
        }
    return {
        "meetings": count(len(meetings)),
        "entries": count(len(log)),
        "people": count(log["person_id"].nunique()),
        "joint_meetings": words(int((pairs == 2).sum())),
        "together_dates": words(together),
        "separate_dates": words(separate),
        "meetings_alt": count(alt),
        "newcomers_met": words(len(new)),
        "newcomers_total": count(int(facts["rotation_newcomers"])),
        "newcomers_met_names": join(list(new["name_latin"])),
        "newcomers_met_years": join([str(y) for y in new_years]),
        "first_meeting": day(meetings["meeting_date"].min()),
        "last_meeting": day(meetings["meeting_date"].max()),
        "last_meeting_loc": day(meetings["meeting_date"].max()),
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
    log = ctx.table("meetings_log")
    ratio = same_date_split(log)[2] / log["meeting_id"].nunique()
    if ctx.lang == "kk":
        return {
            "span_months": number(a["months"], max_decimals=0, lang="kk"),
            "per_month": number(a["meetings_per_month"], max_decimals=1, lang="kk"),
            "per_month_alt": number(a["meetings_per_month"] * ratio, max_decimals=1, lang="kk"),
            "meeting_days_pct": pct(a["meeting_days_pct"], 0, lang="kk"),
            "median_gap_days": number(a["median_gap_days"], max_decimals=0, lang="kk"),
            "longest_gap_days": count(a["longest_gap_days"], lang="kk"),
            "longest_gap_from": day_kk(a["longest_gap_from"]),
            "longest_gap_to": day_kk(a["longest_gap_to"]),
        }
    return {
        "span_months": number(a["months"], max_decimals=0),
        "per_month": number(a["meetings_per_month"], max_decimals=1),
        "per_month_alt": number(a["meetings_per_month"] * ratio, max_decimals=1),
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
    p_full = rate_homogeneity_p(list(closed["meetings"]), list(closed["days"]))
    p_last = rate_homogeneity_p(list(closed["meetings"]), list(closed["days_to_last"]))
    alpha = 1 - ctx.params.confidence_level
    if ctx.lang == "kk":
        return _intervals_kk(iv, closed, y, rates, (p_full, p_last), alpha)
    falling = all(a > b for a, b in itertools.pairwise(rates))
    rising = all(a < b for a, b in itertools.pairwise(rates))
    direction = (
        "The rates fall from one interval to the next"
        if falling
        else "The rates rise from one interval to the next"
        if rising
        else "The rates show no steady direction"
    )
    ps = f"{p_value(p_full)}, or {p_value(p_last)} with the last interval cut at Table 3's end"
    if max(p_full, p_last) < alpha:
        trend = f"{direction}, by more than chance would give ({ps})."
    else:
        trend = (
            f"{direction}, but with counts this small the differences are well within what "
            f"chance would give: a test that the three intervals share one rate does not "
            f"reject it ({ps}), and the intervals overlap widely."
        )
    out = {"intervals_trend": trend}
    for label, r in closed.iterrows():
        key = label.lower().replace("-", "_")
        out[f"iv_{key}_meetings"] = words(int(r["meetings"]))
        out[f"iv_{key}_rate"] = number(r["meetings_per_year"], max_decimals=1)
        out[f"iv_{key}_ci"] = f"{decimal(r['rate_low'], 1)} to {decimal(r['rate_high'], 1)}"
        out[f"iv_{key}_days"] = count(r["days"])
        out[f"iv_{key}_days_to_last"] = count(r["days_to_last"])
        out[f"iv_{key}_rate_to_last"] = number(r["rate_to_last"], max_decimals=1)
        out[f"iv_{key}_ci_to_last"] = (
            f"{decimal(r['rate_to_last_low'], 1)} to {decimal(r['rate_to_last_high'], 1)}"
        )
    uncovered = iv[~iv["table3_covers"]]
    out["uncovered_intervals"] = join(
        [f"between sessions {lab.replace('-', ' and ')}" for lab in uncovered.index if "-" in lab]
        + [f"after session {lab.split()[-1]}" for lab in uncovered.index if "after" in lab]
    )
    for year, r in y.iterrows():
        out[f"year_{year}_meetings"] = words(int(r["meetings"]))
        out[f"year_{year}_before_decree"] = words(int(r["meetings_before_decree"]))
    return out


def _intervals_kk(
    iv: pd.DataFrame,
    closed: pd.DataFrame,
    y: pd.DataFrame,
    rates: list[float],
    ps: tuple[float, float],
    alpha: float,
) -> dict[str, str]:
    """The Kazakh values of :func:`_intervals` (same keys)."""
    kk = "kk"
    if all(a > b for a, b in itertools.pairwise(rates)):
        direction = "Жиілік бір аралықтан келесісіне қарай төмендейді"
    elif all(a < b for a, b in itertools.pairwise(rates)):
        direction = "Жиілік бір аралықтан келесісіне қарай артады"
    else:
        direction = "Жиілікте тұрақты бағыт байқалмайды"
    p_text = (
        f"{p_value(ps[0], lang=kk)}; соңғы аралықты 3-кестенің соңғы күнімен шектесек, "
        f"{p_value(ps[1], lang=kk)}"
    )
    if max(ps) < alpha:
        trend = f"{direction}, және бұл айырма кездейсоқтықпен түсіндірілмейді ({p_text})."
    else:
        trend = (
            f"{direction}, бірақ сандар тым аз болғандықтан, айырмалар кездейсоқтық "
            f"шегінен шықпайды: үш аралықтың жиілігі бірдей деген болжам жоққа "
            f"шығарылмайды ({p_text}), ал интервалдар бір-бірімен едәуір қабаттасады."
        )
    out = {"intervals_trend": trend}
    for label, r in closed.iterrows():
        key = label.lower().replace("-", "_")
        out[f"iv_{key}_meetings"] = count(int(r["meetings"]), lang="kk")
        out[f"iv_{key}_rate"] = number(r["meetings_per_year"], max_decimals=1, lang="kk")
        out[f"iv_{key}_ci"] = (
            f"{decimal(r['rate_low'], 1, lang=kk)}–{decimal(r['rate_high'], 1, lang=kk)}"
        )
        out[f"iv_{key}_days"] = count(r["days"], lang=kk)
        out[f"iv_{key}_days_to_last"] = count(r["days_to_last"], lang=kk)
        out[f"iv_{key}_rate_to_last"] = number(r["rate_to_last"], max_decimals=1, lang=kk)
        out[f"iv_{key}_ci_to_last"] = (
            f"{decimal(r['rate_to_last_low'], 1, lang=kk)}–"
            f"{decimal(r['rate_to_last_high'], 1, lang=kk)}"
        )
    uncovered = iv[~iv["table3_covers"]]
    out["uncovered_intervals"] = join_kk(
        [f"{lab.replace('-', '–')} отырыстар аралығы" for lab in uncovered.index if "-" in lab]
        + [
            f"{lab.split()[-1]} отырыстан кейінгі кезең"
            for lab in uncovered.index
            if "after" in lab
        ]
    )
    for year, r in y.iterrows():
        out[f"year_{year}_meetings"] = count(int(r["meetings"]), lang="kk")
        out[f"year_{year}_before_decree"] = count(int(r["meetings_before_decree"]), lang="kk")
    return out


def _repeat(ctx: Context) -> dict[str, str]:
    r = ctx.table("repeat_visitors").set_index("person_id")
    log = ctx.table("meetings_log")
    ledger = ctx.table("claims_ledger").set_index("claim_id")
    if ctx.lang == "kk":
        return _repeat_kk(r, log, ledger.loc["C19", "status"])
    out = {"repeat_count": words(len(r))}
    for pid, row in r.iterrows():
        key = pid.replace("-", "_")
        dates = [pd.Timestamp(d) for d in row["meeting_dates"].split(";")]
        years = join(row["meeting_years"].split(";"))
        n = int(row["meetings"])
        if row["check"] == "not mentioned":
            said = "The prose does not mention him."
        elif row["check"] == "matches, omits a meeting":
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
    incomplete = r[r["check"] == "matches, omits a meeting"]
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
        verdict += (
            " The prose gives examples («Мәселен», line 624), not a full record, and leaves "
            "some out: " + "; ".join(parts) + "."
        )
    out["repeat_verdict"] = verdict
    # The claims audit's verdict on the same statement, so that both chapters agree.
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
        else "because every year it names is a year of his meetings in the table; the meeting "
        "it leaves out is noted as an omission, not counted as an error"
    )
    return out


def _repeat_kk(r: pd.DataFrame, log: pd.DataFrame, status: str) -> dict[str, str]:
    """The Kazakh values of :func:`_repeat` (same keys); ``status`` is claim C19's status
    in the claims ledger."""

    def kk(n: int) -> str:
        return count(n, lang="kk")

    out = {"repeat_count": kk(len(r))}
    for pid, row in r.iterrows():
        key = pid.replace("-", "_")
        dates = [pd.Timestamp(d) for d in row["meeting_dates"].split(";")]
        years = join_kk(row["meeting_years"].split(";"))
        n = int(row["meetings"])
        if row["check"] == "not mentioned":
            said = "Мәтін ол туралы айтпайды."
        elif row["check"] == "matches, omits a meeting":
            left = [d for d in dates if str(d.year) in row["years_left_out"].split(";")]
            said = (
                f"Мәтін {'кездесулерді' if len(left) > 1 else 'кездесуді'} атамайды: "
                f"{join_kk([day_kk(d) for d in left])}".rstrip(".")
                + "."
            )
        elif row["check"] == "matches":
            said = "Бұл мәтінге сәйкес келеді" + (
                f" ({'екі мәрте' if row['times_in_text'] == 2 else f'{row.times_in_text} рет'})."
                if pd.notna(row["times_in_text"])
                else "."
            )
        else:
            said = "Мәтін кестеде жоқ жылды немесе кездесу санын атайды."
        early = log[(log["person_id"] == pid) & log["before_decree"]]
        if len(early):
            said += (
                f" Оның бір кездесуі ({day_kk(early['meeting_date'].iloc[0])}) Жарлыққа "
                "дейін өткен."
            )
        out[f"repeat_{key}"] = f"{kk(n)} кездесу, {years} жылдары. {said}"
    checks = r["check"].value_counts()
    n_contra = int(checks.get("contradicts", 0))
    n_missing = int(checks.get("not mentioned", 0))
    incomplete = r[r["check"] == "matches, omits a meeting"]
    parts = []
    if n_missing:
        parts.append(
            f"бірнеше рет қабылданған {kk(len(r))} адамның {kk(n_missing)} адамы мүлде аталмайды"
        )
    for _pid, row in incomplete.iterrows():
        left = len(row["years_left_out"].split(";"))
        parts.append(
            f"{row['name_kk']} жағдайында {kk(int(row['meetings']))} кездесудің {kk(left)} "
            "кездесуі аталмаған"
        )
    if n_contra:
        verdict = (
            f"Мәтін атаған {kk(n_contra)} адам үшін кестеде жоқ жыл немесе кездесу саны "
            "келтірілген."
        )
    else:
        verdict = "Мәтін келтірген әр жыл мен әр сан кестеде бар."
    if parts:
        verdict += (
            " Мәтін толық тізім емес, мысалдар береді («Мәселен», 624-жол), сондықтан "
            "кейбірін атамайды: " + "; ".join(parts) + "."
        )
    out["repeat_verdict"] = verdict
    out["c19_status"] = {
        "inconsistent": "кестеге сәйкес келмейді",
        "reproduced": "кестемен қайталанды",
        "not_reproducible": "деректер бойынша тексеру мүмкін емес",
    }[status]
    out["c19_reason"] = (
        "мәтін атаған жылдардың әрқайсысы кестеде болғанымен, олар кестедегі жылдардың "
        "тізімімен дәл келмейді"
        if status == "inconsistent"
        else "мәтін атаған әр жыл кестеде оның кездесулерінің жылы; мәтін атамаған кездесу "
        "қате емес, олқылық ретінде белгіленді"
    )
    return out


def _domains(ctx: Context) -> dict[str, str]:
    d = ctx.table("topic_domains")
    coded = ctx.table("meeting_domains")
    n_meetings = ctx.table("meetings_log")["meeting_id"].nunique()
    per = coded.groupby(["meeting_id", "person_order"]).size()
    top = d.sort_values(["meetings", "domain_order"], ascending=[False, True])
    first, rest = top.iloc[0], top.iloc[1:]
    if ctx.lang == "kk":
        groups_kk = []
        for n, g in rest.groupby("meetings", sort=False):
            labels = join_kk([f"*{lower_first(x)}*" for x in g["label_kk"]])
            each = "әрқайсысы " if len(g) > 1 else ""
            groups_kk.append(f"{labels} – {each}{count(int(n), lang='kk')} кездесуде")
        return {
            "domains_count": count(len(d), lang="kk"),
            "rules_count": count(d["rules"].str.count(r"R\d\d").sum(), lang="kk"),
            "domains_per_entry": number(per.mean(), max_decimals=1, lang="kk"),
            "top_domain": lower_first(first["label_kk"]),
            "top_domain_meetings": count(int(first["meetings"]), lang="kk"),
            "domain_counts_rest": "; ".join(groups_kk),
            "domain_meetings_total": count(d["meetings"].sum(), lang="kk"),
            "meetings_total_words": count(n_meetings, lang="kk"),
        }
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
    if ctx.lang == "kk":
        return _agreement_kk(
            ctx,
            a,
            p,
            off,
            only_rules,
            only_second,
            second_counts,
            low,
            {
                "rules_top": rules_top,
                "second_top": second_top,
                "top_rules_id": top_rules_id,
                "n_set_off": n_set_off,
            },
        )
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


def _agreement_kk(
    ctx: Context,
    a: pd.DataFrame,
    p: pd.Series,
    off: pd.DataFrame,
    only_rules: pd.Series,
    only_second: pd.Series,
    second_counts: pd.Series,
    low: pd.Series,
    top: dict,
) -> dict[str, str]:
    """The Kazakh values of :func:`_agreement` (same keys), from the quantities it
    computed; names from ``meetings_log.name_kk``, domains from ``label_kk``."""

    def kk(n: float) -> str:
        return count(n, lang="kk")

    labels = ctx.table("topic_domains").set_index("domain_id")["label_kk"].map(lower_first)
    names = ctx.table("meetings_log").drop_duplicates("person_id").set_index("person_id")["name_kk"]
    diffs = join_kk(
        [
            f"{names[r.person_id]} ({day_kk(r.meeting_date)}; ережелер: "
            f"{labels[r.primary_rules]}; екінші кодтаушы: {labels[r.primary_second]})"
            for r in off.itertuples()
        ]
    )

    def listing(vc: pd.Series) -> str:
        return join_kk([f"{labels[d]} ({kk(int(n))} жазба)" for d, n in vc.items()])

    if len(only_second) == 0 and len(only_rules):
        extra = (
            "Мұндай жазбалардың бәрінде ережелер екінші кодтаушы алмаған саланы қосады, ал "
            f"керісінше жағдай жоқ: {listing(only_rules)}."
        )
    elif len(only_rules) == 0 and len(only_second):
        extra = (
            "Мұндай жазбалардың бәрінде екінші кодтаушы ережелер таппаған саланы қосады: "
            f"{listing(only_second)}."
        )
    elif len(only_rules) or len(only_second):
        extra = (
            f"Тек ережелер кодтаған салалар: {listing(only_rules)}; тек екінші кодтаушы "
            f"кодтаған салалар: {listing(only_second)}."
        )
    else:
        extra = "Екі кодтау әр жазбаға бірдей салалар береді."
    if len(off) == 0:
        primary_sentence = "Негізгі сала бойынша екі кодтау бірде-бір рет алшақтамайды."
    elif len(off) == 1:
        primary_sentence = f"Жалғыз айырмашылық: {diffs}."
    else:
        primary_sentence = f"Екеуі {kk(len(off))} жазбада алшақтайды: {diffs}."
    second_top = top["second_top"]
    if set(second_top.index) == top["rules_top"]:
        ranking = "Екінші кодтаушының есебі бойынша да алда сол сала тұр."
    else:
        ranking = (
            "Демек, қай сала алда тұратыны кодтаушыға байланысты: суреттегі бірінші орын "
            "екінші кодтаушы қабылдамаған кілт сөз сәйкестіктеріне сүйенеді."
        )
    each = "әрқайсысы " if len(second_top) > 1 else ""
    return {
        "kappa_primary": decimal(p["kappa"], 2, lang="kk"),
        "kappa_low": decimal(p["kappa_low"], 2, lang="kk"),
        "kappa_high": decimal(p["kappa_high"], 2, lang="kk"),
        "kappa_confidence": number(100 * p["confidence_level"], max_decimals=1, lang="kk") + "%",
        "primary_agree": kk(p["agree"]),
        "agreement_n": kk(p["n"]),
        "primary_agree_pct": pct(p["observed_pct"], 0, lang="kk"),
        "primary_expected_pct": pct(p["expected_pct"], 0, lang="kk"),
        "primary_disagreements": diffs or "жоқ",
        "primary_sentence": primary_sentence,
        "top_domain_second": kk(int(second_counts[top["top_rules_id"]])),
        "second_top": join_kk([f"*{labels[d]}*" for d in second_top.index])
        + f" ({each}{kk(int(second_top.iloc[0]))} кездесу)",
        "ranking_verdict": ranking,
        "sets_agree": kk(int(a["domains_agree"].sum())),
        "sets_disagree": kk(top["n_set_off"]),
        "sets_extra": extra,
        "lowest_domain": labels[low["domain_id"]],
        "lowest_domain_kappa": decimal(low["kappa"], 2, lang="kk"),
        "disagreement_rows": kk(int((~(a["primary_agree"] & a["domains_agree"])).sum())),
    }


def _comparison(ctx: Context) -> dict[str, str]:
    c = ctx.table("body_comparison").set_index("row_id")
    ctxf = ctx.table("context_figures").set_index("figure_id")
    f = ctxf["value"]
    acts_q = ctxf.loc["ncpt_legal_acts", "qualifier"]
    n, k, span = c.loc["ncpt"], c.loc["kurultai"], c.loc["kurultai_table_span"]
    if ctx.lang == "kk":

        def kk(v: float) -> str:
            return count(v, lang="kk")

        def num(v: float, decimals: int = 1) -> str:
            return number(v, max_decimals=decimals, lang="kk")

        qualifier_kk = {"more than": "{}-ден астам", "about": "шамамен {}", "exact": "{}"}
        return {
            "ncpt_sessions": kk(n["sessions"]),
            "ncpt_members_met": kk(n["people_met"]),
            "ncpt_years": num(n["years"]),
            "ncpt_laws": kk(f["ncpt_laws"]),
            "ncpt_legal_acts": qualifier_kk[acts_q].format(kk(f["ncpt_legal_acts"])),
            "ncpt_decrees": kk(f["ncpt_decrees"]),
            "ncpt_resolutions": kk(f["ncpt_government_resolutions"]),
            "ncpt_sessions_per_year": num(n["sessions_per_year"]),
            "ncpt_met_per_year": num(n["people_met_per_year"]),
            "k_sessions": kk(k["sessions"]),
            "k_years": num(k["years"], 2),
            "k_sessions_per_year": num(k["sessions_per_year"]),
            "k_met": kk(k["people_met"]),
            "k_met_per_year": num(k["people_met_per_year"]),
            "k_seats": kk(k["members"]),
            "k_window_end": day_kk(k["period_end"]),
            "k_met_pct": pct(k["people_met_pct_of_members"], 0, lang="kk"),
            "span_meetings_per_year": num(span["meetings_per_year"]),
            "span_people": kk(span["people_met"]),
            "span_years": num(span["years"], 2),
            "span_people_per_year": num(span["people_met_per_year"]),
        }
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
        "span_people": count(span["people_met"]),
        "span_years": number(span["years"], max_decimals=2),
        "span_people_per_year": number(span["people_met_per_year"], max_decimals=1),
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
    if ctx.lang == "kk":
        return _referendum_kk(v, agree, differ, cast, short)
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


#: The referendum's measures inside a Kazakh sentence.
MEASURES_KK = {"turnout": "қатысу", "yes": "«иә»", "no": "«жоқ»"}


def _referendum_kk(
    v: pd.DataFrame, agree: list[str], differ: list[str], cast: int, short: int
) -> dict[str, str]:
    """The Kazakh values of :func:`_referendum` (same keys)."""
    if differ:
        m = differ[0]
        gap = v.loc[m, "share_pct_recomputed"] - v.loc[m, "share_pct_reported"]
        check = (
            "Сандардан қайта есептегенде "
            f"{join_kk([MEASURES_KK[x] for x in agree])} үлестері екі ондық таңбаға дейін "
            f"сәйкес келеді; {MEASURES_KK[m]} үлесі "
            f"{pct(v.loc[m, 'share_pct_recomputed'], 2, lang='kk')} болып шығады, бұл "
            f"басылған саннан {decimal(abs(gap), 2, lang='kk')} пайыздық тармаққа "
            f"{'жоғары' if gap > 0 else 'төмен'}; бәлкім, сан қысқартылып жазылған."
        )
    else:
        check = (
            "Сандардан қайта есептегенде басылған әр үлес екі ондық таңбаға дейін сәйкес келеді."
        )

    def c(m: str) -> str:
        return count(v.loc[m, "count"], lang="kk")

    def s(m: str) -> str:
        return pct(v.loc[m, "share_pct_reported"], 2, lang="kk")

    return {
        "ref_turnout": c("turnout"),
        "ref_eligible": c("eligible"),
        "ref_turnout_pct": s("turnout"),
        "ref_yes": c("yes"),
        "ref_yes_pct": s("yes"),
        "ref_no": c("no"),
        "ref_no_pct": s("no"),
        "ref_invalid": c("invalid"),
        "ref_cast": count(cast, lang="kk"),
        "ref_short": count(short, lang="kk"),
        "ref_check": check,
    }


def _alt_texts(v: dict[str, str], ctx: Context) -> dict[str, str]:
    iv = ctx.table("session_intervals")
    covered = iv[iv["table3_covers"]]
    if ctx.lang == "kk":
        return _alt_texts_kk(v, ctx, covered)
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


def _alt_texts_kk(v: dict[str, str], ctx: Context, covered: pd.DataFrame) -> dict[str, str]:
    """The Kazakh alt texts of the figures (same keys as :func:`_alt_texts`)."""
    parts = [
        f"{r.interval_label.split()[-1]} отырысқа дейін {count(int(r.meetings), lang='kk')}"
        if r.interval_label.startswith("before")
        else f"{r.interval_label.replace('-', '–')} отырыстар аралығында "
        f"{count(int(r.meetings), lang='kk')}"
        for r in covered.itertuples()
    ]
    d = ctx.table("topic_domains").sort_values(
        ["meetings", "domain_order"], ascending=[False, True]
    )
    bars = "; ".join(
        f"{lower_first(r.label_kk)} – {count(r.meetings, lang='kk')}" for r in d.itertuples()
    )
    rows = []
    for x in ctx.table("repeat_visitors").itertuples():
        years = x.meeting_years.replace(";", ", ")
        rows.append(
            f"{x.name_kk}: {count(x.meetings, lang='kk')} нүкте ({years}), {CHECK_KK[x.check]}"
        )
    return {
        "alt_timeline": (
            "2022–2026 жылдардағы уақыт сызығы, әр кездесу аты жазылған бір нүктемен "
            f"белгіленген. Барлығы {v['meetings']} кездесу, алғашқысы {v['first_meeting']}, "
            f"соңғысы {v['last_meeting']}: {join_kk(parts)} (алғашқы {v['pre_decree_count']} "
            f"нүктенің іші бос, олар {v['decree_date_attr']} Жарлыққа дейін өткен); соңғы "
            f"кездесуден ({v['last_meeting']}) кейін тізімде кездесу жоқ. Тік сызықтар "
            "Жарлықты және I–V "
            "отырыстардың пленарлық отырыс күндерін белгілейді."
        ),
        "alt_domains": (
            f"{v['domains_count']} саясат саласы бойынша көлденең бағанды диаграмма, әр "
            f"салада кодталған кездесулер саны: {bars}. Бір кездесу бірнеше салаға жатуы "
            f"мүмкін, сондықтан бағандардың қосындысы {v['domain_meetings_total']}, бұл "
            f"{v['meetings']} кездесуден көп."
        ),
        "alt_repeat": (
            "Бірнеше рет қабылданған әр адамға бір жол берілген нүктелі диаграмма, I–IV "
            "отырыстар тік сызықтармен белгіленген; әр нүкте – бір кездесу, оның түсі мақала "
            "мәтіні кездесудің жылын атайтынын, жылын айтпай санайтынын немесе мүлде "
            f"атамайтынын көрсетеді: {'; '.join(rows)}."
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
