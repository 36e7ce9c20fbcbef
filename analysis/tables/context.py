"""Tables of the context chapter: world practices and the article's recommendations."""

from __future__ import annotations

import pandas as pd
from great_tables import GT

from analysis.tables.common import base_table

_UNIT = {"percent": "{:g}%", "count": "{:g}", "decade": "{:g}s"}


def world_practices_table(practices: pd.DataFrame) -> GT:
    """World practices the article cites, one row per practice, with the figure it gives.

    ``practices`` is the processed ``world_practices`` table (figure_value with
    figure_unit percent / count / decade, or empty). Shown: the country (English over
    Kazakh), the mechanism, the figure, and the source (reference and seed lines); the
    table's CSV keeps the Kazakh name and the lines as columns of their own.
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
            "Country": df["country_en"],
            "Country (Kazakh)": df["country_kk"],
            "Mechanism": df["mechanism_en"],
            "Figure given": figure,
            "Ref.": df["reference"],
            "Lines": df["locator"].str.replace("-", "–"),
        }
    )
    return (
        base_table(
            out,
            source=(
                "Source: article, seed lines 74–99, via data/raw/article/world_practices.csv; "
                "the article takes the figures from its references, which this project cannot "
                "check."
            ),
        )
        .cols_merge(["Country", "Country (Kazakh)"], pattern="{0}<br>{1}")
        .cols_merge(["Ref.", "Lines"], pattern="ref. {0}<br>lines {1}")
        .cols_label(**{"Ref.": "Source"})
        .cols_width({"Country": "17%", "Mechanism": "43%", "Figure given": "25%", "Ref.": "15%"})
    )


def recommendations_table(recommendations: pd.DataFrame) -> GT:
    """The article's recommendations in printed order, with the finding each rests on.

    ``recommendations`` is the processed ``recommendations`` table (one row per
    recommendation, key ``rec_order``; seed lines in ``locator``).
    """
    out = pd.DataFrame(
        {
            "No.": recommendations["rec_order"],
            "Recommendation (paraphrased)": recommendations["recommendation_en"],
            "Key phrase (as printed)": recommendations["key_phrase_kk"],
            "Rests on": recommendations["related_finding"],
            "Lines": recommendations["locator"].str.replace("-", "–"),
        }
    )
    return base_table(
        out,
        source="Source: article, seed lines 668–699, via data/raw/article/recommendations.csv.",
    ).cols_width(
        {
            "No.": "6%",
            "Recommendation (paraphrased)": "40%",
            "Key phrase (as printed)": "26%",
            "Rests on": "18%",
            "Lines": "10%",
        }
    )
