"""Values of the Composition chapter (``book/composition.qmd``).

Every number, name list and count the chapter states is computed here from the processed
composition tables (:mod:`analysis.composition`): facts of the article, the members table
and its coverage, the partial Figure 1, the experts' positions. Keys are used in the chapter
as ``{{< var composition.KEY >}}``; :data:`CAPTIONS` holds the captions and alt texts of the
chapter's figures and tables as templates over the same values.

Public facts that are not in the article carry their source in :data:`SOURCES`.
"""

from __future__ import annotations

import pandas as pd

from analysis.composition import IDENTITY_RULE, WINDOW_YEARS
from analysis.figures.composition import FIELD_LABELS_KK
from analysis.prose import Context, fmt
from analysis.prose.fmt import count, day, pct
from analysis.tables.composition import kk_sort_key, names_kk

#: Public sources of facts the chapter states that the article does not print.
SOURCES = {
    # Two news outlets date the decree 15 June 2022 (data/raw/public/README.md).
    "decree_date_news": "Kazinform (English, 2022-06-16) and News-Asia (2022-06-15)",
}
#: The date those outlets give (data/raw/public/README.md, "Other facts found").
DECREE_DATE_NEWS = pd.Timestamp("2022-06-15")

WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
#: Counts in words per language; Kazakh writes zero in figures ("0").
NUMBER_WORDS = {
    "en": WORDS,
    "kk": ["0", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "он"],
}
#: Kazakh collective numerals with the third-person possessive ending ("үшеуі": three of
#: them), one to ten; :func:`_values_kk` writes a larger count in figures.
COLLECTIVE_KK = {
    1: "біреуі",
    2: "екеуі",
    3: "үшеуі",
    4: "төртеуі",
    5: "бесеуі",
    6: "алтауы",
    7: "жетеуі",
    8: "сегізі",
    9: "тоғызы",
    10: "оны",
}
#: Words of the values that are not numbers or names, per language.
TEXT = {
    "en": {
        "nobody": "nobody",
        "no_date": "no date",
        "none": "none",
        "under": "{name} under “{label}”",
    },
    "kk": {
        "nobody": "ешкім",
        "no_date": "күні жоқ",
        "none": "жоқ",
        "under": "{name} «{label}» саласына",
    },
}
#: The identity rule (:data:`analysis.composition.IDENTITY_RULE`) in Kazakh.
IDENTITY_RULE_KK = (
    "аты-жөнінің бас әрпі мен тегі ғана басылған адамға лауазым, демек сала, мақала лауазымды "
    "есімнің қасында басқанда ғана, не бір ашық дереккөз толық есімді, лауазымды және адамның "
    "құрылтайға қатысын бергенде ғана беріледі; тегі мен бас әрпі бірдей басқа адамның ғана "
    "лауазымы есептелмейді, адамның Президентке көтерген тақырыбы да есептелмейді"
)


def words(n: int, lang: str = "en") -> str:
    """A count in words up to ten ("three", "үш"), else in figures ("23")."""
    table = NUMBER_WORDS[lang]
    return table[n] if 0 <= n < len(table) else count(n, lang=lang)


def join(items: list[str], lang: str = "en") -> str:
    """'a', 'a and b', 'a, b and c' ('a, b және c' in Kazakh); '' for no items."""
    return fmt.join(items, fmt.AND[lang])


def _named(members: pd.DataFrame, lang: str = "en") -> list[str]:
    """Names as 'O. Sabden (О. Сәбден)': the book's Latin form, then the Kazakh Cyrillic; in
    Kazakh the Kazakh name only (:func:`analysis.tables.composition.names_kk`)."""
    if lang == "kk":
        return names_kk(members).tolist()
    return [
        f"{lat} ({kk})" if isinstance(kk, str) and kk != lat else lat
        for lat, kk in zip(members["name_latin"], members["name_kk"], strict=True)
    ]


