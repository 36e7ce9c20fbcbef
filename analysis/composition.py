"""Composition of the Kurultai: facts, officers, sections, newcomers, world practices.

Source: the article's section on forming the composition (seed lines 129-194) and on the
working format (lines 438-443), and its review of world practices (lines 74-99), transcribed
in data/raw/article/.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from analysis.errors import Problem
from analysis.outputs import Output, RawTables
from analysis.paths import raw_label
from analysis.schemas.common import PERSON_ID_REGEX, locator_field
from analysis.schemas.raw import (
    ExpertInterviewsRaw,
    KurultaiFactsRaw,
    MemberCategoriesRaw,
    SectionsRaw,
    WorldPracticesRaw,
)
from analysis.translit import latin


class Newcomers(pa.DataFrameModel):
    """The 32 members who joined by rotation. Key: ``newcomer_order``."""

    newcomer_order: int = pa.Field(ge=1, le=32, unique=True, description="Order as printed.")
    person_id: str = pa.Field(str_matches=PERSON_ID_REGEX, unique=True, description="Person id.")
    name_as_printed: str = pa.Field(description="Name exactly as printed.")
    name_latin: str = pa.Field(description="Latin form (analysis.translit scheme).")
    met_president: bool = pa.Field(description="Appears in Table 3 (met the President).")
    locator: str = locator_field()

    class Config:
        strict = True
        ordered = True


def fact(raw: RawTables, fact_id: str) -> str:
    """The value of one row of article/kurultai_facts.csv, as text.

    Raises ``KeyError`` naming the fact when it is not in the table.
    """
    facts = raw["article/kurultai_facts.csv"].set_index("fact_id")["value"]
    if fact_id not in facts.index:
        raise KeyError(f"fact '{fact_id}' is not in data/raw/article/kurultai_facts.csv")
    return str(facts[fact_id])


def build_newcomers(raw: RawTables, _: dict) -> pd.DataFrame:
    """Newcomers with their Latin form and whether they met the President (:class:`Newcomers`)."""
    df = raw["article/newcomers.csv"].copy()
    met = set(raw["article/meeting_participants.csv"]["person_id"])
    df["name_latin"] = df["name_as_printed"].map(latin)
    df["met_president"] = df["person_id"].isin(met)
    return (
        df[list(Newcomers.to_schema().columns)].sort_values("newcomer_order").reset_index(drop=True)
    )


def _passthrough(path: str, sort: list[str]):
    def build(raw: RawTables, _: dict) -> pd.DataFrame:
        return raw[path].sort_values(sort).reset_index(drop=True)

    build.__doc__ = f"The validated raw table {path}, sorted by {sort}."
    return build


def check_counts(raw: RawTables) -> list[Problem]:
    """Stated counts match the listed rows: 32 newcomers named, four sections named."""
    problems = []
    pairs = [
        ("rotation_newcomers", "article/newcomers.csv", "newcomers"),
        ("sections_count", "article/sections.csv", "sections"),
    ]
    facts = raw["article/kurultai_facts.csv"].reset_index(drop=True)
    for fact_id, path, what in pairs:
        stated = int(fact(raw, fact_id))
        listed = len(raw[path])
        if stated != listed:
            line = int(facts.index[facts["fact_id"] == fact_id][0]) + 2
            problems.append(
                Problem(
                    raw_label("article/kurultai_facts.csv"),
                    line,
                    "value",
                    f"stated count of {what} ({stated}) does not match the {listed} rows of "
                    f"{raw_label(path)}",
                    str(stated),
                )
            )
    return problems


OUTPUTS = [
    Output(
        "kurultai_facts",
        _passthrough("article/kurultai_facts.csv", ["fact_id"]),
        KurultaiFactsRaw,
        ("article/kurultai_facts.csv",),
        "Composition and format facts",
    ),
    Output(
        "newcomers",
        build_newcomers,
        Newcomers,
        ("article/newcomers.csv", "article/meeting_participants.csv"),
        "The 32 newcomers by rotation",
    ),
    Output(
        "sections",
        _passthrough("article/sections.csv", ["section_order"]),
        SectionsRaw,
        ("article/sections.csv",),
        "The four working sections",
    ),
    Output(
        "member_categories",
        _passthrough("article/member_categories.csv", ["list_id", "category_order"]),
        MemberCategoriesRaw,
        ("article/member_categories.csv",),
        "Whom the members represent",
    ),
    Output(
        "world_practices",
        _passthrough("article/world_practices.csv", ["practice_id"]),
        WorldPracticesRaw,
        ("article/world_practices.csv",),
        "World practices cited",
    ),
    Output(
        "expert_interviews",
        _passthrough("article/expert_interviews.csv", ["experts"]),
        ExpertInterviewsRaw,
        ("article/expert_interviews.csv",),
        "Expert interviews",
    ),
]
CHECKS = [check_counts]
