"""Values of the Composition chapter (``book/composition.qmd``, ``book/kk/composition.qmd``).

Every number, name list and count the chapter states is computed here from the processed
composition tables (:mod:`analysis.composition`): facts of the article, the members table
and its coverage, the partial Figure 1, the experts' positions. Keys are used in the chapter
as ``{{< var composition.KEY >}}``; the words of the values (number words, the cases a
Kazakh sentence needs, "nobody", …) are the catalog's ``composition-value-*`` and
``composition-number*`` messages (``locales/<lang>/composition.ftl``). The captions and alt
texts of the chapter's figures and tables are the catalog's ``caption-<label>`` messages
over the same values.

Public facts that are not in the article carry their source in :data:`SOURCES`.
"""

from __future__ import annotations

import pandas as pd

from analysis.composition import WINDOW_YEARS, name_sort_key
from analysis.figures.composition import bar_labels, field_label
from analysis.i18n import Catalog, catalog, data_field
from analysis.prose import Context
from analysis.tables.composition import member_names, reads_article

#: Public sources of facts the chapter states that the article does not print.
SOURCES = {
    # Two news outlets date the decree 15 June 2022 (data/raw/public/README.md).
    "decree_date_news": "Kazinform (English, 2022-06-16) and News-Asia (2022-06-15)",
}
#: The date those outlets give (data/raw/public/README.md, "Other facts found").
DECREE_DATE_NEWS = pd.Timestamp("2022-06-15")


def words(n: int, lang: str = "en") -> str:
    """A count in words up to ten ("three", "үш"; the catalog's ``composition-number``),
    else in figures ("23")."""
    loc = catalog(lang)
    return loc("composition-number", n=int(n), count=loc.count(n))


def join(items: list[str], lang: str = "en") -> str:
    """'a', 'a and b', 'a, b and c' ('a, b және c' in Kazakh); '' for no items."""
    return catalog(lang).join(items)


def in_sentence(label: str) -> str:
    """A label inside a sentence: its first letter in lower case, unless the first word is
    an abbreviation (БАҚ stays БАҚ)."""
    first = label.split()[0] if label.split() else ""
    if len(first) > 1 and first.isupper():
        return label
    at = next((i for i, ch in enumerate(label) if ch.isalpha()), 0)
    return label[:at] + label[at : at + 1].lower() + label[at + 1 :]


def _named(members: pd.DataFrame, lang: str = "en") -> list[str]:
    """Names in the edition's form (:func:`analysis.tables.composition.member_names`); for
    a reader of another script than the article's, the Kazakh Cyrillic follows in brackets
    where it differs: 'O. Sabden (О. Сәбден)'."""
    loc = catalog(lang)
    names = member_names(members, lang).tolist()
    if reads_article(lang):
        return names
    return [
        loc("composition-name-with-cyrillic", name=name, cyrillic=kk)
        if isinstance(kk, str) and kk != name
        else name
        for name, kk in zip(names, members["name_kk"], strict=True)
    ]


def _sorted_names(members: pd.DataFrame, lang: str) -> list[str]:
    return sorted(member_names(members, lang).tolist(), key=name_sort_key)


