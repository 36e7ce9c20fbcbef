"""Tables of the composition chapter."""

from __future__ import annotations

import pandas as pd
from great_tables import GT

from analysis.tables.common import base_table

FACT_LABELS = {
    "decree_date": "Decree creating the Kurultai",
    "chair": "Chair",
    "deputy_chairs": "Deputy chairs",
    "deputy_chair_ex_officio": "Deputy chair ex officio",
    "secretary": "Secretary",
    "working_body": "Working body",
    "initial_members": "Initial members",
    "rotation_newcomers": "Members renewed by rotation",
    "rotation_period": "Period of the rotation",
    "session_working_days": "Working days per session",
    "sections_since_session": "Sections held since session",
    "sections_count": "Working sections",
}


def facts_table(facts: pd.DataFrame) -> GT:
    """Composition and format facts, one row per fact, with the seed lines behind each."""
    df = facts.assign(
        Fact=lambda d: d["fact_id"].map(FACT_LABELS).fillna(d["fact_id"]),
        Value=lambda d: d["value"],
        Kazakh=lambda d: d["value_kk"],
        Lines=lambda d: d["locator"],
    )
    order = {k: i for i, k in enumerate(FACT_LABELS)}
    df = df.sort_values("fact_id", key=lambda s: s.map(order))
    return base_table(
        df[["Fact", "Value", "Kazakh", "Lines"]],
        source=(
            "Source: article, seed lines given per row, via data/raw/article/kurultai_facts.csv."
        ),
    )


def newcomers_table(newcomers: pd.DataFrame) -> GT:
    """The 32 newcomers in printed order, with Latin form and whether they met the President."""
    df = newcomers.assign(
        **{
            "No.": lambda d: d["newcomer_order"],
            "Name (as printed)": lambda d: d["name_as_printed"],
            "Latin form": lambda d: d["name_latin"],
            "Met the President (Table 3)": lambda d: d["met_president"].map(
                {True: "yes", False: ""}
            ),
        }
    )
    return base_table(
        df[["No.", "Name (as printed)", "Latin form", "Met the President (Table 3)"]],
        source="Source: article, seed lines 188-194 (data/raw/article/newcomers.csv); Latin "
        "forms by analysis.translit (anyascii scheme).",
    )