def values(ctx: Context) -> dict[str, str]:
    """The chapter's values (all text). Counts are persons; shares are percent (0-100) of
    the initial seats or of the about 149 seats ever filled, one decimal.

    In Kazakh (``ctx.lang == "kk"``) the same keys: numbers in Kazakh format, dates with
    Kazakh month names, names as printed in Cyrillic (a source's Latin form where no Cyrillic
    one exists), field labels from :data:`analysis.figures.composition.FIELD_LABELS_KK`.

    Raises ``KeyError`` when a processed table lacks a fact or metric the chapter states.
    """
    lang = ctx.lang
    text = TEXT[lang]
    facts = ctx.table("kurultai_facts").set_index("fact_id")["value"]
    cov = ctx.table("composition_coverage").set_index("metric_id")["value"]
    members = ctx.table("members")
    newcomers = ctx.table("newcomers").sort_values("newcomer_order")
    bars = ctx.table("members_by_field").sort_values("bar_order")
    codebook = ctx.table("field_codebook").set_index("field_code")
    positions = ctx.table("expert_positions")
    interviews = ctx.table("expert_interviews")
    structure = ctx.table("composition_structure").set_index("item_en")

    decree = pd.Timestamp(facts["decree_date"])
    window_end = decree + pd.DateOffset(years=WINDOW_YEARS)
    known = members[members["counted_as_known"]]
    apart = members[members["count_group"] == "after_window"]
    not_counted = members[members["count_group"] == "not_counted"]
    evidence = known["membership_evidence"].value_counts()
    n = {k: round(v) for k, v in cov.items() if not k.endswith("_pct")}

    def by_name(frame: pd.DataFrame) -> pd.DataFrame:
        # English: by the Latin form; Kazakh: by the Kazakh name, in the Kazakh alphabet.
        if lang == "kk":
            return frame.sort_values(
                "member_id", key=lambda _: names_kk(frame).map(lambda n: tuple(kk_sort_key(n)))
            )
        return frame.sort_values("name_latin")

    surname_only = by_name(known[known["post_basis"] == "surname_initial"])
    topic = known[(known["field_code"] == "unknown") & (known["table3_meetings"] > 0)]
    topic_field = by_name(topic.dropna(subset=["topic_field"]))
    topic_none = by_name(topic[topic["topic_field"].isna()])
    # Field labels in the chapter's language: the codebook's English label, or the short
    # Kazakh one of the chart (the codebook's article wording where a code has none).
    if lang == "kk":
        labels = pd.Series({c: FIELD_LABELS_KK.get(c, k) for c, k in codebook["label_kk"].items()})
        bars = bars.assign(label=bars["bar_id"].map(labels).fillna(bars["label_kk"]))
    else:
        labels = codebook["label_en"]
        bars = bars.assign(label=bars["label_en"])
    moved = [
        text["under"].format(name=name, label=labels[code])
        for name, code in zip(_named(topic_field, lang), topic_field["topic_field"], strict=True)
    ]

    fields = bars[bars["bar_kind"] == "field"]
    top = fields[fields["persons"] == fields["persons"].max()]
    field_list = "; ".join(
        f"{lab} {count(p, lang=lang)}"
        for lab, p in zip(fields["label"], fields["persons"], strict=True)
    )
    zero = fields[fields["persons"] == 0]["label"].str.lower().tolist()

    officers_later = structure.loc[
        ["Deputy chairs", "Secretary"], ["holder_public", "holder_as_of"]
    ].dropna()
    later = sorted(
        {
            name
            for h, a in zip(
                officers_later["holder_public"], officers_later["holder_as_of"], strict=True
            )
            for name, when in zip(h.split("; "), a.split("; "), strict=True)
            if not when.endswith(str(decree.year))
        }
    )

    camps = positions["camp"].value_counts()
    t3_new = newcomers[newcomers["met_president"]]
    registry = members.dropna(subset=["person_id"])
    if lang == "kk":
        return _values_kk(locals())
    values = {
        "decree_date": day(decree),
        "decree_date_news": day(DECREE_DATE_NEWS),
        "initial_members": count(int(facts["initial_members"])),
        "rotation_newcomers": count(int(facts["rotation_newcomers"])),
        "rotation_period_kk": str(
            ctx.table("kurultai_facts").set_index("fact_id").loc["rotation_period", "value_kk"]
        ),
        "sections_count": words(int(facts["sections_count"])),
        "sections_since": str(facts["sections_since_session"]),
        "ever_appointed": count(n["ever_appointed"]),
        "renewed_share_pct": pct(cov["renewed_share_pct"]),
        "newcomers_share_of_ever_pct": pct(cov["newcomers_share_of_ever_pct"]),
        "newcomers_in_table3": words(n["newcomers_in_table3"]),
        "newcomers_in_table3_names": join(t3_new["name_latin"].tolist()),
        "persons_listed": count(n["persons_listed"]),
        "registry_persons": count(len(registry)),
        "known_members": count(n["known_members"]),
        "known_initial": count(n["known_initial"]),
        "known_joined": count(n["known_joined"]),
        "known_status_unknown": words(n["known_status_unknown"]),
        "known_by_article": count(int(evidence.get("article", 0))),
        "known_by_high": words(int(evidence.get("high", 0))),
        "known_by_medium": words(int(evidence.get("medium", 0))),
        "named_after_window": words(n["named_after_window"]),
        "after_window_names": join(apart["name_latin"].tolist()) or "nobody",
        "after_window_dates": join([day(pd.Timestamp(d)) for d in apart["source_date"]])
        or "no date",
        "window_years": words(WINDOW_YEARS),
        "window_end": day(window_end),
        "not_counted": words(n["not_counted"]),
        "not_counted_names": join(sorted(not_counted["name_latin"].tolist())),
        "known_field_coded": count(n["known_field_coded"]),
        "known_field_unknown": count(n["known_field_unknown"]),
        "not_identified": count(n["not_identified"]),
        "coverage_pct": pct(cov["coverage_pct"]),
        "field_coverage_pct": pct(cov["field_coverage_pct"]),
        "identity_rule": IDENTITY_RULE,
        "surname_only_names": join(_named(surname_only)),
        "surname_only_count": words(len(surname_only)),
        "topic_only_count": words(len(topic)),
        "topic_moves": join(moved),
        "topic_moves_count": words(len(moved)),
        "topic_no_field_names": join(_named(topic_none)),
        "field_counts": field_list,
        "largest_field": join(top["label"].str.lower().tolist()),
        "largest_field_n": words(int(top["persons"].iloc[0])),
        "zero_fields": join(zero) or "none",
        "officers_later_names": join(later),
        "n_proposals": words(len(positions)),
        "n_critic_proposals": words(int(camps.get("critics", 0))),
        "n_experts": count(int(interviews["experts"].iloc[0])),
        "n_expert_fields": count(int(interviews["fields"].iloc[0])),
    }
    return values