def _by_name(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``frame`` (members) sorted by the edition's names (:func:`name_sort_key`)."""
    names = member_names(frame, lang)
    return frame.sort_values(
        "member_id", key=lambda _: names.map(lambda n: tuple(name_sort_key(n)))
    )


def _dates(days: list, message: str, loc: Catalog) -> list[str]:
    return [loc(message, date=loc.date(pd.Timestamp(d))) for d in days]


def values(ctx: Context) -> dict[str, str]:
    """The chapter's values (all text), in ``ctx.lang``. Counts are persons; shares are
    percent (0-100) of the initial seats or of the about 149 seats ever filled, one decimal.

    Numbers and dates in the language's format (a date with the case its Kazakh sentence
    needs), names in the edition's form (:func:`analysis.tables.composition.member_names`:
    the book's Latin form, or the names as printed in Cyrillic), field labels from
    :func:`analysis.figures.composition.field_label`.

    Raises ``KeyError`` when a processed table lacks a fact or metric the chapter states.
    """
    lang = ctx.lang
    loc = catalog(lang)
    facts = ctx.table("kurultai_facts").set_index("fact_id")["value"]
    cov = ctx.table("composition_coverage").set_index("metric_id")["value"]
    members = ctx.table("members")
    newcomers = ctx.table("newcomers").sort_values("newcomer_order")
    bars = ctx.table("members_by_field").sort_values("bar_order")
    codebook = ctx.table("field_codebook").set_index("field_code")
    positions = ctx.table("expert_positions")
    interviews = ctx.table("expert_interviews")

    decree = pd.Timestamp(facts["decree_date"])
    window_end = decree + pd.DateOffset(years=WINDOW_YEARS)
    known = members[members["counted_as_known"]]
    apart = members[members["count_group"] == "after_window"]
    not_counted = members[members["count_group"] == "not_counted"]
    evidence = known["membership_evidence"].value_counts()
    n = {k: round(v) for k, v in cov.items() if not k.endswith("_pct")}

    def c(x: float) -> str:
        return loc.count(x)

    def w(x: int) -> str:
        return words(x, lang)

    surname_only = _by_name(known[known["post_basis"] == "surname_initial"], lang)
    topic = known[(known["field_code"] == "unknown") & (known["table3_meetings"] > 0)]
    topic_field = _by_name(topic.dropna(subset=["topic_field"]), lang)
    topic_none = _by_name(topic[topic["topic_field"].isna()], lang)
    # Field labels in the chapter's language: the codebook's label of the language, or the
    # catalog's short one (as the chart draws it).
    data_labels = codebook[f"label_{data_field(lang)}"]
    labels = pd.Series({code: field_label(code, d, loc) for code, d in data_labels.items()})
    bars = bars.assign(label=bar_labels(bars, lang))
    moved = [
        loc("composition-value-topic-move", name=name, field=labels[code])
        for name, code in zip(_named(topic_field, lang), topic_field["topic_field"], strict=True)
    ]

    fields = bars[bars["bar_kind"] == "field"]
    top = fields[fields["persons"] == fields["persons"].max()]
    field_list = "; ".join(
        loc("composition-value-field-count", field=lab, n=c(p))
        for lab, p in zip(fields["label"], fields["persons"], strict=True)
    )
    zero = [
        in_sentence(x) for x, p in zip(fields["label"], fields["persons"], strict=True) if p == 0
    ]

    camps = positions["camp"].value_counts()
    t3_new = newcomers[newcomers["met_president"]]
    registry = members.dropna(subset=["person_id"])
    # Newcomers as the edition names them: the book's Latin form, or as printed.
    newcomer_names = t3_new["name_as_printed" if reads_article(lang) else "name_latin"]
    return {
        # Each date with the case its Kazakh sentence needs (composition.qmd): the decree
        # was signed "on" it, the window runs "to" its end, the report was published "on".
        "decree_date": loc("composition-value-decree-date", date=loc.date(decree)),
        "decree_date_news": loc.date(DECREE_DATE_NEWS),
        "initial_members": c(int(facts["initial_members"])),
        "rotation_newcomers": c(int(facts["rotation_newcomers"])),
        "rotation_period_kk": str(
            ctx.table("kurultai_facts").set_index("fact_id").loc["rotation_period", "value_kk"]
        ),
        "sections_count": w(int(facts["sections_count"])),
        "sections_since": str(facts["sections_since_session"]),
        "ever_appointed": c(n["ever_appointed"]),
        "renewed_share_pct": loc.pct(cov["renewed_share_pct"]),
        "newcomers_share_of_ever_pct": loc.pct(cov["newcomers_share_of_ever_pct"]),
        # "Жаңа мүшелердің үшеуі": in Kazakh the collective numeral ("three of them").
        "newcomers_in_table3": loc(
            "composition-number-of-them",
            n=int(n["newcomers_in_table3"]),
            count=c(n["newcomers_in_table3"]),
        ),
        "newcomers_in_table3_names": join(newcomer_names.tolist(), lang),
        "persons_listed": c(n["persons_listed"]),
        "registry_persons": c(len(registry)),
        "known_members": c(n["known_members"]),
        "known_initial": c(n["known_initial"]),
        "known_joined": c(n["known_joined"]),
        "known_status_unknown": w(n["known_status_unknown"]),
        "known_by_article": c(int(evidence.get("article", 0))),
        "known_by_high": w(int(evidence.get("high", 0))),
        "known_by_medium": w(int(evidence.get("medium", 0))),
        "named_after_window": w(n["named_after_window"]),
        "after_window_names": join(_sorted_names(apart, lang), lang)
        or loc("composition-value-nobody"),
        "after_window_dates": join(
            _dates(list(apart["source_date"]), "composition-value-after-window-date", loc), lang
        )
        or loc("composition-value-no-date"),
        "window_years": w(WINDOW_YEARS),
        "window_end": loc("composition-value-window-end", date=loc.date(window_end)),
        "not_counted": w(n["not_counted"]),
        "not_counted_names": join(_sorted_names(not_counted, lang), lang),
        "known_field_coded": c(n["known_field_coded"]),
        "known_field_unknown": c(n["known_field_unknown"]),
        "not_identified": c(n["not_identified"]),
        "coverage_pct": loc.pct(cov["coverage_pct"]),
        "field_coverage_pct": loc.pct(cov["field_coverage_pct"]),
        "identity_rule": loc("composition-value-identity-rule"),
        "surname_only_names": join(_named(surname_only, lang), lang),
        "surname_only_count": w(len(surname_only)),
        "topic_only_count": w(len(topic)),
        "topic_moves": join(moved, lang),
        "topic_moves_count": w(len(moved)),
        "topic_no_field_names": join(_named(topic_none, lang), lang),
        "field_counts": field_list,
        "largest_field": join([in_sentence(x) for x in top["label"]], lang),
        "largest_field_n": w(int(top["persons"].iloc[0])),
        "largest_field_clause": loc(
            "composition-value-largest-field",
            k=len(top),
            fields=join([loc("composition-quoted", text=x) for x in top["label"]], lang),
            n=w(int(top["persons"].iloc[0])),
        ),
        # The fields with no member, with the words the sentence needs (Kazakh: the noun
        # and the dative, "медицина және жастар қозғалысы салаларына"); none: a word.
        "zero_fields": loc("composition-value-zero-fields", n=len(zero), fields=join(zero, lang)),
        "n_proposals": w(len(positions)),
        "n_critic_proposals": w(int(camps.get("critics", 0))),
        "n_experts": c(int(interviews["experts"].iloc[0])),
        "n_expert_fields": c(int(interviews["fields"].iloc[0])),
    }
