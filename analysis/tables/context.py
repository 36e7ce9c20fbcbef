"""Tables of the context chapter: world practices and the article's recommendations."""

from __future__ import annotations

import pandas as pd
from great_tables import GT

from analysis.tables.common import base_table

_UNIT = {"percent": "{:g}%", "count": "{:g}", "decade": "{:g}s"}


def world_practices_table(practices: pd.DataFrame) -> GT:
    """World practices the article cites, one row per practice, with the figure it gives.

    ``practices`` is the processed ``world_practices`` table (figure_value with
    figure_unit percent / count / decade, or empty).
    """
    order = [
        "ireland",
        "iceland",
        "mongolia",
        "china",
        "usa_hearings",
        "usa_juries",
        "brazil_youth_bill",
        "brazil_internet_bill",
    ]
    df = (
        practices.set_index("practice_id")
        .reindex(
            [p for p in order if p in set(practices["practice_id"])]
            + sorted(set(practices["practice_id"]) - set(order))
        )
        .reset_index()
    )
    figure = [
        "" if pd.isna(v) else _UNIT[u].format(v) + f" ({d})"
        for v, u, d in zip(df["figure_value"], df["figure_unit"], df["figure_en"], strict=True)
    ]
    out = pd.DataFrame(
        {
            "Country": df["country_en"] + " (" + df["country_kk"] + ")",
            "Mechanism": df["mechanism_en"],
            "Figure given": figure,
            "Ref.": df["reference"],
            "Lines": df["locator"],
        }
    )
    return base_table(
        out,
        source=(
            "Source: article, seed lines 74-99, via data/raw/article/world_practices.csv; the "
            "article takes the figures from its references, which this project cannot check."
        ),
    )


def recommendations_table(recommendations: pd.DataFrame) -> GT:
    """The article's recommendations in printed order, with the finding each rests on."""
    out = pd.DataFrame(
        {
            "No.": recommendations["rec_order"],
            "Recommendation (paraphrased)": recommendations["recommendation_en"],
            "Key phrase (as printed)": recommendations["key_phrase_kk"],
            "Rests on": recommendations["related_finding"],
            "Lines": recommendations["locator"],
        }
    )
    return base_table(
        out,
        source=("Source: article, seed lines 668-699, via data/raw/article/recommendations.csv."),
    )
