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
from analysis.prose import Context
from analysis.prose.fmt import count, pct

#: Public sources of facts the chapter states that the article does not print.
SOURCES = {
    # Two news outlets date the decree 15 June 2022 (data/raw/public/README.md).
    "decree_date_news": "Kazinform (English, 2022-06-16) and News-Asia (2022-06-15)",
}
#: The date those outlets give (data/raw/public/README.md, "Other facts found").
DECREE_DATE_NEWS = pd.Timestamp("2022-06-15")

WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def words(n: int) -> str:
    """A count in words up to ten ("three"), else in figures ("23")."""
    return WORDS[n] if 0 <= n < len(WORDS) else count(n)


def join(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'; '' for no items."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def day(ts: pd.Timestamp) -> str:
    """A date as '14 June 2022'."""
    return f"{ts.day} {ts:%B %Y}"


def _named(members: pd.DataFrame) -> list[str]:
    """Names as 'O. Sabden (О. Сәбден)': the book's Latin form, then the Kazakh Cyrillic."""
    return [
        f"{lat} ({kk})" if isinstance(kk, str) and kk != lat else lat
        for lat, kk in zip(members["name_latin"], members["name_kk"], strict=True)
    ]


def values(ctx: Context) -> dict[str, str]:
    """The chapter's values (all text). Counts are persons; shares are percent (0-100) of
    the initial seats or of the about 149 seats ever filled, one decimal.

    Raises ``KeyError`` when a processed table lacks a fact or metric the chapter states.
    """
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

    surname_only = known[known["post_basis"] == "surname_initial"].sort_values("name_latin")
    topic = known[(known["field_code"] == "unknown") & (known["table3_meetings"] > 0)]
    topic_field = topic.dropna(subset=["topic_field"]).sort_values("name_latin")
    topic_none = topic[topic["topic_field"].isna()].sort_values("name_latin")
    labels = codebook["label_en"]
    moved = [
        f"{name} under “{labels[code]}”"
        for name, code in zip(_named(topic_field), topic_field["topic_field"], strict=True)
    ]

    fields = bars[bars["bar_kind"] == "field"]
    top = fields[fields["persons"] == fields["persons"].max()]
    field_list = "; ".join(
        f"{lab} {p}" for lab, p in zip(fields["label_en"], fields["persons"], strict=True)
    )
    zero = fields[fields["persons"] == 0]["label_en"].str.lower().tolist()

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
        "largest_field": join(top["label_en"].str.lower().tolist()),
        "largest_field_n": words(int(top["persons"].iloc[0])),
        "zero_fields": join(zero) or "none",
        "officers_later_names": join(later),
        "n_proposals": words(len(positions)),
        "n_critic_proposals": words(int(camps.get("critics", 0))),
        "n_experts": count(int(interviews["experts"].iloc[0])),
        "n_expert_fields": count(int(interviews["fields"].iloc[0])),
    }
    return values


CAPTIONS = {
    "tbl-composition-facts": (
        "Structure and governance of the National Kurultai as the article states it, with "
        "the four working sections and the office holders named by news reports (each with "
        "the month of the report).",
        "",
    ),
    "tbl-newcomers": (
        "The {composition.rotation_newcomers} members who joined the Kurultai by rotation, in "
        "the article's order.",
        "",
    ),
    "tbl-rotation": (
        "Rotation and coverage: the article's counts, and how many members this book can identify.",
        "",
    ),
    "tbl-membership-claims": (
        "Claims about single members that rest on one source, with how this book reads them.",
        "",
    ),
    "tbl-field-codebook": (
        "Codebook of members' fields of activity, following the article's two lists of member "
        "categories.",
        "",
    ),
    "fig-members-by-field": (
        "Members by field of activity, partial. The article's Figure 1 shows all members, "
        "former ones included, by field; its data are not printed. Top: the "
        "{composition.known_field_coded} known members whose field a source states, on their "
        "own scale. Bottom: all of the about {composition.ever_appointed} seats ever filled: "
        "{composition.known_field_coded} with a stated field, "
        "{composition.known_field_unknown} known members whose field is unknown, and "
        "{composition.not_identified} seats that cannot be identified. The chart cannot show "
        "the article's distribution.",
        "Two horizontal bar charts. The first counts known members whose field a source "
        "states: {composition.field_counts}. The second counts the about "
        "{composition.ever_appointed} seats ever filled: {composition.known_field_coded} known "
        "members with a stated field, {composition.known_field_unknown} known members whose "
        "field is unknown, and {composition.not_identified} seats not identified.",
    ),
    "tbl-members": (
        "Every person known or said to have been a member, one row each, with status, field "
        "and the words that decide it, and whether the person counts as a known member; rows "
        "in grey are listed but not counted.",
        "",
    ),
    "tbl-expert-positions": (
        "The experts' proposals on how members should be chosen, by camp, with what the "
        "article says about their support.",
        "",
    ),
}