def lower_kk(label: str) -> str:
    """A Kazakh label inside a sentence: its first letter in lower case, unless the first
    word is an abbreviation (БАҚ stays БАҚ)."""
    first = label.split()[0] if label.split() else ""
    if len(first) > 1 and first.isupper():
        return label
    return label[:1].lower() + label[1:]


def _values_kk(v: dict) -> dict[str, str]:
    """The Kazakh values: the same keys as the English ones, from the frames and counts
    :func:`values` computed (``v``, its locals)."""
    ctx, facts, cov, n = v["ctx"], v["facts"], v["cov"], v["n"]
    members, apart, not_counted = v["members"], v["apart"], v["not_counted"]
    evidence, decree, window_end = v["evidence"], v["decree"], v["window_end"]
    name_of = dict(zip(members["name_latin"], names_kk(members), strict=True))
    kk = "kk"

    def c(x: float) -> str:
        return count(x, lang=kk)

    def w(x: int) -> str:
        return words(x, kk)

    def j(items: list[str]) -> str:
        return join(items, kk)

    def sort_kk(names: list[str]) -> list[str]:
        return sorted(names, key=kk_sort_key)

    text = TEXT[kk]
    fields = v["fields"]
    zero_kk = [
        lower_kk(x) for x, p in zip(fields["label"], fields["persons"], strict=True) if p == 0
    ]
    return {
        # Each date with the case its Kazakh sentence needs (composition.qmd): the decree
        # was signed "on" it, the window runs "to" its end, the report was published "on".
        "decree_date": day(decree, kk, "locative"),
        "decree_date_news": day(DECREE_DATE_NEWS, kk),
        "initial_members": c(int(facts["initial_members"])),
        "rotation_newcomers": c(int(facts["rotation_newcomers"])),
        "rotation_period_kk": str(
            ctx.table("kurultai_facts").set_index("fact_id").loc["rotation_period", "value_kk"]
        ),
        "sections_count": w(int(facts["sections_count"])),
        "sections_since": str(facts["sections_since_session"]),
        "ever_appointed": c(n["ever_appointed"]),
        "renewed_share_pct": pct(cov["renewed_share_pct"], lang=kk),
        "newcomers_share_of_ever_pct": pct(cov["newcomers_share_of_ever_pct"], lang=kk),
        # "Жаңа мүшелердің үшеуі": the collective numeral with the possessive ending.
        "newcomers_in_table3": COLLECTIVE_KK.get(n["newcomers_in_table3"])
        or c(n["newcomers_in_table3"]),
        "newcomers_in_table3_names": j(v["t3_new"]["name_as_printed"].tolist()),
        "persons_listed": c(n["persons_listed"]),
        "registry_persons": c(len(v["registry"])),
        "known_members": c(n["known_members"]),
        "known_initial": c(n["known_initial"]),
        "known_joined": c(n["known_joined"]),
        "known_status_unknown": w(n["known_status_unknown"]),
        "known_by_article": c(int(evidence.get("article", 0))),
        "known_by_high": w(int(evidence.get("high", 0))),
        "known_by_medium": w(int(evidence.get("medium", 0))),
        "named_after_window": w(n["named_after_window"]),
        "after_window_names": j(sort_kk(names_kk(apart).tolist())) or text["nobody"],
        "after_window_dates": j(
            [day(pd.Timestamp(d), kk, "locative") for d in apart["source_date"]]
        )
        or text["no_date"],
        "window_years": w(WINDOW_YEARS),
        "window_end": day(window_end, kk, "dative"),
        "not_counted": w(n["not_counted"]),
        "not_counted_names": j(sort_kk(names_kk(not_counted).tolist())),
        "known_field_coded": c(n["known_field_coded"]),
        "known_field_unknown": c(n["known_field_unknown"]),
        "not_identified": c(n["not_identified"]),
        "coverage_pct": pct(cov["coverage_pct"], lang=kk),
        "field_coverage_pct": pct(cov["field_coverage_pct"], lang=kk),
        "identity_rule": IDENTITY_RULE_KK,
        "surname_only_names": j(_named(v["surname_only"], kk)),
        "surname_only_count": w(len(v["surname_only"])),
        "topic_only_count": w(len(v["topic"])),
        "topic_moves": j(v["moved"]),
        "topic_moves_count": w(len(v["moved"])),
        "topic_no_field_names": j(_named(v["topic_none"], kk)),
        "field_counts": v["field_list"],
        "largest_field": j([lower_kk(x) for x in v["top"]["label"]]),
        "largest_field_n": w(int(v["top"]["persons"].iloc[0])),
        # The fields with no member, with the noun and the dative the sentence needs:
        # "медицина және жастар қозғалысы салаларына".
        "zero_fields": (
            j(zero_kk) + (" саласына" if len(zero_kk) == 1 else " салаларына")
            if zero_kk
            else text["none"]
        ),
        "officers_later_names": j(sort_kk([name_of[x] for x in v["later"]])),
        "n_proposals": w(len(v["positions"])),
        "n_critic_proposals": w(int(v["camps"].get("critics", 0))),
        "n_experts": c(int(v["interviews"]["experts"].iloc[0])),
        "n_expert_fields": c(int(v["interviews"]["fields"].iloc[0])),
    }
